import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  normaliseDonationAlertsDonation,
  normaliseWebhookDonation,
  parseCentrifugoFrame,
  isNormaliseError,
} from '../../src/donations/index.js';
import { isBeforeWatermark, type Watermark } from '../../src/donations/persisted-state.js';
import { backoffDelay, parseRetryAfter } from '../../src/donations/retry-policy.js';
import { RateLimiter } from '../../src/donations/rate-limiter.js';
import { systemClock } from '../../src/core/index.js';

// Copies of shared/fixtures/donation-alerts, so the test runs on a fresh clone.
const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('normaliseDonationAlertsDonation', () => {
  it('normalises the REST fixture page', () => {
    const page = JSON.parse(fixture('donations-page-1.json')) as { data: unknown[] };
    const out = page.data.map((d) => normaliseDonationAlertsDonation(d));
    expect(out[0]).toEqual({
      id: '171204388',
      source: 'donationalerts',
      donor: 'Тихий_Кот',
      message: 'Привет! Спасибо за стрим, удачи в рейде сегодня вечером',
      amount: 500,
      currency: 'RUB',
      timestamp: '2025-11-24T18:42:07.000Z',
    });
    expect(out[1]).toMatchObject({ id: '171203951', amount: 5, currency: 'USD', rejectReason: 'audio message: nothing to draw' });
    expect(out[2]).toMatchObject({ donor: 'GreenTeaGamer', amount: 10, currency: 'EUR', timestamp: '2025-11-24T17:03:58.000Z' });
  });

  it('reads the donation at result.data.data of the publication fixture', () => {
    const lines = fixture('centrifugo-frames.jsonl').trim().split('\n');
    const pub = JSON.parse(lines[4]) as { result: { data: { data: unknown } } };
    expect(normaliseDonationAlertsDonation(pub.result.data.data)).toMatchObject({ id: '171204655', donor: 'Тихий_Кот', amount: 300 });
  });

  it('is lenient with odd fields and strict about the id', () => {
    const now = () => Date.UTC(2026, 0, 2, 3, 4, 5);
    expect(
      normaliseDonationAlertsDonation(
        { id: 7, username: '  ', message: 'a\r\nb\rc', amount: '12.5', currency: 'usd', created_at: 'yesterday' },
        now,
      ),
    ).toEqual({
      id: '7',
      source: 'donationalerts',
      donor: 'Anonymous',
      message: 'a\nb\nc',
      amount: 12.5,
      currency: 'USD',
      timestamp: '2026-01-02T03:04:05.000Z',
    });
    expect(normaliseDonationAlertsDonation({ id: 8, message: '   ' })).toMatchObject({
      rejectReason: 'empty message: nothing to draw',
      amount: 0,
      currency: 'XXX',
    });
    for (const bad of [null, 'x', [], {}, { id: -1 }, { id: 1.5 }, { id: 'abc' }]) {
      expect(isNormaliseError(normaliseDonationAlertsDonation(bad))).toBe(true);
    }
  });
});

