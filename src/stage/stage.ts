// The single worker: one brush, strict FIFO. See README.md for the state machine and the
// rooms. This file only wires them: every room is a set of functions over one StageContext
// (context.ts). Everything that happens later runs from a Clock timer or a planner promise;
// each such callback is guarded, so nothing throws out of the stage and one bad job never stalls it.
import type { AcceptResult, DonationSink } from '../core/index.js';
import { accept, replay } from './admission.js';
import { createContext, type StageCounts, type StageDeps } from './context.js';
import { start, stop } from './lifecycle.js';
import { allow, approve, approveAll, ban, bans, reject, remove, unban } from './moderation.js';
import { clear, pause, resume, skip } from './operator.js';
import { pump } from './scheduler.js';
import type { ModerationControl, ReplayRequest, StageControl } from '../core/index.js';
import { counts, guarded, hasDonation, history, queuePage, snapshot, subscribe } from './views.js';

export type { StageCounts, StageDeps, StageLogger, StageSettings } from './context.js';
export {
  ANONYMOUS,
  DEFAULT_PLAN_TIMEOUT_MS,
  DISPLAY_DONOR_CHARS,
  DISPLAY_MESSAGE_CHARS,
  MAX_DRAW_ATTEMPTS,
  STREAMING_NOTE,
  jobSeed,
  minAmountFor,
  truncateText,
} from './helpers.js';

export interface Stage extends StageControl, DonationSink {
  moderation: ModerationControl;
  replay(request: ReplayRequest): AcceptResult | { error: string };
  /** Resumes from the store and starts working. Idempotent. */
  start(): void;
  /** Stops taking work, aborts planning, cancels timers; the store keeps every unfinished job. */
  stop(): Promise<void>;
  counts(): StageCounts;
}

export function createStage(deps: StageDeps): Stage {
  const cx = createContext(deps);
  // The phase machine frees the brush but sits below the scheduler: it pumps through this hook.
  cx.pump = () => pump(cx);
  /** Runs an operator action guarded, returning `fallback` when it failed. */
  const guardedValue = <T>(what: string, fallback: T, action: () => T): T => {
    let result = fallback;
    guarded(cx, what, () => {
      result = action();
    })();
    return result;
  };

  return {
    // Not guarded: accept throws when the store cannot write, so the source does not acknowledge.
    accept: (donation) => accept(cx, donation),
    replay: (request) => replay(cx, request),
    has: (source, id) => hasDonation(cx, source, id),
    snapshot: () => snapshot(cx),
    queuePage: (offset, limit) => queuePage(cx, offset, limit),
    history: (limit) => history(cx, limit),
    skip: () => guardedValue('skip', false, () => skip(cx)),
    clear: () => guardedValue('clear', 0, () => clear(cx)),
    pause: guarded(cx, 'pause', () => pause(cx)),
    resume: guarded(cx, 'resume', () => resume(cx)),
    subscribe: (listener) => subscribe(cx, listener),
    start: guarded(cx, 'start', () => start(cx)),
    stop: () => stop(cx),
    counts: () => counts(cx),
    moderation: {
      approve: (id) => approve(cx, id),
      approveAll: () => guardedValue('approve all', [] as string[], () => approveAll(cx)),
      reject: (id) => reject(cx, id),
      remove: (id) => remove(cx, id),
      // Not guarded: they throw when the store cannot read or write (the server answers 500).
      allow: (id) => allow(cx, id),
      bans: () => bans(cx),
      ban: (donor, source) => ban(cx, donor, source),
      unban: (id) => unban(cx, id),
    },
  };
}
