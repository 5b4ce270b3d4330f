// Decodes a streamed chat answer into content deltas: Ollama NDJSON (one JSON object per
// line) or OpenAI-style SSE (`data: {...}` events, `: ping` comments, `data: [DONE]`).

export type StreamEvent =
  | { type: 'content'; text: string }
  /** The model stopped (`stop`, `length`, ...); more framing (usage, [DONE]) may follow. */
  | { type: 'finish'; finishReason: string }
  /** The stream is over: stop reading. */
  | { type: 'done'; outputTokens?: number }
  | { type: 'error'; message: string }
  | { type: 'usage'; outputTokens: number };

/** A single line longer than this is garbage, not a chunk (keeps memory bounded). */
const MAX_LINE_CHARS = 1_000_000;

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function errorMessage(error: unknown): string {
  if (typeof error === 'string') return error;
  const record = asRecord(error);
  if (record && typeof record.message === 'string') return record.message;
  return JSON.stringify(error)?.slice(0, 200) ?? 'unknown error';
}

export class ChatStreamDecoder {
  private buffer = '';
  private dataLines: string[] = [];
  /** Lines that were not JSON (garbage from a misbehaving server). */
  unreadableLines = 0;

  constructor(private readonly protocol: 'ndjson' | 'sse') {}

  push(text: string): StreamEvent[] {
    this.buffer += text;
    const events: StreamEvent[] = [];
    let newline = this.buffer.indexOf('\n');
    while (newline >= 0) {
      const line = this.buffer.slice(0, newline).replace(/\r$/, '');
      this.buffer = this.buffer.slice(newline + 1);
      this.line(line, events);
      newline = this.buffer.indexOf('\n');
    }
    if (this.buffer.length > MAX_LINE_CHARS) {
      this.buffer = '';
      this.unreadableLines++;
    }
    return events;
  }

  /** Flushes whatever is left when the body ends without a final newline. */
  end(): StreamEvent[] {
    const events: StreamEvent[] = [];
    if (this.buffer !== '') {
      this.line(this.buffer.replace(/\r$/, ''), events);
      this.buffer = '';
    }
    if (this.protocol === 'sse') this.dispatch(events);
    return events;
  }

  private line(line: string, events: StreamEvent[]): void {
    if (this.protocol === 'ndjson') {
      if (line.trim() !== '') this.ndjson(line, events);
      return;
    }
    if (line === '') {
      this.dispatch(events);
      return;
    }
    if (line.startsWith(':')) return; // keep-alive comment
    if (line.startsWith('data:')) {
      const data = line.slice(5).replace(/^ /, '');
      // A data line that is complete JSON (or [DONE]) is dispatched at once: no waiting for
      // the blank separator, and servers that omit it still work.
      if (this.dataLines.length === 0) {
        if (data.trim() === '[DONE]') {
          events.push({ type: 'done' });
          return;
        }
        const parsed = tryJson(data);
        if (parsed !== undefined) {
          this.event(parsed, events);
          return;
        }
      }
      this.dataLines.push(data);
      return;
    }
    // `event:`, `id:`, `retry:` carry nothing we need.
  }

  private ndjson(line: string, events: StreamEvent[]): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      this.unreadableLines++;
      return;
    }
    const record = asRecord(parsed);
    if (!record) {
      this.unreadableLines++;
      return;
    }
    if (record.error !== undefined) {
      events.push({ type: 'error', message: errorMessage(record.error) });
      return;
    }
    const message = asRecord(record.message);
    if (message && typeof message.content === 'string' && message.content !== '') events.push({ type: 'content', text: message.content });
    else if (typeof record.response === 'string' && record.response !== '') events.push({ type: 'content', text: record.response });
    if (record.done === true) {
      events.push({ type: 'finish', finishReason: typeof record.done_reason === 'string' ? record.done_reason : 'stop' });
      events.push({ type: 'done', outputTokens: typeof record.eval_count === 'number' ? record.eval_count : undefined });
    }
  }

  private dispatch(events: StreamEvent[]): void {
    if (this.dataLines.length === 0) return;
    const data = this.dataLines.join('\n');
    this.dataLines = [];
    if (data.trim() === '[DONE]') {
      events.push({ type: 'done' });
      return;
    }
    const parsed = tryJson(data);
    if (parsed === undefined) {
      this.unreadableLines++;
      return;
    }
    this.event(parsed, events);
  }

  private event(parsed: unknown, events: StreamEvent[]): void {
    const record = asRecord(parsed);
    if (!record) {
      this.unreadableLines++;
      return;
    }
    if (record.error !== undefined) {
      events.push({ type: 'error', message: errorMessage(record.error) });
      return;
    }
    const usage = asRecord(record.usage);
    const timings = asRecord(record.timings);
    const outputTokens =
      typeof usage?.completion_tokens === 'number'
        ? usage.completion_tokens
        : typeof timings?.predicted_n === 'number'
          ? timings.predicted_n
          : undefined;
    const choices = Array.isArray(record.choices) ? record.choices : [];
    const choice = asRecord(choices[0]);
    if (choice) {
      const delta = asRecord(choice.delta) ?? asRecord(choice.message);
      const content = typeof delta?.content === 'string' ? delta.content : typeof choice.text === 'string' ? choice.text : '';
      if (content !== '') events.push({ type: 'content', text: content });
      if (typeof choice.finish_reason === 'string') events.push({ type: 'finish', finishReason: choice.finish_reason });
    } else if (record.token && typeof asRecord(record.token)?.text === 'string') {
      // TGI /generate_stream framing, in case an endpoint is pointed there.
      const token = asRecord(record.token)!;
      if (token.special !== true) events.push({ type: 'content', text: String(token.text) });
    }
    if (outputTokens !== undefined) events.push({ type: 'usage', outputTokens });
  }
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
