import type { LoggerService } from '@nestjs/common';
import { currentContext } from './request-context';

export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

const SEVERITY: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 };

const NEST_BOOT_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
]);

/**
 * Structured logs: one JSON object per line with time, level, service, correlation id and node id.
 * Callers pass facts (ids of records, counts, codes), never identifying values; this logger has no
 * way to tell them apart, so the rule is kept where log lines are written.
 */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly service: string,
    private readonly level: LogLevel = 'info',
    private readonly write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  ) {}

  log(message: unknown, ...rest: unknown[]): void {
    // Nest's start-up chatter (modules loaded, routes mapped) is debug detail, not operations news.
    const context = rest[rest.length - 1];
    this.emit(
      typeof context === 'string' && NEST_BOOT_CONTEXTS.has(context) ? 'debug' : 'info',
      message,
      rest,
    );
  }

  error(message: unknown, ...rest: unknown[]): void {
    this.emit('error', message, rest);
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.emit('warn', message, rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.emit('debug', message, rest);
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.emit('debug', message, rest);
  }

  /** Logs an event with structured fields: `logger.event('info', 'node.enrolled', { nodeId })`. */
  event(level: LogLevel, event: string, fields: Record<string, unknown> = {}): void {
    if (SEVERITY[level] > SEVERITY[this.level]) return;
    const context = currentContext();
    this.write(
      JSON.stringify({
        time: new Date().toISOString(),
        level,
        service: this.service,
        event,
        ...(context ? { correlationId: context.correlationId } : {}),
        ...(context?.nodeId ? { nodeId: context.nodeId } : {}),
        ...fields,
      }),
    );
  }

  private emit(level: LogLevel, message: unknown, rest: unknown[]): void {
    if (SEVERITY[level] > SEVERITY[this.level]) return;
    // Nest passes the context (class name) as the last string argument, and a stack before it for errors.
    const strings = rest.filter((item): item is string => typeof item === 'string');
    const context = strings.length > 0 ? strings[strings.length - 1] : undefined;
    const stack = level === 'error' && strings.length > 1 ? strings[0] : undefined;
    const fields: Record<string, unknown> = {};
    if (message instanceof Error) {
      fields.msg = message.message;
      fields.error = message.name;
      fields.stack = message.stack;
    } else if (typeof message === 'object' && message !== null) {
      Object.assign(fields, message);
    } else {
      fields.msg = String(message);
    }
    if (stack) fields.stack = stack;
    this.event(level, context ? `nest.${context}` : 'log', fields);
  }
}
