// Health reporting of the Donation Alerts source: its connection state and the texts the
// panel shows for it (README.md, "Health"). The session loop, the REST catch-up and the
// facade all move the state; only this file turns it into words.
import type { Logger } from 'pino';
import type { ComponentHealth } from '../core/index.js';
import type { DonationAlertsState } from './donation-alerts-config.js';

export class ConnectionStatus {
  state: DonationAlertsState = 'idle';
  /** Why the state is what it is (a socket close, a refused token…), for the health detail. */
  detail = '';
  /** Live, but the server never confirmed the subscription: REST polling keeps running as a safety net. */
  unconfirmed = false;

  constructor(
    private readonly log: Logger,
    private readonly pollIntervalSec: number,
  ) {}

  /** Moves to `state`; once stopped, only 'stopped' is accepted. */
  set(state: DonationAlertsState, detail: string): void {
    if (this.state === 'stopped' && state !== 'stopped') return;
    if (this.state !== state) this.log.debug({ from: this.state, to: state }, 'Donation Alerts state');
    this.state = state;
    this.detail = detail;
  }

  /** The health the panel shows; `lastSyncError` is the REST catch-up's last failure, if any. */
  health(lastSyncError: string | undefined): ComponentHealth {
    switch (this.state) {
      case 'live':
        return this.unconfirmed
          ? {
              state: 'ok',
              detail: `Donation Alerts live (the server did not confirm the subscription; also polling REST every ${this.pollIntervalSec} s).`,
            }
          : { state: 'ok', detail: 'Donation Alerts live: socket subscribed.' };
      case 'connecting':
        return { state: 'degraded', detail: 'Connecting to Donation Alerts…' };
      case 'polling':
        return {
          state: 'degraded',
          detail:
            `Donation Alerts socket down (${this.detail || 'reconnecting'}); polling REST every ${this.pollIntervalSec} s.` +
            (lastSyncError ? ` REST is failing too: ${lastSyncError}.` : ''),
        };
      case 'reconnect_needed':
        return { state: 'down', detail: `Reconnect Donation Alerts in the panel: ${this.detail}.` };
      case 'not_connected':
        return { state: 'disabled', detail: this.detail };
      case 'stopped':
        return { state: 'disabled', detail: 'Donation Alerts ingest stopped.' };
      default:
        return { state: 'disabled', detail: 'Donation Alerts ingest not started.' };
    }
  }

  /** The panel's account card: `name` of the connected account, `hasToken` whether we hold one. */
  account(
    name: string | undefined,
    hasToken: boolean,
    lastSyncError: string | undefined,
  ): { connected: boolean; name?: string; state: string; detail: string } {
    const detail = this.health(lastSyncError).detail;
    switch (this.state) {
      case 'live':
      case 'polling':
        return { connected: true, name, state: 'connected', detail };
      case 'connecting':
        return { connected: true, name, state: 'connecting', detail };
      case 'reconnect_needed':
        return { connected: false, name, state: 'reconnect_needed', detail };
      default:
        return {
          connected: false,
          name,
          state: 'not_connected',
          detail: hasToken ? detail : this.detail || 'Connect Donation Alerts in the panel.',
        };
    }
  }
}
