// What donation sources hand the stage, and what the server needs from the Donation Alerts
// connection. Sources depend only on these shapes, never on the stage itself.
import type { ComponentHealth } from './health.js';

/** A donation normalised from any source (Donation Alerts, webhook, test form, demo feed). */
export interface IncomingDonation {
  /** The source's own id; `(source, id)` is unique. */
  id: string;
  source: string; // 'donationalerts' | 'webhook' | 'demo' | 'panel'
  donor: string;
  message: string;
  amount: number;
  currency: string; // ISO 4217, upper case
  timestamp: string; // ISO 8601 UTC
  /** Set by a source when there is nothing to draw (audio-only, empty message). */
  rejectReason?: string;
}

export interface AcceptResult {
  /** Our id for the donation (== job id when a job was created). */
  id: string;
  duplicate: boolean;
  status: 'queued' | 'rejected';
}

/** Where sources hand donations. Persists synchronously before returning: acknowledge only after it returns. */
export interface DonationSink {
  accept(donation: IncomingDonation): AcceptResult;
  /** Has this `(source, id)` been seen? Used to bound backfill. */
  has(source: string, id: string): boolean;
}

export interface DonationSource {
  readonly name: string;
  start(sink: DonationSink): Promise<void>;
  stop(): Promise<void>;
  health(): ComponentHealth;
}

/** The OAuth side of Donation Alerts, as the server's routes and the panel need it. */
export interface DonationAlertsConnector {
  /** Where the panel's "Connect Donation Alerts" button sends the browser (DA's authorize URL with a fresh `state`). */
  authorizeUrl(): string;
  /** Handles the local callback route's query (`code`, `state`, or `error`). Never throws. */
  completeAuthorization(query: { code?: string; state?: string; error?: string }): Promise<{ ok: boolean; message: string }>;
  /** For /health and the panel. `state` e.g. 'connected' | 'not_connected' | 'reconnect_needed'. */
  account(): { connected: boolean; name?: string; state: string; detail: string };
}
