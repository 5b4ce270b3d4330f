// Where each named thing goes on the canvas. The main subject is drawn large; a second or
// third thing stands beside it, smaller; a prop is worn at the main subject's head or eyes
// anchor, or held at its hand anchor, scaled to fit the anchor's width. Everything is a
// Transform of the subjects' own 96x96 drawings, so any subject can be placed anywhere.
import { shadesOf } from './colors.js';
import { chain, Pen, placeAt, type Pt, type RawStep, type Transform } from './pen.js';
import { createRng, type Rng } from './random.js';
import type { Mention } from './match.js';
import type { Anchor, Anchors, PropKind, Subject } from './subject.js';

/** A subject's extent in design space: x0..x1, y0..y1 (inclusive pixel edges). */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const MIRROR: Transform = { ax: -1, bx: 96, ay: 1, by: 0 };

/** Points a raw step touches (twinkles excluded: they are scattered decoration, not outline). */
function stepPoints(step: RawStep): Pt[] {
  const n = (k: string): number => Number(step[k] ?? 0);
  switch (step.op) {
    case 'rect':
      return [
        [n('x'), n('y')],
        [n('x') + n('w') - 1, n('y') + n('h') - 1],
      ];
    case 'circle':
      return [
        [n('cx') - n('r'), n('cy') - n('r')],
        [n('cx') + n('r'), n('cy') + n('r')],
      ];
    case 'line': {
      const h = Math.floor((n('width') - 1) / 2);
      return [
        [Math.min(n('x1'), n('x2')) - h, Math.min(n('y1'), n('y2')) - h],
        [Math.max(n('x1'), n('x2')) + h, Math.max(n('y1'), n('y2')) + h],
      ];
    }
    case 'polygon':
      return step.points as Pt[];
    case 'pixels':
      return step.animate.mode === 'pixel_reveal' ? [] : (step.points as Pt[]);
    default:
      return [];
  }
}

const boxCache = new Map<string, Box>();

/** The subject's drawn extent, measured once from a dry run (fixed seed, first colour). */
export function measure(subject: Subject): Box {
  const cached = boxCache.get(subject.id);
  if (cached) return cached;
  const pen = new Pen();
  subject.draw(pen, shadesOf(subject.colors[0] ?? '#888888'), createRng(1));
  const box: Box = { x0: 96, y0: 96, x1: -1, y1: -1 };
  for (const { step } of pen.out) {
    for (const [x, y] of stepPoints(step)) {
      box.x0 = Math.min(box.x0, x);
      box.y0 = Math.min(box.y0, y);
      box.x1 = Math.max(box.x1, x);
      box.y1 = Math.max(box.y1, y);
    }
  }
  const clipped: Box = { x0: Math.max(0, box.x0), y0: Math.max(0, box.y0), x1: Math.min(95, box.x1), y1: Math.min(95, box.y1) };
  const result = clipped.x1 > clipped.x0 && clipped.y1 > clipped.y0 ? clipped : { x0: 16, y0: 16, x1: 80, y1: 84 };
  boxCache.set(subject.id, result);
  return result;
}

/** Declared anchors, else ones guessed from the outline (top centre, upper third, right side). */
export function anchorsOf(subject: Subject): Required<Pick<Anchors, 'head' | 'eyes'>> & Anchors {
  const b = measure(subject);
  const w = b.x1 - b.x0 + 1;
  const h = b.y1 - b.y0 + 1;
  const cx = (b.x0 + b.x1) / 2;
  return {
    head: subject.anchors?.head ?? { x: cx, y: b.y0 + 1, w: Math.min(30, w * 0.45) },
    eyes: subject.anchors?.eyes ?? { x: cx, y: b.y0 + h * 0.3, w: Math.min(28, w * 0.4) },
    hand: subject.anchors?.hand,
  };
}

/** A slot on the canvas: the subject is fitted into maxW×maxH, centred on cx, standing on `bottom`. */
interface Slot {
  cx: number;
  bottom: number;
  maxW: number;
  maxH: number;
}

/** Fits a subject (optionally mirrored) into a slot. */
export function fitInto(subject: Subject, slot: Slot, mirror: boolean): Transform {
  const b = measure(subject);
  const w = b.x1 - b.x0 + 1;
  const h = b.y1 - b.y0 + 1;
  const s = Math.min(slot.maxW / w, slot.maxH / h, 1);
  const cx = mirror ? 96 - (b.x0 + b.x1 + 1) / 2 : (b.x0 + b.x1 + 1) / 2;
  const place = placeAt(cx, b.y1 + 1, s, slot.cx, slot.bottom);
  return mirror ? chain(place, MIRROR) : place;
}

/** Companion slots by how many things stand on the ground: [main, second, third]. */
function slots(count: number): Slot[] {
  if (count >= 3) {
    return [
      { cx: 48, bottom: 90, maxW: 50, maxH: 64 },
      { cx: 16, bottom: 92, maxW: 30, maxH: 40 },
      { cx: 80, bottom: 92, maxW: 30, maxH: 40 },
    ];
  }
  return [
    { cx: 32, bottom: 89, maxW: 58, maxH: 74 },
    { cx: 74, bottom: 90, maxW: 40, maxH: 52 },
  ];
}

