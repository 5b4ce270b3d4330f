// The "now on stream" card: the current job's texts and notes, and a live preview drawn with
// the shared raster code, animated by requestAnimationFrame only while the job is drawing
// (the showing phase holds the final frame; idle hides the canvas and runs nothing).
import type { JobView } from '../src/core/index.js';
import { DEFAULT_RENDERER_SETTINGS, type RendererSettings } from '../src/dsl/index.js';
import { PlanAnimator } from './art.js';
import type { ServerClock } from './clock.js';
import { byId, timeText } from './panel-kit.js';
import { formatAmount, setText } from './text.js';

export class CurrentCard {
  private readonly preview: PlanAnimator;
  /** The job the preview loop follows (the snapshot's current job). */
  private job: JobView | null = null;
  private previewKey: string | null = null;
  private rafId = 0;

  constructor(
    renderer: RendererSettings,
    private readonly clock: ServerClock,
  ) {
    this.preview = new PlanAnimator(byId<HTMLCanvasElement>('preview'), renderer);
  }

  /** The renderer settings in use (thumbnails are drawn with the same). */
  get settings(): RendererSettings {
    return this.preview.currentSettings;
  }

  setRenderer(renderer: Partial<RendererSettings>): void {
    this.preview.setSettings({ ...DEFAULT_RENDERER_SETTINGS, ...renderer });
  }

  render(job: JobView | null): void {
    this.job = job;
    setText(byId('current-phase'), job ? job.phase : 'idle');
    setText(byId('current-donor'), job ? job.donor : '');
    setText(byId('current-amount'), job ? formatAmount(job.amount, job.currency) : '');
    setText(byId('current-message'), job ? job.message : '');
    const hidden = job?.messageHidden ? 'message hidden on stream' : '';
    const notes = [job?.planSource ? `plan: ${job.planSource}` : '', job?.planNote ?? '', job?.screenNote ?? '', hidden].filter(Boolean);
    setText(byId('current-note'), [...new Set(notes)].join(' — '));
    setText(
      byId('current-time'),
      job?.showEndsAt ? `show ends ${timeText(job.showEndsAt)}` : job?.drawStartedAt ? `drawing since ${timeText(job.drawStartedAt)}` : '',
    );

    const canvas = byId<HTMLCanvasElement>('preview');
    if (job?.plan && (job.phase === 'drawing' || job.phase === 'showing')) {
      const key = `${job.id}|${JSON.stringify(job.plan)}`;
      if (key !== this.previewKey) {
        this.previewKey = key;
        this.preview.load(key, job.plan);
      }
      canvas.style.visibility = 'visible';
      if (job.phase === 'showing') {
        this.stopPreview();
        this.preview.renderExact(this.preview.totalMs);
      } else {
        this.startPreview();
      }
    } else {
      this.previewKey = null;
      this.preview.unload();
      this.stopPreview();
      canvas.style.visibility = 'hidden';
    }
  }

  private startPreview(): void {
    if (this.rafId) return;
    const tick = (): void => {
      this.rafId = 0;
      const job = this.job;
      if (!job || job.phase !== 'drawing' || typeof job.drawStartedAt !== 'number') return;
      const t = Math.max(0, Math.floor(this.clock.now() - job.drawStartedAt));
      this.preview.renderAt(t);
      if (t < this.preview.totalMs) this.rafId = requestAnimationFrame(tick);
    };
    this.rafId = requestAnimationFrame(tick);
  }

  private stopPreview(): void {
    if (this.rafId) cancelAnimationFrame(this.rafId);
    this.rafId = 0;
  }
}
