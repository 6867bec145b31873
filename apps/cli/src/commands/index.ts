import type { Command } from '../command';

/** A subcommand as `lattice --help` lists it; its module is loaded only when it runs. */
export interface CommandEntry {
  readonly name: string;
  /** One line for `lattice --help`. */
  readonly summary: string;
  load(): Promise<Command>;
}

// Each command's module loads on demand: `lattice token` need not load the platform launcher, and
// `lattice deid` starts without NestJS or the database drivers.
/** Every subcommand, in the order `lattice --help` lists them. */
export const commands: readonly CommandEntry[] = [
  {
    name: 'start',
    summary: 'Start the embedded platform: identity provider, center, node-a, node-b and the portal.',
    load: async () => (await import('./start.js')).startCommand,
  },
  {
    name: 'token',
    summary: 'Print an access token for a user (issuer client lattice-cli)',
    load: async () => (await import('./token.js')).tokenCommand,
  },
  {
    name: 'keys',
    summary: 'Generate key files: secret keys for pseudonyms, Ed25519 keys for node signing.',
    load: async () => (await import('./keys.js')).keysCommand,
  },
  {
    name: 'config',
    summary: 'List every environment variable of every part, with defaults.',
    load: async () => (await import('./config.js')).configCommand,
  },
  {
    name: 'deid',
    summary: 'De-identify DICOM files into a pseudonymous tree (resumable, with a report); verify a result.',
    load: async () => (await import('./deid.js')).deidCommand,
  },
  {
    name: 'import',
    summary: 'Send a folder of DICOM files to a hospital node (STOW-RS), with a summary',
    load: async () => (await import('./import.js')).importCommand,
  },
];
