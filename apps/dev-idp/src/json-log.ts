/** Severity of one log line. */
export type LogLevel = 'info' | 'warn' | 'error';

/** Writes one JSON object per line. Callers pass event names and safe fields, never secrets. */
export interface JsonLog {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

/** A JSON-lines log; each line starts with the event name, so `{"event":"ready",...}` reads first. */
export function createJsonLog(
  write: (line: string) => void = (line) => process.stdout.write(line),
  now: () => Date = () => new Date(),
): JsonLog {
  const emit = (level: LogLevel, event: string, fields: Record<string, unknown> = {}) => {
    write(`${JSON.stringify({ event, ...fields, level, time: now().toISOString() })}\n`);
  };
  return {
    info: (event, fields) => emit('info', event, fields),
    warn: (event, fields) => emit('warn', event, fields),
    error: (event, fields) => emit('error', event, fields),
  };
}
