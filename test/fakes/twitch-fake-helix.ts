// The fake's api.twitch.tv/helix side (doc sections 2 and 3): users, custom rewards,
// redemptions (list by status with a cursor, PATCH status), EventSub subscriptions. Auth,
// Client-Id and the rate-limit bucket are checked by twitch-server.ts before these run.
import { randomUUID } from 'node:crypto';
import type { FakeReply } from './twitch-fake-oauth.js';
import {
  helixError,
  type FakeAccessToken,
  type FakeRedemption,
  type FakeReward,
  type FakeSubscription,
  type FakeTwitchState,
} from './twitch-fake-state.js';

const err = (status: number, message: string): FakeReply => ({ status, body: helixError(status, message) });
const NOT_AFFILIATE =
  "The ID in the Client-Id header must match the client ID used to create the custom reward, or the broadcaster doesn't have partner or affiliate status.";

/** Subscription types the fake knows: version, required condition keys, scopes (any of). */
const TYPES: Record<string, { version: string; condition: string[]; scopes: string[] }> = {
  'channel.channel_points_custom_reward_redemption.add': {
    version: '1',
    condition: ['broadcaster_user_id'],
    scopes: ['channel:read:redemptions', 'channel:manage:redemptions'],
  },
  'channel.channel_points_custom_reward_redemption.update': {
    version: '1',
    condition: ['broadcaster_user_id'],
    scopes: ['channel:read:redemptions', 'channel:manage:redemptions'],
  },
  'channel.cheer': { version: '1', condition: ['broadcaster_user_id'], scopes: ['bits:read'] },
};

