// An incremental scanner over the model's text as it streams in. It does not build a JSON
// tree; it only finds where the top-level values and the elements of the top-level `steps`
// array begin and end, so each complete step can be drawn while the rest is still being
// generated. Every character is looked at once (O(total length)); text before the first
// `{` (prose, a code fence) and after the closing `}` is skipped. Only the text of values
// still open is kept for slicing (a rope of the whole answer would be re-flattened on every
// chunk: quadratic); the full text is joined once, on demand.

export type ScanEvent =
  | { kind: 'top'; key: string; raw: string }
  | { kind: 'steps_start' }
  | { kind: 'step'; index: number; raw: string }
  | { kind: 'steps_end' }
  /** The object that just closed had no step object (prose like `the format {"steps": [...]}`): forget it, look for the next `{`. */
  | { kind: 'restart' }
  | { kind: 'end' };

/** How many step-less objects are skipped before the scanner settles for what it has. */
const MAX_RESTARTS = 4;

type Phase = 'key' | 'key_string' | 'colon' | 'value' | 'after_value';

export class PlanStreamScanner {
  private readonly chunks: string[] = [];
  private joined: string | null = '';
  /** Absolute offset of the next character to scan. */
  private pos = 0;
  /** The still-needed tail of the text, starting at absolute offset `bufStart`. */
  private buf = '';
  private bufStart = 0;
  private started = false;
  private finished = false;
  private readonly stack: string[] = [];
  private inString = false;
  private escaped = false;
  private phase: Phase = 'key';
  private keyStart = -1;
  private key = '';
  private valueStart = -1;
  private inSteps = false;
  private elementStart = -1;
  private stepIndex = 0;
  /** Step elements of the current object that are objects (only those can be steps). */
  private objectSteps = 0;
  private restarts = 0;

  /** All text received so far (prose and fences included). */
  get received(): string {
    if (this.joined === null) this.joined = this.chunks.join('');
    return this.joined;
  }

  /** True once the top-level object has closed. */
  get complete(): boolean {
    return this.finished;
  }

