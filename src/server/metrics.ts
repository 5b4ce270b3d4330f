// Prometheus metrics for the service. Each instance owns its own registry (never the global
// one), so tests and several servers in one process never collide on metric names.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AcceptResult, DonationSink, IncomingDonation, JobStatus, StageControl, StageEvent, StageSnapshot } from '../core/index.js';

export interface DrawstreamMetrics {
  readonly registry: Registry;
  /** A donation that was new (not a duplicate) arrived from `source`. */
  donationReceived(source: string): void;
  /** `count` jobs (default 1) reached a final status. */
  jobFinished(status: JobStatus, count?: number): void;
  /** One planning attempt took `ms` (LLM or built-in, by `planner`). */
  observePlanning(ms: number, planner?: string): void;
  /** The LLM gave no plan: `kind` is the planner's `PlanFallback.kind` (src/core/planning.ts), e.g. 'first_token_timeout', 'server_down'. */
  llmFailure(kind: string): void;
  setQueueLength(n: number): void;
  /** An overlay page reported its animation frame rate. */
  overlayFps(fps: number): void;
}

export interface MetricsOptions {
  registry?: Registry;
  /** Process metrics (CPU, memory, event-loop lag) under the `drawstream_` prefix; default true. */
  defaultMetrics?: boolean;
}

/** Bounded label values: a misbehaving caller cannot blow up the number of series. */
function label(value: string, allowed?: readonly string[]): string {
  const clean =
    String(value)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 32) || 'unknown';
  if (allowed && !allowed.includes(clean)) return 'other';
  return clean;
}

const SOURCES = ['donationalerts', 'webhook', 'demo', 'panel'] as const;
const STATUSES: readonly JobStatus[] = ['done', 'skipped', 'cleared', 'rejected', 'failed'];
/** Any kind name is taken, up to this many distinct ones; later new names count as `other`. */
const MAX_FAILURE_KINDS = 24;

export function createMetrics(options: MetricsOptions = {}): DrawstreamMetrics {
  const registry = options.registry ?? new Registry();
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'drawstream_' });

  const donations = new Counter({
    name: 'drawstream_donations_received_total',
    help: 'Donations accepted (duplicates excluded), by source.',
    labelNames: ['source'],
    registers: [registry],
  });
  const jobs = new Counter({
    name: 'drawstream_jobs_finished_total',
    help: 'Jobs that reached a final status.',
    labelNames: ['status'],
    registers: [registry],
  });
  const planning = new Histogram({
    name: 'drawstream_planning_latency_seconds',
    help: 'Time from planning start to a usable plan.',
    labelNames: ['planner'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60, 120],
    registers: [registry],
  });
  const llmFailures = new Counter({
    name: 'drawstream_llm_failures_total',
    help: 'LLM backend failures, by kind.',
    labelNames: ['kind'],
    registers: [registry],
  });
  const queue = new Gauge({
    name: 'drawstream_queue_length',
    help: 'Jobs waiting (not counting the current one).',
    registers: [registry],
  });
  const fps = new Gauge({
    name: 'drawstream_overlay_fps',
    help: 'Animation frame rate last reported by an overlay page while drawing.',
    registers: [registry],
  });
  const failureKinds = new Set<string>(['other']);
  // Series that exist from the start make dashboards and alerts simpler (no "absent" data).
  for (const source of SOURCES) donations.inc({ source }, 0);
  for (const status of STATUSES) jobs.inc({ status }, 0);

  return {
    registry,
    donationReceived: (source) => donations.inc({ source: label(source, [...SOURCES, 'other']) }),
    jobFinished: (status, count = 1) => {
      if (Number.isFinite(count) && count > 0) jobs.inc({ status: label(status, STATUSES) }, count);
    },
    observePlanning: (ms, planner = 'llm') => {
      if (Number.isFinite(ms) && ms >= 0) planning.observe({ planner: label(planner, ['llm', 'builtin', 'gate']) }, ms / 1000);
    },
    llmFailure: (kind) => {
      let name = label(kind);
      if (!failureKinds.has(name) && failureKinds.size >= MAX_FAILURE_KINDS) name = 'other';
      failureKinds.add(name);
      llmFailures.inc({ kind: name });
    },
    setQueueLength: (n) => {
      if (Number.isFinite(n) && n >= 0) queue.set(n);
    },
    overlayFps: (value) => {
      if (Number.isFinite(value) && value >= 0 && value <= 1000) fps.set(Math.round(value * 10) / 10);
    },
  };
}

/**
 * Wraps a sink so every new donation (any source: Donation Alerts, demo feed, webhook, panel)
 * is counted. The composition root hands the wrapped sink to every source and to the server.
 */
export function countingSink(sink: DonationSink, metrics: DrawstreamMetrics): DonationSink {
  return {
    accept(donation: IncomingDonation): AcceptResult {
      const result = sink.accept(donation);
      if (!result.duplicate) {
        metrics.donationReceived(donation.source);
        // A rejected donation (below MIN_AMOUNT, nothing to draw) is final at once: no stage event.
        if (result.status === 'rejected') metrics.jobFinished('rejected');
      }
      return result;
    },
    has: (source, id) => sink.has(source, id),
  };
}

/**
 * Keeps the queue gauge and the job counters in step with the stage: `done`/`skipped` per job,
 * `cleared` once with the number removed (`count`), `error` as `failed` only when it names a
 * job that is no longer current or waiting (other errors are not final). Returns the unsubscribe.
 */
export function observeStage(stage: StageControl, metrics: DrawstreamMetrics): () => void {
  // Idempotent per (stage, metrics): createServer observes too, and a second subscription
  // would count every finished job twice.
  let observed = observedStages.get(stage);
  if (!observed) observedStages.set(stage, (observed = new WeakSet()));
  if (observed.has(metrics)) return () => {};
  observed.add(metrics);
  metrics.setQueueLength(stage.snapshot().queueCount);
  const unsubscribe = stage.subscribe((event: StageEvent, snapshot: StageSnapshot) => {
    metrics.setQueueLength(snapshot.queueCount);
    if (event.type === 'done' || event.type === 'skipped') {
      metrics.jobFinished(event.type);
    } else if (event.type === 'cleared') {
      // Until the stage sets `count` (src/stage/stage.ts still puts it in `detail` as text).
      const count = event.count ?? Number(event.detail);
      metrics.jobFinished('cleared', Number.isInteger(count) && count >= 0 ? count : 1);
    } else if (event.type === 'error' && event.jobId) {
      // Only the queue's head is in a snapshot: enough, since only the current job and the
      // few planned ahead (all in the head) can fail.
      const alive = snapshot.current?.id === event.jobId || snapshot.queue.some((job) => job.id === event.jobId);
      if (!alive) metrics.jobFinished('failed');
    }
  });
  return () => {
    unsubscribe();
    observed?.delete(metrics);
  };
}

const observedStages = new WeakMap<StageControl, WeakSet<DrawstreamMetrics>>();