export interface Placement {
  subject: Subject;
  transform: Transform;
  /** Props are drawn without their twinkles, after the thing that wears or holds them. */
  role: 'main' | 'beside' | 'worn' | 'held' | 'at-foot';
}

/** Scale and place a prop so its box's anchor point sits on (x, y) and it is `width` wide. */
function propTransform(prop: Subject, kind: PropKind, at: Pt, width: number): Transform {
  const b = measure(prop);
  const w = b.x1 - b.x0 + 1;
  const h = b.y1 - b.y0 + 1;
  // Worn things fit the head's width; held things fit by their longer side (a sword stays long).
  const s = Math.min(kind === 'hand' ? width / Math.max(w, h) : width / w, 1);
  const cx = (b.x0 + b.x1 + 1) / 2;
  // A hat's brim sinks a little onto the head; glasses and held things centre on the point.
  const fy = kind === 'head' ? b.y1 + 1 - h * 0.12 : (b.y0 + b.y1 + 1) / 2;
  // A hat on something as tall as the canvas (a ship's mast) comes down until it fits.
  const y = Math.max(at[1], 1 + (fy - b.y0) * s);
  return placeAt(cx, fy, s, at[0], y);
}

function anchorPoint(mainT: Transform, a: Anchor): { at: Pt; width: number } {
  return { at: [mainT.ax * a.x + mainT.bx, mainT.ay * a.y + mainT.by], width: a.w * Math.abs(mainT.ax) };
}

/** "A tree with presents": a hand prop the main subject cannot hold lies at its foot. */
const WITH = new Set(['с', 'со', 'with', 'под', 'around', 'under']);

/**
 * Lays out up to three mentions. `single` is the transform the main subject gets when it is
 * alone (the seed's shift and mirror), so one-subject pictures look exactly as before.
 */
/** Settings whose own feature (a lake, a skyline, the Earth) would hide behind a full-size subject. */
const OPEN_SETTINGS = new Set(['lake', 'city', 'moon', 'beach']);

/** A lone subject in an open setting: a little smaller and to one side (the seed picks). */
export function asideTransform(subject: Subject, mirror: boolean, rng: Rng): Transform {
  const cx = rng.chance(0.5) ? 38 : 58;
  return fitInto(subject, { cx, bottom: 90, maxW: 64, maxH: 66 }, mirror);
}

export function wantsAside(setting: string | undefined): boolean {
  return setting !== undefined && OPEN_SETTINGS.has(setting);
}

export function layout(mentions: Mention[], single: Transform, mirrorMain: boolean, rng: Rng): Placement[] {
  const [main, ...rest] = mentions;
  const anchors = anchorsOf(main.subject);
  const kindOf = (m: Mention): Placement['role'] => {
    const prop = m.subject.prop;
    if (prop === 'head' || prop === 'eyes') return 'worn';
    if (prop === 'hand') {
      if (anchors.hand) return 'held';
      return WITH.has(m.connector) ? 'at-foot' : 'beside';
    }
    return 'beside';
  };
  const roles = rest.map(kindOf);
  const standing = 1 + roles.filter((r) => r === 'beside').length;
  const flip = rng.chance(0.5);
  const slotList = slots(standing).map((s) => (flip ? { ...s, cx: 96 - s.cx } : s));

  const mainT = standing === 1 ? single : fitInto(main.subject, slotList[0], mirrorMain);
  const placed: Placement[] = [{ subject: main.subject, transform: mainT, role: 'main' }];
  let nextSlot = 1;
  rest.forEach((m, i) => {
    const role = roles[i];
    switch (role) {
      case 'beside': {
        const t = fitInto(m.subject, slotList[nextSlot++], m.subject.mirror === true && rng.chance(0.5));
        placed.push({ subject: m.subject, transform: t, role });
        return;
      }
      case 'worn': {
        const kind: PropKind = m.subject.prop === 'eyes' ? 'eyes' : 'head';
        const { at, width } = anchorPoint(mainT, kind === 'eyes' ? anchors.eyes : anchors.head);
        placed.push({ subject: m.subject, transform: propTransform(m.subject, kind, at, width * (kind === 'eyes' ? 1.3 : 1.1)), role });
        return;
      }
      case 'held': {
        const { at, width } = anchorPoint(mainT, anchors.hand ?? anchors.head);
        placed.push({ subject: m.subject, transform: propTransform(m.subject, 'hand', at, Math.max(18, width * 2)), role });
        return;
      }
      case 'at-foot': {
        // Beside the main subject's base, small (presents under a tree).
        const b = measure(main.subject);
        const left: Pt = [mainT.ax * b.x0 + mainT.bx, mainT.ay * (b.y1 + 1) + mainT.by];
        const right: Pt = [mainT.ax * (b.x1 + 1) + mainT.bx, left[1]];
        const x = Math.max(left[0], right[0]) - 4 - i * 14;
        const t = fitInto(m.subject, { cx: Math.min(86, x), bottom: Math.min(93, left[1] + 2), maxW: 20, maxH: 20 }, false);
        placed.push({ subject: m.subject, transform: t, role });
        return;
      }
      case 'main':
        return;
      default: {
        const never: never = role;
        throw new Error(`unknown role ${String(never)}`);
      }
    }
  });
  return placed;
}
