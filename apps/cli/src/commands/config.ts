import { parseArgs } from 'node:util';
import { CONFIGURABLE_PARTS, defaultOf, renderEnvironmentTables } from '@lattice/config';
import { ExitCode, type Command } from '../command';

export const configCommand: Command = {
  name: 'config',
  usage: `Usage: lattice config [--markdown]

Prints the environment variables the launcher and each service read, their defaults, and which are
required or secret.

  --markdown   print the tables the README carries`,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: { markdown: { type: 'boolean', default: false } },
      strict: true,
    });
    if (values.markdown) {
      process.stdout.write(`${renderEnvironmentTables()}\n`);
      return ExitCode.ok;
    }
    for (const { title, spec } of CONFIGURABLE_PARTS) {
      process.stdout.write(`\n${title.replace(/`/g, '')}\n`);
      for (const [name, { schema, description, sensitive }] of Object.entries(spec)) {
        const fallback = defaultOf(schema);
        process.stdout.write(
          `  ${name.padEnd(36)} ${(fallback ?? '').padEnd(24)} ${description}${sensitive ? ' (secret)' : ''}\n`,
        );
      }
    }
    return ExitCode.ok;
  },
};
