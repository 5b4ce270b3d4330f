import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  ANONYMOUS,
  MAX_DONOR_CHARS,
  MAX_MESSAGE_CHARS,
  type AcceptResult,
  type DonationSink,
  type IncomingDonation,
} from '../core/index.js';

/**
 * Donation Alerts' `created_at`: documented as "YYYY-MM-DD HH:MM:SS", no offset. Also read,
 * leniently: fractional seconds, a "T" separator, and an explicit "Z"/"±HH:MM" offset.
 */
const DA_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * The sources an HTTP caller (webhook, panel test form) may name. `donationalerts`, `demo` and
 * `replay` belong to the service itself: a caller claiming them could forge or replay those.
 * All of them share one id namespace (see `acceptHttpDonation`), so the name is only a label.
 */
export const WEBHOOK_SOURCES = ['webhook', 'panel'] as const;
/**
 * The largest amount a donation may carry, in any currency. Far above any real donation (10 000
 * USD is ~250 000 000 VND) yet small enough to print as digits: 1e308 used to show as
 * "Infinity RUB". HTTP callers above it get a 400; Donation Alerts amounts are clamped to it
 * (a real donation is never dropped), and the source logs that it clamped.
 */
export const MAX_AMOUNT = 1_000_000_000;

export type NormaliseResult = IncomingDonation | { error: string };

export function isNormaliseError(r: NormaliseResult): r is { error: string } {
  return (r as { error?: unknown }).error !== undefined && (r as { id?: unknown }).id === undefined;
}

/**
 * Control (Cc), format (Cf) characters and lone surrogates (Cs). Format characters include
 * the bidi controls (U+202A–202E, U+2066–2069, U+200E/F, U+061C) that reorder what the overlay
 * shows, zero-width spaces, and the invisible "tag" characters U+E0000–E007F, which can smuggle
 * text to the LLM that no human sees. U+2028/2029 are separators, treated like line breaks.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu;
/** Whitespace controls that become a plain space instead of vanishing (words stay apart). */
const SPACE_LIKE = /[\t\v\f\u0085\u2028\u2029]/;
const EMOJI_BEFORE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;

/**
 * ZWJ (U+200D) is a format character too, but it glues emoji sequences (👨‍👩‍👧, 🏳️‍🌈):
 * it is kept only between two emoji, where it cannot reorder or hide text; anywhere else it goes.
 */
function isEmojiJoiner(text: string, offset: number): boolean {
  return EMOJI_BEFORE.test(text.slice(Math.max(0, offset - 2), offset)) && EMOJI_AFTER.test(text.slice(offset + 1, offset + 3));
}

/**
 * The one cleaning every donor name and message goes through, whatever the source: line
 * breaks unified to `\n` (kept only when `multiline`, else a space), other whitespace controls
 * become a space, every other control/format character is removed; outer whitespace trimmed.
 */
export function cleanDonationText(text: string, multiline: boolean): string {
  const unified = text.replace(/\r\n?/g, '\n');
  return unified
    .replace(INVISIBLE, (ch: string, offset: number) => {
      if (ch === '\n') return multiline ? ch : ' ';
      if (SPACE_LIKE.test(ch)) return ' ';
      return ch === '\u200d' && isEmojiJoiner(unified, offset) ? ch : '';
    })
    .trim();
}

