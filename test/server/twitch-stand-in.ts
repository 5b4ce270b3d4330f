// A stand-in for the Twitch source's TwitchConnector side (the real one is src/twitch's
// createTwitchSource): a device-code login that waits, and a health the test sets.
import type { ComponentHealth, TwitchConnector, TwitchLoginState } from '../../src/core/index.js';

export class StandInConnector implements TwitchConnector {
  state: TwitchLoginState = { state: 'logged_out' };
  starts = 0;
  connection: ComponentHealth & { connected: boolean; rewardId?: string; rewardsUnavailable?: string } = {
    state: 'disabled',
    detail: 'not logged in',
    connected: false,
  };
  throwOnStart = false;

  async startLogin(): Promise<TwitchLoginState> {
    this.starts += 1;
    if (this.throwOnStart) throw new Error('boom with a secret inside');
    if (this.state.state !== 'waiting') {
      this.state = {
        state: 'waiting',
        userCode: 'ABCD-EFGH',
        verificationUri: 'https://www.twitch.tv/activate?public=true&device-code=ABCDEFGH',
        expiresAt: '2026-12-07T05:00:00.000Z',
      };
    }
    return this.state;
  }
  login(): TwitchLoginState {
    return this.state;
  }
  health() {
    return this.connection;
  }
}
