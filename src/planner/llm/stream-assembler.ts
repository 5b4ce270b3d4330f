// Builds the plan step by step from scanner events: the top-level fields written before
// `steps` form the skeleton (canvas, palette, seed), frozen when `steps` opens so every step
// handed out early stays exactly as it will be in the final plan.
import { jsonrepair } from 'jsonrepair';
import { CAPTION, isTextCard, type DrawPlan, type PlanIssue, type RendererSettings, type Step } from '../../dsl/index.js';
import { parsePlan } from '../../dsl/index.js';
import type { Gatekeeper } from '../../gate/index.js';
import type { PlanOptions } from '../types.js';
import type { ScanEvent } from './plan-stream-scanner.js';
import { gateSteps } from './plan-output.js';

/** canvas-dsl.md §6: at most 256 steps after flattening. */
export const MAX_FLAT_STEPS = 256;

const NOT_SKELETON = new Set(['steps', 'render_text', 'duration_sec', 'caption']);

function parseRaw(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    try {
      return { ok: true, value: JSON.parse(jsonrepair(raw)) };
    } catch {
      return { ok: false };
    }
  }
}

function flatCount(step: Step): number {
  return step.op === 'group' ? step.steps.reduce((n, child) => n + flatCount(child), 0) : 1;
}

function reindex(issue: PlanIssue, index: number): PlanIssue {
  return { index: issue.index.replace(/^0(?=\.|$)/, String(index)), reason: issue.reason };
}

export interface StreamAssemblerOptions {
  gate: Gatekeeper;
  renderer: Partial<RendererSettings>;
  defaultSeed: number;
  onPartial?: PlanOptions['onPartial'];
  onPartialError?: (error: unknown) => void;
}

export class StreamingPlanAssembler {
  private skeleton: Record<string, unknown> = {};
  private frozen = false;
  private base: DrawPlan | null = null;
  private readonly accepted: Step[] = [];
  private flat = 0;
  private skeletonIssuesTaken = false;
  issues: PlanIssue[] = [];
  /** How many times onPartial was called (once any was, the final plan must extend them). */
  partialsDelivered = 0;
  /** Whether a step element was seen at all (valid or not). */
  stepsSeen = 0;

  constructor(private readonly options: StreamAssemblerOptions) {}

  get stepCount(): number {
    return this.accepted.length;
  }

  handle(events: ScanEvent[]): void {
    for (const event of events) {
      if (event.kind === 'top') {
        if (!this.frozen && !NOT_SKELETON.has(event.key)) {
          const parsed = parseRaw(event.raw);
          if (parsed.ok) this.skeleton[event.key] = parsed.value;
        }
      } else if (event.kind === 'restart') {
        // The scanner skipped a step-less object (prose); nothing of it was handed out.
        if (this.accepted.length === 0) {
          this.skeleton = {};
          this.frozen = false;
          this.base = null;
          this.skeletonIssuesTaken = false;
          this.issues = [];
          this.stepsSeen = 0;
        }
      } else if (event.kind === 'steps_start') {
        this.freeze();
      } else if (event.kind === 'step') {
        this.freeze();
        this.addStep(event.index, event.raw);
      }
    }
  }

  private freeze(): void {
    if (this.frozen) return;
    this.frozen = true;
    if (!('seed' in this.skeleton)) this.skeleton.seed = this.options.defaultSeed;
    if (!('version' in this.skeleton)) this.skeleton.version = '1';
  }

  private addStep(index: number, raw: string): void {
    this.stepsSeen++;
    const parsed = parseRaw(raw);
    if (!parsed.ok) {
      this.issues.push({ index: String(index), reason: 'step is not valid JSON' });
      return;
    }
    const result = parsePlan({ ...this.skeleton, steps: [parsed.value] }, this.options.renderer);
    if (!this.skeletonIssuesTaken && result.plan) {
      this.skeletonIssuesTaken = true;
      this.issues.push(...result.issues.filter((issue) => !/^\d/.test(issue.index)));
    }
    this.issues.push(...result.issues.filter((issue) => /^\d/.test(issue.index)).map((issue) => reindex(issue, index)));
    if (!result.plan || isTextCard(result.plan) || result.plan.steps.length !== 1) return;
    const gated = gateSteps(result.plan.steps, this.options.gate);
    this.issues.push(...gated.issues.map((issue) => reindex(issue, index)));
    if (gated.steps.length !== 1) return;
    const step = gated.steps[0];
    const count = flatCount(step);
    if (this.flat + count > MAX_FLAT_STEPS) {
      this.issues.push({ index: String(index), reason: `more than ${MAX_FLAT_STEPS} steps` });
      return;
    }
    this.flat += count;
    this.base ??= result.plan;
    this.accepted.push(step);
    const onPartial = this.options.onPartial;
    if (onPartial) {
      this.partialsDelivered++;
      try {
        onPartial({ plan: this.current()!, newSteps: [step] });
      } catch (error) {
        this.options.onPartialError?.(error);
      }
    }
  }

  /** The plan made of every valid step received so far, or null when none arrived. */
  current(): DrawPlan | null {
    if (!this.base || this.accepted.length === 0) return null;
    return { ...this.base, steps: [...this.accepted], caption: CAPTION };
  }
}
