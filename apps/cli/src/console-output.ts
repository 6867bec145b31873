import type { PlatformOutput, ServiceLine } from '@lattice/launcher';

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number, text: string): string => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text);
export const dim = (text: string): string => paint(2, text);
export const bold = (text: string): string => paint(1, text);
export const red = (text: string): string => paint(31, text);
export const green = (text: string): string => paint(32, text);
export const yellow = (text: string): string => paint(33, text);
export const cyan = (text: string): string => paint(36, text);

// Events worth a console line; everything else stays in the service's log file.
const QUIET_EVENTS = new Set(['request', 'starting', 'config']);

function time(): string {
  return new Date().toTimeString().slice(0, 8);
}

function formatFields(fields: Record<string, unknown>): string {
  return Object.entries(fields)
    .filter(([key]) => !['time', 'level', 'service', 'event', 'correlationId'].includes(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' ');
}

/** Prints the platform's progress and its services' notable log lines to the terminal. */
export function consoleOutput(): PlatformOutput {
  return {
    status(message) {
      process.stdout.write(`${dim(time())} ${cyan('lattice'.padEnd(8))} ${message}\n`);
    },
    serviceLine(line: ServiceLine) {
      const name = line.service.padEnd(8);
      if (line.json) {
        const level = typeof line.json.level === 'string' ? line.json.level : 'info';
        const event = typeof line.json.event === 'string' ? line.json.event : '';
        if (level === 'debug' || (level === 'info' && QUIET_EVENTS.has(event))) return;
        const colour = level === 'error' ? red : level === 'warn' ? yellow : (text: string) => text;
        process.stdout.write(
          `${dim(time())} ${cyan(name)} ${colour(`${level.padEnd(5)} ${event}`)} ${dim(formatFields(line.json))}\n`,
        );
        return;
      }
      const text = line.stream === 'stderr' ? red(line.text) : line.text;
      process.stdout.write(`${dim(time())} ${cyan(name)} ${text}\n`);
    },
    crash(service, code, recentLines, logFile) {
      process.stderr.write(
        `\n${red(bold(`✖ ${service} stopped unexpectedly (exit code ${code ?? 'unknown'})`))}\n` +
          recentLines.map((line) => `  ${dim(line)}`).join('\n') +
          `\n  full log: ${logFile}\n\n`,
      );
    },
  };
}
