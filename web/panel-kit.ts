// What every card of the panel shares: the page configuration, DOM helpers, and the control
// calls (POST/DELETE carrying the panel token saved in this browser, answers as
// `{ok, status, data}` whatever happens, so a card only has to show a sentence).
import type { RendererSettings } from '../src/dsl/index.js';
import { DEFAULT_RENDERER_SETTINGS } from '../src/dsl/index.js';
import type { Answer } from './panel-moderation.js';

export interface PanelConfig {
  renderer: RendererSettings;
  scale: number;
  layouts: Record<'landscape' | 'portrait', { width: number; height: number }>;
  tokenRequired: boolean;
  daConnect: boolean;
  /** Twitch is configured (the Twitch box is shown). */
  twitch: boolean;
}

/** The configuration the server embeds as inert JSON; anything missing or broken gets a default. */
export function readConfig(): PanelConfig {
  let raw: Partial<PanelConfig> = {};
  try {
    raw = JSON.parse(document.getElementById('drawstream-config')?.textContent ?? '{}');
  } catch {
    // defaults below
  }
  return {
    renderer: { ...DEFAULT_RENDERER_SETTINGS, ...(raw.renderer ?? {}) },
    scale: typeof raw.scale === 'number' ? raw.scale : 8,
    layouts: raw.layouts ?? { landscape: { width: 1920, height: 1080 }, portrait: { width: 1080, height: 1920 } },
    tokenRequired: raw.tokenRequired === true,
    daConnect: raw.daConnect === true,
    twitch: raw.twitch === true,
  };
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`panel markup is missing #${id}`);
  return element as T;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

export function timeText(ms: number): string {
  return new Date(ms).toLocaleTimeString();
}

const TOKEN_KEY = 'drawstream.panelToken';

/** The panel token saved in this browser, or '' (none saved, or storage refused). */
export function token(): string {
  try {
    return localStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Saves the token (empty: forgets it); throws when the browser refuses storage. */
export function saveToken(value: string): void {
  if (value) localStorage.setItem(TOKEN_KEY, value.trim());
  else localStorage.removeItem(TOKEN_KEY);
}

export function post(path: string, body?: unknown): Promise<Answer> {
  return request('POST', path, body);
}

/** A call with the saved panel token: control calls, and GETs whose answer is for the operator only (/api/twitch). */
export async function request(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<Answer> {
  const headers: Record<string, string> = {};
  const saved = token();
  if (saved) headers.Authorization = `Bearer ${saved}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    const response = await fetch(path, { method, headers, cache: 'no-store', body: body === undefined ? undefined : JSON.stringify(body) });
    let data: Record<string, unknown> = {};
    try {
      data = (await response.json()) as Record<string, unknown>;
    } catch {
      // a non-JSON answer: status says enough
    }
    return { ok: response.ok, status: response.status, data };
  } catch {
    return { ok: false, status: 0, data: { error: 'The service is not reachable.' } };
  }
}

export function describeError(result: { status: number; data: Record<string, unknown> }): string {
  const message = typeof result.data.error === 'string' ? result.data.error : `HTTP ${result.status}`;
  if (result.status === 401 || result.status === 403) return `${message} (paste the panel token below)`;
  return message;
}
