// When to run a settlement round at once instead of waiting for the settler's timer: a job
// finished on the stage, or a redemption was refused at accept (the cooldown). The timer would
// find both anyway; these only make the points come back (or the redemption close) in moments.
import type { DonationSink, StageControl, StageEventType } from '../../core/index.js';
import type { RedemptionSettler } from './settler.js';

/** Stage events after which a job may be in history (one or many: clear, ban). */
const FINISHING_EVENTS: ReadonlySet<StageEventType> = new Set<StageEventType>([
  'done',
  'skipped',
  'cleared',
  'error',
  'rejected',
  'removed',
  'banned',
]);

/** Kicks the settler after every finishing stage event; returns the unsubscribe function. */
export function kickOnStageEvents(stage: Pick<StageControl, 'subscribe'>, settler: Pick<RedemptionSettler, 'kick'>): () => void {
  return stage.subscribe((event) => {
    if (FINISHING_EVENTS.has(event.type)) settler.kick();
  });
}

/** The sink the Twitch source gets: a donation rejected at accept (no stage event) kicks the settler. */
export function kickOnRejection(sink: DonationSink, settler: Pick<RedemptionSettler, 'kick'>): DonationSink {
  return {
    accept(donation) {
      const result = sink.accept(donation);
      if (result.status === 'rejected' && !result.duplicate) settler.kick();
      return result;
    },
    has: (source, id) => sink.has(source, id),
  };
}
