import type { Command } from '../command';

/** Every subcommand, in the order `lattice --help` lists them. */
export const commands: readonly Command[] = [];
