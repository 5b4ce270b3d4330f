// Public surface of the server part: the HTTP API, WebSocket, pages and metrics.
export { createServer, defaultWebRoot, BODY_LIMIT_BYTES, HISTORY_DEFAULT, HISTORY_MAX, GALLERY_DEFAULT, GALLERY_MAX } from './server.js';
export type { ServerDeps, ServerSettings, HealthReport } from './server.js';
export { createMetrics, countingSink, observeStage } from './metrics.js';
export type { DrawstreamMetrics, MetricsOptions } from './metrics.js';
export { ServerConfigError, assertSafeBinding, isLoopbackHost } from './access.js';
export { LAYOUT_SIZES } from './pages.js';
export type { OverlayLayout } from './pages.js';
export { TWITCH_NOT_CONFIGURED, type TwitchStatusBody } from './twitch-routes.js';
