// The plan of last resort, for when even the built-in planner fails: a simple heart, so the
// stream never shows an empty canvas and plan() never has to reject.
import { CAPTION, type Plan, type RendererSettings } from '../../dsl/types.js';
import { parsePlan } from '../../dsl/index.js';

export function emergencyPlan(renderer: Partial<RendererSettings>, seed: number): Plan {
  const w = renderer.canvasW ?? 96;
  const h = renderer.canvasH ?? 96;
  const cx = Math.floor(w / 2);
  const cy = Math.floor(h / 2);
  const r = Math.max(2, Math.floor(Math.min(w, h) / 6));
  const raw = {
    version: '1',
    canvas: { w, h, bg: '#222222' },
    seed: Math.max(0, Math.min(4294967295, Math.floor(seed) || 0)),
    steps: [
      { op: 'circle', cx: cx - r, cy: cy - Math.floor(r / 2), r, fill: '#ff4d6d' },
      { op: 'circle', cx: cx + r, cy: cy - Math.floor(r / 2), r, fill: '#ff4d6d' },
      { op: 'polygon', points: [[cx - 2 * r, cy - Math.floor(r / 3)], [cx + 2 * r, cy - Math.floor(r / 3)], [cx, cy + 2 * r]], fill: '#ff4d6d' },
    ],
    caption: CAPTION,
  };
  const parsed = parsePlan(raw, renderer);
  if (parsed.plan) return parsed.plan;
  // Unreachable with a sane DSL; still never throw.
  return { version: '1', canvas: { w, h, bg: '#222222' }, steps: [{ op: 'rect', x: 0, y: 0, w: 1, h: 1, fill: '#ff4d6d' }], caption: CAPTION, seed: 0 };
}
