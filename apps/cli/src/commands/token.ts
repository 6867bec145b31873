import {
  requestPasswordGrant,
  TokenRequestError,
  type PasswordGrantRequest,
  type TokenResponse,
} from '@lattice/auth';
import { ExitCode, UsageError, type Command } from '../command';

const usage = `Usage: lattice token --user NAME [--password PW] [--issuer URL]

Prints an access token for NAME, from the issuer's lattice-cli client (password grant), and
nothing else on standard output:

  TOKEN=$(lattice token --user admin --password lattice)

Options:
  --user NAME      the user to sign in as (required)
  --password PW    the password; else LATTICE_PASSWORD, else a hidden prompt in a terminal
  --issuer URL     the realm URL; else LATTICE_ISSUER_URL, else
                   http://127.0.0.1:\${LATTICE_IDP_PORT:-8080}/realms/lattice

Exit status: 0 printed a token, 1 the issuer refused or could not be reached, 2 usage error.
`;

/** The terminal a hidden prompt reads from. */
export interface PromptInput {
  readonly isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
  setEncoding(encoding: BufferEncoding): unknown;
  resume(): unknown;
  pause(): unknown;
  on(event: 'data', listener: (chunk: string) => void): unknown;
  off(event: 'data', listener: (chunk: string) => void): unknown;
}

/** Everything the command touches outside itself, replaceable in tests. */
export interface TokenCommandDeps {
  env: Readonly<Record<string, string | undefined>>;
  stdin: PromptInput;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  requestToken: (request: PasswordGrantRequest) => Promise<TokenResponse>;
}

interface TokenArguments {
  user: string;
  password?: string;
  issuer?: string;
}

/** Builds `lattice token`; the exported `tokenCommand` uses the real process and issuer. */
export function createTokenCommand(overrides: Partial<TokenCommandDeps> = {}): Command {
  const deps: TokenCommandDeps = {
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    requestToken: requestPasswordGrant,
    ...overrides,
  };
  return {
    name: 'token',
    usage,
    async run(argv: string[]): Promise<number> {
      const args = parseArguments(argv);
      const issuerUrl = resolveIssuer(args.issuer, deps.env);
      const password = await resolvePassword(args, deps);
      try {
        const token = await deps.requestToken({
          issuerUrl,
          clientId: 'lattice-cli',
          username: args.user,
          password,
        });
        deps.stdout.write(`${token.accessToken}\n`);
        return ExitCode.ok;
      } catch (error) {
        if (error instanceof TokenRequestError) {
          deps.stderr.write(`lattice token: ${error.message}\n`);
          return ExitCode.failed;
        }
        throw error;
      }
    },
  };
}

/** `lattice token` on the real process. */
export const tokenCommand: Command = createTokenCommand();

function parseArguments(argv: readonly string[]): TokenArguments {
  const values: Partial<Record<'user' | 'password' | 'issuer', string>> = {};
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const match = /^--(user|password|issuer)(?:=(.*))?$/.exec(arg);
    if (!match)
      throw new UsageError(arg.startsWith('-') ? `unknown option ${arg}` : `unexpected argument ${arg}`);
    const name = match[1] as 'user' | 'password' | 'issuer';
    let value = match[2];
    if (value === undefined) {
      value = argv[index + 1];
      index += 1;
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    }
    if (values[name] !== undefined) throw new UsageError(`--${name} given twice`);
    values[name] = value;
  }
  if (!values.user) throw new UsageError('--user NAME is required');
  return {
    user: values.user,
    ...(values.password === undefined ? {} : { password: values.password }),
    ...(values.issuer ? { issuer: values.issuer } : {}),
  };
}

function resolveIssuer(flag: string | undefined, env: TokenCommandDeps['env']): string {
  if (flag !== undefined) return checkedUrl(flag, '--issuer');
  const fromEnv = env['LATTICE_ISSUER_URL'];
  if (fromEnv) return checkedUrl(fromEnv, 'LATTICE_ISSUER_URL');
  const port = env['LATTICE_IDP_PORT'] || '8080';
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
    throw new UsageError('LATTICE_IDP_PORT must be a port number');
  }
  return `http://127.0.0.1:${port}/realms/lattice`;
}

function checkedUrl(value: string, source: string): string {
  if (!/^https?:\/\/[^\s]+$/.test(value) || !URL.canParse(value)) {
    throw new UsageError(
      `${source} must be an http(s) realm URL such as http://127.0.0.1:8080/realms/lattice`,
    );
  }
  return value.replace(/\/+$/, '');
}

async function resolvePassword(args: TokenArguments, deps: TokenCommandDeps): Promise<string> {
  if (args.password !== undefined) return args.password;
  const fromEnv = deps.env['LATTICE_PASSWORD'];
  if (fromEnv) return fromEnv;
  if (!deps.stdin.isTTY || !deps.stdin.setRawMode) {
    throw new UsageError(
      'no password: pass --password, set LATTICE_PASSWORD, or run in a terminal to be asked',
    );
  }
  const password = await readHiddenLine(`Password for ${args.user}: `, deps.stdin, deps.stderr);
  if (password === '') throw new UsageError('no password given');
  return password;
}

/** Reads one line from a terminal without echoing it; the prompt goes to stderr, keeping stdout for the token. */
export function readHiddenLine(
  prompt: string,
  input: PromptInput,
  output: { write(text: string): unknown },
): Promise<string> {
  return new Promise((resolve, reject) => {
    let typed: string[] = [];
    const finish = (error?: Error) => {
      input.off('data', onData);
      input.setRawMode?.(false);
      input.pause();
      output.write('\n');
      if (error) reject(error);
      else resolve(typed.join(''));
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') return finish();
        if (char === '\u0003') return finish(new UsageError('cancelled'));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else if (char >= ' ') typed.push(char);
      }
    };
    output.write(prompt);
    input.setRawMode?.(true);
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
  });
}
