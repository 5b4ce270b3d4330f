export type { AcceptResult, DonationAlertsConnector, DonationSink, DonationSource, IncomingDonation } from '../core/index.js';
export {
  DonationAlertsSource,
  defaultDonationAlertsTuning,
  type DonationAlertsSourceConfig,
  type DonationAlertsSourceDeps,
  type DonationAlertsState,
  type DonationAlertsTuning,
} from './donation-alerts-source.js';
export {
  acceptHttpDonation,
  buildDonation,
  cleanDonationText,
  normaliseDonationAlertsDonation,
  normaliseWebhookDonation,
  isNormaliseError,
  parseDonationAlertsTime,
  type NormaliseResult,
  MAX_AMOUNT,
  WEBHOOK_SOURCES,
} from './normalise.js';
export { createDemoDonationSource, defaultDemoDonations, type DemoDonation, type DemoSourceOptions } from './demo-source.js';
export { logRedactPaths } from './log-redaction.js';
export { parseCentrifugoFrame } from './centrifugo-client.js';
export { DA_SCOPES } from './da-auth.js';

import { DonationAlertsSource, type DonationAlertsSourceConfig, type DonationAlertsSourceDeps } from './donation-alerts-source.js';

/**
 * The Donation Alerts source. Without DA_API_TOKEN or stored OAuth tokens it idles in
 * 'not_connected' until the panel's OAuth callback completes.
 */
export function createDonationAlertsSource(config: DonationAlertsSourceConfig, deps: DonationAlertsSourceDeps = {}): DonationAlertsSource {
  return new DonationAlertsSource(config, deps);
}

// Small pieces the Twitch source (src/twitch/) shares instead of repeating them: owner-only
// atomic JSON files, half-jitter backoff and an abortable sleep on the injected clock.
export { readJsonFile, writeJsonAtomic } from './persisted-state.js';
export { AbortedError, backoffDelay, raceAbort, sleep, type BackoffPolicy } from './retry-policy.js';
export { printable } from './safe-log-text.js';
