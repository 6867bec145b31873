import { stat, readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { requestPasswordGrant } from '@lattice/auth';
import { ExitCode, UsageError, type Command } from '../command';
import { looksLikeDicom, readHead, walkFiles, type FoundFile } from '../import/dicom-files';
import { ImportSummary } from '../import/import-summary';
import { nodeToken, TokenUnavailableError, type TokenDeps } from '../import/node-token';
import { ProgressBar, type ProgressOutput } from '../import/progress-bar';
import { uploadBatch, type UploadFetch } from '../import/stow-upload';

const usage = `Usage: lattice import <folder> --node URL [--user NAME | --token TOKEN] [--batch N]

Sends every DICOM file under <folder> (recursively) to a hospital node over STOW-RS, in batches,
with a progress bar in a terminal, and prints what became of them: stored, duplicate (held
already), quarantined (waiting for the node operator), excluded (by consent), failed, not DICOM.
Each file goes through the node's consent check and stage-1 de-identification like any other.

Options:
  --node URL       the node's API, e.g. http://127.0.0.1:3101
  --user NAME      sign in as NAME (a node operator) at the issuer: --issuer URL, else
                   LATTICE_ISSUER_URL, else http://127.0.0.1:\${LATTICE_IDP_PORT:-8080}/realms/lattice;
                   the password from LATTICE_PASSWORD, else a hidden prompt in a terminal
  --token TOKEN    use this access token instead
  --batch N        files per request (default 20; a request also stays under 64 MB)

Exit status: 0 every DICOM file was taken, 1 some failed or the node refused, 2 usage error.
`;

const DEFAULT_BATCH = 20;
const MAX_BATCH_BYTES = 64 * 1024 * 1024;

/** Everything the command touches outside itself, replaceable in tests. */
export interface ImportCommandDeps extends TokenDeps {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: ProgressOutput;
  readonly fetch: UploadFetch;
}

interface ImportArguments {
  readonly folder: string;
  readonly node: string;
  readonly batch: number;
  readonly token?: string;
  readonly user?: string;
  readonly issuer?: string;
}

/** Builds `lattice import`; the exported `importCommand` uses the real process, issuer and network. */
export function createImportCommand(overrides: Partial<ImportCommandDeps> = {}): Command {
  const deps: ImportCommandDeps = {
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    requestToken: requestPasswordGrant,
    fetch: (url, init) => fetch(url, init),
    ...overrides,
  };
  return {
    name: 'import',
    usage,
    async run(argv) {
      const args = parseArguments(argv);
      const folder = await stat(args.folder).catch(() => null);
      if (!folder?.isDirectory()) throw new UsageError(`${args.folder} is not a folder`);
      let token: string;
      try {
        token = await nodeToken(args, deps);
      } catch (error) {
        if (!(error instanceof TokenUnavailableError)) throw error;
        deps.stderr.write(`lattice import: ${error.message}\n`);
        return ExitCode.failed;
      }
      return importFolder(args, token, deps);
    },
  };
}

/** `lattice import` on the real process. */
export const importCommand: Command = createImportCommand();

async function importFolder(args: ImportArguments, token: string, deps: ImportCommandDeps): Promise<number> {
  const files: FoundFile[] = [];
  for await (const file of walkFiles(args.folder)) files.push(file);
  const summary = new ImportSummary();
  const progress = new ProgressBar(deps.stderr, files.length);
  let batch: FoundFile[] = [];
  let batchBytes = 0;

  const send = async (): Promise<string | null> => {
    if (batch.length === 0) return null;
    const sending = batch;
    batch = [];
    batchBytes = 0;
    const bytes = await Promise.all(sending.map((file) => readFile(file.path)));
    const answer = await uploadBatch(args.node, token, bytes, deps.fetch);
    summary.bytesSent += bytes.reduce((sum, file) => sum + file.length, 0);
    switch (answer.kind) {
      case 'answered':
        sending.forEach((file, index) => {
          const part = answer.outcomes[index] ?? { outcome: 'failed' as const, code: 'NOT_IN_RESPONSE' };
          summary.add(file.name, part.outcome, part.code);
        });
        return null;
      case 'refused':
        for (const file of sending) summary.add(file.name, 'failed', answer.code);
        // Authentication and permission refusals hold for every batch: stop now.
        return answer.status === 401 || answer.status === 403
          ? `the node refused: ${answer.message} (${answer.code})`
          : null;
      case 'unreachable':
        for (const file of sending) summary.add(file.name, 'failed', 'NODE_UNREACHABLE');
        return `the node at ${args.node} cannot be reached (${answer.reason})`;
    }
  };

  let stopped: string | null = null;
  for (const file of files) {
    if (!looksLikeDicom(await readHead(file.path))) {
      summary.add(file.name, 'not-dicom');
    } else {
      if (batch.length > 0 && (batch.length >= args.batch || batchBytes + file.size > MAX_BATCH_BYTES)) {
        stopped = await send();
        progress.update(summary.files, summary.bytesSent);
        if (stopped) break;
      }
      batch.push(file);
      batchBytes += file.size;
    }
  }
  if (!stopped) stopped = await send();
  progress.update(summary.files, summary.bytesSent);
  progress.finish();

  deps.stdout.write(
    `Imported ${summary.files} of ${files.length} files from ${args.folder} to ${args.node}:\n`,
  );
  deps.stdout.write(summary.format());
  if (stopped) {
    deps.stderr.write(`lattice import: ${stopped}\n`);
    return ExitCode.failed;
  }
  return summary.exitCode;
}

function parseArguments(argv: string[]): ImportArguments {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('give exactly one folder to import');
  const node = values.node;
  if (!node) throw new UsageError('--node URL is required');
  if (!/^https?:\/\/\S+$/.test(node) || !URL.canParse(node))
    throw new UsageError('--node must be an http(s) URL');
  const batch = values.batch === undefined ? DEFAULT_BATCH : Number(values.batch);
  if (!Number.isInteger(batch) || batch < 1 || batch > 1000)
    throw new UsageError('--batch must be a whole number from 1 to 1000');
  return {
    folder: positionals[0] as string,
    node: node.replace(/\/+$/, ''),
    batch,
    ...(values.token !== undefined ? { token: values.token } : {}),
    ...(values.user !== undefined ? { user: values.user } : {}),
    ...(values.issuer !== undefined ? { issuer: values.issuer } : {}),
  };
}

const OPTIONS = {
  node: { type: 'string' },
  user: { type: 'string' },
  token: { type: 'string' },
  issuer: { type: 'string' },
  batch: { type: 'string' },
} as const;
