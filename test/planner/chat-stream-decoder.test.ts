import { describe, expect, it } from 'vitest';
import { ChatStreamDecoder } from '../../src/planner/llm/index.js';

function decodeAll(protocol: 'ndjson' | 'sse', text: string, chunk = 3) {
  const decoder = new ChatStreamDecoder(protocol);
  const events = [];
  for (let i = 0; i < text.length; i += chunk) events.push(...decoder.push(text.slice(i, i + chunk)));
  events.push(...decoder.end());
  return { events, unreadable: decoder.unreadableLines };
}

describe('ChatStreamDecoder', () => {
  it('SSE: content deltas, `: ping` comments, CRLF, finish, usage and [DONE]', () => {
    const text =
      ': ping\r\n\r\n' +
      'data: {"choices":[{"index":0,"delta":{"role":"assistant","content":"{\\"st"},"finish_reason":null}]}\r\n\r\n' +
      ': ping\n\n' +
      'event: message\ndata: {"choices":[{"index":0,"delta":{"content":"eps\\":[]}"},"finish_reason":null}]}\n\n' +
      'data: {"choices":[{"index":0,"delta":{},"finish_reason":"length"}],"usage":{"completion_tokens":48}}\n\n' +
      'data: [DONE]\n\n';
    const { events, unreadable } = decodeAll('sse', text);
    expect(events).toEqual([
      { type: 'content', text: '{"st' },
      { type: 'content', text: 'eps":[]}' },
      { type: 'finish', finishReason: 'length' },
      { type: 'usage', outputTokens: 48 },
      { type: 'done' },
    ]);
    expect(unreadable).toBe(0);
  });

  it('SSE: a JSON event split over two data lines is joined', () => {
    const { events } = decodeAll('sse', 'data: {"choices":[{"delta":\ndata: {"content":"hi"}}]}\n\n');
    expect(events).toEqual([{ type: 'content', text: 'hi' }]);
  });

  it('SSE: an error event and garbage lines', () => {
    const { events, unreadable } = decodeAll('sse', 'data: not json\n\ndata: {"error":{"message":"boom","type":"server_error"}}\n\n');
    expect(events).toEqual([{ type: 'error', message: 'boom' }]);
    expect(unreadable).toBe(1);
  });

  it('NDJSON: Ollama chunks, the final done line, and an error line', () => {
    const text =
      '{"message":{"role":"assistant","content":"{\\"a\\""},"done":false}\n' +
      'garbage\n' +
      '{"message":{"role":"assistant","content":":1}"},"done":false}\n' +
      '{"message":{"role":"assistant","content":""},"done":true,"done_reason":"stop","eval_count":7}';
    const { events, unreadable } = decodeAll('ndjson', text, 5);
    expect(events).toEqual([
      { type: 'content', text: '{"a"' },
      { type: 'content', text: ':1}' },
      { type: 'finish', finishReason: 'stop' },
      { type: 'done', outputTokens: 7 },
    ]);
    expect(unreadable).toBe(1);
    expect(decodeAll('ndjson', '{"error":"model crashed"}\n').events).toEqual([{ type: 'error', message: 'model crashed' }]);
  });
});
