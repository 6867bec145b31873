import { ExitCode, UsageError } from './command';
import { commands } from './commands';

function printHelp(): void {
  const width = Math.max(...commands.map((command) => command.name.length), 4);
  process.stdout.write(
    'Usage: lattice <command> [options]\n\nCommands:\n' +
      commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n') +
      '\n\nRun `lattice <command> --help` for the options of one command.\n',
  );
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    printHelp();
    return name ? ExitCode.ok : ExitCode.usage;
  }
  const entry = commands.find((candidate) => candidate.name === name);
  if (!entry) {
    process.stderr.write(`lattice: unknown command "${name}"\n`);
    printHelp();
    return ExitCode.usage;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.usage.endsWith('\n') ? command.usage : `${command.usage}\n`);
    return ExitCode.ok;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`lattice ${command.name}: ${error.message}\n`);
      return ExitCode.usage;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `lattice: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = ExitCode.failed;
  },
);
