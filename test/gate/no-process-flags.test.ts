import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGatekeeper } from '../../src/gate/index.js';
import { BLIND_CORPORA, loadCorpus, UNREAD_BLIND_CORPORA } from './corpus-metrics.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|js|mjs)$/.test(path) ? [path] : [];
  });
}

/** CPU time of this test process, ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

describe('the gate without process-wide tricks', () => {
  // Changing V8 flags after start crashed the service under a request burst (SIGSEGV in
  // compiled-regexp code). Nothing in the product may set them at run time.
  it('no product source sets V8 flags at run time', () => {
    const offenders = ['src', 'web', 'bin']
      .flatMap((dir) => sourceFiles(dir))
      .filter((file) => /setFlagsFromString|--no-regexp-tier-up/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  // Timed in CPU time of this test process (vitest runs each file in a fork): in wall time the suite's
  // other files, sharing the 2 cores, failed it once in CI while the gate itself was as fast as ever.
  it('checks at least 2 000 messages per second on one core', () => {
    const gate = createGatekeeper();
    const texts = [...loadCorpus(), ...BLIND_CORPORA.flatMap((name) => loadCorpus(name))].map((row) => row.text);
    for (const text of texts) gate.check(text); // warm-up: regex compilation and JIT
    const start = cpuMs();
    let checked = 0;
    while (cpuMs() - start < 1000) {
      for (const text of texts.slice(0, 500)) gate.check(text);
      checked += 500;
    }
    const perSecond = (checked / (cpuMs() - start)) * 1000;
    expect(perSecond).toBeGreaterThan(2000);
  });

  // The unread blind sets, half of them paraphrase- and emoji-heavy, cost the gate most (longer messages, emoji-letter readings,
  // contexts): ~3 100–3 700 messages/s on this machine's one core (session 7), ~1 500 before the
  // rule trie. Best of three one-second rounds: the suite's other files share the caches.
  it('checks at least 2 000 messages per second on one core on the unread blind sets', () => {
    const gate = createGatekeeper();
    const texts = UNREAD_BLIND_CORPORA.flatMap((name) => loadCorpus(name)).map((row) => row.text);
    for (const text of texts) gate.check(text);
    let best = 0;
    let next = 0;
    for (let round = 0; round < 3; round++) {
      const start = cpuMs();
      let checked = 0;
      while (cpuMs() - start < 1000) {
        for (let n = 0; n < 100; n++) gate.check(texts[next++ % texts.length]);
        checked += 100;
      }
      best = Math.max(best, (checked / (cpuMs() - start)) * 1000);
    }
    expect(best).toBeGreaterThan(2000);
  });
});

describe('the gate right after start', () => {
  // Without --no-regexp-tier-up, V8 interprets a regex's first runs; for the gate's big
  // combined regexes that took ~0.5 s per message for the first ~20 messages after a
  // (re)start. The gate now compiles them to native code while it is built.
  it('checks the first messages after it is built in milliseconds, not seconds', () => {
    const gate = createGatekeeper();
    const first = ['нарисуй собачку на скейте', 'draw a robot dancing in the rain', 'котик и пицца 🍕', 'a dragon over the castle'];
    const start = performance.now();
    for (const text of first) gate.check(text);
    expect((performance.now() - start) / first.length).toBeLessThan(150);
  });
});

describe('a gate prepared in the background (the service)', () => {
  it('returns at once, gives the same verdicts while it compiles, and is fast once done', async () => {
    const started = performance.now();
    const gate = createGatekeeper({ prepare: 'in-background' });
    const eager = createGatekeeper();
    expect(performance.now() - started).toBeLessThan(60_000);
    for (const text of ['нарисуй х*й', 'draw a cute fox', 'п.о.р.н.о 🍑💦', 'котик в шляпе']) {
      expect(gate.check(text)).toEqual(eager.check(text));
    }
    while (gate.prepareNext?.()) await new Promise((resolve) => setTimeout(resolve, 0));
    const t0 = performance.now();
    for (const text of ['нарисуй собачку на скейте', 'draw a robot dancing in the rain']) gate.check(text);
    expect((performance.now() - t0) / 2).toBeLessThan(150);
  });
});
