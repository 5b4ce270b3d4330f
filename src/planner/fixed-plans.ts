// The two plans no model makes: the last-resort smiley (drawn whenever planning fails, hangs
// or leaves nothing to draw: the LLM planner, the built-in planner and the stage all use this
// one) and the 18+ text card. Both are sized to the configured canvas and normalised by the DSL.
import { TEXT_CARD_TEXT } from '../core/index.js';
import { CAPTION, parsePlan, type DrawPlan, type Plan, type RendererSettings, type Step, type TextCardPlan } from '../dsl/index.js';

const MAX_CARD_SEC = 600;
const MIN_CANVAS = 8;
const MAX_CANVAS = 256;

function canvasSize(value: number | undefined, fallback: number): number {
  return Number.isInteger(value) && value! >= MIN_CANVAS && value! <= MAX_CANVAS ? value! : fallback;
}

/** Runs a hand-made plan through the DSL normaliser; keeps the hand-made one if that fails. */
function normalised(raw: Plan, renderer: Partial<RendererSettings>): Plan {
  try {
    const parsed = parsePlan(raw, renderer);
    if (parsed.valid && parsed.plan) return parsed.plan;
  } catch {
    // the DSL part is not supposed to throw; the raw plan below is already in normal form
  }
  return raw;
}

/** The card shown instead of an 18+ request, for the show's duration (capped at the DSL's 600 s). */
export function textCardPlan(showDurationSec: number, renderer: Partial<RendererSettings>): Plan {
  const duration = Math.min(MAX_CARD_SEC, Math.max(1, Math.round(Number.isFinite(showDurationSec) ? showDurationSec : 90)));
  const raw: TextCardPlan = {
    version: '1',
    canvas: { w: canvasSize(renderer.canvasW, 96), h: canvasSize(renderer.canvasH, 96), bg: '#222222' },
    render_text: TEXT_CARD_TEXT,
    duration_sec: duration,
    caption: CAPTION,
    seed: 0,
  };
  return normalised(raw, renderer);
}

/** A friendly smiley, a few strokes long, on any canvas from 8×8 to 256×256. Never throws. */
export function lastResortPlan(renderer: Partial<RendererSettings>, seed = 0): Plan {
  const w = canvasSize(renderer.canvasW, 96);
  const h = canvasSize(renderer.canvasH, 96);
  const cx = Math.floor(w / 2);
  const cy = Math.floor(h / 2);
  const r = Math.max(3, Math.floor(Math.min(w, h) * 0.38));
  const ink = '#1a1a1a';
  const eyeR = Math.max(0, Math.round(r * 0.12));
  const eyeDx = Math.round(r * 0.38);
  const eyeY = cy - Math.round(r * 0.3);
  const width = Math.max(1, Math.min(16, Math.round(r / 12)));
  const mouth: [number, number][] = [
    [cx - Math.round(r * 0.5), cy + Math.round(r * 0.2)],
    [cx - Math.round(r * 0.2), cy + Math.round(r * 0.5)],
    [cx + Math.round(r * 0.2), cy + Math.round(r * 0.5)],
    [cx + Math.round(r * 0.5), cy + Math.round(r * 0.2)],
  ];
  const steps: Step[] = [
    { op: 'circle', cx, cy, r, fill: '#ffd23f', outline: ink, animate: { duration_ms: 900 } },
    { op: 'circle', cx: cx - eyeDx, cy: eyeY, r: eyeR, fill: ink, animate: { duration_ms: 250 } },
    { op: 'circle', cx: cx + eyeDx, cy: eyeY, r: eyeR, fill: ink, animate: { duration_ms: 250 } },
  ];
  for (let i = 0; i + 1 < mouth.length; i++) {
    const [x1, y1] = mouth[i];
    const [x2, y2] = mouth[i + 1];
    steps.push({ op: 'line', x1, y1, x2, y2, width, color: ink, animate: { duration_ms: 250 } });
  }
  const whole = Number.isFinite(seed) ? Math.floor(seed) : 0;
  const raw: DrawPlan = {
    version: '1',
    canvas: { w, h, bg: '#222222' },
    steps,
    caption: CAPTION,
    seed: whole >= 0 && whole <= 0xffffffff ? whole : 0,
  };
  return normalised(raw, renderer);
}
