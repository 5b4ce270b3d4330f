// The Twitch source's state and the health the panel shows (README.md, "Health").
import type { ComponentHealth } from '../core/index.js';

export type TwitchConnectionState = 'disabled' | 'logged_out' | 'login_needed' | 'connecting' | 'live' | 'stopped';

export type TwitchHealth = ComponentHealth & { connected: boolean; rewardId?: string; rewardsUnavailable?: string };

export class TwitchStatus {
  state: TwitchConnectionState = 'logged_out';
  detail = '';
  rewardId: string | undefined;
  /** Channel points cannot be used: cheers only (not Affiliate/Partner, or our title is taken). */
  rewardsUnavailable: string | undefined;
  /** A subscription Twitch revoked, in one sentence; cleared by the next subscribe that works. */
  revoked: string | undefined;
  /** The last catch-up's failure; cleared by one that worked. */
  catchUpError: string | undefined;

  set(state: TwitchConnectionState, detail: string): void {
    this.state = state;
    this.detail = detail;
  }

  health(): TwitchHealth {
    const extra = {
      connected: this.state === 'live',
      ...(this.rewardId ? { rewardId: this.rewardId } : {}),
      ...(this.rewardsUnavailable ? { rewardsUnavailable: this.rewardsUnavailable } : {}),
    };
    return { ...this.base(), ...extra };
  }

  private base(): ComponentHealth {
    switch (this.state) {
      case 'disabled':
        return { state: 'disabled', detail: 'Twitch is not configured (set TWITCH_CLIENT_ID, or TWITCH_ACCESS_TOKEN).' };
      case 'logged_out':
        return { state: 'disabled', detail: this.detail || 'Log in to Twitch in the panel.' };
      case 'login_needed':
        return { state: 'down', detail: this.detail || 'Twitch refused the token: log in to Twitch again in the panel.' };
      case 'stopped':
        return { state: 'disabled', detail: 'stopped' };
      case 'connecting':
        return { state: 'degraded', detail: this.detail ? `connecting to Twitch: ${this.detail}` : 'connecting to Twitch' };
      case 'live': {
        const taking = this.rewardsUnavailable ? 'Bits cheers only' : 'channel-point redemptions and Bits cheers';
        if (this.revoked) return { state: 'degraded', detail: this.revoked };
        if (this.catchUpError) return { state: 'degraded', detail: `live (${taking}); catching up failed: ${this.catchUpError}` };
        return { state: 'ok', detail: `live: ${taking}`, ...(this.rewardsUnavailable ? { warning: this.rewardsUnavailable } : {}) };
      }
      default: {
        const never: never = this.state;
        return never;
      }
    }
  }
}