  push(chunk: string): ScanEvent[] {
    const events: ScanEvent[] = [];
    if (chunk === '') return events;
    this.chunks.push(chunk);
    this.joined = null;
    this.buf += chunk;
    const base = this.pos;
    for (let j = 0; j < chunk.length && !this.finished; j++) {
      const i = base + j;
      const c = chunk[j];
      if (!this.started) {
        if (c === '{') {
          this.started = true;
          this.stack.push('{');
          this.phase = 'key';
        }
        continue;
      }
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === '\\') this.escaped = true;
        else if (c === '"') this.closeString(i, events);
        continue;
      }
      if (c === ' ' || c === '\n' || c === '\r' || c === '\t') continue;
      const depth = this.stack.length;
      if (c === '"') {
        this.inString = true;
        if (depth === 1) {
          if (this.phase === 'key' || this.phase === 'after_value') {
            this.phase = 'key_string';
            this.keyStart = i;
          } else if (this.phase === 'value' && this.valueStart < 0) {
            this.valueStart = i;
          }
        } else if (depth === 2 && this.inSteps && this.elementStart < 0) {
          this.elementStart = i;
        }
        continue;
      }
      if (c === '{' || c === '[') {
        if (depth === 1 && this.phase === 'value' && this.valueStart < 0) {
          this.valueStart = i;
          if (this.key === 'steps' && c === '[') {
            this.inSteps = true;
            events.push({ kind: 'steps_start' });
          }
        } else if (depth === 2 && this.inSteps && this.elementStart < 0) {
          this.elementStart = i;
        }
        this.stack.push(c);
        continue;
      }
      if (c === '}' || c === ']') {
        // Primitive values end at the bracket that closes their container.
        if (depth === 2 && this.inSteps && this.elementStart >= 0 && c === ']') this.emitStep(this.slice(this.elementStart, i), events);
        if (depth === 1 && this.phase === 'value' && this.valueStart >= 0) this.emitTop(this.valueStart, i, events);
        this.stack.pop();
        const now = this.stack.length;
        if (now === 2 && this.inSteps && this.elementStart >= 0) this.emitStep(this.slice(this.elementStart, i + 1), events);
        else if (now === 1 && this.phase === 'value' && this.valueStart >= 0) this.emitTop(this.valueStart, i + 1, events);
        if (now === 0) {
          if (this.objectSteps === 0 && this.restarts < MAX_RESTARTS) {
            this.restart();
            events.push({ kind: 'restart' });
          } else {
            this.finished = true;
            events.push({ kind: 'end' });
          }
        }
        continue;
      }
      if (c === ',') {
        if (depth === 1) {
          if (this.phase === 'value' && this.valueStart >= 0) this.emitTop(this.valueStart, i, events);
          this.phase = 'key';
        } else if (depth === 2 && this.inSteps && this.elementStart >= 0) {
          this.emitStep(this.slice(this.elementStart, i), events);
        }
        continue;
      }
      if (c === ':') {
        if (depth === 1 && this.phase === 'colon') {
          this.phase = 'value';
          this.valueStart = -1;
        }
        continue;
      }
      // Start of a number, true/false/null, or a bare word.
      if (depth === 1 && this.phase === 'value' && this.valueStart < 0) this.valueStart = i;
      else if (depth === 2 && this.inSteps && this.elementStart < 0) this.elementStart = i;
    }
    this.pos = base + chunk.length;
    this.trim();
    return events;
  }

  private slice(from: number, to: number): string {
    return this.buf.slice(from - this.bufStart, to - this.bufStart);
  }

  private charAt(at: number): string {
    return this.buf.charAt(at - this.bufStart);
  }

  /** Drops buffered text that no open key, value or step can still need. */
  private trim(): void {
    let keep = this.pos;
    if (this.phase === 'key_string' && this.keyStart >= 0) keep = Math.min(keep, this.keyStart);
    if (this.valueStart >= 0 && !this.inSteps) keep = Math.min(keep, this.valueStart);
    if (this.elementStart >= 0) keep = Math.min(keep, this.elementStart);
    if (keep > this.bufStart) {
      this.buf = this.buf.slice(keep - this.bufStart);
      this.bufStart = keep;
    }
  }

  private closeString(i: number, events: ScanEvent[]): void {
    this.inString = false;
    const depth = this.stack.length;
    if (depth === 1 && this.phase === 'key_string') {
      try {
        this.key = String(JSON.parse(this.slice(this.keyStart, i + 1)));
      } catch {
        this.key = this.slice(this.keyStart + 1, i);
      }
      this.phase = 'colon';
    } else if (depth === 1 && this.phase === 'value' && this.valueStart >= 0 && this.charAt(this.valueStart) === '"') {
      this.emitTop(this.valueStart, i + 1, events);
    } else if (depth === 2 && this.inSteps && this.elementStart >= 0 && this.charAt(this.elementStart) === '"') {
      this.emitStep(this.slice(this.elementStart, i + 1), events);
    }
  }

  /** The `steps` array itself is not kept (its elements were reported one by one): raw is ''. */
  private emitTop(from: number, to: number, events: ScanEvent[]): void {
    let raw = '';
    if (this.inSteps && this.key === 'steps') {
      this.inSteps = false;
      events.push({ kind: 'steps_end' });
    } else {
      raw = this.slice(from, to).trim();
    }
    events.push({ kind: 'top', key: this.key, raw });
    this.valueStart = -1;
    this.phase = 'after_value';
  }

  private restart(): void {
    this.restarts++;
    this.started = false;
    this.stack.length = 0;
    this.phase = 'key';
    this.keyStart = -1;
    this.key = '';
    this.valueStart = -1;
    this.inSteps = false;
    this.elementStart = -1;
    this.stepIndex = 0;
  }

  private emitStep(raw: string, events: ScanEvent[]): void {
    const trimmed = raw.trim();
    this.elementStart = -1;
    if (trimmed === '') return;
    if (trimmed.startsWith('{')) this.objectSteps++;
    events.push({ kind: 'step', index: this.stepIndex++, raw: trimmed });
  }
}
