// Message + seed → raw Canvas-DSL plan (a plain JSON object, not yet normalised).
import { CAPTION, DEFAULT_RENDERER_SETTINGS, type RendererSettings } from '../../dsl/index.js';
import { drawBackground } from './backgrounds.js';
import { shadesOf } from './colors.js';
import { pickGeneric } from './generic.js';
import { anchorsOf, asideTransform, layout, measure, wantsAside, type Placement } from './layout.js';
import { matchMessage, type Mention } from './match.js';
import { Pen, shiftMirror, type RawStep, type Transform, type WeightedStep } from './pen.js';
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
/** The DSL's own cap on steps; a three-thing picture stays well below it. */
const MAX_STEPS = 256;

export interface RawPlan {
  version: '1';
  canvas: { w: number; h: number; bg: string };
  seed: number;
  caption: typeof CAPTION;
  steps: RawStep[];
}

export interface PlanChoice {
  /** The main (largest) subject. */
  subjectId: string;
  /** Everything drawn, main first: ["cat", "hat"]; the generic picture's id when nothing matched. */
  subjectIds: string[];
  generic: boolean;
  background: BackgroundId;
  /** The scene the message named, if any ("space", "lake", "night" alone). */
  setting?: BackgroundId;
  night: boolean;
  color?: string;
  /** Each drawn thing: its role, main colour, raw step range [from, to) and canvas box (for tests and sheets). */
  parts: PlanPart[];
}

export interface PlanPart {
  id: string;
  role: Placement['role'];
  color: string;
  steps: [number, number];
  box: [number, number, number, number];
}

/** The canvas box of a subject's measured extent under a transform, clipped to the canvas. */
function boxOf(subject: Subject, t: Transform): [number, number, number, number] {
  const b = measure(subject);
  const xs = [t.ax * b.x0 + t.bx, t.ax * (b.x1 + 1) + t.bx];
  const ys = [t.ay * b.y0 + t.by, t.ay * (b.y1 + 1) + t.by];
  const clip = (v: number) => Math.max(0, Math.min(BUILTIN_CANVAS - 1, Math.round(v)));
  return [clip(Math.min(...xs)), clip(Math.min(...ys)), clip(Math.max(...xs) - 1), clip(Math.max(...ys) - 1)];
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

  let mentions: Mention[];
  let background: BackgroundId;
  const generic = !match.subject;
  if (match.subject) {
    mentions = match.mentions;
    background = match.background ?? match.subject.background;
  } else {
    const pick = pickGeneric(rng);
    mentions = [{ subject: pick.subject, connector: '' }];
    background = match.background ?? pick.background;
  }
  const subject = mentions[0].subject;

  // The same draws, in the same order, as the one-subject planner had: its pictures stay put.
  const main = match.color ?? rng.pick(subject.colors);
  const dx = rng.int(-2, 2);
  const dy = rng.int(-2, 1);
  const mirror = subject.mirror === true && rng.chance(0.5);
  const pen = new Pen();

  const bg = drawBackground(background, pen.fixed(), rng, { moon: !mentions.some((m) => m.subject.id === 'moon'), night: match.night });
  const bgCount = pen.out.length;
  const single = wantsAside(match.setting) ? asideTransform(subject, mirror, rng) : shiftMirror(dx, dy, mirror);
  const parts: PlanPart[] = [];
  const placements: Placement[] =
    mentions.length > 1 ? layout(mentions, single, mirror, rng) : [{ subject, transform: single, role: 'main' }];
  for (const p of placements) {
    const colour = p.role === 'main' ? main : rng.pick(p.subject.colors);
    const from = pen.out.length;
    p.subject.draw(pen.through(p.transform, p.role === 'main' || p.role === 'beside'), shadesOf(colour), rng);
    parts.push({ id: p.subject.id, role: p.role, color: colour, steps: [from, pen.out.length], box: boxOf(p.subject, p.transform) });
  }
  if (match.sleeping && !generic) drawSnore(pen, placements[0].transform, subject);

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
      steps: [...bgSteps, ...subjectSteps].slice(0, MAX_STEPS),
    },
    choice: {
      subjectId: subject.id,
      subjectIds: mentions.map((m) => m.subject.id),
      generic,
      background,
      setting: match.setting,
      night: match.night,
      color: match.color,
      parts,
    },
  };
}

/** "z Z" rising from the main subject's head: it is asleep. */
function drawSnore(pen: Pen, t: Transform, subject: Subject): void {
  const head = anchorsOf(subject).head;
  const p = pen.through(t);
  const x = head.x + head.w / 2;
  p.text(x, head.y - 4, 'z', '#ffffff', 1, 0.5);
  p.text(x + 6, head.y - 12, 'Z', '#ffffff', 2, 0.5);
}
