// Configuration from the environment (design.md, "Configuration"). A bad value stops
// start-up with one clear line naming the variable, so a streamer sees what to fix
// instead of a stack trace.
import {
  HUD_MESSAGE_MODES,
  LLM_BACKENDS,
  type HudMessageMode,
  type LlmBackendName,
  type LlmSettings,
  type ModerationMode,
  type TwitchSettings,
} from '../core/index.js';
import type { RendererSettings } from '../dsl/index.js';

export class ConfigError extends Error {}

export interface DonationAlertsSettings {
  clientId?: string;
  clientSecret?: string;
  redirectUri?: string;
  apiToken?: string;
  apiUrl: string;
  wsUrl: string;
  pollIntervalSec: number;
}

/** One minimum for every currency, or per currency (a currency not listed has no minimum). */
export type MinAmount = number | Record<string, number>;

export interface Config {
  da: DonationAlertsSettings;
  twitch: TwitchSettings;
  llm: LlmSettings;
  planAhead: number;
  renderer: RendererSettings;
  windowScale: number;
  host: string;
  port: number;
  panelToken?: string;
  dataDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  minAmount: MinAmount;
  gateRulesFile?: string;
  /** HUD_MESSAGE: when the overlay shows a message (`checked`: once every layer passed it). */
  hudMessage: HudMessageMode;
  /** SCREEN_TIMEOUT_SEC: the model check's own timeout (1..120, default 8). */
  screenTimeoutSec: number;
  /** MODERATION: `auto` (default) or `manual` (the operator approves each donation). */
  moderation: ModerationMode;
  /** AUTO_APPROVE_MIN_AMOUNT: in manual mode, donations at or above it skip approval; null = none do. */
  autoApproveMinAmount: MinAmount | null;
}

export type Env = Record<string, string | undefined>;

function text(env: Env, name: string): string | undefined {
  const value = env[name];
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(`${name} must be from ${min} to ${max} (got ${raw})`);
  return value;
}

function decimal(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^-?\d+(\.\d+)?$/.test(raw) || !Number.isFinite(value))
    throw new ConfigError(`${name} must be a number from ${min} to ${max} (got "${raw}")`);
  if (value < min || value > max) throw new ConfigError(`${name} must be from ${min} to ${max} (got ${raw})`);
  return value;
}

function url(env: Env, name: string, fallback: string | undefined, protocols: string[]): string | undefined {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL such as ${protocols[0]}//127.0.0.1:1234 (got "${raw}")`);
  }
  if (!protocols.includes(parsed.protocol)) throw new ConfigError(`${name} must start with ${protocols.join(' or ')} (got "${raw}")`);
  return raw.replace(/\/+$/, '');
}

export function parseMinAmount(raw: string | undefined, name = 'MIN_AMOUNT'): MinAmount {
  if (raw === undefined || raw.trim() === '') return 0;
  const value = raw.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value);
  const perCurrency: Record<string, number> = {};
  for (const part of value.split(',')) {
    const match = /^\s*([A-Za-z]{3})\s*:\s*(\d+(?:\.\d+)?)\s*$/.exec(part);
    if (!match) throw new ConfigError(`${name} must be a number or a list like RUB:100,USD:1 (got "${value}")`);
    perCurrency[match[1].toUpperCase()] = Number(match[2]);
  }
  return perCurrency;
}

export function parseModeration(raw: string | undefined): ModerationMode {
  if (raw === undefined || raw.trim() === '') return 'auto';
  const value = raw.trim().toLowerCase();
  if (value === 'auto' || value === 'manual') return value;
  throw new ConfigError(`MODERATION must be auto or manual (got "${raw.trim()}")`);
}

export function rendererSettingsFromEnv(env: Env): RendererSettings {
  return {
    canvasW: integer(env, 'CANVAS_W', 96, 8, 256),
    canvasH: integer(env, 'CANVAS_H', 96, 8, 256),
    defaultStepDurationMs: integer(env, 'DEFAULT_STEP_DURATION_MS', 600, 0, 10000),
    maxDrawSec: integer(env, 'MAX_DRAW_SEC', 60, 1, 3600),
    showDurationSec: integer(env, 'SHOW_DURATION_SEC', 90, 1, 3600),
  };
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const DEFAULT_KEEP_ALIVE = '30m';

/**
 * LLM_KEEP_ALIVE as Ollama reads `keep_alive`: a number is seconds (negative = keep loaded,
 * 0 = unload at once), a string a Go duration ("30m", "1h30m", "-1m"). Checked here so a
 * typo stops start-up instead of every request failing with HTTP 400.
 */
export function parseKeepAlive(raw: string | undefined): string | number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_KEEP_ALIVE;
  const value = raw.trim();
  if (/^-?\d+$/.test(value)) return Number(value);
  if (/^-?(\d+(\.\d+)?(ms|s|m|h))+$/.test(value)) return value;
  throw new ConfigError(`LLM_KEEP_ALIVE must be seconds (-1 keeps the model loaded) or a duration like 30m or 2h (got "${value}")`);
}

/** Twitch reward titles are at most 45 characters (Helix "Create Custom Rewards"). */
const MAX_REWARD_TITLE = 45;

