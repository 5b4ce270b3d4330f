// Issue 10, point 5: hostile donor names, messages and amounts from Donation Alerts (over the
// fake DA server's real socket) and the demo feed go through the same cleaning as the webhook.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanDonationText, createDemoDonationSource, MAX_AMOUNT, type DonationAlertsSource } from '../../src/donations/index.js';
import { ManualClock } from '../../src/stage/index.js';
import { startFakeDonationAlerts, type FakeDonationAlerts } from '../fakes/fake-donation-alerts.js';
import { makeSource, memoryLogger, MemorySink, tempDataDir, waitFor, watermarkExists } from './helpers.js';

let fake: FakeDonationAlerts | undefined;
let source: DonationAlertsSource | undefined;

afterEach(async () => {
  await source?.stop();
  source = undefined;
  await fake?.close();
  fake = undefined;
});

const HOSTILE_DONOR = 'Ev\u202Eil\u0000\u200F\u2066Bob\u2069';

describe('cleanDonationText', () => {
  it('removes Cc/Cf and lone surrogates, turns whitespace controls into spaces, keeps emoji ZWJ', () => {
    expect(cleanDonationText('a\u202Eb\u0000c\u200Bd\u{E0041}\uD800e', false)).toBe('abcde');
    expect(cleanDonationText('a\tb\u2028c\r\nd', true)).toBe('a b c\nd');
    expect(cleanDonationText('a\r\nb', false)).toBe('a b');
    expect(cleanDonationText('\u{1F3F3}\uFE0F\u200D\u{1F308} x\u200Dy \u200D\u{1F600}', false)).toBe(
      '\u{1F3F3}\uFE0F\u200D\u{1F308} xy \u{1F600}',
    );
    expect(cleanDonationText('\u{1F468}\u200D\u200D\u{1F469}', false)).toBe('\u{1F468}\u{1F469}');
  });
});

describe('Donation Alerts donations', () => {
  it('arrive cleaned, and an amount above MAX_AMOUNT is clamped (kept, logged without the donor name)', async () => {
    fake = await startFakeDonationAlerts({ history: [] });
    const dataDir = await tempDataDir();
    const sink = new MemorySink();
    const log = memoryLogger();
    source = makeSource(fake, dataDir, { apiToken: fake.issueTokens().access_token }, {}, log.logger);
    await source.start(sink);
    await waitFor(() => source!.status().state === 'live', 'live');
    await waitFor(() => fake!.subscribedCount() === 1, 'subscribed');
    let recorded = false;
    await waitFor(() => {
      void watermarkExists(dataDir).then((x) => (recorded = x));
      return recorded;
    }, 'watermark recorded');

    const d = fake.publish({ username: HOSTILE_DONOR, message: 'draw\u202E a\u0000 cat', amount: 1e308, currency: 'RUB' });
    await waitFor(() => sink.accepted.length === 1, 'donation delivered');
    expect(sink.accepted[0]).toMatchObject({ id: String(d.id), donor: 'EvilBob', message: 'draw a cat', amount: MAX_AMOUNT });
    const warning = log.lines().find((line) => line.msg === 'donation fields differ from the documented shape; read leniently');
    expect(warning).toMatchObject({ daId: String(d.id), odd: { amount: `above ${MAX_AMOUNT} (clamped to it)` } });
    expect(log.text()).not.toContain('Bob');
  });
});

describe('the demo feed', () => {
  it('cleans a custom list like every other source', async () => {
    const sink = new MemorySink();
    const demo = createDemoDonationSource({
      intervalMs: 0,
      clock: new ManualClock(),
      donations: [{ donor: HOSTILE_DONOR, message: '\u202Edraw\u0000 a house', amount: 1e308, currency: 'usd' }],
    });
    await demo.start(sink);
    await demo.stop();
    expect(sink.accepted).toHaveLength(1);
    expect(sink.accepted[0]).toMatchObject({
      source: 'demo',
      donor: 'EvilBob',
      message: 'draw a house',
      amount: MAX_AMOUNT,
      currency: 'USD',
    });
  });
});
