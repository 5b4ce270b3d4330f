// Turning errors and server-sent strings into log fields that cannot leak a token or a
// donor's words (README.md, "Logging").

/** A server-sent string fit for one log field: control characters gone, bounded. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, 200);
}

/** Our own error messages only (they never contain tokens); anything else by class name. */
export function safeReason(err: unknown): string {
  if (err instanceof Error && ['ReconnectNeededError', 'TransientDaError', 'CentrifugoError'].includes(err.name))
    return err.message.slice(0, 200);
  return (err as { name?: string })?.name ?? 'error';
}
