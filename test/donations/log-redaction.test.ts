import { afterEach, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { logRedactPaths, type DonationAlertsSource } from '../../src/donations/index.js';
import { donorHash } from '../../src/logging/index.js';
import { startFakeDonationAlerts, type FakeDonationAlerts } from '../fakes/fake-donation-alerts.js';
import { makeSource, memoryLogger, MemorySink, tempDataDir, waitFor } from './helpers.js';

let fake: FakeDonationAlerts;
let source: DonationAlertsSource | undefined;

afterEach(async () => {
  await source?.stop();
  source = undefined;
  await fake?.close();
});

describe('Donation Alerts logging', () => {
  it('never logs a token, secret, authorisation code or donor name during a whole run', async () => {
    const donors = ['Тихий_Кот_Zq', 'night_owl_4242', 'DonorZebraXY', 'ВторойДонорQw'];
    fake = await startFakeDonationAlerts({ history: [{ username: 'HistoryDonorKk', message: 'old' }] });
    const mem = memoryLogger();
    const dataDir = await tempDataDir();
    const sink = new MemorySink();
    source = makeSource(
      fake,
      dataDir,
      { clientId: fake.clientId, clientSecret: fake.clientSecret, redirectUri: 'http://127.0.0.1:8080/cb', pollIntervalSec: 0.2 },
      {},
      mem.logger,
    );
    await source.start(sink);

    const approved = fake.approve(source.authorizeUrl());
    expect((await source.completeAuthorization({ code: approved.code, state: approved.state! })).ok).toBe(true);
    await waitFor(() => source!.status().state === 'live', 'live');

    fake.publish({ username: donors[0], message: 'нарисуй котика' });
    fake.sendMalformed(`{"broken": ${JSON.stringify(donors[1])}`);
    fake.sendMalformed(JSON.stringify({ result: { type: 4, channel: fake.channel, data: { username: donors[1] } } }));
    await waitFor(() => sink.accepted.length === 1, 'first');

    // Socket drop + expired token: reconnect with a 401 → refresh; a 429 on the way.
    fake.expireToken();
    fake.setRestFailure(429, { retryAfter: 0, times: 1, pathPrefix: '/api/v1/alerts/donations' });
    fake.dropSocket();
    fake.addDonation({ username: donors[2], message: 'draw a rocket' });
    await waitFor(() => sink.accepted.length === 2, 'backfilled', 8_000);
    await waitFor(() => source!.status().state === 'live', 'live again');
    fake.publish({ username: donors[3], message: '' });
    await waitFor(() => sink.accepted.length === 3, 'third');

    fake.revoke();
    fake.dropSocket();
    await waitFor(() => source!.status().state === 'reconnect_needed', 'reconnect needed');
    await source.stop();

    const log = mem.text();
    if (process.env.DUMP_DA_LOG) console.log(log);
    expect(log.length).toBeGreaterThan(1_000);
    expect(log).toContain(donorHash(donors[0]));
    expect(mem.lines().some((l) => l.level === 10)).toBe(true); // trace was on
    expect(fake.count({ kind: 'oauth', detail: 'refresh_token' })).toBeGreaterThanOrEqual(1);
    const forbidden = [...fake.issuedSecrets(), fake.clientSecret, approved.code, ...donors, 'HistoryDonorKk'];
    for (const s of forbidden) expect(log, `log leaks ${s.slice(0, 12)}…`).not.toContain(s);
  });

  it('logRedactPaths redact secrets and names at the top level and nested', () => {
    const out: string[] = [];
    const logger = pino(
      { redact: { paths: [...logRedactPaths], censor: '[redacted]' } },
      new Writable({
        write(c: Buffer, _e, cb) {
          out.push(c.toString());
          cb();
        },
      }),
    );
    logger.info(
      {
        access_token: 'AT1',
        refreshToken: 'RT1',
        donor: 'Bob',
        req: { headers: { authorization: 'Bearer AT2' } },
        x: { token: 'T3', username: 'Alice' },
        a: { b: { client_secret: 'CS' } },
      },
      'hi',
    );
    const text = out.join('');
    for (const s of ['AT1', 'RT1', 'Bob', 'AT2', 'T3', 'Alice', 'CS']) expect(text).not.toContain(s);
    expect(text).toContain('[redacted]');
  });

  it('donorHash is a short, stable sha256 prefix', () => {
    expect(donorHash('Тихий_Кот')).toMatch(/^[0-9a-f]{10}$/);
    expect(donorHash('Тихий_Кот')).toBe(donorHash('Тихий_Кот'));
    expect(donorHash('a')).not.toBe(donorHash('b'));
  });

  it('donorHash gives one label per donor however the name was typed (NFC)', () => {
    expect(donorHash('Ёжик')).toBe(donorHash('Ёжик'.normalize('NFD')));
  });
});
