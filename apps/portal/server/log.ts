/** One structured log line: an event name plus fields that never hold tokens or personal data. */
export type LogEntry = { readonly event: string; readonly level?: 'info' | 'warn' | 'error' } & Readonly<
  Record<string, string | number | boolean | null | undefined>
>;

/** Where the portal server's log lines go. */
export type Logger = (entry: LogEntry) => void;

/** Writes each entry as one JSON line on stdout, with time, level and service. */
export const jsonLineLogger: Logger = ({ event, level = 'info', ...fields }) => {
  process.stdout.write(
    `${JSON.stringify({ time: new Date().toISOString(), level, service: 'portal', event, ...fields })}\n`,
  );
};
