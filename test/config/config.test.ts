import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseMinAmount } from '../../src/config/index.js';

describe('loadConfig', () => {
  it('uses the documented defaults on an empty environment', () => {
    const config = loadConfig({});
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(8080);
    expect(config.llm).toMatchObject({
      backend: 'builtin',
      modelId: 'mistral-nemo:12b-instruct-2407-q4_K_M',
      temperature: 0.2,
      maxTokens: 1500,
      timeoutSec: 60,
      retries: 2,
    });
    expect(config.renderer).toEqual({ canvasW: 96, canvasH: 96, defaultStepDurationMs: 600, maxDrawSec: 60, showDurationSec: 90 });
    expect(config.planAhead).toBe(2);
    expect(config.windowScale).toBe(8);
    expect(config.da.apiUrl).toBe('https://www.donationalerts.com');
    expect(config.da.pollIntervalSec).toBe(15);
    expect(config.minAmount).toBe(0);
  });

  it('accepts the short times tests use', () => {
    const config = loadConfig({ SHOW_DURATION_SEC: '1', DEFAULT_STEP_DURATION_MS: '10', MAX_DRAW_SEC: '1' });
    expect(config.renderer.showDurationSec).toBe(1);
    expect(config.renderer.defaultStepDurationMs).toBe(10);
  });

  it.each([
    ['PORT', 'abc', /PORT/],
    ['CANVAS_W', '7', /CANVAS_W must be from 8 to 256/],
    ['CANVAS_H', '300', /CANVAS_H/],
    ['TEMPERATURE', '3', /TEMPERATURE/],
    ['MAX_TOKENS', '10', /MAX_TOKENS/],
    ['LLM_BACKEND', 'gpt5', /LLM_BACKEND must be one of/],
    ['DA_WS_URL', 'http://x', /DA_WS_URL must start with ws:/],
    ['ENDPOINT', 'not a url', /ENDPOINT must be a URL/],
    ['MIN_AMOUNT', 'RUB=100', /MIN_AMOUNT/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL/],
    ['PLAN_AHEAD', '11', /PLAN_AHEAD/],
  ])('stops with one clear line naming %s for a bad value', (name, value, message) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('needs ENDPOINT for the generic openai backend', () => {
    expect(() => loadConfig({ LLM_BACKEND: 'openai' })).toThrow(/ENDPOINT must be set/);
  });
});

describe('parseMinAmount', () => {
  it('reads one number or a per-currency list', () => {
    expect(parseMinAmount('50')).toBe(50);
    expect(parseMinAmount('RUB:100, usd:1.5')).toEqual({ RUB: 100, USD: 1.5 });
  });
});

describe('LLM_API_KEY', () => {
  it('reaches the planner settings, and is absent when unset', () => {
    expect(loadConfig({ LLM_BACKEND: 'openai', ENDPOINT: 'https://llm.example', LLM_API_KEY: ' sk-1 ' }).llm.apiKey).toBe('sk-1');
    expect(loadConfig({}).llm.apiKey).toBeUndefined();
  });
});
