// Turning model text into a drawable, safe plan: almost-JSON repair, the lenient DSL parse,
// the Gatekeeper on every `text` value, and the forced caption.
import { jsonrepair } from 'jsonrepair';
import { CAPTION, isTextCard, type Plan, type PlanIssue, type RendererSettings, type Step } from '../../dsl/types.js';
import { parsePlan } from '../../dsl/index.js';
import type { Gatekeeper } from '../../gate/types.js';

/** Text longer than this is not a plan we asked for (MAX_TOKENS ≤ 8192 → ~40 KB). */
const MAX_TEXT_CHARS = 200_000;

/**
 * Finds the JSON object inside model text: strips code fences and prose before the first
 * `{`; keeps everything up to the last `}` (or to the end, when the text was cut off).
 */
export function extractJsonCandidate(text: string): string | null {
  let body = text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
  const fence = /```[a-zA-Z]*\s*\n?([\s\S]*?)(```|$)/.exec(body);
  if (fence && fence[1].includes('{')) body = fence[1];
  const start = body.indexOf('{');
  if (start < 0) return null;
  const end = body.lastIndexOf('}');
  const closedAfterStart = end > start;
  // If the text after the last `}` still has an open structure it was truncated: keep it all.
  return closedAfterStart && balanceOf(body.slice(start, end + 1)) === 0 ? body.slice(start, end + 1) : body.slice(start);
}

/** Bracket balance outside strings; 0 means every `{`/`[` opened was closed. */
function balanceOf(text: string): number {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const c of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return depth;
}

export interface ParsedModelText {
  value: Record<string, unknown>;
  repaired: boolean;
}

/** Strict JSON first, then `jsonrepair` (trailing commas, single quotes, comments, truncation). */
export function parseModelText(text: string, allowRepair = true): ParsedModelText | null {
  const candidate = extractJsonCandidate(text);
  if (candidate === null) return null;
  try {
    const value = unwrapPlanObject(JSON.parse(candidate));
    if (value) return { value, repaired: candidate.trim() !== text.trim() };
  } catch {
    // fall through to repair
  }
  if (!allowRepair) return null;
  try {
    const value = unwrapPlanObject(JSON.parse(jsonrepair(candidate)));
    if (value) return { value, repaired: true };
  } catch {
    // not repairable
  }
  return null;
}

/** Accepts `{"plan": {...}}`-style wrappers and a plan encoded as a JSON string, one level deep. */
export function unwrapPlanObject(value: unknown): Record<string, unknown> | null {
  let current = value;
  if (typeof current === 'string') {
    try {
      current = JSON.parse(current);
    } catch {
      return null;
    }
  }
  if (!current || typeof current !== 'object' || Array.isArray(current)) return null;
  const record = current as Record<string, unknown>;
  if ('steps' in record || 'render_text' in record) return record;
  const nested = Object.values(record).filter((v) => v && typeof v === 'object' && !Array.isArray(v)) as Record<string, unknown>[];
  const inner = nested.find((v) => 'steps' in v || 'render_text' in v);
  return inner ?? record;
}

export interface SafePlan {
  plan: Plan | null;
  issues: PlanIssue[];
}

/** Drops `text` steps (at any group depth) whose value the Gatekeeper refuses; empty groups go too. */
export function gateSteps(steps: Step[], gate: Gatekeeper, prefix = ''): { steps: Step[]; issues: PlanIssue[] } {
  const kept: Step[] = [];
  const issues: PlanIssue[] = [];
  steps.forEach((step, i) => {
    const index = prefix ? `${prefix}.${i}` : String(i);
    if (step.op === 'text') {
      if (gate.check(step.value).nsfw) {
        issues.push({ index, reason: 'text refused by the Gatekeeper' });
        return;
      }
      kept.push(step);
    } else if (step.op === 'group') {
      const inner = gateSteps(step.steps, gate, index);
      issues.push(...inner.issues);
      if (inner.steps.length === 0) {
        if (step.steps.length > 0) issues.push({ index, reason: 'group left empty by the Gatekeeper' });
        return;
      }
      kept.push(inner.steps.length === step.steps.length ? step : { ...step, steps: inner.steps });
    } else {
      kept.push(step);
    }
  });
  return { steps: kept, issues };
}

/**
 * The last gate before a plan leaves the planner: forced caption, Gatekeeper on text, and
 * "nothing left to draw" → null. A model-made text card passes only if its text is clean.
 */
export function makePlanSafe(plan: Plan, gate: Gatekeeper): SafePlan {
  if (isTextCard(plan)) {
    if (plan.render_text.trim() === '' || gate.check(plan.render_text).nsfw) {
      return { plan: null, issues: [{ index: 'render_text', reason: 'text card refused by the Gatekeeper' }] };
    }
    return { plan: { ...plan, caption: CAPTION }, issues: [] };
  }
  const gated = gateSteps(plan.steps, gate);
  if (gated.steps.length === 0) return { plan: null, issues: gated.issues };
  return { plan: { ...plan, steps: gated.steps, caption: CAPTION }, issues: gated.issues };
}

/** Lenient DSL parse of a raw object, then `makePlanSafe`. */
export function planFromObject(value: Record<string, unknown>, gate: Gatekeeper, renderer: Partial<RendererSettings>, defaultSeed: number): SafePlan {
  const input = 'seed' in value ? value : { ...value, seed: defaultSeed };
  const parsed = parsePlan(input, renderer);
  if (!parsed.plan) return { plan: null, issues: parsed.issues };
  const safe = makePlanSafe(parsed.plan, gate);
  return { plan: safe.plan, issues: [...parsed.issues, ...safe.issues] };
}
