// Where each live job's screening stands, and what that means for its views: kept beside the
// job (a WeakMap, so LiveJob and the store stay as they are) and read by the views, the phase
// machine (no drawing with unchecked text) and the screening room (screening.ts). No imports
// of rooms here: phases.ts and streaming.ts read it without an import cycle.
import { isTextCard } from '../dsl/index.js';
import type { HudMessageMode, JobView, ScreenStatus } from '../core/index.js';
import type { LiveJob } from './context.js';

/** History reason and planNote prefix of a job the model blocked: "blocked by the model (gore)". */
export const MODEL_BLOCK_PREFIX = 'blocked by the model';
/** History reason and planNote of a job whose plan the model refused (the text card). */
export const MODEL_REFUSAL_NOTE = 'refused by the model';

export interface JobScreen {
  status: ScreenStatus;
  /** HUD_MESSAGE in force. */
  mode: HudMessageMode;
  /** For the panel: the outcome in words. */
  note: string | null;
  /** The model blocked the donation: its donor name is not shown either. */
  donorBlocked: boolean;
  /** False without an LLM: the rules are the only layer and the panel shows no model check. */
  hasModel: boolean;
  /** The hold on drawing has been announced (one `planning` event, not one per partial plan). */
  heldAnnounced?: boolean;
}

const screens = new WeakMap<LiveJob, JobScreen>();

export function screenOf(job: LiveJob): JobScreen | undefined {
  return screens.get(job);
}

export function setScreen(job: LiveJob, screen: JobScreen): void {
  screens.set(job, screen);
}

/** The job shows a text card instead of a drawing (rules, model block, or the model's refusal). */
export function showsCard(job: LiveJob): boolean {
  return job.nsfw || (job.plan !== null && isTextCard(job.plan));
}

/** True while the job may not start drawing: its model check is still running (a card shows no text: no wait). */
export function awaitingScreen(job: LiveJob): boolean {
  return screens.get(job)?.status === 'pending' && !showsCard(job);
}

/** A model block or refusal, from the job's planNote (it survives a restart in the store). */
export function modelReason(job: Pick<LiveJob, 'planSource' | 'planNote'>): string | undefined {
  const note = job.planNote;
  if (job.planSource !== 'gate' || !note) return undefined;
  return note.startsWith(MODEL_BLOCK_PREFIX) || note === MODEL_REFUSAL_NOTE ? note : undefined;
}

/** The screening fields of a job's view (JobView.messageHidden, donorHidden, screening, screenNote). */
export function screenFields(job: LiveJob): Partial<JobView> {
  const screen = screens.get(job);
  const fields: Partial<JobView> = {};
  const mode = screen?.mode ?? 'checked';
  const status = screen?.status ?? 'passed';
  const hidden = showsCard(job) || status === 'blocked' || mode === 'never' || (mode === 'checked' && status !== 'passed');
  if (hidden && job.message !== '') fields.messageHidden = true;
  if (screen?.donorBlocked || (modelReason(job)?.startsWith(MODEL_BLOCK_PREFIX) ?? false)) fields.donorHidden = true;
  if (screen?.hasModel) {
    fields.screening = status;
    if (screen.note) fields.screenNote = screen.note;
  }
  return fields;
}
