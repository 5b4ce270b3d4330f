// The overlay page's configuration (embedded by the server as inert JSON; a bad value falls
// back to the default so a typo never blanks the stream) and the small shared vocabulary of
// the overlay files: the display mode of a job and the markup lookup.
import type { JobView } from '../src/core/index.js';
import { DEFAULT_RENDERER_SETTINGS, type RendererSettings } from '../src/dsl/index.js';

export interface OverlayConfig {
  renderer: RendererSettings;
  scale: number;
  layout: 'landscape' | 'portrait';
  transparent: boolean;
  freezeMs: number | null;
  maxFps: number;
}

/** What the overlay shows: nothing, "thinking", the animation, or the finished picture. */
export type Mode = 'idle' | 'planning' | 'drawing' | 'showing';

export function readConfig(): OverlayConfig {
  let raw: Partial<OverlayConfig> = {};
  try {
    raw = JSON.parse(document.getElementById('drawstream-config')?.textContent ?? '{}');
  } catch {
    // defaults below
  }
  const scale = Number.isInteger(raw.scale) && (raw.scale as number) >= 1 && (raw.scale as number) <= 32 ? (raw.scale as number) : 8;
  return {
    renderer: { ...DEFAULT_RENDERER_SETTINGS, ...(raw.renderer ?? {}) },
    scale,
    layout: raw.layout === 'portrait' ? 'portrait' : 'landscape',
    transparent: raw.transparent === true,
    freezeMs: typeof raw.freezeMs === 'number' && raw.freezeMs >= 0 ? raw.freezeMs : null,
    maxFps: Number.isInteger(raw.maxFps) && (raw.maxFps as number) >= 1 && (raw.maxFps as number) <= 60 ? (raw.maxFps as number) : 30,
  };
}

export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`overlay markup is missing #${id}`);
  return element as T;
}

export function modeOf(job: JobView | null): Mode {
  if (!job) return 'idle';
  if (job.phase === 'showing' && job.plan) return 'showing';
  if (job.phase === 'drawing' && job.plan && typeof job.drawStartedAt === 'number') return 'drawing';
  return 'planning';
}
