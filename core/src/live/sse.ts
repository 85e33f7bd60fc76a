/**
 * The Server-Sent Events wire format (HTML Living Standard, "Server-sent events"): one `event:` line, one `data:`
 * line of JSON (JSON has no raw newlines, so one line is enough), a blank line to end the event.
 * @example
 * raw.write(sseEvent('change', { plugin: 'patient', type: 'patient.PatientRegistered', streamId, position: '42' }));
 */
export function sseEvent(event: string, data: unknown): string {
  if (/[\r\n]/.test(event)) throw new Error('An SSE event name must be one line');
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A comment line: ignored by EventSource, but it keeps the connection (and proxies) awake. */
export function sseComment(text: string): string {
  return `: ${text.replace(/[\r\n]+/g, ' ')}\n\n`;
}
