/** One `lattice` subcommand. `run` returns the process exit code. */
export interface Command {
  readonly name: string;
  /** Full usage text for `lattice <name> --help`. */
  readonly usage: string;
  run(argv: string[]): Promise<number>;
}

/** A usage or configuration problem: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const ExitCode = { ok: 0, failed: 1, usage: 2 } as const;
