// The Helix calls the source makes (doc sections 2 and 3), over the one shared HelixClient:
// our reward (found again, else created), the reward's UNFULFILLED redemptions (all pages,
// oldest first), a redemption's status, and the EventSub subscriptions of a session.
import type { Logger } from 'pino';
import type { RedemptionStatus } from '../core/index.js';
import type { HelixClient, HelixFailure } from './helix-client.js';
import type { TwitchFiles } from './twitch-files.js';

/** The fields of a Helix redemption we use (the rest of the documented shape is ignored). */
export interface HelixRedemption {
  id: string;
  userId: string;
  userName: string;
  userInput: string;
  redeemedAt: string;
  cost: number;
  rewardId: string;
}

export type RewardOutcome =
  | { kind: 'ready'; rewardId: string; created: boolean }
  /** Channel points cannot be used (not Affiliate/Partner, or our title taken by a dashboard reward). */
  | { kind: 'unavailable'; detail: string }
  | { kind: 'failed'; failure: HelixFailure };

const REWARD_PROMPT = 'Describe what to draw: it is drawn as pixel art on stream.';
const DUPLICATE_TITLE = 'CREATE_CUSTOM_REWARD_DUPLICATE_REWARD';

export class TwitchApi {
  constructor(
    private readonly helix: HelixClient,
    private readonly files: TwitchFiles,
    private readonly log: Logger,
    private readonly reward: { title: string; cost: number },
  ) {}

  /**
   * Our reward: the stored id, else one of our (manageable) rewards with the title, else a new
   * one. Created by us, so we may set its redemptions' status (refund); never duplicated.
   */
  async ensureReward(broadcasterId: string, signal?: AbortSignal): Promise<RewardOutcome> {
    const listed = await this.helix.call({
      method: 'GET',
      path: '/channel_points/custom_rewards',
      query: [
        ['broadcaster_id', broadcasterId],
        ['only_manageable_rewards', 'true'],
      ],
      signal,
    });
    if (!listed.ok) return this.rewardFailure(listed);
    const rewards = arrayOf(listed.body.data);
    const stored = this.files.state.broadcasterId === broadcasterId ? this.files.state.rewardId : undefined;
    const title = this.reward.title.toLowerCase();
    const found =
      rewards.find((r) => r.id === stored) ?? rewards.find((r) => typeof r.title === 'string' && r.title.toLowerCase() === title);
    if (found && typeof found.id === 'string') {
      if (found.should_redemptions_skip_request_queue === true || found.is_user_input_required !== true)
        this.log.warn('our Twitch reward skips the request queue or asks for no text: change it back in the dashboard');
      await this.remember(broadcasterId, found.id);
      return { kind: 'ready', rewardId: found.id, created: false };
    }
    const created = await this.helix.call({
      method: 'POST',
      path: '/channel_points/custom_rewards',
      query: [['broadcaster_id', broadcasterId]],
      body: {
        title: this.reward.title,
        cost: this.reward.cost,
        prompt: REWARD_PROMPT,
        is_enabled: true,
        is_user_input_required: true,
        // Must stay false: a skipped queue marks redemptions FULFILLED at once (no refund possible).
        should_redemptions_skip_request_queue: false,
      },
      signal,
    });
    if (!created.ok) {
      if (created.status === 400 && created.message === DUPLICATE_TITLE) {
        return {
          kind: 'unavailable',
          detail: `A reward titled "${this.reward.title}" exists but was not made by drawstream (so it cannot be refunded): rename it or change TWITCH_REWARD_TITLE. Cheers still work.`,
        };
      }
      return this.rewardFailure(created);
    }
    const id = arrayOf(created.body.data)[0]?.id;
    if (typeof id !== 'string') return { kind: 'failed', failure: badShape('the created reward has no id') };
    await this.remember(broadcasterId, id);
    this.log.info({ rewardId: id, cost: this.reward.cost }, 'created the Twitch reward');
    return { kind: 'ready', rewardId: id, created: true };
  }

  private rewardFailure(f: HelixFailure): RewardOutcome {
    if (f.kind === 'not_affiliate' || (f.kind === 'forbidden' && f.status === 403)) {
      return { kind: 'unavailable', detail: 'Channel points need Twitch Affiliate or Partner: only Bits cheers are taken.' };
    }
    return { kind: 'failed', failure: f };
  }

  private async remember(broadcasterId: string, rewardId: string): Promise<void> {
    if (this.files.state.rewardId === rewardId && this.files.state.broadcasterId === broadcasterId) return;
    this.files.state.broadcasterId = broadcasterId;
    this.files.state.rewardId = rewardId;
    await this.files.saveState();
  }