export function twitchSettingsFromEnv(env: Env): TwitchSettings {
  const rewardTitle = text(env, 'TWITCH_REWARD_TITLE') ?? 'Draw something';
  if ([...rewardTitle].length > MAX_REWARD_TITLE)
    throw new ConfigError(`TWITCH_REWARD_TITLE must be at most ${MAX_REWARD_TITLE} characters (got ${[...rewardTitle].length})`);
  return {
    clientId: text(env, 'TWITCH_CLIENT_ID'),
    accessToken: text(env, 'TWITCH_ACCESS_TOKEN')?.replace(/^oauth:/i, ''),
    rewardTitle,
    rewardCost: integer(env, 'TWITCH_REWARD_COST', 500, 1, 1_000_000_000),
    minBits: integer(env, 'TWITCH_MIN_BITS', 100, 1, 1_000_000_000),
    userCooldownSec: integer(env, 'TWITCH_USER_COOLDOWN_SEC', 0, 0, 7 * 24 * 3600),
    apiUrl: url(env, 'TWITCH_API_URL', 'https://api.twitch.tv/helix', ['http:', 'https:'])!,
    authUrl: url(env, 'TWITCH_AUTH_URL', 'https://id.twitch.tv/oauth2', ['http:', 'https:'])!,
    eventsubUrl: url(env, 'TWITCH_EVENTSUB_URL', 'wss://eventsub.wss.twitch.tv/ws', ['ws:', 'wss:'])!,
  };
}

export const DEFAULT_MODEL_ID = 'mistral-nemo:12b-instruct-2407-q4_K_M';

export function loadConfig(env: Env): Config {
  const backendRaw = (text(env, 'LLM_BACKEND') ?? 'builtin').toLowerCase();
  if (!LLM_BACKENDS.includes(backendRaw as LlmBackendName)) {
    throw new ConfigError(`LLM_BACKEND must be one of ${LLM_BACKENDS.join(', ')} (got "${backendRaw}")`);
  }
  const backend = backendRaw as LlmBackendName;
  const endpoint = url(env, 'ENDPOINT', undefined, ['http:', 'https:']);
  if (backend === 'openai' && !endpoint)
    throw new ConfigError('ENDPOINT must be set when LLM_BACKEND=openai (the server origin, e.g. http://127.0.0.1:8000)');

  const logLevelRaw = (text(env, 'LOG_LEVEL') ?? 'info').toLowerCase();
  if (!LOG_LEVELS.includes(logLevelRaw as (typeof LOG_LEVELS)[number])) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevelRaw}")`);
  }

  const hudRaw = (text(env, 'HUD_MESSAGE') ?? 'checked').toLowerCase();
  if (!HUD_MESSAGE_MODES.includes(hudRaw as HudMessageMode)) {
    throw new ConfigError(`HUD_MESSAGE must be one of ${HUD_MESSAGE_MODES.join(', ')} (got "${hudRaw}")`);
  }

  const host = text(env, 'HOST') ?? '127.0.0.1';
  return {
    da: {
      clientId: text(env, 'DA_CLIENT_ID'),
      clientSecret: text(env, 'DA_CLIENT_SECRET'),
      redirectUri: url(env, 'DA_REDIRECT_URI', undefined, ['http:', 'https:']),
      apiToken: text(env, 'DA_API_TOKEN'),
      apiUrl: url(env, 'DA_API_URL', 'https://www.donationalerts.com', ['http:', 'https:'])!,
      wsUrl: url(env, 'DA_WS_URL', 'wss://centrifugo.donationalerts.com/connection/websocket', ['ws:', 'wss:'])!,
      pollIntervalSec: integer(env, 'DA_POLL_INTERVAL_SEC', 15, 1, 3600),
    },
    twitch: twitchSettingsFromEnv(env),
    llm: {
      backend,
      modelId: text(env, 'MODEL_ID') ?? DEFAULT_MODEL_ID,
      endpoint,
      temperature: decimal(env, 'TEMPERATURE', 0.2, 0, 2),
      maxTokens: integer(env, 'MAX_TOKENS', 1500, 64, 8192),
      timeoutSec: integer(env, 'LLM_TIMEOUT_SEC', 60, 1, 600),
      retries: integer(env, 'LLM_RETRIES', 2, 0, 10),
      apiKey: text(env, 'LLM_API_KEY'),
      keepAlive: parseKeepAlive(text(env, 'LLM_KEEP_ALIVE')),
      context: text(env, 'LLM_CONTEXT') === undefined ? undefined : integer(env, 'LLM_CONTEXT', 0, 512, 1_048_576),
    },
    planAhead: integer(env, 'PLAN_AHEAD', 2, 0, 10),
    renderer: rendererSettingsFromEnv(env),
    windowScale: integer(env, 'WINDOW_SCALE', 8, 1, 32),
    host,
    port: integer(env, 'PORT', 8080, 0, 65535),
    panelToken: text(env, 'PANEL_TOKEN'),
    dataDir: text(env, 'DATA_DIR') ?? 'data',
    logLevel: logLevelRaw as Config['logLevel'],
    minAmount: parseMinAmount(text(env, 'MIN_AMOUNT')),
    gateRulesFile: text(env, 'GATE_RULES_FILE'),
    hudMessage: hudRaw as HudMessageMode,
    screenTimeoutSec: integer(env, 'SCREEN_TIMEOUT_SEC', 8, 1, 120),
    moderation: parseModeration(text(env, 'MODERATION')),
    autoApproveMinAmount:
      text(env, 'AUTO_APPROVE_MIN_AMOUNT') === undefined
        ? null
        : parseMinAmount(text(env, 'AUTO_APPROVE_MIN_AMOUNT'), 'AUTO_APPROVE_MIN_AMOUNT'),
  };
}
