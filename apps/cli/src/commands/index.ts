import type { Command } from '../command';
import { configCommand } from './config';
import { keysCommand } from './keys';
import { startCommand } from './start';
import { tokenCommand } from './token';

/** Every subcommand, in the order `lattice --help` lists them. */
export const commands: readonly Command[] = [startCommand, tokenCommand, keysCommand, configCommand];
