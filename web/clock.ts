// The server's clock as seen from this page. NTP-style: each ping/pong gives
// offset = serverTime − (sent + received)/2 with error ≤ rtt/2, so the sample with the
// smallest round trip wins. Several overlays aligned to the same server clock draw the
// same frame at the same moment. Local time is monotonic (performance.now), so a system
// clock step on this machine cannot make the drawing jump.

interface Sample {
  offset: number;
  rtt: number;
}

const MAX_SAMPLES = 8;

export class ServerClock {
  private offset = 0;
  private samples: Sample[] = [];
  private rough = false;

  /** Monotonic local time in ms since epoch (as of page load). */
  localNow(): number {
    return performance.timeOrigin + performance.now();
  }

  /** Best estimate of the server clock now. */
  now(): number {
    return this.localNow() + this.offset;
  }

  getOffset(): number {
    return this.offset;
  }

  /** Until a ping sample exists, a snapshot's serverTime gives a rough offset (off by the one-way delay). */
  observeServerTime(serverTime: number): void {
    if (this.samples.length > 0 || !Number.isFinite(serverTime)) return;
    if (!this.rough) {
      this.offset = serverTime - this.localNow();
      this.rough = true;
    }
  }

  /** One ping/pong: `sentAt` and `receivedAt` are localNow() values. */
  addSample(sentAt: number, serverTime: number, receivedAt: number): void {
    const rtt = receivedAt - sentAt;
    if (!Number.isFinite(rtt) || rtt < 0 || rtt > 10_000 || !Number.isFinite(serverTime)) return;
    this.samples.push({ offset: serverTime - (sentAt + receivedAt) / 2, rtt });
    if (this.samples.length > MAX_SAMPLES) this.samples.shift();
    let best = this.samples[0];
    for (const sample of this.samples) if (sample.rtt < best.rtt) best = sample;
    this.offset = best.offset;
  }

  /** A new connection may reach a restarted server (or another machine): start over. */
  reset(): void {
    this.samples = [];
    this.rough = false;
  }
}
