// The Twitch box (issue 17): the connection, "Log in with Twitch" (device code: the panel shows
// the code and the link to enter it on twitch.tv), a revoked login or a channel without channel
// points, and what became of the redemptions (fulfilled, refunded, waiting, given up).
// GET /api/twitch carries the login code, so it goes with the panel token like a control call.
// Polled every 5 s (every 2 s while a login waits); the next poll is set after this one ends.
import type { SettlementReport, TwitchConnector, TwitchLoginState } from '../src/core/index.js';
import { byId, describeError, el, request } from './panel-kit.js';
import { setText } from './text.js';

const POLL_MS = 5000;
const WAITING_POLL_MS = 2000;

interface TwitchStatus {
  login: TwitchLoginState;
  connection: ReturnType<TwitchConnector['health']>;
  settlement?: SettlementReport;
}

export class TwitchCard {
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** `configured`: the server has Twitch set up (otherwise the box stays hidden and nothing is polled). */
  constructor(private readonly configured: boolean) {}

  start(): void {
    byId('twitch-card').hidden = !this.configured;
    if (!this.configured) return;
    byId('twitch-login').addEventListener('click', () => void this.login());
    void this.refresh();
  }

  async refresh(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    let waiting = false;
    const answer = await request('GET', '/api/twitch');
    if (answer.ok) {
      const status = answer.data as unknown as TwitchStatus;
      this.render(status);
      waiting = status.login.state === 'waiting';
    } else {
      setText(byId('twitch-problem'), describeError(answer));
    }
    this.timer = setTimeout(() => void this.refresh(), waiting ? WAITING_POLL_MS : POLL_MS);
  }

  private async login(): Promise<void> {
    const button = byId<HTMLButtonElement>('twitch-login');
    button.disabled = true;
    const answer = await request('POST', '/api/twitch/login');
    button.disabled = false;
    if (!answer.ok) setText(byId('twitch-problem'), describeError(answer));
    await this.refresh();
  }

  private render(status: TwitchStatus): void {
    const { login, connection } = status;
    const pill = byId('twitch-conn');
    setText(pill, connection.connected ? 'connected' : connection.state);
    pill.className = `pill ${connection.connected && connection.state === 'ok' ? 'ok' : connection.state === 'down' ? 'bad' : 'warn'}`;
    setText(byId('twitch-login-state'), loginText(login));
    byId('twitch-login').hidden = login.state === 'logged_in' || login.state === 'waiting';
    this.renderCode(login);
    const problems = [login.state === 'failed' ? `Login failed: ${login.detail}` : '', connection.rewardsUnavailable ?? ''];
    if (connection.state === 'down' || connection.state === 'degraded') problems.push(connection.detail);
    setText(byId('twitch-problem'), problems.filter(Boolean).join(' · '));
    setText(byId('twitch-settlement'), settlementText(status.settlement));
  }

  /** While the login waits: the code to type and the page to type it on, as a link. */
  private renderCode(login: TwitchLoginState): void {
    const box = byId('twitch-code');
    if (login.state !== 'waiting') {
      box.hidden = true;
      box.replaceChildren();
      return;
    }
    box.hidden = false;
    const link = el('a', '', login.verificationUri);
    // Only Twitch's https page becomes a link; anything else is shown as text.
    if (/^https:\/\//.test(login.verificationUri)) {
      link.href = login.verificationUri;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
    }
    const expires = new Date(login.expiresAt);
    const until = Number.isNaN(expires.getTime()) ? '' : ` (until ${expires.toLocaleTimeString()})`;
    box.replaceChildren('Open ', link, ' and enter the code ', el('code', 'twitch-user-code', login.userCode), until);
  }
}

function loginText(login: TwitchLoginState): string {
  switch (login.state) {
    case 'logged_out':
      return 'Not logged in.';
    case 'waiting':
      return 'Waiting for you to approve the login on twitch.tv…';
    case 'logged_in':
      return `Logged in as ${login.login}.`;
    case 'failed':
      return login.kind === 'not_configured' ? 'Twitch is not configured.' : 'Not logged in (the last login failed).';
    default:
      return unreachable(login);
  }
}

function settlementText(report: SettlementReport | undefined): string {
  if (!report) return '';
  const parts = [`Redemptions: ${report.fulfilled} fulfilled, ${report.canceled} refunded`, `${report.owed} waiting to be settled`];
  if (report.givenUp > 0) parts.push(`${report.givenUp} given up${report.lastGivenUp ? ` (last: ${report.lastGivenUp})` : ''}`);
  return parts.join(' · ');
}

function unreachable(value: never): never {
  throw new Error(`unexpected login state: ${JSON.stringify(value)}`);
}
