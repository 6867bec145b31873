import { TokenRequestError, type PasswordGrantRequest } from '@lattice/auth';
import { EventEmitter } from 'node:events';
import { UsageError } from '../command';
import { createTokenCommand, readHiddenLine, type PromptInput, type TokenCommandDeps } from './token';

class FakeTerminal extends EventEmitter implements PromptInput {
  isTTY = true;
  rawMode = false;
  setRawMode(mode: boolean) {
    this.rawMode = mode;
  }
  setEncoding() {}
  resume() {}
  pause() {}
  type(text: string) {
    this.emit('data', text);
  }
}

function harness(overrides: Partial<TokenCommandDeps> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const requests: PasswordGrantRequest[] = [];
  const command = createTokenCommand({
    env: {},
    stdin: Object.assign(new FakeTerminal(), { isTTY: false }),
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    requestToken: async (request) => {
      requests.push(request);
      return { accessToken: 'header.payload.signature', tokenType: 'Bearer', expiresIn: 300 };
    },
    ...overrides,
  });
  return { command, out, err, requests };
}

describe('lattice token', () => {
  it('prints only the access token, asking the default issuer through lattice-cli', async () => {
    const { command, out, err, requests } = harness();
    expect(await command.run(['--user', 'admin', '--password', 'lattice'])).toBe(0);
    expect(out).toEqual(['header.payload.signature\n']);
    expect(err).toEqual([]);
    expect(requests).toEqual([
      {
        issuerUrl: 'http://127.0.0.1:8080/realms/lattice',
        clientId: 'lattice-cli',
        username: 'admin',
        password: 'lattice',
      },
    ]);
  });

  it('takes the issuer from --issuer, else LATTICE_ISSUER_URL, else LATTICE_IDP_PORT', async () => {
    const issuerOf = async (argv: string[], env: Record<string, string>) => {
      const { command, requests } = harness({ env });
      await command.run(['--user=admin', '--password=pw', ...argv]);
      return requests[0]?.issuerUrl;
    };
    expect(
      await issuerOf(['--issuer', 'https://sso.example/realms/lattice/'], {
        LATTICE_ISSUER_URL: 'http://x/realms/y',
      }),
    ).toBe('https://sso.example/realms/lattice');
    expect(
      await issuerOf([], {
        LATTICE_ISSUER_URL: 'http://10.0.0.5:8443/realms/lattice',
        LATTICE_IDP_PORT: '9',
      }),
    ).toBe('http://10.0.0.5:8443/realms/lattice');
    expect(await issuerOf([], { LATTICE_IDP_PORT: '18080' })).toBe('http://127.0.0.1:18080/realms/lattice');
  });

  it('takes the password from LATTICE_PASSWORD when --password is absent', async () => {
    const { command, requests } = harness({ env: { LATTICE_PASSWORD: 'from-env' } });
    await command.run(['--user', 'steward']);
    expect(requests[0]?.password).toBe('from-env');
  });

  it('asks for the password without echo when stdin is a terminal', async () => {
    const terminal = new FakeTerminal();
    const { command, requests, err, out } = harness({ stdin: terminal });
    const running = command.run(['--user', 'patient1']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(terminal.rawMode).toBe(true);
    terminal.type('latx\u007ftice\r');
    expect(await running).toBe(0);
    expect(requests[0]?.password).toBe('lattice');
    expect(terminal.rawMode).toBe(false);
    expect(err.join('')).toBe('Password for patient1: \n');
    expect(out).toEqual(['header.payload.signature\n']);
  });

  it('stops a prompt on Ctrl-C', async () => {
    const terminal = new FakeTerminal();
    const prompt = readHiddenLine('Password: ', terminal, { write: () => undefined });
    terminal.type('abc\u0003');
    await expect(prompt).rejects.toThrow('cancelled');
  });

  it.each<[string[], Record<string, string>, RegExp]>([
    [[], {}, /--user NAME is required/],
    [['--user'], {}, /--user needs a value/],
    [['--user', 'admin'], {}, /no password: pass --password, set LATTICE_PASSWORD/],
    [['--user', 'admin', '--password', 'x', '--verbose'], {}, /unknown option --verbose/],
    [['admin'], {}, /unexpected argument admin/],
    [['--user', 'a', '--user', 'b', '--password', 'x'], {}, /--user given twice/],
    [
      ['--user', 'admin', '--password', 'x', '--issuer', 'ftp://idp/realms/lattice'],
      {},
      /--issuer must be an http\(s\) realm URL/,
    ],
    [
      ['--user', 'admin', '--password', 'x'],
      { LATTICE_IDP_PORT: 'eighty' },
      /LATTICE_IDP_PORT must be a port number/,
    ],
  ])('refuses %j as a usage error', async (argv, env, message) => {
    const { command, requests } = harness({ env });
    const failure = command.run(argv);
    await expect(failure).rejects.toBeInstanceOf(UsageError);
    await expect(failure).rejects.toThrow(message);
    expect(requests).toEqual([]);
  });

  it('exits 1 with the reason on stderr when the issuer refuses or cannot be reached', async () => {
    const { command, out, err } = harness({
      requestToken: async () => {
        throw new TokenRequestError(
          'INVALID_CREDENTIALS',
          'the issuer at http://127.0.0.1:8080/realms/lattice rejected the username or password',
        );
      },
    });
    expect(await command.run(['--user', 'admin', '--password', 'secret-typo'])).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('')).toBe(
      'lattice token: the issuer at http://127.0.0.1:8080/realms/lattice rejected the username or password\n',
    );
    expect(err.join('')).not.toContain('secret-typo');
  });
});
