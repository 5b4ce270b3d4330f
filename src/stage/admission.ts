// The way in: a donation (or an operator's replay) becomes a stored decision first — a job or
// a rejection, with the on-stream texts gated — and only then a waiting job. Persist first:
// `accept` throws only when the store cannot write, so the source does not acknowledge.
import { isTextCard } from '../dsl/index.js';
import type { PlanResult } from '../planner/index.js';
import type { AcceptResult, IncomingDonation } from '../core/index.js';
import { donorHash } from '../logging/index.js';
import type { AcceptDecision, DonationRecord, StoredJob } from '../store/index.js';
import { isBanned } from './bans.js';
import { gateCheck, textCard, toLive, type StageContext } from './context.js';
import {
  ANONYMOUS,
  DISPLAY_DONOR_CHARS,
  DISPLAY_MESSAGE_CHARS,
  MAX_DONOR_CHARS,
  MAX_MESSAGE_CHARS,
  minAmountFor,
  needsApproval,
  textOf,
  truncateText,
} from './helpers.js';
import { checkResult } from './plan-check.js';
import { schedulePump } from './scheduler.js';
import type { ReplayRequest } from '../core/index.js';
import { startScreening } from './screening.js';
import { emit } from './views.js';

/** The `source` of replayed jobs in the store (never a real donation source's name). */
const REPLAY_SOURCE = 'replay';

/** The on-stream donor name: empty or blocked by the gate → Anonymous. */
export function displayDonorOf(cx: StageContext, donor: string): string {
  const donorText = donor.trim();
  return donorText === '' || gateCheck(cx, donorText, 'donor').nsfw ? ANONYMOUS : truncateText(donorText, DISPLAY_DONOR_CHARS);
}

/** Runs inside the store's accept transaction: what becomes of a new donation. */
function decide(cx: StageContext, record: DonationRecord, rejectReason: string | undefined): AcceptDecision {
  const displayDonor = displayDonorOf(cx, record.donor);
  const messageText = record.message.trim();
  const verdict = messageText === '' ? null : gateCheck(cx, messageText, 'message');
  const displayMessage = verdict === null || verdict.nsfw ? '' : truncateText(messageText, DISPLAY_MESSAGE_CHARS);

  // A banned donor's donation is stored (dedupe still works) and never shown or planned.
  let reject = isBanned(cx, record.donor, record.source) ? BANNED_REASON : rejectReason;
  if (!reject && messageText === '') reject = 'empty message: nothing to draw';
  if (!reject && !Number.isFinite(record.amount)) reject = 'invalid amount';
  if (!reject) {
    const min = minAmountFor(cx.settings.minAmount, record.currency);
    if (record.amount < min) reject = `below MIN_AMOUNT (${min} ${record.currency})`;
  }
  if (reject) return { kind: 'rejected', displayDonor, displayMessage, reason: reject };

  if (verdict?.nsfw) {
    cx.log.info({ source: record.source, category: verdict.category, rule: verdict.reason }, 'message blocked by the gate: text card');
    return {
      kind: 'job',
      displayDonor,
      displayMessage: '',
      nsfw: true,
      plan: { plan: textCard(cx), source: 'gate', note: `18+ request${verdict.category ? ` (${verdict.category})` : ''}` },
    };
  }
  cx.log.info({ source: record.source, donorAnonymised: displayDonor === ANONYMOUS }, 'message passed the gate');
  // MODERATION=manual: the operator approves it first (blocked messages above never wait).
  const pending = needsApproval(cx.moderation, cx.settings.autoApproveMinAmount, record.amount, record.currency);
  return { kind: 'job', displayDonor, displayMessage, nsfw: false, pending };
}

/** The history reason of a banned donor's donations and of the jobs a ban removes. */
export const BANNED_REASON = 'banned donor';

/**
 * A new job joins the line, or the pending list when it waits for approval (only while the
 * stage runs: `start()` reads the rest from the store).
 */
export function enqueue(cx: StageContext, id: string, job: StoredJob | undefined): void {
  const { state } = cx;
  if (job?.pending && state.started && !state.stopped) {
    state.pending.push(toLive(job));
    emit(cx, 'pending', id);
    return;
  }
  if (job && state.started && !state.stopped) {
    const live = toLive(job);
    state.waiting.push(live);
    startScreening(cx, live);
    emit(cx, 'queued', id);
    schedulePump(cx);
  }
}

