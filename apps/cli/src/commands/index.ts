import type { Command } from '../command';
import { keysCommand } from './keys';
import { startCommand } from './start';
import { tokenCommand } from './token';

/** Every subcommand, in the order `lattice --help` lists them. */
export const commands: readonly Command[] = [startCommand, keysCommand, tokenCommand];
