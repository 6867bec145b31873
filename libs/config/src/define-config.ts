import { type z } from 'zod';

/** One environment variable: how to validate it, what it means, and whether it is a secret. */
export interface VariableSpec<T extends z.ZodType = z.ZodType> {
  readonly schema: T;
  readonly description: string;
  /** Secrets are masked whenever configuration is printed. */
  readonly sensitive?: boolean;
  /** Printed in the README table; defaults are part of the zod schema itself. */
  readonly example?: string;
}

export type ConfigSpec = Record<string, VariableSpec>;

export type ConfigOf<S extends ConfigSpec> = { [K in keyof S]: z.output<S[K]['schema']> };

/** Declares a config spec while keeping each variable's exact schema type. */
export function defineConfig<S extends ConfigSpec>(spec: S): S {
  return spec;
}

/** Bad configuration: names every variable that is missing or malformed. Values are never included. */
export class ConfigError extends Error {
  constructor(
    readonly service: string,
    readonly problems: readonly { variable: string; problem: string }[],
  ) {
    super(
      `${service}: invalid configuration\n` +
        problems.map(({ variable, problem }) => `  - ${variable}: ${problem}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/** Reads and validates every variable of a spec from an environment; throws ConfigError naming each problem. */
export function loadConfig<S extends ConfigSpec>(
  service: string,
  spec: S,
  env: Record<string, string | undefined> = process.env,
  /** Rules that span variables; each returns the problems it finds. */
  crossChecks: readonly ((config: ConfigOf<S>) => { variable: string; problem: string }[])[] = [],
): ConfigOf<S> {
  const values: Record<string, unknown> = {};
  const problems: { variable: string; problem: string }[] = [];
  for (const [variable, { schema }] of Object.entries(spec)) {
    const raw = env[variable];
    const result = schema.safeParse(raw === '' ? undefined : raw);
    if (result.success) {
      values[variable] = result.data;
    } else {
      problems.push({ variable, problem: describeIssue(raw, result.error) });
    }
  }
  if (problems.length > 0) throw new ConfigError(service, problems);
  const config = values as ConfigOf<S>;
  const crossProblems = crossChecks.flatMap((check) => check(config));
  if (crossProblems.length > 0) throw new ConfigError(service, crossProblems);
  return config;
}

function describeIssue(raw: string | undefined, error: z.ZodError): string {
  if (raw === undefined || raw === '') return 'is required but not set';
  return error.issues.map((issue) => issue.message).join('; ');
}

/** Renders a loaded config for a start-up log: one line per variable, secrets masked. */
export function describeConfig<S extends ConfigSpec>(spec: S, config: ConfigOf<S>): string[] {
  return Object.entries(spec).map(([variable, { sensitive }]) => {
    const value = (config as Record<string, unknown>)[variable];
    if (value === undefined) return `${variable}=(unset)`;
    return `${variable}=${sensitive ? mask(String(value)) : formatValue(value)}`;
  });
}

function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.join(',');
  if (value instanceof URL) return value.toString();
  return String(value);
}

/** Masks a secret, keeping only enough to tell two secrets apart. */
export function mask(secret: string): string {
  if (secret.length === 0) return '';
  return `****(${secret.length} chars)`;
}

/** Redacts a password inside a connection URL, for printing. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '****';
    return parsed.toString();
  } catch {
    return '****';
  }
}
