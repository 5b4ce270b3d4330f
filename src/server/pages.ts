// The HTML shells of the overlay and the panel. They carry no logic: the bundled scripts in
// dist/web build everything from /api/state and the WebSocket. The page configuration is
// embedded as inert JSON (never executed), with '<' escaped so no value can close the tag.
import { CAPTION } from '../core/index.js';
import type { RendererSettings } from '../dsl/index.js';

export type OverlayLayout = 'landscape' | 'portrait';

/** The Browser Source size each layout is designed for (the panel shows these to paste into OBS). */
export const LAYOUT_SIZES: Record<OverlayLayout, { width: number; height: number }> = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
};

export interface OverlayOptions {
  scale: number;
  layout: OverlayLayout;
  transparent: boolean;
  /** Debug/test hook: render the frame at this drawing time and stop animating. */
  freezeMs?: number;
  /** Most canvas updates per second while drawing (1..60). */
  maxFps: number;
}

export const DEFAULT_MAX_FPS = 30;

/** Parses the overlay's query; a bad value falls back to the default so a typo never blanks the stream. */
export function overlayOptionsFromQuery(query: Record<string, unknown>, defaultScale: number): OverlayOptions {
  const first = (value: unknown): string | undefined =>
    Array.isArray(value) ? first(value[0]) : typeof value === 'string' ? value : undefined;
  const scaleRaw = first(query.scale);
  const scale =
    scaleRaw !== undefined && /^\d{1,2}$/.test(scaleRaw) && Number(scaleRaw) >= 1 && Number(scaleRaw) <= 32
      ? Number(scaleRaw)
      : defaultScale;
  const layout: OverlayLayout = first(query.layout)?.toLowerCase() === 'portrait' ? 'portrait' : 'landscape';
  const transparentRaw = first(query.transparent)?.toLowerCase();
  const transparent = transparentRaw === '1' || transparentRaw === 'true' || transparentRaw === 'yes';
  const freezeRaw = first(query.freeze);
  const freezeMs = freezeRaw !== undefined && /^\d{1,9}$/.test(freezeRaw) ? Number(freezeRaw) : undefined;
  const fpsRaw = first(query.fps);
  const maxFps =
    fpsRaw !== undefined && /^\d{1,2}$/.test(fpsRaw) && Number(fpsRaw) >= 1 && Number(fpsRaw) <= 60 ? Number(fpsRaw) : DEFAULT_MAX_FPS;
  return { scale, layout, transparent, freezeMs, maxFps };
}

export interface PageConfig {
  renderer: RendererSettings;
  scale: number;
  [key: string]: unknown;
}

