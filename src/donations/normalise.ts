import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { IncomingDonation } from './types.js';

/**
 * Donation Alerts' `created_at`: documented as "YYYY-MM-DD HH:MM:SS", no offset. Also read,
 * leniently: fractional seconds, a "T" separator, and an explicit "Z"/"±HH:MM" offset.
 */
const DA_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export const MAX_DONOR_CHARS = 100;
/** Longer webhook messages are refused; display truncation happens downstream. */
export const MAX_MESSAGE_CHARS = 10_000;
export const ANONYMOUS = 'Anonymous';
export const WEBHOOK_SOURCES = ['webhook', 'panel', 'demo'] as const;

export type NormaliseResult = IncomingDonation | { error: string };

export function isNormaliseError(r: NormaliseResult): r is { error: string } {
  return (r as { error?: unknown }).error !== undefined && (r as { id?: unknown }).id === undefined;
}

/** `\r\n` and lone `\r` become `\n`; outer whitespace trimmed. */
export function normaliseMessageText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/**
 * DA sends "YYYY-MM-DD HH:MM:SS" without an offset; we read it as UTC (see README, uncertain).
 * An explicit offset is honoured. Returns ms since epoch, or undefined for anything else.
 */
export function daTimeMs(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DA_TIME.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, sec, frac, zone] = m;
  if (+mo < 1 || +mo > 12 || +d < 1 || +d > 31 || +h > 23 || +mi > 59 || +sec > 60) return undefined;
  let ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +sec, frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0);
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
  }
  return Number.isFinite(ms) ? ms : undefined;
}

/** `daTimeMs` as an ISO 8601 UTC string, or undefined so the caller can pick a fallback. */
export function parseDonationAlertsTime(value: unknown): string | undefined {
  const ms = daTimeMs(value);
  return ms === undefined ? undefined : new Date(ms).toISOString();
}

function rejectReasonFor(message: string, messageType: unknown): string | undefined {
  if (messageType === 'audio') return 'audio message: nothing to draw';
  if (message.length === 0) return 'empty message: nothing to draw';
  return undefined;
}

function daId(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
  if (typeof value === 'string' && /^\d{1,20}$/.test(value.trim())) return value.trim();
  return undefined;
}

/** DA documents a number; "100.50", "100,50" and "1 000.50" are read too. Anything else → undefined. */
export function toAmount(value: unknown): number | undefined {
  let n: unknown = value;
  if (typeof value === 'string') {
    const t = value.trim().replace(/[\s\u00a0\u202f]/g, '');
    const dec = /^\d+,\d{1,2}$/.test(t) ? t.replace(',', '.') : t;
    n = /^\d+(\.\d+)?$/.test(dec) ? Number(dec) : undefined;
  }
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

function donorName(value: unknown): string {
  if (typeof value !== 'string') return ANONYMOUS;
  const name = value.replace(/[\r\n\t]+/g, ' ').trim().slice(0, MAX_DONOR_CHARS);
  return name.length > 0 ? name : ANONYMOUS;
}

/**
 * Turns one Donation Alerts donation object (REST list item or the `result.data.data` of a
 * publication) into an IncomingDonation. Lenient: unknown keys ignored, missing ones defaulted;
 * only a missing id is an error, because without it nothing can be de-duplicated.
 * `now` is the fallback timestamp when `created_at` is unreadable.
 */
export function normaliseDonationAlertsDonation(raw: unknown, now: () => number = Date.now): NormaliseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { error: 'donation is not an object' };
  const r = raw as Record<string, unknown>;
  const id = daId(r.id);
  if (id === undefined) return { error: 'donation has no valid numeric id' };
  const message = normaliseMessageText(typeof r.message === 'string' ? r.message : '').slice(0, MAX_MESSAGE_CHARS);
  const currency = typeof r.currency === 'string' && /^[A-Za-z]{3}$/.test(r.currency.trim()) ? r.currency.trim().toUpperCase() : 'XXX';
  const donation: IncomingDonation = {
    id,
    source: 'donationalerts',
    donor: donorName(r.username),
    message,
    amount: toAmount(r.amount) ?? 0,
    currency,
    timestamp: parseDonationAlertsTime(r.created_at) ?? new Date(now()).toISOString(),
  };
  const reject = rejectReasonFor(message, r.message_type);
  if (reject) donation.rejectReason = reject;
  return donation;
}

const webhookSchema = z.object({
  donor: z.string({ error: 'donor must be a string' }).max(MAX_DONOR_CHARS, { error: `donor must be at most ${MAX_DONOR_CHARS} characters` }),
  message: z.string({ error: 'message must be a string' }).max(MAX_MESSAGE_CHARS, { error: `message must be at most ${MAX_MESSAGE_CHARS} characters` }),
  amount: z.number({ error: 'amount must be a number' }).finite({ error: 'amount must be a finite number' }).min(0, { error: 'amount must be 0 or more' }),
  currency: z.string({ error: 'currency must be a string' }).regex(/^[A-Za-z]{3}$/, { error: 'currency must be a 3-letter code such as RUB or USD' }),
  id: z
    .union([
      z.string().trim().min(1, { error: 'id must not be empty' }).max(128, { error: 'id must be at most 128 characters' }),
      z.number().int({ error: 'id must be an integer' }).nonnegative({ error: 'id must not be negative' }).refine(Number.isSafeInteger, { error: 'id is too large' }),
    ], { error: 'id must be a string or an integer' })
    .optional(),
  source: z.enum(WEBHOOK_SOURCES, { error: `source must be one of ${WEBHOOK_SOURCES.join(', ')}` }).optional(),
});

/**
 * Validates the body of `POST /api/donations` (test form, webhook, demo). Never throws.
 * A missing id gets a fresh uuid, so repeats are only de-duplicated when the caller sends an id.
 */
export function normaliseWebhookDonation(body: unknown, now: () => number = Date.now): NormaliseResult {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { error: 'Body must be a JSON object with donor, message, amount and currency.' };
  const parsed = webhookSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.length ? String(issue.path[0]) : 'body';
    const text = issue?.message ?? 'invalid';
    const missing = issue?.code === 'invalid_type' && field !== 'body' && (body as Record<string, unknown>)[field] === undefined;
    const sentence = missing ? `${field} is required` : text;
    return { error: `Invalid donation: ${sentence}.` };
  }
  const b = parsed.data;
  const message = normaliseMessageText(b.message);
  const donation: IncomingDonation = {
    id: b.id === undefined ? randomUUID() : String(b.id),
    source: b.source ?? 'webhook',
    donor: donorName(b.donor),
    message,
    amount: b.amount,
    currency: b.currency.toUpperCase(),
    timestamp: new Date(now()).toISOString(),
  };
  const reject = rejectReasonFor(message, undefined);
  if (reject) donation.rejectReason = reject;
  return donation;
}
