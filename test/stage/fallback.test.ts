import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/dsl/index.js';
import { DEFAULT_RENDERER_SETTINGS, isTextCard } from '../../src/dsl/index.js';
import { fallbackPlan, textCardPlan, TEXT_CARD_TEXT } from '../../src/stage/fallback.js';
import { jobSeed, minAmountFor, truncateText } from '../../src/stage/stage.js';

describe('built-in plans', () => {
  for (const [w, h] of [
    [96, 96],
    [8, 8],
    [256, 64],
    [13, 200],
  ]) {
    it(`makes a valid smiley with no dropped step on a ${w}x${h} canvas`, () => {
      const renderer = { ...DEFAULT_RENDERER_SETTINGS, canvasW: w, canvasH: h };
      const plan = fallbackPlan(renderer, 12345);
      const reparsed = parsePlan(plan, renderer);
      expect(reparsed.valid).toBe(true);
      expect(reparsed.issues).toEqual([]);
      expect(reparsed.plan).toEqual(plan);
      expect(plan).toMatchObject({ canvas: { w, h }, caption: 'All for you', seed: 12345 });
      expect(isTextCard(plan)).toBe(false);
    });
  }

  it('makes the 18+ text card with the show duration, capped at the DSL limit of 600 s', () => {
    const card = textCardPlan(90, DEFAULT_RENDERER_SETTINGS);
    expect(card).toMatchObject({ render_text: TEXT_CARD_TEXT, duration_sec: 90, caption: 'All for you' });
    expect(parsePlan(card, DEFAULT_RENDERER_SETTINGS)).toMatchObject({ valid: true, issues: [] });
    expect(textCardPlan(3600, DEFAULT_RENDERER_SETTINGS)).toMatchObject({ duration_sec: 600 });
    expect(textCardPlan(Number.NaN, DEFAULT_RENDERER_SETTINGS)).toMatchObject({ duration_sec: 90 });
  });
});

describe('small rules', () => {
  it('truncates by code points and keeps short texts as they are', () => {
    expect(truncateText('short', 80)).toBe('short');
    const emoji = '😀'.repeat(100);
    const cut = truncateText(emoji, 80);
    expect(Array.from(cut)).toHaveLength(80);
    expect(cut.endsWith('😀…')).toBe(true);
  });

  it('reads MIN_AMOUNT as one number or per currency (missing currency → 0)', () => {
    expect(minAmountFor(50, 'USD')).toBe(50);
    expect(minAmountFor({ RUB: 100, usd: 1 }, 'RUB')).toBe(100);
    expect(minAmountFor({ RUB: 100, usd: 1 }, 'USD')).toBe(1);
    expect(minAmountFor({ RUB: 100 }, 'EUR')).toBe(0);
  });

  it('derives a stable 32-bit seed per job', () => {
    expect(jobSeed('abc')).toBe(jobSeed('abc'));
    expect(jobSeed('abc')).not.toBe(jobSeed('abd'));
    expect(Number.isInteger(jobSeed('x')) && jobSeed('x') >= 0 && jobSeed('x') <= 0xffffffff).toBe(true);
  });
});
