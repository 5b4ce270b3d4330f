export type GateCategory = 'sexual' | 'profanity' | 'hate' | 'gore' | 'drugs';

/** The Gatekeeper's answer. `reason` names the matched rule: for logs only, never shown on stream. */
export interface GateVerdict {
  nsfw: boolean;
  category: GateCategory | null;
  reason: string | null;
}

export interface Gatekeeper {
  check(text: string): GateVerdict;
}
