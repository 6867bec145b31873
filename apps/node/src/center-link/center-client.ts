import { Inject, Injectable } from '@nestjs/common';
import { ClientCredentialsTokenSource } from '@lattice/auth';
import { signRequest } from '@lattice/federation';
import { readSigningKeyFile, type SigningKey } from '@lattice/keys';
import { JsonLogger } from '@lattice/server-kit';
import { NODE_CONFIG, type NodeConfig } from '../node-config';
import { CenterContactRepository } from './center-contact.repository';

const REQUEST_TIMEOUT_MS = 15_000;

/** Why a call to the center did not succeed: unreachable, refused, or answered with an error. */
export class CenterCallError extends Error {
  constructor(
    readonly outcome: string,
    readonly status: number | null,
  ) {
    super(`center call failed: ${outcome}`);
    this.name = 'CenterCallError';
  }
}

/**
 * The node's only way to talk to the center: outbound HTTPS with the node's service token and an
 * Ed25519 signature over each request. Every attempt is recorded for the operator.
 */
@Injectable()
export class CenterClient {
  private readonly signingKey: SigningKey;
  private readonly tokens: ClientCredentialsTokenSource;

  constructor(
    @Inject(NODE_CONFIG) private readonly config: NodeConfig,
    private readonly contacts: CenterContactRepository,
    private readonly logger: JsonLogger,
  ) {
    this.signingKey = readSigningKeyFile(config.NODE_SIGNING_KEY_FILE);
    this.tokens = new ClientCredentialsTokenSource({
      issuerUrl: config.OIDC_ISSUER_URL,
      clientId: config.OIDC_CLIENT_ID ?? config.NODE_ID,
      clientSecret: config.OIDC_CLIENT_SECRET,
    });
  }

  /** POSTs a JSON body to a center path, signed; resolves with the parsed JSON answer. */
  async post<T>(kind: string, path: string, body: unknown): Promise<T> {
    const started = Date.now();
    const payload = Buffer.from(JSON.stringify(body));
    let outcome = 'unknown';
    let succeeded = false;
    try {
      const token = await this.tokens.getAccessToken().catch(() => {
        throw new CenterCallError('token_unavailable', null);
      });
      const headers = signRequest(
        { method: 'POST', path, body: payload },
        { nodeId: this.config.NODE_ID, keyId: this.signingKey.kid, privateKey: this.signingKey.privateKey },
      );
      let response: Response;
      try {
        response = await fetch(`${this.config.CENTER_URL}${path}`, {
          method: 'POST',
          headers: { ...headers, authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: payload,
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
      } catch {
        throw new CenterCallError('unreachable', null);
      }
      outcome = String(response.status);
      if (!response.ok) {
        const code = await response
          .json()
          .then((envelope: unknown) => {
            const code = (envelope as { code?: unknown } | null)?.code;
            return typeof code === 'string' ? code : '';
          })
          .catch(() => '');
        outcome = code ? `${response.status} ${code}` : String(response.status);
        throw new CenterCallError(outcome, response.status);
      }
      succeeded = true;
      return (await response.json()) as T;
    } catch (error) {
      if (error instanceof CenterCallError) outcome = error.outcome;
      throw error;
    } finally {
      await this.contacts
        .record({ kind, succeeded, outcome, durationMs: Date.now() - started })
        .catch((error: unknown) =>
          this.logger.event('warn', 'center.contact_not_recorded', {
            error: error instanceof Error ? error.name : 'unknown',
          }),
        );
    }
  }
}