describe('normaliseWebhookDonation', () => {
  it('accepts a valid body and fills a uuid when no id is given', () => {
    const r = normaliseWebhookDonation({ donor: 'Bob', message: 'draw a rocket', amount: 5, currency: 'usd' });
    expect(r).toMatchObject({ source: 'webhook', donor: 'Bob', message: 'draw a rocket', amount: 5, currency: 'USD' });
    expect((r as { id: string }).id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps given ids and safe sources', () => {
    expect(normaliseWebhookDonation({ donor: 'a', message: 'b', amount: 0, currency: 'RUB', id: 42, source: 'panel' })).toMatchObject({
      id: '42',
      source: 'panel',
    });
    expect(normaliseWebhookDonation({ donor: 'a', message: 'b', amount: 0, currency: 'RUB', id: 'ext-1' })).toMatchObject({
      id: 'ext-1',
      source: 'webhook',
    });
  });

  it('marks an empty message as nothing to draw', () => {
    expect(normaliseWebhookDonation({ donor: 'a', message: ' \r\n ', amount: 1, currency: 'RUB' })).toMatchObject({
      message: '',
      rejectReason: 'empty message: nothing to draw',
    });
  });

  it.each([
    [null, /JSON object/],
    [[], /JSON object/],
    [{ message: 'x', amount: 1, currency: 'RUB' }, /donor is required/],
    [{ donor: 'x'.repeat(101), message: 'x', amount: 1, currency: 'RUB' }, /donor must be at most 100/],
    [{ donor: 'a', message: 'x'.repeat(10_001), amount: 1, currency: 'RUB' }, /message must be at most 10000/],
    [{ donor: 'a', message: 'x', amount: -1, currency: 'RUB' }, /amount must be 0 or more/],
    [{ donor: 'a', message: 'x', amount: '5', currency: 'RUB' }, /amount must be a number/],
    [{ donor: 'a', message: 'x', amount: Number.NaN, currency: 'RUB' }, /amount/],
    [{ donor: 'a', message: 'x', amount: 1, currency: 'RUBLE' }, /3-letter/],
    [{ donor: 'a', message: 'x', amount: 1, currency: 'RUB', id: 'x'.repeat(129) }, /id/],
    [{ donor: 'a', message: 'x', amount: 1, currency: 'RUB', id: {} }, /id must be a string or an integer/],
    [{ donor: 'a', message: 'x', amount: 1, currency: 'RUB', source: 'donationalerts' }, /source must be one of/],
  ])('refuses %j with a clear error', (body, error) => {
    const r = normaliseWebhookDonation(body);
    expect(isNormaliseError(r)).toBe(true);
    expect((r as { error: string }).error).toMatch(error);
  });
});

describe('Centrifugo frame parsing', () => {
  it('splits newline-batched frames and counts bad lines', () => {
    expect(parseCentrifugoFrame('{"id":2,"result":{}}\n{"result":{"type":1}}\n')).toEqual({
      messages: [{ id: 2, result: {} }, { result: { type: 1 } }],
      malformed: 0,
    });
    expect(parseCentrifugoFrame('{"a":1}\n{oops\n\n  \n[1]')).toEqual({ messages: [{ a: 1 }, [1]], malformed: 1 });
  });
});

describe('retry policy', () => {
  it('backs off exponentially with jitter, capped', () => {
    const p = { baseMs: 1000, maxMs: 60_000 };
    expect(backoffDelay(0, p, () => 0)).toBe(500);
    expect(backoffDelay(0, p, () => 0.999)).toBeLessThan(1000);
    expect(backoffDelay(3, p, () => 0)).toBe(4000);
    expect(backoffDelay(50, p, () => 1)).toBe(60_000);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('2', 0)).toBe(2000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    expect(parseRetryAfter(null, 0)).toBeUndefined();
  });

  it('rate limiter allows the limit per window and then waits', async () => {
    const limiter = new RateLimiter(systemClock, 3, 300);
    const t0 = Date.now();
    for (let i = 0; i < 4; i++) await limiter.acquire();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(280);
  });
});

describe('backfill watermark', () => {
  const w: Watermark = { accountId: 1, newestCreatedAt: '2025-11-24 18:42:07', ids: ['10', '11'], maxId: 11, establishedAt: '' };
  it('treats baseline ids and older donations as history', () => {
    expect(isBeforeWatermark(w, '11', '2025-11-24 18:42:07')).toBe(true);
    expect(isBeforeWatermark(w, '5', '2025-11-24 10:00:00')).toBe(true);
    expect(isBeforeWatermark(w, '12', '2025-11-24 18:42:07')).toBe(false);
    expect(isBeforeWatermark(w, '13', '2025-11-24 18:50:00')).toBe(false);
    expect(isBeforeWatermark(w, '9', 'garbage')).toBe(true);
    expect(isBeforeWatermark(w, '14', undefined)).toBe(false);
    expect(isBeforeWatermark({ ...w, newestCreatedAt: null, ids: [] }, '1', '2000-01-01 00:00:00')).toBe(false);
  });
});
