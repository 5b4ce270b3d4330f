// The picture for a message that names nothing we know: always friendly, never empty.
import { BLUSH, INK, WHITE, darken, lighten } from './colors.js';
import type { Pen, Pt } from './pen.js';
import type { Rng } from './random.js';
import type { BackgroundId, Subject } from './subject.js';
import { SUBJECTS } from './subjects/index.js';

function confetti(pen: Pen, rng: Rng): void {
  for (const color of ['#ff6b8a', '#5ac8f0', '#ffe04a', '#7fdc7f']) {
    const pts: Pt[] = [];
    for (let i = 0; i < 7; i++) pts.push([rng.int(4, 91), rng.int(4, 91)]);
    pen.sparkle(pts, color, 0.5);
  }
}

const gg: Subject = {
  id: 'generic-gg',
  stems: [],
  words: [],
  colors: ['#ffd23f', '#5ac8f0', '#ff6b8a'],
  background: 'space',
  draw(pen, c, rng) {
    pen.text(28, 36, 'GG', darken(c.main, 0.55), 4);
    pen.text(26, 34, 'GG', c.main, 4);
    pen.line(24, 66, 72, 66, lighten(c.main, 0.3), 2);
    confetti(pen, rng);
  },
};

const smiley: Subject = {
  id: 'generic-smiley',
  stems: [],
  words: [],
  colors: ['#ffd23f', '#ffc83a'],
  background: 'soft',
  draw(pen, c, rng) {
    pen.circle(48, 48, 28, { fill: c.main, line: darken(c.main, 0.45) });
    pen.ellipse(38, 42, 3, 5, { fill: INK });
    pen.ellipse(58, 42, 3, 5, { fill: INK });
    pen.dots(
      [
        [37, 39],
        [57, 39],
      ],
      WHITE,
    );
    pen.polyline(
      [
        [32, 54],
        [38, 61],
        [48, 64],
        [58, 61],
        [64, 54],
      ],
      '#6b3a12',
      2,
    );
    pen.circle(30, 52, 3, { fill: BLUSH });
    pen.circle(66, 52, 3, { fill: BLUSH });
    confetti(pen, rng);
  },
};

const star = SUBJECTS.find((s) => s.id === 'star');
const heart = SUBJECTS.find((s) => s.id === 'heart');

/** The generic pictures, one per seed bucket. */
export const GENERIC_SUBJECTS: readonly Subject[] = [gg, smiley, ...(star ? [star] : []), ...(heart ? [heart] : [])];

export function pickGeneric(rng: Rng): { subject: Subject; background: BackgroundId } {
  const subject = rng.pick(GENERIC_SUBJECTS);
  return { subject, background: subject.background };
}
