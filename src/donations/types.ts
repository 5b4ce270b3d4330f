// The donation contracts now live in src/core; this re-export keeps older import paths
// (src/stage, src/stage/testing.ts) compiling until they import src/core directly.
export type { AcceptResult, DonationAlertsConnector, DonationSink, DonationSource, IncomingDonation } from '../core/index.js';
