// report.html (one card per request, pictures inline as PNG data URLs so the file stands
// alone) and sheet.png (every final picture in a grid). All text is HTML-escaped: messages
// are strangers' words and fallback reasons quote servers.
import { encodePng } from '../gallery/index.js';
import { upscaleNearest } from '../raster/index.js';
import type { CheckCard, CheckRun } from './run.js';

const CARD_SCALE = 3;
const SHEET_SCALE = 2;
const SHEET_COLUMNS = 4;
const SHEET_GAP = 6;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

function ms(value: number | null): string {
  return value === null ? '—' : value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${value} ms`;
}

/** Tokens per second over the streaming part (first step → end), or the whole time when there was no first step. */
function tokensPerSecond(card: CheckCard): string {
  if (card.outputTokens === null || card.outputTokens <= 0 || card.totalMs <= 0) return '—';
  return (card.outputTokens / (card.totalMs / 1000)).toFixed(1);
}

function sourceLine(card: CheckCard): string {
  switch (card.source) {
    case 'llm':
      return 'model';
    case 'builtin':
      return `built-in planner: ${card.fallbackReason ?? 'no reason given'}`;
    case 'gate':
      return card.fallbackReason ?? 'refused by the Gatekeeper';
    default: {
      const unreachable: never = card.source;
      return unreachable;
    }
  }
}

function cardHtml(card: CheckCard, index: number): string {
  const png = encodePng(card.frame.rgba, card.frame.width, card.frame.height, CARD_SCALE).toString('base64');
  const rows: Array<[string, string]> = [
    ['source', sourceLine(card)],
    ['first step', ms(card.firstStepMs)],
    ['total', ms(card.totalMs)],
    ['output tokens', card.outputTokens === null ? '—' : String(card.outputTokens)],
    ['tokens/s', tokensPerSecond(card)],
    ['steps', String(card.steps)],
    ['dropped steps', String(card.dropped)],
  ];
  if (card.incompleteReason) rows.push(['broke off', card.incompleteReason]);
  return `<article class="card ${card.source}">
<h2>${index + 1}. ${escapeHtml(card.message)}</h2>
<img alt="${escapeHtml(card.message)}" width="${card.frame.width * CARD_SCALE}" height="${card.frame.height * CARD_SCALE}" src="data:image/png;base64,${png}">
<dl>${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>
</article>`;
}

export function reportHtml(run: CheckRun, createdAt: Date): string {
  const s = run.summary;
  const title = `drawstream model check: ${run.backend} ${run.model}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
body{font:14px system-ui,sans-serif;background:#111;color:#eee;margin:1.5em}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:1em}
.card{background:#1c1c1c;border-left:4px solid #4c4;padding:.8em}
.card.builtin{border-color:#e90}.card.gate{border-color:#888}
.card h2{font-size:15px;margin:0 0 .5em;overflow-wrap:anywhere}
img{image-rendering:pixelated;display:block}
dl{display:grid;grid-template-columns:auto 1fr;gap:.1em .8em;margin:.6em 0 0}dt{color:#999}dd{margin:0;overflow-wrap:anywhere}
</style></head><body>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(createdAt.toISOString())} · ${run.cards.length} requests · model plans ${s.valid} · built-in fallbacks ${s.fallbacks} · median first step ${escapeHtml(ms(s.medianFirstStepMs))} · median total ${escapeHtml(ms(s.medianTotalMs))}</p>
<p>Green: the model's plan. Orange: the built-in planner drew it (why is under "source"). Grey: refused by the Gatekeeper before any model saw it.</p>
<section class="cards">
${run.cards.map(cardHtml).join('\n')}
</section>
</body></html>
`;
}

/** Every final picture ×2 in a grid on a dark background. */
export function contactSheet(run: CheckRun): Buffer {
  const frames = run.cards.map((c) => c.frame);
  if (frames.length === 0) return encodePng(new Uint8ClampedArray([17, 17, 17, 255]), 1, 1, 1);
  const tw = Math.max(...frames.map((f) => f.width)) * SHEET_SCALE;
  const th = Math.max(...frames.map((f) => f.height)) * SHEET_SCALE;
  const columns = Math.min(SHEET_COLUMNS, frames.length);
  const rows = Math.ceil(frames.length / columns);
  const width = columns * (tw + SHEET_GAP) + SHEET_GAP;
  const height = rows * (th + SHEET_GAP) + SHEET_GAP;
  const sheet = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < sheet.length; i += 4) sheet.set([17, 17, 17, 255], i);
  frames.forEach((f, i) => {
    const big = upscaleNearest(f.rgba, f.width, f.height, SHEET_SCALE);
    const bw = f.width * SHEET_SCALE;
    const ox = SHEET_GAP + (i % columns) * (tw + SHEET_GAP);
    const oy = SHEET_GAP + Math.floor(i / columns) * (th + SHEET_GAP);
    for (let y = 0; y < f.height * SHEET_SCALE; y++) sheet.set(big.subarray(y * bw * 4, (y + 1) * bw * 4), ((oy + y) * width + ox) * 4);
  });
  return encodePng(sheet, width, height, 1);
}
