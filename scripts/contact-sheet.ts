// Regenerates the built-in planner's contact sheets in docs/:
//   docs/builtin-subjects.png      every subject alone, labelled by id
//   docs/builtin-compositions.png  sample two/three-thing requests and settings, RU and EN
// Run: npx tsx scripts/contact-sheet.ts
// Each tile is the final frame of the plan the built-in planner makes for a message, rendered
// by the overlay's own rasterizer (compilePlan + frameAt) and encoded by the gallery's PNG encoder;
// labels are drawn with the DSL's own 5x7 font.
import { mkdirSync, writeFileSync } from 'node:fs';
import { parsePlan } from '../src/dsl/index.js';
import { encodePng } from '../src/gallery/index.js';
import { explainPlan, planFromMessage, SUBJECTS } from '../src/planner/builtin/index.js';
import { compilePlan, frameAt } from '../src/raster/index.js';

const SCALE = 2;
const TILE = 96 * SCALE;
const LABEL_H = 20;
const GAP = 4;
const SEED = 7;

/** Requests for the compositions sheet (labels are the requests themselves). */
export const COMPOSITION_SAMPLES: readonly string[] = [
  'котик в космосе',
  'a cat and a dog',
  'собака ест пиццу',
  'burger and fries',
  'astronaut on the moon',
  'домик у озера ночью',
  'медведь в шляпе',
  'ёлка с подарками',
  'a sleeping fox in the forest',
  'skull with sunglasses',
  'рыцарь и дракон',
  'ninja with a sword in the city',
  'пингвин в короне зимой',
  'a shark and an octopus',
  'пират с попугаем на пляже',
  'helicopter in the sky',
  'unicorn with a bow',
  'робот в комнате',
];

function finalFrame(message: string): Uint8ClampedArray {
  const parsed = parsePlan(planFromMessage(message, SEED));
  if (!parsed.plan || parsed.issues.length > 0) throw new Error(`"${message}": ${JSON.stringify(parsed.issues)}`);
  const compiled = compilePlan(parsed.plan);
  return frameAt(compiled, compiled.totalMs);
}

/** A label rendered by the DSL's text op on a dark strip, TILE wide (1:1 pixels). */
function label(text: string): Uint8ClampedArray {
  const plan = parsePlan({
    version: '1',
    canvas: { w: TILE, h: LABEL_H, bg: '#202028' },
    steps: [{ op: 'text', x: 3, y: 6, value: text.slice(0, 31), color: '#f0f0f0' }],
  });
  if (!plan.plan) throw new Error(`label "${text}" did not render`);
  const compiled = compilePlan(plan.plan);
  return frameAt(compiled, compiled.totalMs);
}

function sheet(tiles: { text: string; message: string }[], columns: number, file: string): void {
  const rows = Math.ceil(tiles.length / columns);
  const width = columns * (TILE + GAP) + GAP;
  const height = rows * (TILE + LABEL_H + GAP) + GAP;
  const out = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < out.length; i += 4) out.set([16, 16, 20, 255], i);
  tiles.forEach(({ text, message }, k) => {
    const ox = GAP + (k % columns) * (TILE + GAP);
    const oy = GAP + Math.floor(k / columns) * (TILE + LABEL_H + GAP);
    const frame = finalFrame(message);
    for (let y = 0; y < TILE; y++) {
      for (let x = 0; x < TILE; x++) {
        const src = (Math.floor(y / SCALE) * 96 + Math.floor(x / SCALE)) * 4;
        out.set(frame.subarray(src, src + 4), ((oy + y) * width + ox + x) * 4);
      }
    }
    const strip = label(text);
    for (let y = 0; y < LABEL_H; y++) out.set(strip.subarray(y * TILE * 4, (y + 1) * TILE * 4), ((oy + TILE + y) * width + ox) * 4);
  });
  writeFileSync(file, encodePng(out, width, height, 1));
  console.log(`wrote ${file} (${width}x${height}, ${tiles.length} tiles)`);
}

/** A name that the planner maps back to the subject (its first English word, else a stem). */
function nameOf(id: string, words: string[], stems: string[]): string {
  for (const name of [...words, ...stems].filter((w) => !w.startsWith('~'))) {
    if (explainPlan(name, SEED).choice.subjectId === id) return name;
  }
  throw new Error(`no name of ${id} maps back to it`);
}

mkdirSync('docs', { recursive: true });
sheet(
  SUBJECTS.map((s) => ({ text: s.id, message: nameOf(s.id, s.words, s.stems) })),
  10,
  'docs/builtin-subjects.png',
);
sheet(
  COMPOSITION_SAMPLES.map((m) => {
    const { choice } = explainPlan(m, SEED);
    console.log(`${m} → subjects=${choice.subjectIds.join(',')} setting=${choice.setting ?? '-'}`);
    return { text: m, message: m };
  }),
  6,
  'docs/builtin-compositions.png',
);