export function accept(cx: StageContext, donation: IncomingDonation): AcceptResult {
  const { clock } = cx;
  const d = (donation ?? {}) as Partial<IncomingDonation>;
  const amountIn: unknown = d.amount;
  const rawAmount =
    typeof amountIn === 'number' ? amountIn : typeof amountIn === 'string' && amountIn.trim() !== '' ? Number(amountIn) : Number.NaN;
  const sourceId = typeof d.id === 'number' ? String(d.id) : textOf(d.id, 200);
  const record: DonationRecord = {
    source: textOf(d.source, 64) || 'unknown',
    sourceId,
    donor: textOf(d.donor, MAX_DONOR_CHARS),
    message: textOf(d.message, MAX_MESSAGE_CHARS),
    amount: Number.isFinite(rawAmount) ? rawAmount : 0,
    currency: textOf(d.currency, 16).trim().toUpperCase(),
    timestamp: textOf(d.timestamp, 64) || new Date(clock.now()).toISOString(),
    receivedAt: clock.now(),
  };
  let rejectReason = typeof d.rejectReason === 'string' && d.rejectReason ? d.rejectReason.slice(0, 200) : undefined;
  if (!Number.isFinite(rawAmount)) rejectReason ??= 'invalid amount';
  if (!record.sourceId) {
    // Without a source id there is nothing to dedupe on; keep the donation anyway.
    record.sourceId = `noid-${clock.now()}-${Math.random().toString(36).slice(2, 10)}`;
  }

  // Throws when the store cannot write: the caller must then not acknowledge the donation.
  const outcome = cx.store.acceptDonation(record, () => decide(cx, record, rejectReason));
  cx.log.info(
    {
      id: outcome.id,
      source: record.source,
      donorHash: donorHash(record.donor),
      amount: record.amount,
      currency: record.currency,
      status: outcome.status,
      duplicate: outcome.duplicate,
      // Waiting jobs after this one joined the line.
      queueLength: cx.state.waiting.length + (outcome.job && !outcome.duplicate ? 1 : 0),
    },
    outcome.duplicate ? 'duplicate donation ignored' : 'donation accepted',
  );
  enqueue(cx, outcome.id, outcome.job);
  return { id: outcome.id, duplicate: outcome.duplicate, status: outcome.status };
}

export function replay(cx: StageContext, request: ReplayRequest): AcceptResult | { error: string } {
  const { clock } = cx;
  const r = (request ?? {}) as Partial<ReplayRequest>;
  const sourceId = textOf(r.id, 200);
  if (!sourceId) return { error: 'A replay needs an id.' };
  // The saved plan is checked exactly like a planner's answer: schema and every text it shows.
  const checked = r.plan ? checkResult(cx, { plan: r.plan, source: isTextCard(r.plan) ? 'gate' : 'llm' } as PlanResult) : 'no plan';
  if (typeof checked === 'string') return { error: `The saved drawing cannot be replayed: ${checked}.` };
  const amount = typeof r.amount === 'number' && Number.isFinite(r.amount) ? r.amount : 0;
  const record: DonationRecord = {
    source: REPLAY_SOURCE,
    sourceId,
    donor: textOf(r.donor, MAX_DONOR_CHARS),
    message: textOf(r.message, MAX_MESSAGE_CHARS),
    amount,
    currency: textOf(r.currency, 16).trim().toUpperCase(),
    timestamp: new Date(clock.now()).toISOString(),
    receivedAt: clock.now(),
  };
  // The operator asked for it: no MIN_AMOUNT and no "empty message" rejection (a text card
  // has no message); names and message still pass the gate, as everything on stream does.
  const decideReplay = (): AcceptDecision => {
    const displayDonor = displayDonorOf(cx, record.donor);
    const messageText = record.message.trim();
    const blocked = messageText !== '' && gateCheck(cx, messageText, 'message').nsfw;
    const card = isTextCard(checked.plan);
    if (blocked && !card) {
      return {
        kind: 'job',
        displayDonor,
        displayMessage: '',
        nsfw: true,
        plan: { plan: textCard(cx), source: 'gate', note: '18+ request (replay)' },
      };
    }
    return {
      kind: 'job',
      displayDonor,
      displayMessage: blocked ? '' : truncateText(messageText, DISPLAY_MESSAGE_CHARS),
      nsfw: card || blocked,
      plan: { plan: checked.plan, source: checked.source, note: 'replayed from the gallery' },
    };
  };
  const outcome = cx.store.acceptDonation(record, decideReplay);
  cx.log.info(
    { id: outcome.id, source: REPLAY_SOURCE, duplicate: outcome.duplicate },
    outcome.duplicate ? 'duplicate replay ignored' : 'replay queued',
  );
  enqueue(cx, outcome.id, outcome.job);
  return { id: outcome.id, duplicate: outcome.duplicate, status: outcome.status };
}
