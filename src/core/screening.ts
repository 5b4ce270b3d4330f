// The model check of a donation before its text is shown (issue 11): what the planner part's
// classifier answers and what the stage does with it. Rules (src/gate) block first; the model
// only adds blocks.

/** The categories the classification request may answer (its JSON Schema's `category` enum). */
export const SCREEN_CATEGORIES = ['sexual', 'profanity', 'hate', 'gore', 'drugs', 'none'] as const;
export type ScreenCategory = (typeof SCREEN_CATEGORIES)[number];

/** HUD_MESSAGE: when the overlay may show a donation's message. */
export const HUD_MESSAGE_MODES = ['checked', 'always', 'never'] as const;
export type HudMessageMode = (typeof HUD_MESSAGE_MODES)[number];

/** Where a job's model check stands (`JobView.screening`, panel only). */
export type ScreenStatus = 'pending' | 'passed' | 'blocked' | 'failed';

export interface ScreenRequest {
  jobId: string;
  donor: string;
  message: string;
}

/** The model's verdict, or why there is none (down, timeout, HTTP error, garbage). */
export type ScreenResult =
  { ok: true; verdict: 'allow' | 'block'; category: ScreenCategory; latencyMs: number } | { ok: false; reason: string; latencyMs: number };

/** One short schema-constrained classification request per donation. Never rejects. */
export interface Screener {
  readonly name: string;
  screen(request: ScreenRequest, options?: { signal?: AbortSignal }): Promise<ScreenResult>;
}
