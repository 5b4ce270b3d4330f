// The composition root: the only place that knows every part. It reads the config,
// opens the store, builds gate → planner → stage, starts the donation sources and the
// server, and shuts everything down in order on SIGINT/SIGTERM.
import { join, resolve } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from './config/index.js';
import { systemClock, type ComponentHealth, type DonationSink, type DonationSource, type StageControl } from './core/index.js';
import { createDemoDonationSource, createDonationAlertsSource, logRedactPaths, normaliseWebhookDonation } from './donations/index.js';
import { createGallery, type Gallery } from './gallery/index.js';
import { createGatekeeper } from './gate/index.js';
import { createLogger } from './logging/index.js';
import { createPlanner, createScreener, type Planner } from './planner/index.js';
import { countingSink, createMetrics, createServer, observeStage, type DrawstreamMetrics } from './server/index.js';
import { createStage } from './stage/index.js';
import { openStore, preparePrivateDir, StoreLockedError, type Store } from './store/index.js';
import {
  createRedemptionSettler,
  createTwitchSource,
  kickOnRejection,
  kickOnStageEvents,
  type RedemptionSettler,
  type TwitchSource,
} from './twitch/index.js';

export interface ServiceOptions {
  mode: 'serve' | 'demo';
  logger?: Logger;
}

export interface RunningService {
  url: string;
  overlayUrl: string;
  panelUrl: string;
  stop(): Promise<void>;
}