/** `\r\n` and lone `\r` become `\n`; control and format characters removed; outer whitespace trimmed. */
export function normaliseMessageText(text: string): string {
  return cleanDonationText(text, true);
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

/** A readable amount above MAX_AMOUNT becomes MAX_AMOUNT (for sources whose donations must not be lost). */
export function clampAmount(amount: number): number {
  return Math.min(amount, MAX_AMOUNT);
}

/** Cleaned, whitespace runs collapsed (a name is one line), cut to MAX_DONOR_CHARS; empty → Anonymous. */
export function donorName(value: unknown): string {
  if (typeof value !== 'string') return ANONYMOUS;
  const name = cleanDonationText(value, false)
    .replace(/\s{2,}/g, ' ')
    .slice(0, MAX_DONOR_CHARS)
    .trim();
  return name.length > 0 ? name : ANONYMOUS;
}

/** What a source knows about a donation before cleaning. */
export interface DonationFields {
  id: string;
  source: string;
  donor: unknown;
  message: string;
  amount: number;
  currency: string;
  timestamp: string;
  rejectReason?: string;
}

/**
 * The single place a source's donation becomes an IncomingDonation (Donation Alerts, webhook,
 * panel, demo all call it): donor and message cleaned, nothing-to-draw messages marked.
 */
export function buildDonation(fields: DonationFields, messageType?: unknown): IncomingDonation {
  const message = normaliseMessageText(fields.message).slice(0, MAX_MESSAGE_CHARS);
  const donation: IncomingDonation = {
    id: fields.id,
    source: fields.source,
    donor: donorName(fields.donor),
    message,
    amount: fields.amount,
    currency: fields.currency,
    timestamp: fields.timestamp,
  };
  const reject = fields.rejectReason ?? rejectReasonFor(message, messageType);
  if (reject) donation.rejectReason = reject;
  return donation;
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
  const currency = typeof r.currency === 'string' && /^[A-Za-z]{3}$/.test(r.currency.trim()) ? r.currency.trim().toUpperCase() : 'XXX';
  return buildDonation(
    {
      id,
      source: 'donationalerts',
      donor: r.username,
      message: typeof r.message === 'string' ? r.message : '',
      // Clamped, not refused: the money was sent, so the donation is kept (the source logs it).
      amount: clampAmount(toAmount(r.amount) ?? 0),
      currency,
      timestamp: parseDonationAlertsTime(r.created_at) ?? new Date(now()).toISOString(),
    },
    r.message_type,
  );
}

const webhookSchema = z.object({
  donor: z
    .string({ error: 'donor must be a string' })
    .max(MAX_DONOR_CHARS, { error: `donor must be at most ${MAX_DONOR_CHARS} characters` }),
  message: z
    .string({ error: 'message must be a string' })
    .max(MAX_MESSAGE_CHARS, { error: `message must be at most ${MAX_MESSAGE_CHARS} characters` }),
  amount: z
    .number({ error: 'amount must be a number' })
    .finite({ error: 'amount must be a finite number' })
    .min(0, { error: 'amount must be 0 or more' })
    .max(MAX_AMOUNT, { error: `amount must be at most ${MAX_AMOUNT}` }),
  currency: z
    .string({ error: 'currency must be a string' })
    .regex(/^[A-Za-z]{3}$/, { error: 'currency must be a 3-letter code such as RUB or USD' }),
  id: z
    .union(
      [
        z.string().trim().min(1, { error: 'id must not be empty' }).max(128, { error: 'id must be at most 128 characters' }),
        z
          .number()
          .int({ error: 'id must be an integer' })
          .nonnegative({ error: 'id must not be negative' })
          .refine(Number.isSafeInteger, { error: 'id is too large' }),
      ],
      { error: 'id must be a string or an integer' },
    )
    .optional(),
  source: z.enum(WEBHOOK_SOURCES, { error: `source must be one of ${WEBHOOK_SOURCES.join(', ')}` }).optional(),
});

/**
 * Validates the body of `POST /api/donations` (test form, webhook, demo). Never throws.
 * A missing id gets a fresh uuid, so repeats are only de-duplicated when the caller sends an id.
 */
export function normaliseWebhookDonation(body: unknown, now: () => number = Date.now): NormaliseResult {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { error: 'Body must be a JSON object with donor, message, amount and currency.' };
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
  return buildDonation({
    id: b.id === undefined ? randomUUID() : String(b.id),
    source: b.source ?? 'webhook',
    donor: b.donor,
    message: b.message,
    amount: b.amount,
    currency: b.currency.toUpperCase(),
    timestamp: new Date(now()).toISOString(),
  });
}

/**
 * Accepts an HTTP donation so that its id is de-duplicated across every HTTP source name:
 * when another HTTP source already holds the id, the donation is filed under that source and
 * the sink answers "duplicate" (a caller cannot get one id drawn twice by renaming its source).
 * Synchronous, so nothing can slip in between the look-up and the accept.
 */
export function acceptHttpDonation(sink: DonationSink, donation: IncomingDonation): AcceptResult {
  const holder = WEBHOOK_SOURCES.find((source) => source !== donation.source && sink.has(source, donation.id));
  return sink.accept(holder === undefined ? donation : { ...donation, source: holder });
}