export interface HelixContext {
  state: FakeTwitchState;
  token: FakeAccessToken;
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

export function handleHelix(cx: HelixContext): FakeReply {
  const { method, path } = cx;
  if (method === 'GET' && path === '/users') return users(cx);
  if (path === '/channel_points/custom_rewards') {
    if (method === 'GET') return getRewards(cx);
    if (method === 'POST') return createReward(cx);
  }
  if (path === '/channel_points/custom_rewards/redemptions') {
    if (method === 'GET') return getRedemptions(cx);
    if (method === 'PATCH') return patchRedemptions(cx);
  }
  if (path === '/eventsub/subscriptions') {
    if (method === 'POST') return createSubscription(cx);
    if (method === 'GET') return listSubscriptions(cx);
    if (method === 'DELETE') return deleteSubscription(cx);
  }
  return err(404, 'Not Found');
}

function users({ state, query }: HelixContext): FakeReply {
  const b = state.broadcaster;
  const ids = query.getAll('id');
  const logins = query.getAll('login');
  if ((ids.length > 0 && !ids.includes(b.id)) || (logins.length > 0 && !logins.includes(b.login)))
    return { status: 200, body: { data: [] } };
  return {
    status: 200,
    body: {
      data: [
        {
          id: b.id,
          login: b.login,
          display_name: b.name,
          type: '',
          broadcaster_type: state.affiliate ? 'affiliate' : '',
          description: '',
          profile_image_url: 'https://static-cdn.jtvnw.net/user-default-pictures-uv/profile_image-300x300.png',
          offline_image_url: '',
          view_count: 0,
          created_at: '2016-12-14T20:32:28Z',
        },
      ],
    },
  };
}

/** Channel-points endpoints: the broadcaster must be the token's user, and affiliate. */
function channelPointsGuard(cx: HelixContext, needManage: boolean): FakeReply | undefined {
  const broadcaster = cx.query.get('broadcaster_id');
  if (!broadcaster) return err(400, 'Missing required parameter "broadcaster_id"');
  if (broadcaster !== cx.token.userId)
    return err(403, 'The ID in broadcaster_id must match the user ID found in the request’s OAuth token.');
  const scopes = needManage ? ['channel:manage:redemptions'] : ['channel:read:redemptions', 'channel:manage:redemptions'];
  if (!scopes.some((s) => cx.token.scopes.includes(s))) return err(401, 'Missing scope: channel:manage:redemptions');
  if (!cx.state.affiliate) return err(403, NOT_AFFILIATE);
  return undefined;
}

function getRewards(cx: HelixContext): FakeReply {
  const refused = channelPointsGuard(cx, false);
  if (refused) return refused;
  const onlyManageable = cx.query.get('only_manageable_rewards') === 'true';
  const ids = cx.query.getAll('id');
  const data = cx.state.rewards
    .filter((r) => !onlyManageable || r.ownerClientId === cx.token.clientId)
    .filter((r) => ids.length === 0 || ids.includes(r.reward.id))
    .map((r) => r.reward);
  return { status: 200, body: { data } };
}

function createReward(cx: HelixContext): FakeReply {
  const refused = channelPointsGuard(cx, true);
  if (refused) return refused;
  const b = (cx.body ?? {}) as Record<string, unknown>;
  if (typeof b.title !== 'string' || b.title.length === 0 || b.title.length > 45) return err(400, 'Invalid title');
  if (typeof b.cost !== 'number' || !Number.isInteger(b.cost) || b.cost < 1) return err(400, 'Invalid cost');
  if (b.prompt !== undefined && (typeof b.prompt !== 'string' || b.prompt.length > 200)) return err(400, 'Invalid prompt');
  const title = b.title;
  // Duplicate title: 400 with this message [U, doc section 3].
  if (cx.state.rewards.some((r) => r.reward.title.toLowerCase() === title.toLowerCase()))
    return err(400, 'CREATE_CUSTOM_REWARD_DUPLICATE_REWARD');
  if (cx.state.rewards.length >= 50) return err(400, 'CREATE_CUSTOM_REWARD_TOO_MANY_REWARDS');
  const reward = makeReward(cx.state, { ...b, title, cost: b.cost });
  cx.state.rewards.push({ reward, ownerClientId: cx.token.clientId });
  return { status: 200, body: { data: [reward] } };
}

export function makeReward(state: FakeTwitchState, b: Record<string, unknown> & { title: string; cost: number }): FakeReward {
  const bc = state.broadcaster;
  const flag = (v: unknown, d: boolean): boolean => (typeof v === 'boolean' ? v : d);
  const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
  return {
    broadcaster_name: bc.name,
    broadcaster_login: bc.login,
    broadcaster_id: bc.id,
    id: state.newRewardId(),
    image: null,
    background_color: typeof b.background_color === 'string' ? b.background_color : '#9147FF',
    is_enabled: flag(b.is_enabled, true),
    cost: b.cost,
    title: b.title,
    prompt: typeof b.prompt === 'string' ? b.prompt : '',
    is_user_input_required: flag(b.is_user_input_required, false),
    max_per_stream_setting: { is_enabled: flag(b.is_max_per_stream_enabled, false), max_per_stream: num(b.max_per_stream) },
    max_per_user_per_stream_setting: {
      is_enabled: flag(b.is_max_per_user_per_stream_enabled, false),
      max_per_user_per_stream: num(b.max_per_user_per_stream),
    },
    global_cooldown_setting: {
      is_enabled: flag(b.is_global_cooldown_enabled, false),
      global_cooldown_seconds: num(b.global_cooldown_seconds),
    },
    is_paused: false,
    is_in_stock: true,
    default_image: {
      url_1x: 'https://static-cdn.jtvnw.net/custom-reward-images/default-1.png',
      url_2x: 'https://static-cdn.jtvnw.net/custom-reward-images/default-2.png',
      url_4x: 'https://static-cdn.jtvnw.net/custom-reward-images/default-4.png',
    },
    should_redemptions_skip_request_queue: flag(b.should_redemptions_skip_request_queue, false),
    redemptions_redeemed_current_stream: null,
    cooldown_expires_at: null,
  };
}

/** Only the app that created a reward may list or update its redemptions (doc section 3). */
function ownReward(cx: HelixContext): { reward: FakeReward } | FakeReply {
  const rewardId = cx.query.get('reward_id');
  if (!rewardId) return err(400, 'Missing required parameter "reward_id"');
  const found = cx.state.findReward(rewardId);
  if (!found) return err(404, 'Not Found');
  if (found.ownerClientId !== cx.token.clientId) return err(403, NOT_AFFILIATE);
  return { reward: found.reward };
}

function getRedemptions(cx: HelixContext): FakeReply {
  const refused = channelPointsGuard(cx, false);
  if (refused) return refused;
  const own = ownReward(cx);
  if (!('reward' in own)) return own;
  const ids = cx.query.getAll('id');
  const status = cx.query.get('status');
  if (ids.length === 0 && !status) return err(400, 'The status query parameter is required if you didn’t specify the id query parameter.');
  if (status && !['CANCELED', 'FULFILLED', 'UNFULFILLED'].includes(status)) return err(400, 'Invalid status');
  const first = Math.min(50, Math.max(1, Number(cx.query.get('first') ?? 20) || 20));
  const offset = decodeCursor(cx.query.get('after'));
  if (offset === undefined) return err(400, 'Invalid cursor');
  let list = cx.state.redemptions.filter(
    (r) => r.reward.id === own.reward.id && (!status || r.status === status) && (ids.length === 0 || ids.includes(r.id)),
  );
  list = [...list].sort((a, b) => (a.redeemed_at < b.redeemed_at ? -1 : a.redeemed_at > b.redeemed_at ? 1 : 0));
  if (cx.query.get('sort') !== 'OLDEST') list.reverse(); // NEWEST is the documented default
  const page = list.slice(offset, offset + first);
  const next = offset + first < list.length ? Buffer.from(JSON.stringify({ o: offset + first })).toString('base64') : undefined;
  return { status: 200, body: { data: page, pagination: next ? { cursor: next } : {} } };
}

function decodeCursor(cursor: string | null): number | undefined {
  if (!cursor) return 0;
  try {
    const o = (JSON.parse(Buffer.from(cursor, 'base64').toString('utf8')) as { o?: unknown }).o;
    return typeof o === 'number' && Number.isInteger(o) && o >= 0 ? o : undefined;
  } catch {
    return undefined;
  }
}

function patchRedemptions(cx: HelixContext): FakeReply {
  const refused = channelPointsGuard(cx, true);
  if (refused) return refused;
  const own = ownReward(cx);
  if (!('reward' in own)) return own;
  const ids = cx.query.getAll('id');
  if (ids.length === 0 || ids.length > 50) return err(400, 'Invalid id');
  const status = (cx.body as { status?: unknown } | null)?.status;
  if (status !== 'FULFILLED' && status !== 'CANCELED') return err(400, 'Invalid status');
  const found: FakeRedemption[] = cx.state.redemptions.filter(
    (r) => ids.includes(r.id) && r.reward.id === own.reward.id && r.status === 'UNFULFILLED',
  );
  if (found.length === 0) return err(404, 'Not Found');
  for (const r of found) r.status = status;
  return { status: 200, body: { data: found } };
}

function createSubscription(cx: HelixContext): FakeReply {
  const b = (cx.body ?? {}) as Record<string, unknown>;
  const type = typeof b.type === 'string' ? b.type : '';
  const spec = TYPES[type];
  if (!spec || b.version !== spec.version) return err(400, 'invalid type/version');
  const condition = b.condition as Record<string, unknown> | undefined;
  if (!condition || spec.condition.some((k) => typeof condition[k] !== 'string')) return err(400, 'invalid condition');
  const transport = b.transport as { method?: unknown; session_id?: unknown } | undefined;
  if (transport?.method !== 'websocket' || typeof transport.session_id !== 'string') return err(400, 'invalid transport');
  const session = cx.state.sessions.get(transport.session_id);
  if (!session || session.status !== 'connected') return err(400, 'websocket transport session does not exist or has already disconnected');
  if (!spec.scopes.some((s) => cx.token.scopes.includes(s))) return err(403, 'subscription missing proper authorization');
  if (condition.broadcaster_user_id !== cx.token.userId) return err(403, 'subscription missing proper authorization');
  const cond = Object.fromEntries(Object.entries(condition).map(([k, v]) => [k, String(v)]));
  const same = (s: FakeSubscription): boolean =>
    s.status === 'enabled' && s.type === type && JSON.stringify(sorted(s.condition)) === JSON.stringify(sorted(cond));
  if (cx.state.subscriptions.some(same)) return err(409, 'subscription already exists');
  const transports = new Set(cx.state.subscriptions.filter((s) => s.status === 'enabled').map((s) => s.transport.session_id));
  transports.add(session.id);
  if (transports.size > cx.state.opts.maxTransports) return err(429, 'number of websocket transports limit exceeded');
  const sub: FakeSubscription = {
    id: randomUUID(),
    status: 'enabled',
    type,
    version: spec.version,
    condition: cond,
    created_at: new Date().toISOString(),
    transport: { method: 'websocket', session_id: session.id, connected_at: session.connectedAt },
    cost: 0,
  };
  cx.state.subscriptions.push(sub);
  return { status: 202, body: { data: [sub], total: cx.state.subscriptions.length, total_cost: 0, max_total_cost: 10 } };
}

function sorted(o: Record<string, string>): Array<[string, string]> {
  return Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1));
}

function listSubscriptions(cx: HelixContext): FakeReply {
  const status = cx.query.get('status');
  const type = cx.query.get('type');
  const data = cx.state.subscriptions.filter((s) => (!status || s.status === status) && (!type || s.type === type));
  return { status: 200, body: { data, total: data.length, total_cost: 0, max_total_cost: 10, pagination: {} } };
}

function deleteSubscription(cx: HelixContext): FakeReply {
  const id = cx.query.get('id');
  const i = cx.state.subscriptions.findIndex((s) => s.id === id);
  if (!id) return err(400, 'Missing required parameter "id"');
  if (i < 0) return err(404, 'Not Found');
  cx.state.subscriptions.splice(i, 1);
  return { status: 204 };
}