export async function startService(config: Config, options: ServiceOptions): Promise<RunningService> {
  const logger = options.logger ?? createLogger({ level: config.logLevel, extraRedactPaths: [...logRedactPaths] });
  const dataDir = resolve(config.dataDir);
  // Owner-only (0700): donor names, messages and Donation Alerts tokens live here.
  preparePrivateDir(dataDir);

  let store: Store;
  try {
    store = openStore(join(dataDir, 'drawstream.sqlite'), { exclusive: true });
  } catch (error) {
    // Two services on one DATA_DIR would both draw the same jobs.
    if (error instanceof StoreLockedError) {
      throw new Error(`another drawstream is already running with DATA_DIR=${dataDir}: stop it first or set another DATA_DIR`);
    }
    throw error;
  }
  const gate = createGatekeeper({ customRulesFile: config.gateRulesFile, logger, prepare: 'in-background' });
  const metrics = createMetrics();
  // Warm-up loads the model and its prompt cache before the first donation arrives.
  const planner = observePlanner(
    createPlanner({ llm: config.llm, renderer: config.renderer }, { gate, logger, tuning: { warmUp: true } }),
    metrics,
    logger,
  );
  // The model check before any text is shown (null with LLM_BACKEND=builtin: rules only).
  const screener = createScreener({ llm: config.llm, renderer: config.renderer }, { logger, timeoutMs: config.screenTimeoutSec * 1000 });
  const stage = createStage({
    store,
    gate,
    planner,
    screener,
    clock: systemClock,
    settings: {
      showDurationSec: config.renderer.showDurationSec,
      planAhead: config.planAhead,
      renderer: config.renderer,
      minAmount: config.minAmount,
      moderation: config.moderation,
      autoApproveMinAmount: config.autoApproveMinAmount,
      // The planner bounds itself by LLM_TIMEOUT_SEC; this is the backstop if it ever does not.
      planTimeoutMs: (config.llm.timeoutSec * (config.llm.retries + 1) + 5) * 1000,
      hudMessage: config.hudMessage,
    },
    logger,
  });

  const donationAlerts = createDonationAlertsSource({ ...config.da, dataDir }, { logger });
  const sources: DonationSource[] = [donationAlerts];
  if (options.mode === 'demo') sources.push(createDemoDonationSource({}));
  // Twitch (issue 17): a source, and the settler that fulfils or refunds its redemptions.
  const twitch = createConfiguredTwitch(config, dataDir, logger);
  if (twitch) sources.push(twitch);
  const settlement = twitch ? createSettlement(twitch, store, stage, logger) : undefined;

  observeStage(stage, metrics);
  const gallery = createGallery({ dir: join(dataDir, 'gallery'), renderer: config.renderer, logger });
  saveFinishedDrawings(stage, gallery);
  const countedSink = countingSink(stage, metrics);
  const health = () => {
    const components: Record<string, ComponentHealth> = {
      store: store.health(),
      llm: planner.health(),
    };
    for (const source of sources) components[source.name] = source.health();
    const bad = Object.values(components).some((c) => c.state === 'down' || c.state === 'degraded');
    // The snapshot lists only the head of the queue; queueCount is all of it.
    const queueLength = stage.snapshot().queueCount;
    return { status: bad ? ('degraded' as const) : ('ok' as const), components, queueLength };
  };

  // createServer refuses an exposed HOST without PANEL_TOKEN (the one binding check,
  // src/server/access.ts); whatever it throws, the store's lock and the planner are released.
  const app = await createServer({
    modelCheckDataDir: dataDir,
    stage,
    sink: countedSink,
    normaliseDonation: normaliseWebhookDonation,
    health,
    daConnector: donationAlerts,
    twitchConnector: twitch,
    twitchSettlement: settlement ? () => settlement.settler.report() : undefined,
    metrics,
    gallery,
    settings: {
      panelToken: config.panelToken,
      host: config.host,
      port: config.port,
      scale: config.windowScale,
      renderer: config.renderer,
    },
    logger,
  }).catch(async (error: unknown) => {
    settlement?.unsubscribe();
    await planner.close?.();
    store.close();
    throw error;
  });

  stage.start();
  settlement?.settler.start();
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${shownHost}:${port}`;
  logger.info({ url, backend: config.llm.backend, mode: options.mode }, 'drawstream is running');

  void planner.probe?.().then((result) => logger.info({ llm: result }, 'LLM probe finished'));
  for (const source of sources) {
    // A redemption refused at accept (the cooldown) is refunded at once, not at the next timer round.
    const sink: DonationSink = source === twitch && settlement ? kickOnRejection(countedSink, settlement.settler) : countedSink;
    source.start(sink).catch((error: unknown) => logger.error({ err: error, source: source.name }, 'donation source failed to start'));
  }

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      logger.info('shutting down');
      // The settler first, while the Twitch source can still answer its requests in flight.
      await settlement?.stop();
      await Promise.allSettled(sources.map((source) => source.stop()));
      await stage.stop();
      await app.close();
      await planner.close?.();
      store.close();
      logger.info('stopped');
    })();
    return stopping;
  };

  return { url, overlayUrl: `${url}/overlay`, panelUrl: `${url}/panel`, stop };
}

/** The Twitch source when TWITCH_CLIENT_ID or TWITCH_ACCESS_TOKEN is set; undefined otherwise (no box, /api/twitch 404). */
function createConfiguredTwitch(config: Config, dataDir: string, logger: Logger): TwitchSource | undefined {
  if (!config.twitch.clientId && !config.twitch.accessToken) return undefined;
  return createTwitchSource({ ...config.twitch, dataDir }, { logger });
}

interface Settlement {
  settler: RedemptionSettler;
  unsubscribe(): void;
  stop(): Promise<void>;
}

/** The settler over the store's ledger, writing through the Twitch source, kicked by the stage's finishing events. */
function createSettlement(twitch: TwitchSource, store: Store, stage: StageControl, logger: Logger): Settlement {
  const settler = createRedemptionSettler({ ledger: store, writer: twitch, logger });
  const unsubscribe = kickOnStageEvents(stage, settler);
  return {
    settler,
    unsubscribe,
    stop: async () => {
      unsubscribe();
      await settler.stop();
    },
  };
}

/** Times every planning call and counts LLM failures by kind, without the planner knowing about metrics. */
function observePlanner(planner: Planner, metrics: DrawstreamMetrics, logger: Logger): Planner {
  return {
    name: planner.name,
    health: () => planner.health(),
    probe: planner.probe ? () => planner.probe!() : undefined,
    close: planner.close ? () => planner.close!() : undefined,
    async plan(request, options) {
      const started = Date.now();
      const result = await planner.plan(request, options);
      const latencyMs = Math.round(result.latencyMs ?? Date.now() - started);
      metrics.observePlanning(latencyMs, result.source);
      logger.info(
        { jobId: request.jobId, planner: result.source, latencyMs, outputTokens: result.outputTokens, fallback: result.fallback },
        'plan ready',
      );
      // With LLM_BACKEND=builtin there is no model to fail: its fallbacks are not LLM failures.
      if (result.fallback && planner.name !== 'builtin') metrics.llmFailure(result.fallback.kind);
      return result;
    },
  };
}

/** Every drawing shown to the end goes to the gallery (PNG + GIF); a failure there never touches the show. */
function saveFinishedDrawings(stage: StageControl, gallery: Gallery): () => void {
  return stage.subscribe((event) => {
    if (event.type !== 'done' || !event.jobId) return;
    const entry = stage.history(20).find((item) => item.id === event.jobId);
    // A replay is already in the gallery under its original id.
    if (!entry?.plan || entry.source === 'replay') return;
    void gallery.save({
      id: entry.id,
      plan: entry.plan,
      finishedAt: entry.finishedAt,
      donor: entry.donor,
      message: entry.message,
      amount: entry.amount,
      currency: entry.currency,
    });
  });
}