function configScript(config: PageConfig): string {
  const json = JSON.stringify(config)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script id="drawstream-config" type="application/json">${json}</script>`;
}

function head(title: string, css: string, script: string, config: PageConfig, version: string): string {
  const v = encodeURIComponent(version);
  return `<!doctype html>
<html lang="en" class="${String(config.htmlClass ?? '')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/assets/fonts.css?v=${v}">
<link rel="stylesheet" href="/assets/${css}?v=${v}">
${configScript(config)}
<script type="module" src="/assets/${script}?v=${v}"></script>
</head>`;
}

export function overlayPage(options: OverlayOptions, renderer: RendererSettings, version: string): string {
  const classes = [`layout-${options.layout}`, options.transparent ? 'transparent' : 'opaque'];
  const config: PageConfig = {
    renderer,
    scale: options.scale,
    layout: options.layout,
    transparent: options.transparent,
    freezeMs: options.freezeMs ?? null,
    maxFps: options.maxFps,
    htmlClass: classes.join(' '),
  };
  return `${head('drawstream overlay', 'overlay.css', 'overlay.js', config, version)}
<body>
<main id="stage" class="phase-idle">
  <section id="now" class="hud-box">
    <div id="now-line"><span id="now-label">Drawing:</span> <span id="now-donor"></span><span id="now-sep"> — </span><span id="now-message"></span></div>
    <div id="now-amount"></div>
    <div id="thinking">Thinking…</div>
  </section>
  <section id="art-box">
    <canvas id="art" width="${renderer.canvasW}" height="${renderer.canvasH}"></canvas>
    <div id="progress" class="bar"><div class="bar-fill"></div></div>
    <div id="caption">${CAPTION}</div>
    <div id="countdown" class="bar"><div class="bar-fill"></div></div>
  </section>
  <aside id="queue-box" class="hud-box">
    <div id="next-title">Next up</div>
    <ol id="next-list"></ol>
    <div id="queue-count"></div>
  </aside>
  <div id="idle">Waiting for donations</div>
</main>
</body>
</html>
`;
}

export function panelPage(config: PageConfig, version: string): string {
  return `${head('drawstream panel', 'panel.css', 'panel.js', config, version)}
<body>
<header><h1>drawstream</h1><span id="conn" class="pill">connecting…</span><span id="paused-pill" class="pill warn" hidden>paused</span></header>
<main>
  <section id="current-card" class="card">
    <h2>Now</h2>
    <div class="current-row">
      <canvas id="preview" width="${config.renderer.canvasW}" height="${config.renderer.canvasH}"></canvas>
      <div>
        <div id="current-phase" class="muted">idle</div>
        <div id="current-donor" class="donor"></div>
        <div id="current-amount"></div>
        <div id="current-message" class="message"></div>
        <div id="current-note" class="muted"></div>
        <div id="current-time" class="muted"></div>
      </div>
    </div>
    <div class="buttons">
      <button id="btn-skip" type="button">Skip</button>
      <button id="btn-clear" type="button">Clear queue</button>
      <button id="btn-pause" type="button">Pause</button>
      <button id="btn-resume" type="button">Resume</button>
    </div>
    <div id="action-result" class="muted" role="status"></div>
  </section>
  <section id="pending-card" class="card">
    <h2>Pending <span id="pending-count" class="muted"></span> <span id="moderation-mode" class="pill"></span></h2>
    <div class="buttons"><button id="btn-approve-all" type="button">Approve all</button></div>
    <ol id="pending-list"></ol>
    <p id="pending-empty" class="muted"></p>
    <p id="pending-more" class="muted"></p>
    <p class="muted keys">Keys: <kbd>A</kbd> approve oldest · <kbd>R</kbd> reject oldest · <kbd>S</kbd> skip</p>
    <div id="moderation-result" class="muted" role="status"></div>
  </section>
  <section class="card">
    <h2>Queue <span id="queue-count" class="muted"></span></h2>
    <ol id="queue-list"></ol>
  </section>
  <section id="bans-card" class="card">
    <h2>Bans</h2>
    <form id="ban-form">
      <input name="donor" maxlength="64" placeholder="donor name" required>
      <input name="source" maxlength="64" placeholder="source (optional)">
      <button type="submit">Ban</button>
    </form>
    <ol id="bans-list"></ol>
  </section>
  <section class="card">
    <h2>Test donation</h2>
    <form id="donation-form">
      <label>Donor <input name="donor" maxlength="64" value="Tester"></label>
      <label>Amount <input name="amount" type="number" min="0" step="any" value="100"></label>
      <label>Currency <input name="currency" maxlength="3" value="RUB"></label>
      <label class="wide">Message <input name="message" maxlength="300" value="draw a cat in space"></label>
      <button type="submit">Send</button>
    </form>
    <div id="donation-result" class="muted" role="status"></div>
  </section>
  <section class="card">
    <h2>Health <span id="health-status" class="pill"></span></h2>
    <ul id="health-list"></ul>
    <p><a id="da-connect" href="/auth/donationalerts">Connect Donation Alerts</a> <span id="da-state" class="muted"></span></p>
  </section>
  <section id="twitch-card" class="card" hidden>
    <h2>Twitch <span id="twitch-conn" class="pill"></span></h2>
    <p id="twitch-login-state" class="muted"></p>
    <div class="buttons"><button id="twitch-login" type="button" hidden>Log in with Twitch</button></div>
    <p id="twitch-code" hidden></p>
    <p id="twitch-problem" class="warn-text" role="status"></p>
    <p id="twitch-settlement" class="muted"></p>
  </section>
  <section class="card">
    <h2>OBS Browser Source</h2>
    <table id="overlay-urls"></table>
  </section>
  <section class="card">
    <h2>Panel token</h2>
    <p class="muted">Needed for the buttons and the form when the service runs with PANEL_TOKEN. Kept in this browser only.</p>
    <input id="token" type="password" autocomplete="off" placeholder="PANEL_TOKEN"> <button id="token-save" type="button">Save</button>
  </section>
  <section class="card wide-card">
    <h2>History</h2>
    <ol id="history-list"></ol>
  </section>
  <section id="gallery-card" class="card wide-card">
    <h2>Gallery <span class="muted">(finished drawings: replay or download)</span></h2>
    <div id="gallery-result" class="muted" role="status"></div>
    <ol id="gallery-list"></ol>
  </section>
</main>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

export function authResultPage(ok: boolean, message: string): string {
  const title = ok ? 'Donation Alerts connected' : 'Donation Alerts connection failed';
  const line = ok ? `Connected as ${message}` : `failed: ${message}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;background:#111;color:#eee;padding:2rem}a{color:#8cf}</style></head>
<body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(line)}</p><p><a href="/panel">Back to the panel</a></p></body></html>
`;
}
