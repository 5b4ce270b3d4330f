// What the Twitch source keeps in DATA_DIR, owner-only (0600) and written atomically:
//   twitch-tokens.json  the device-code login (access + single-use refresh token)
//   twitch-state.json   our reward's id (found again after a restart) and the per-viewer cooldowns
import path from 'node:path';
import type { Logger } from 'pino';
import { readJsonFile, writeJsonAtomic } from '../donations/index.js';
import { STATE_FILE, TOKENS_FILE } from './twitch-config.js';

export interface StoredTwitchTokens {
  accessToken: string;
  /** Single use: every refresh answers a new one, which must be stored before it is used. */
  refreshToken?: string;
  scopes: string[];
  obtainedAt: number;
}

export interface TwitchState {
  /** The broadcaster the reward belongs to: another account's reward is not ours. */
  broadcasterId?: string;
  rewardId?: string;
  /** user_id → the redeemed_at (ms) of their last redemption that started a cooldown. */
  cooldowns: Record<string, number>;
}

export function parseStoredTokens(value: unknown): StoredTwitchTokens | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.accessToken !== 'string' || v.accessToken === '') return undefined;
  return {
    accessToken: v.accessToken,
    refreshToken: typeof v.refreshToken === 'string' && v.refreshToken !== '' ? v.refreshToken : undefined,
    scopes: Array.isArray(v.scopes) ? v.scopes.filter((s): s is string => typeof s === 'string') : [],
    obtainedAt: typeof v.obtainedAt === 'number' ? v.obtainedAt : 0,
  };
}

function parseState(value: unknown): TwitchState {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const cooldowns: Record<string, number> = {};
  if (typeof v.cooldowns === 'object' && v.cooldowns !== null) {
    for (const [user, at] of Object.entries(v.cooldowns)) if (typeof at === 'number' && Number.isFinite(at)) cooldowns[user] = at;
  }
  return {
    broadcasterId: typeof v.broadcasterId === 'string' ? v.broadcasterId : undefined,
    rewardId: typeof v.rewardId === 'string' ? v.rewardId : undefined,
    cooldowns,
  };
}

/** The two files, with writes serialised per file (the last write wins, none interleave). */
export class TwitchFiles {
  readonly tokensFile: string;
  readonly stateFile: string;
  state: TwitchState = { cooldowns: {} };
  private stateChain: Promise<void> = Promise.resolve();

  constructor(
    dataDir: string,
    private readonly log: Logger,
  ) {
    this.tokensFile = path.join(dataDir, TOKENS_FILE);
    this.stateFile = path.join(dataDir, STATE_FILE);
  }

  async loadTokens(): Promise<StoredTwitchTokens | undefined> {
    const { value, corrupt } = await readJsonFile(this.tokensFile);
    if (corrupt) this.log.warn({ file: TOKENS_FILE }, 'Twitch tokens file unreadable; log in again');
    return value === undefined ? undefined : parseStoredTokens(value);
  }

  /** Resolves once the tokens are on disk (callers use a new refresh token only after this). */
  saveTokens(tokens: StoredTwitchTokens | undefined): Promise<void> {
    return writeJsonAtomic(this.tokensFile, tokens ?? {});
  }

  async loadState(): Promise<void> {
    const { value, corrupt } = await readJsonFile(this.stateFile);
    if (corrupt) this.log.warn({ file: STATE_FILE }, 'Twitch state file unreadable; the reward is looked up by title');
    this.state = parseState(value);
  }

  /** Resolves once every state write asked for so far is on disk (or has failed and been logged). */
  settled(): Promise<void> {
    return this.stateChain;
  }

  /** Writes the current state (a snapshot taken now); failures are logged, not thrown. */
  saveState(): Promise<void> {
    const snapshot = JSON.parse(JSON.stringify(this.state)) as TwitchState;
    const run = this.stateChain.then(() => writeJsonAtomic(this.stateFile, snapshot));
    this.stateChain = run.catch((err: unknown) => {
      this.log.error({ err: (err as Error).name, file: STATE_FILE }, 'writing the Twitch state failed');
    });
    return this.stateChain;
  }
}
