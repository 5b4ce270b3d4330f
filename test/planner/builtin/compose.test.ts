// Issue 15: compositions (two or three things, worn/held props), settings, the recognition
// line, every subject within the canvas, and the unseen-requests check.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/dsl/index.js';
import { compilePlan, frameAt } from '../../../src/raster/index.js';
import { describeRecognition, explainPlan, SUBJECTS, type RawPlan } from '../../../src/planner/builtin/index.js';

function render(plan: RawPlan): Uint8ClampedArray {
  const parsed = parsePlan(plan);
  if (!parsed.plan) throw new Error('invalid plan');
  const compiled = compilePlan(parsed.plan);
  return frameAt(compiled, compiled.totalMs);
}

function hex(frame: Uint8ClampedArray, x: number, y: number): string {
  const i = (y * 96 + x) * 4;
  return `#${[frame[i], frame[i + 1], frame[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** Pixels inside `box` that change when the part's steps are left out: the part is visibly there. */
function visiblePixels(message: string, seed: number, id: string): number {
  const { plan, choice } = explainPlan(message, seed);
  const part = choice.parts.find((p) => p.id === id);
  if (!part) return 0;
  const full = render(plan);
  const without = render({ ...plan, steps: plan.steps.filter((_, i) => i < part.steps[0] || i >= part.steps[1]) });
  const [x0, y0, x1, y1] = part.box;
  let changed = 0;
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) if (hex(full, x, y) !== hex(without, x, y)) changed++;
  return changed;
}

function colourCount(frame: Uint8ClampedArray, color: string, box: [number, number, number, number] = [0, 0, 95, 95]): number {
  let n = 0;
  for (let y = box[1]; y <= box[3]; y++) for (let x = box[0]; x <= box[2]; x++) if (hex(frame, x, y) === color) n++;
  return n;
}

const PAIRS: [string, string[]][] = [
  ['нарисуй кота и собаку', ['cat', 'dog']],
  ['a cat and a dog', ['cat', 'dog']],
  ['рыцарь и дракон', ['knight', 'dragon']],
  ['a shark and an octopus', ['shark', 'octopus']],
  ['бургер и картошка фри', ['burger', 'fries']],
  ['burger and fries', ['burger', 'fries']],
  ['собака ест пиццу', ['dog', 'pizza']],
  ['a dog eating pizza', ['dog', 'pizza']],
  ['медведь в шляпе', ['bear', 'hat']],
  ['a bear in a hat', ['bear', 'hat']],
  ['ёлка с подарками', ['christmas-tree', 'gift']],
  ['a tree with presents', ['tree', 'gift']],
  ['череп в очках', ['skull', 'sunglasses']],
  ['ninja with a sword', ['ninja', 'sword']],
  ['пингвин в короне', ['penguin', 'crown']],
  ['unicorn with a bow', ['unicorn', 'bow']],
];

describe('built-in planner: compositions', () => {
  for (const [message, ids] of PAIRS) {
    it(`"${message}" draws ${ids.join(' and ')}, both visible`, () => {
      for (const seed of [1, 2, 3]) {
        const { plan, choice } = explainPlan(message, seed);
        expect(choice.subjectIds).toEqual(ids);
        expect(parsePlan(plan).issues).toEqual([]);
        for (const id of ids) expect(visiblePixels(message, seed, id), `${id} seed ${seed}`).toBeGreaterThan(25);
      }
    });
  }

  it('puts the main subject large and the second beside it, on either side by seed', () => {
    const sides = new Set<string>();
    for (let seed = 0; seed < 12; seed++) {
      const { choice } = explainPlan('кот и собака', seed);
      const [cat, dog] = choice.parts;
      expect(cat.role).toBe('main');
      expect(dog.role).toBe('beside');
      const area = (b: number[]) => (b[2] - b[0]) * (b[3] - b[1]);
      expect(area(cat.box)).toBeGreaterThan(area(dog.box));
      sides.add(cat.box[0] < dog.box[0] ? 'left' : 'right');
      // The main colour really is in the main subject's box.
      expect(colourCount(render(explainPlan('кот и собака', seed).plan), cat.color, cat.box)).toBeGreaterThan(40);
    }
    expect(sides).toEqual(new Set(['left', 'right']));
  });

  it('wears head props on the head, glasses on the eyes, holds hand props, puts presents at the foot', () => {
    const roleOf = (message: string, id: string) => explainPlan(message, 4).choice.parts.find((p) => p.id === id)?.role;
    expect(roleOf('медведь в шляпе', 'hat')).toBe('worn');
    expect(roleOf('skull with sunglasses', 'sunglasses')).toBe('worn');
    expect(roleOf('собака ест пиццу', 'pizza')).toBe('held');
    expect(roleOf('ёлка с подарками', 'gift')).toBe('at-foot');
    const { parts } = explainPlan('медведь в шляпе', 4).choice;
    const [bear, hat] = parts;
    expect(hat.box[3]).toBeLessThan(bear.box[1] + 14);
    expect(hat.box[0]).toBeGreaterThanOrEqual(bear.box[0]);
    expect(hat.box[2]).toBeLessThanOrEqual(bear.box[2]);
  });

  it('draws at most three things, the first named largest', () => {
    const { choice } = explainPlan('кот, собака, лиса и панда', 5);
    expect(choice.subjectIds).toEqual(['cat', 'dog', 'fox']);
    for (const id of choice.subjectIds) expect(visiblePixels('кот, собака, лиса и панда', 5, id), id).toBeGreaterThan(25);
  });

  it('is deterministic per seed and varies with it', () => {
    for (const message of ['кот и собака в космосе', 'a bear in a hat at the lake at night', 'рыцарь, дракон и замок']) {
      expect(JSON.stringify(explainPlan(message, 99))).toBe(JSON.stringify(explainPlan(message, 99)));
      const variants = new Set(Array.from({ length: 12 }, (_, seed) => JSON.stringify(explainPlan(message, seed).plan)));
      expect(variants.size).toBeGreaterThanOrEqual(10);
    }
  });
});

const SETTINGS: [string, string, string][] = [
  ['котик в космосе', 'space', 'cat'],
  ['a cat in space', 'space', 'cat'],
  ['космонавт на луне', 'moon', 'astronaut'],
  ['an astronaut on the moon', 'moon', 'astronaut'],
  ['домик у озера', 'lake', 'house'],
  ['a house by the lake', 'lake', 'house'],
  ['краб на пляже', 'beach', 'crab'],
  ['a crab on the beach', 'beach', 'crab'],
  ['лиса в лесу', 'forest', 'fox'],
  ['a fox in the forest', 'forest', 'fox'],
  ['вертолёт в городе', 'city', 'helicopter'],
  ['a helicopter over the city', 'city', 'helicopter'],
  ['снеговик зимой', 'snow', 'snowman'],
  ['a snowman in the snow', 'snow', 'snowman'],
  ['самолёт в небе', 'sky', 'plane'],
  ['a plane in the sky', 'sky', 'plane'],
  ['робот в комнате', 'room', 'robot'],
  ['a robot in the room', 'room', 'robot'],
];

describe('built-in planner: settings', () => {
  for (const [message, setting, id] of SETTINGS) {
    it(`"${message}" draws ${id} in the ${setting} setting`, () => {
      const { plan, choice } = explainPlan(message, 8);
      expect(choice.subjectIds).toEqual([id]);
      expect(choice.setting).toBe(setting);
      expect(choice.background).toBe(setting);
      expect(parsePlan(plan).issues).toEqual([]);
      expect(visiblePixels(message, 8, id)).toBeGreaterThan(200);
    });
  }

  it('shows the setting itself: moon ground, lake water by night, city windows', () => {
    const moon = render(explainPlan('astronaut on the moon', 3).plan);
    expect(colourCount(moon, '#a8a8b4', [0, 72, 95, 95])).toBeGreaterThan(100);
    const { plan, choice } = explainPlan('домик у озера ночью', 3);
    expect(choice.night).toBe(true);
    expect(choice.setting).toBe('lake');
    expect(colourCount(render(plan), '#1a3a6a', [0, 60, 95, 78])).toBeGreaterThan(30);
    expect(colourCount(render(explainPlan('кот в городе', 3).plan), '#ffd86a')).toBeGreaterThan(10);
  });

  it('reads "на луне" as the moon surface but "луна" alone as the moon', () => {
    expect(explainPlan('кот на луне', 1).choice).toMatchObject({ subjectIds: ['cat'], setting: 'moon' });
    expect(explainPlan('луна', 1).choice.subjectIds).toEqual(['moon']);
    expect(explainPlan('кот и луна', 1).choice.subjectIds).toEqual(['cat', 'moon']);
  });
});

describe('built-in planner: every subject', () => {
  it('renders within the canvas with no dropped step, alone and in company', () => {
    for (const s of SUBJECTS) {
      const name =
        s.words.find((w) => !w.startsWith('~') && explainPlan(w, 1).choice.subjectId === s.id) ??
        s.stems.find((w) => explainPlan(w, 1).choice.subjectId === s.id);
      expect(name, `a name for ${s.id}`).toBeDefined();
      for (const message of [name!, `${name} and a cat`, `кот и ${name}`, `${name} в шляпе`]) {
        const { plan, choice } = explainPlan(message, 11);
        const parsed = parsePlan(plan);
        expect(parsed.issues, message).toEqual([]);
        expect(plan.steps.length, message).toBeLessThanOrEqual(200);
        for (const part of choice.parts) {
          const [x0, y0, x1, y1] = part.box;
          expect(x0 >= 0 && y0 >= 0 && x1 <= 95 && y1 <= 95 && x1 > x0 && y1 > y0, `${message}: ${part.id}`).toBe(true);
        }
        for (const step of plan.steps) {
          const pts =
            step.op === 'polygon' ? (step.points as number[][]) : step.op === 'circle' ? [[step.cx as number, step.cy as number]] : [];
          for (const [x, y] of pts) expect(x >= -12 && x <= 108 && y >= -12 && y <= 108, `${message}: ${step.op} at ${x},${y}`).toBe(true);
        }
      }
    }
  });
});

describe('built-in planner: unseen requests (issue 15 check)', () => {
  const fixture = JSON.parse(readFileSync(new URL('./fixtures/unseen-requests.json', import.meta.url), 'utf8')) as {
    requests: { text: string; expect: string[]; drawable?: boolean }[];
  };

  it('falls to the generic picture for at most 3 of the drawable ones and shows every thing of multi-thing ones', () => {
    const drawable = fixture.requests.filter((r) => r.drawable !== false);
    expect(drawable.length).toBe(38);
    const generic = drawable.filter((r) => explainPlan(r.text, 1).choice.generic).map((r) => r.text);
    expect(generic.length, generic.join(' | ')).toBeLessThanOrEqual(3);
    for (const r of drawable) expect(explainPlan(r.text, 1).choice.subjectIds, r.text).toEqual(expect.arrayContaining(r.expect));
    for (const r of fixture.requests.filter((q) => q.drawable === false)) expect(explainPlan(r.text, 1).choice.generic, r.text).toBe(true);
  });
});

describe('describeRecognition (drawstream plan stderr)', () => {
  it('names the subjects and the setting, or generic', () => {
    expect(describeRecognition('кот и собака в космосе')).toBe('subjects=cat,dog setting=space');
    expect(describeRecognition('a cat and a dog in space')).toBe('subjects=cat,dog setting=space');
    expect(describeRecognition('медведь в шляпе')).toBe('subjects=bear,hat');
    expect(describeRecognition('спасибо за стрим')).toBe('subjects=generic');
    expect(describeRecognition('ночью')).toBe('subjects=generic setting=night');
  });
});
