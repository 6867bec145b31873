import { Inject, Injectable } from '@nestjs/common';
import { ClientCredentialsTokenSource } from '@lattice/auth';
import { signRequest } from '@lattice/federation';
import { readSigningKeyFile, type SigningKey } from '@lattice/keys';
import { JsonLogger } from '@lattice/server-kit';
import { CenterContactRepository } from '../center-link/center-contact.repository';
import { NODE_CONFIG, type NodeConfig } from '../node-config';

/** What became of one delivery, from the push worker's point of view. */
export type DeliveryResult =
  /** The center took responsibility: stored, duplicate, or quarantined with a code. */
  | {
      readonly kind: 'confirmed';
      readonly outcome: 'stored' | 'duplicate' | 'quarantined';
      readonly code?: string;
    }
  /** The link is down or refusing (network, 401, 403, 429, 502-504): the whole queue backs off. */
  | { readonly kind: 'link-unavailable'; readonly reason: string }
  /** The center could not process this object now (another 5xx): this item retries later. */
  | { readonly kind: 'retry'; readonly reason: string }
  /** The center refuses this object for good (another 4xx): the item fails with the center's code. */
  | { readonly kind: 'refused'; readonly reason: string };

const LINK_STATUSES = new Set([401, 403, 408, 429, 502, 503, 504]);
const BASE_TIMEOUT_MS = 30_000;
// A slow link still moves a megabyte a second; larger instances get longer before giving up.
const TIMEOUT_MS_PER_MIB = 1000;

/**
 * Delivers stage-1 instances to the center: `PUT /api/nodes/{nodeId}/instances/{sha256}` with the node's
 * service token and Ed25519 signature over the exact bytes. Connections are kept alive between requests
 * (the runtime's fetch pools them per origin). Every attempt is recorded in the contact log.
 */
@Injectable()
export class CenterDeliveryClient {
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

  async deliver(sha256: string, body: Uint8Array): Promise<DeliveryResult> {
    const started = Date.now();
    const result = await this.attempt(sha256, body);
    const outcome = result.kind === 'confirmed' ? result.outcome : result.reason;
    await this.contacts
      .record({
        kind: 'push',
        succeeded: result.kind === 'confirmed',
        outcome,
        durationMs: Date.now() - started,
      })
      .catch((error: unknown) =>
        this.logger.event('warn', 'center.contact_not_recorded', {
          error: error instanceof Error ? error.name : 'unknown',
        }),
      );
    return result;
  }

  private async attempt(sha256: string, body: Uint8Array): Promise<DeliveryResult> {
    let token: string;
    try {
      token = await this.tokens.getAccessToken();
    } catch {
      return { kind: 'link-unavailable', reason: 'token_unavailable' };
    }
    const path = `/api/nodes/${this.config.NODE_ID}/instances/${sha256}`;
    const headers = signRequest(
      { method: 'PUT', path, body },
      { nodeId: this.config.NODE_ID, keyId: this.signingKey.kid, privateKey: this.signingKey.privateKey },
    );
    // Built outside the try: only the request itself may fail as "unreachable".
    const signal = AbortSignal.timeout(
      BASE_TIMEOUT_MS + Math.ceil((body.byteLength / 1048576) * TIMEOUT_MS_PER_MIB),
    );
    let response: Response;
    try {
      response = await fetch(`${this.config.CENTER_URL}${path}`, {
        method: 'PUT',
        headers: { ...headers, authorization: `Bearer ${token}`, 'content-type': 'application/dicom' },
        body,
        signal,
      });
    } catch {
      return { kind: 'link-unavailable', reason: 'unreachable' };
    }
    let answer: unknown;
    try {
      answer = await response.json();
    } catch {
      answer = null;
    }
    if (response.ok)
      return confirmed(answer) ?? { kind: 'retry', reason: `${response.status} UNREADABLE_ANSWER` };
    const code = (answer as { code?: unknown } | null)?.code;
    const reason =
      typeof code === 'string' && /^[A-Z0-9_]{1,64}$/.test(code)
        ? `${response.status} ${code}`
        : String(response.status);
    if (response.status === 401) this.tokens.invalidate();
    if (LINK_STATUSES.has(response.status)) return { kind: 'link-unavailable', reason };
    if (response.status >= 500) return { kind: 'retry', reason };
    return { kind: 'refused', reason };
  }
}

function confirmed(answer: unknown): DeliveryResult | null {
  const { outcome, code } = (answer ?? {}) as { outcome?: unknown; code?: unknown };
  if (outcome !== 'stored' && outcome !== 'duplicate' && outcome !== 'quarantined') return null;
  return typeof code === 'string' ? { kind: 'confirmed', outcome, code } : { kind: 'confirmed', outcome };
}
