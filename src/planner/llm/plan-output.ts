// Turning model text into a drawable, safe plan: almost-JSON repair, the lenient DSL parse,
// the Gatekeeper on every `text` value, and the forced caption.
import { jsonrepair } from 'jsonrepair';
import { CAPTION, isTextCard, type Plan, type PlanIssue, type RendererSettings, type Step } from '../../dsl/index.js';
import { parsePlan } from '../../dsl/index.js';
import type { Gatekeeper } from '../../gate/index.js';

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
/** Each `{ [ } ]` outside JSON strings from `start` on, as [index, +1 opening | −1 closing]. */
function* bracketsOutsideStrings(text: string, start = 0): Generator<[number, 1 | -1]> {
  let inString = false;
  let escaped = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') yield [i, 1];
    else if (c === '}' || c === ']') yield [i, -1];
  }
}

function balanceOf(text: string): number {
  let depth = 0;
  for (const [, step] of bracketsOutsideStrings(text)) depth += step;
  return depth;
}

export interface ParsedModelText {
  value: Record<string, unknown>;
  repaired: boolean;
}

/** How many `{` positions are tried as the start of the plan before giving up on prose. */
const MAX_OBJECT_STARTS = 16;

/** End (exclusive) of the balanced object starting at `start`, outside strings; -1 if it never closes. */
function balancedEnd(text: string, start: number): number {
  let depth = 0;
  for (const [i, step] of bracketsOutsideStrings(text, start)) {
    depth += step;
    if (step < 0 && depth === 0) return i + 1;
  }
  return -1;
}

function isPlanLike(value: Record<string, unknown> | null): value is Record<string, unknown> {
  return !!value && ('steps' in value || 'render_text' in value);
}

/**
 * Each complete `{…}` in the text, in order, that parses strictly as a plan: finds the plan
 * when the prose around it has braces of its own (`the format {"steps": [...]}`, `{like this}`)
 * or when the model wrote the plan twice.
 */
function firstStrictPlan(text: string): Record<string, unknown> | null {
  const body = text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
  let from = 0;
  for (let tries = 0; tries < MAX_OBJECT_STARTS; tries++) {
    const start = body.indexOf('{', from);
    if (start < 0) return null;
    const end = balancedEnd(body, start);
    if (end < 0) return null;
    try {
      const value = unwrapPlanObject(JSON.parse(body.slice(start, end)));
      if (isPlanLike(value)) return value;
    } catch {
      // not this one
    }
    from = start + 1;
  }
  return null;
}

/** Strict JSON first, then `jsonrepair` (trailing commas, single quotes, comments, truncation). */
export function parseModelText(text: string, allowRepair = true): ParsedModelText | null {
  const candidate = extractJsonCandidate(text);
  if (candidate === null) return null;
  let loose: Record<string, unknown> | null = null;
  try {
    const value = unwrapPlanObject(JSON.parse(candidate));
    if (isPlanLike(value)) return { value, repaired: candidate.trim() !== text.trim() };
    loose = value;
  } catch {
    // fall through
  }
  const found = firstStrictPlan(text);
  if (found) return { value: found, repaired: true };
  if (allowRepair) {
    try {
      const value = unwrapPlanObject(JSON.parse(jsonrepair(candidate)));
      if (isPlanLike(value)) return { value, repaired: true };
      loose ??= value;
    } catch {
      // not repairable as a whole
    }
    // Prose with braces before a cut-off plan: repair from the first start that names a plan key.
    const planStart = candidate.search(/\{\s*"(version|canvas|steps|render_text)"/);
    if (planStart > 0) {
      try {
        const value = unwrapPlanObject(JSON.parse(jsonrepair(candidate.slice(planStart))));
        if (isPlanLike(value)) return { value, repaired: true };
      } catch {
        // give up
      }
    }
  }
  // A JSON object that is not a plan: the caller reports what it lacks.
  return loose ? { value: loose, repaired: candidate.trim() !== text.trim() } : null;
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
export function planFromObject(
  value: Record<string, unknown>,
  gate: Gatekeeper,
  renderer: Partial<RendererSettings>,
  defaultSeed: number,
): SafePlan {
  const input = 'seed' in value ? value : { ...value, seed: defaultSeed };
  const parsed = parsePlan(input, renderer);
  if (!parsed.plan) return { plan: null, issues: parsed.issues };
  const safe = makePlanSafe(parsed.plan, gate);
  return { plan: safe.plan, issues: [...parsed.issues, ...safe.issues] };
}
