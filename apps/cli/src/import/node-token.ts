import { TokenRequestError, type PasswordGrantRequest, type TokenResponse } from '@lattice/auth';
import { UsageError } from '../command';
import { readHiddenLine, type PromptInput } from '../commands/token';

/** Where an import's access token comes from, replaceable in tests. */
export interface TokenDeps {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdin: PromptInput;
  readonly stderr: { write(text: string): unknown };
  readonly requestToken: (request: PasswordGrantRequest) => Promise<TokenResponse>;
}

/** The token's source as given on the command line. */
export interface TokenChoice {
  readonly token?: string;
  readonly user?: string;
  readonly issuer?: string;
}

/** The refusal of the issuer, as a message for the terminal. */
export class TokenUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenUnavailableError';
  }
}

/**
 * The bearer token for the node: `--token` as given, or a password grant for `--user` at the issuer
 * (`--issuer`, else LATTICE_ISSUER_URL, else the embedded default), with the password from
 * LATTICE_PASSWORD or a hidden prompt in a terminal.
 */
export async function nodeToken(choice: TokenChoice, deps: TokenDeps): Promise<string> {
  if (choice.token !== undefined && choice.user !== undefined)
    throw new UsageError('give --token or --user, not both');
  if (choice.token !== undefined) {
    if (!/^[A-Za-z0-9._~+/=-]+$/.test(choice.token)) throw new UsageError('--token is not a bearer token');
    return choice.token;
  }
  if (choice.user === undefined) throw new UsageError('--user NAME or --token TOKEN is required');
  const issuerUrl = issuer(choice.issuer, deps.env);
  const password = deps.env['LATTICE_PASSWORD'] || (await prompt(choice.user, deps));
  try {
    const token = await deps.requestToken({
      issuerUrl,
      clientId: 'lattice-cli',
      username: choice.user,
      password,
    });
    return token.accessToken;
  } catch (error) {
    if (error instanceof TokenRequestError) throw new TokenUnavailableError(error.message);
    throw error;
  }
}

function issuer(flag: string | undefined, env: TokenDeps['env']): string {
  const value =
    flag ??
    env['LATTICE_ISSUER_URL'] ??
    `http://127.0.0.1:${env['LATTICE_IDP_PORT'] || '8080'}/realms/lattice`;
  if (!/^https?:\/\/\S+$/.test(value) || !URL.canParse(value)) {
    throw new UsageError(
      'the issuer must be an http(s) realm URL such as http://127.0.0.1:8080/realms/lattice',
    );
  }
  return value.replace(/\/+$/, '');
}

async function prompt(user: string, deps: TokenDeps): Promise<string> {
  if (!deps.stdin.isTTY || !deps.stdin.setRawMode) {
    throw new UsageError('no password: set LATTICE_PASSWORD, or run in a terminal to be asked');
  }
  const password = await readHiddenLine(`Password for ${user}: `, deps.stdin, deps.stderr);
  if (password === '') throw new UsageError('no password given');
  return password;
}
