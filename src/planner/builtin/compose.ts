// Message + seed → raw Canvas-DSL plan (a plain JSON object, not yet normalised).
import { CAPTION, DEFAULT_RENDERER_SETTINGS, type RendererSettings } from '../../dsl/index.js';
import { drawBackground } from './backgrounds.js';
import { shadesOf } from './colors.js';
import { pickGeneric } from './generic.js';
import { matchMessage } from './match.js';
import { Pen, type RawStep, type WeightedStep } from './pen.js';
import { createRng, hashString } from './random.js';
import type { BackgroundId, Subject } from './subject.js';

export const BUILTIN_CANVAS = 96;

/** Drawing time at the default tempo (DEFAULT_STEP_DURATION_MS = 600): the seed picks within it. */
const MIN_TOTAL_MS = 13000;
const MAX_TOTAL_MS = 19000;
/** The background is quick scenery: at most this share of the drawing time. */
const BACKGROUND_SHARE = 0.16;
const PAUSE_BEFORE_SUBJECT_MS = 400;
const MAX_STEP_MS = 10000;
const MAX_DELAY_MS = 5000;

export interface RawPlan {
  version: '1';
  canvas: { w: number; h: number; bg: string };
  seed: number;
  caption: typeof CAPTION;
  steps: RawStep[];
}

export interface PlanChoice {
  subjectId: string;
  generic: boolean;
  background: BackgroundId;
  color?: string;
}

function normaliseSeed(seed: unknown): number {
  return typeof seed === 'number' && Number.isFinite(seed) ? Math.floor(Math.abs(seed)) % 4294967296 : 0;
}

/** Spreads `totalMs` over the steps in proportion to their weights. */
function timeSteps(items: WeightedStep[], totalMs: number): RawStep[] {
  const sum = items.reduce((acc, it) => acc + it.weight, 0) || 1;
  return items.map((it) => ({
    ...it.step,
    animate: { ...it.step.animate, duration_ms: Math.min(MAX_STEP_MS, Math.floor((it.weight * totalMs) / sum)) },
  }));
}

export function composePlan(
  message: string,
  seed: number,
  settings: Partial<RendererSettings> = {},
): { plan: RawPlan; choice: PlanChoice } {
  const text = typeof message === 'string' ? message : '';
  const planSeed = normaliseSeed(seed);
  const match = matchMessage(text);
  // Variations come from the seed; the message only adds entropy so equal seeds still differ.
  const rng = createRng(planSeed ^ hashString(match.subject?.id ?? text.slice(0, 200)));

  let subject: Subject;
  let background: BackgroundId;
  const generic = !match.subject;
  if (match.subject) {
    subject = match.subject;
    background = match.background ?? subject.background;
  } else {
    const pick = pickGeneric(rng);
    subject = pick.subject;
    background = match.background ?? pick.background;
  }

  const main = match.color ?? rng.pick(subject.colors);
  const dx = rng.int(-2, 2);
  const dy = rng.int(-2, 1);
  const mirror = subject.mirror === true && rng.chance(0.5);
  const pen = new Pen(dx, dy, mirror);

  const bgPen = pen.fixed();
  const bg = drawBackground(background, bgPen, rng, { moon: subject.id !== 'moon' });
  const bgCount = pen.out.length;
  subject.draw(pen, shadesOf(main), rng);

  const tempo = Math.max(0, settings.defaultStepDurationMs ?? DEFAULT_RENDERER_SETTINGS.defaultStepDurationMs) / 600;
  const maxDrawMs = Math.max(0, (settings.maxDrawSec ?? DEFAULT_RENDERER_SETTINGS.maxDrawSec) * 1000);
  const total = Math.min(maxDrawMs, tempo * (MIN_TOTAL_MS + rng.next() * (MAX_TOTAL_MS - MIN_TOTAL_MS)));
  const pause = Math.min(MAX_DELAY_MS, Math.floor(Math.min(total * 0.05, PAUSE_BEFORE_SUBJECT_MS * tempo)));
  const bgTotal = Math.floor((total - pause) * BACKGROUND_SHARE);
  const bgSteps = timeSteps(pen.out.slice(0, bgCount), bgTotal);
  const subjectSteps = timeSteps(pen.out.slice(bgCount), total - pause - bgTotal);
  if (subjectSteps.length > 0 && pause > 0) subjectSteps[0].animate = { ...subjectSteps[0].animate, delay_ms: pause };

  return {
    plan: {
      version: '1',
      canvas: { w: BUILTIN_CANVAS, h: BUILTIN_CANVAS, bg },
      seed: planSeed,
      caption: CAPTION,
      steps: [...bgSteps, ...subjectSteps],
    },
    choice: { subjectId: subject.id, generic, background, color: match.color },
  };
}
