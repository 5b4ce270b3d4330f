// How a component (store, LLM, donation source) reports itself to /health and the panel.

export type ComponentState = 'ok' | 'degraded' | 'down' | 'disabled';

// A type alias (not an interface) so it is assignable to Record<string, unknown> (health JSON).
export type ComponentHealth = {
  state: ComponentState;
  /** One clear sentence for the panel, e.g. "model not pulled", "server down". */
  detail: string;
  /** Set when the server works but is set up badly for us (context window too small): shown, not a failure. */
  warning?: string;
};