  /** Every UNFULFILLED redemption of the reward, oldest first (all pages, at most `maxPages`). */
  async listUnfulfilled(
    broadcasterId: string,
    rewardId: string,
    pageSize: number,
    maxPages: number,
    signal?: AbortSignal,
  ): Promise<{ ok: true; redemptions: HelixRedemption[] } | HelixFailure> {
    const out: HelixRedemption[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < maxPages; page++) {
      const query: Array<[string, string]> = [
        ['broadcaster_id', broadcasterId],
        ['reward_id', rewardId],
        ['status', 'UNFULFILLED'],
        ['sort', 'OLDEST'],
        ['first', String(pageSize)],
      ];
      if (cursor) query.push(['after', cursor]);
      const res = await this.helix.call({ method: 'GET', path: '/channel_points/custom_rewards/redemptions', query, signal });
      if (!res.ok) return res;
      for (const raw of arrayOf(res.body.data)) {
        const r = readRedemption(raw);
        if (r) out.push(r);
        else
          this.log.warn({ fields: Object.keys(raw).slice(0, 20) }, 'a listed Twitch redemption differs from the documented shape; skipped');
      }
      const next = (res.body.pagination as { cursor?: unknown } | undefined)?.cursor;
      cursor = typeof next === 'string' && next !== '' ? next : undefined;
      if (!cursor) break;
      if (page === maxPages - 1) this.log.warn({ maxPages }, 'more UNFULFILLED Twitch redemptions than the catch-up reads; the rest wait');
    }
    return { ok: true, redemptions: out };
  }

  async setStatus(
    broadcasterId: string,
    rewardId: string,
    redemptionId: string,
    status: RedemptionStatus,
  ): Promise<HelixFailure | undefined> {
    const res = await this.helix.call({
      method: 'PATCH',
      path: '/channel_points/custom_rewards/redemptions',
      query: [
        ['broadcaster_id', broadcasterId],
        ['reward_id', rewardId],
        ['id', redemptionId],
      ],
      body: { status },
    });
    return res.ok ? undefined : res;
  }

  /**
   * Subscribes `sessionId` to `type`. A 409 means an older session still holds the same
   * subscription (twurple#214): that one is deleted and the subscription made once more.
   */
  async subscribe(
    type: string,
    condition: Record<string, string>,
    sessionId: string,
    signal?: AbortSignal,
  ): Promise<HelixFailure | undefined> {
    const body = { type, version: '1', condition, transport: { method: 'websocket', session_id: sessionId } };
    for (let attempt = 0; ; attempt++) {
      const res = await this.helix.call({ method: 'POST', path: '/eventsub/subscriptions', body, signal });
      if (res.ok) return undefined;
      if (res.status !== 409 || attempt > 0) return res;
      this.log.warn({ type }, 'an older session still holds this EventSub subscription; replacing it');
      await this.deleteSubscriptions((s) => s.type === type && s.sessionId !== sessionId, signal);
    }
  }

  /** Deletes our subscriptions that no longer deliver to `sessionId` (disabled ones stay listed for an hour). */
  async deleteStale(sessionId: string, signal?: AbortSignal): Promise<void> {
    await this.deleteSubscriptions((s) => s.sessionId !== sessionId && s.status !== 'enabled', signal);
  }

  private async deleteSubscriptions(
    which: (s: { type: string; status: string; sessionId: string }) => boolean,
    signal?: AbortSignal,
  ): Promise<void> {
    const listed = await this.helix.call({ method: 'GET', path: '/eventsub/subscriptions', signal });
    if (!listed.ok) return;
    for (const raw of arrayOf(listed.body.data)) {
      const transport = raw.transport as { method?: unknown; session_id?: unknown } | undefined;
      if (typeof raw.id !== 'string' || transport?.method !== 'websocket') continue;
      const view = { type: String(raw.type), status: String(raw.status), sessionId: String(transport.session_id) };
      if (!which(view)) continue;
      await this.helix.call({ method: 'DELETE', path: '/eventsub/subscriptions', query: [['id', raw.id]], signal });
    }
  }
}

function arrayOf(v: unknown): Array<Record<string, unknown>> {
  return Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];
}

function badShape(detail: string): HelixFailure {
  return { ok: false, kind: 'bad_response', retry: true, detail };
}

/**
 * A redemption's fields, the same in Helix's list and in EventSub's redemption.add `event`
 * (doc section 2); undefined without an id. Callers add what their use needs.
 */
export function readRedemptionFields(r: Record<string, unknown>): HelixRedemption | undefined {
  const reward = (typeof r.reward === 'object' && r.reward !== null ? r.reward : {}) as Record<string, unknown>;
  if (typeof r.id !== 'string') return undefined;
  return {
    id: r.id,
    userId: typeof r.user_id === 'string' ? r.user_id : '',
    userName: typeof r.user_name === 'string' ? r.user_name : '',
    userInput: typeof r.user_input === 'string' ? r.user_input : '',
    redeemedAt: typeof r.redeemed_at === 'string' ? r.redeemed_at : '',
    cost: typeof reward.cost === 'number' && Number.isFinite(reward.cost) ? reward.cost : 0,
    rewardId: typeof reward.id === 'string' ? reward.id : '',
  };
}

/** A listed redemption: the catch-up orders by redeemed_at, so it must be there. */
function readRedemption(r: Record<string, unknown>): HelixRedemption | undefined {
  const fields = readRedemptionFields(r);
  return fields && fields.redeemedAt !== '' ? fields : undefined;
}
