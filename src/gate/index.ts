import type { Logger } from 'pino';
import type { Gatekeeper, GateRules } from './types.js';
import { builtInRules } from './rules/index.js';
import { createGatekeeperFromRules, GateRulesError } from './matcher.js';
import { loadCustomRules } from './custom-rules.js';

export type { Gatekeeper, GateVerdict, GateCategory, GateRules, GateLexicon, GateAllowList } from './types.js';
export { createGatekeeperFromRules, GateRulesError } from './matcher.js';
export { builtInRules } from './rules/index.js';
export { parseCustomRules, loadCustomRules } from './custom-rules.js';
export { normalizeText } from './normalize.js';

/** Messages checked once at start-up so the first real donation does not pay for regex compilation. */
const WARM_UP = ['нарисуй котика в космосе', 'draw me a cute dragon', 'x*й', 'п.о.р.н.о 🍑💦', 'Hello World 1488'];

export interface GatekeeperOptions {
  /** The operator's block/allow file (GATE_RULES_FILE); see src/gate/README.md for the format. */
  customRulesFile?: string;
  logger?: Logger;
  /**
   * When the rules are compiled to native code: `now` (before this returns: short-lived
   * commands), or `in-background`, a piece per timer tick after it returns, so a (re)starting
   * service listens at once and its event loop is never blocked for long.
   */
  prepare?: 'now' | 'in-background';
}

/** Compiles the rules a piece per timer tick, then checks the warm-up messages. */
function prepareInBackground(gate: Gatekeeper, logger?: Logger): void {
  const started = Date.now();
  const step = (): void => {
    try {
      // One piece per tick (~10–30 ms each, ~110 pieces): no stall anyone would notice.
      if (!gate.prepareNext?.()) {
        for (const text of WARM_UP) gate.check(text);
        logger?.debug({ ms: Date.now() - started }, 'gate: rules compiled');
        return;
      }
    } catch (error) {
      logger?.warn({ err: (error as Error).message }, 'gate: preparing the rules failed; checks stay correct, only slower');
      return;
    }
    const timer = setTimeout(step, 0) as { unref?: () => void };
    timer.unref?.();
  };
  step();
}

/**
 * The Gatekeeper with the built-in rules plus the operator's file. Throws GateRulesError
 * with one clear line when the operator's file is missing or malformed: call it at start-up.
 */
export function createGatekeeper(options: GatekeeperOptions = {}): Gatekeeper {
  // The built-in rules compile to ~170 MB of native regex code (V8 keeps it per RegExp object), and
  // a second copy alive at once ran out of code space: one process shares one built-in Gatekeeper.
  // Sharing is safe: check() is synchronous and keeps no state between calls.
  if (!options.customRulesFile) {
    if (!builtInGate) builtInGate = buildGatekeeper(builtInRules, options);
    else if (options.prepare !== 'in-background') prepareNow(builtInGate);
    return builtInGate;
  }
  return buildGatekeeper(withOperatorRules(options.customRulesFile, options.logger), options);
}

let builtInGate: Gatekeeper | undefined;

function prepareNow(gate: Gatekeeper): void {
  while (gate.prepareNext?.());
  for (const text of WARM_UP) gate.check(text);
}

function withOperatorRules(file: string, logger: Logger | undefined): GateRules {
  const custom = loadCustomRules(file);
  logger?.info({ file, block: custom.blockCount, allow: custom.allowCount }, 'gate: loaded operator rules');
  return {
    ...builtInRules,
    lexicons: [...custom.lexicons, ...builtInRules.lexicons],
    allowLists: [...builtInRules.allowLists, ...custom.allowLists],
    latinSafe: builtInRules.latinSafe,
  };
}

function buildGatekeeper(rules: GateRules, options: GatekeeperOptions): Gatekeeper {
  try {
    const gate = createGatekeeperFromRules(rules);
    if (options.prepare === 'in-background') prepareInBackground(gate, options.logger);
    else prepareNow(gate);
    return gate;
  } catch (err) {
    if (err instanceof GateRulesError) throw err;
    throw new GateRulesError(`gate rules: ${(err as Error).message}`);
  }
}
