import { createHash, randomBytes, sign, verify, type KeyObject } from 'node:crypto';

/**
 * Signed node requests. A node proves every request to the center with its Ed25519 key on top of its
 * service token: the token says which OIDC client is calling, the signature proves the enrolled node's
 * key holder sent exactly this method, path and body, recently, and only once.
 *
 * Canonical string (UTF-8, lines joined with "\n"):
 *   LATTICE-ED25519-V1, METHOD, path-with-query, node id, key id, timestamp (ISO 8601 UTC), nonce,
 *   hex SHA-256 of the body (of zero bytes when there is none).
 */
export const SIGNATURE_SCHEME = 'LATTICE-ED25519-V1';

export const SignatureHeader = {
  node: 'x-lattice-node',
  keyId: 'x-lattice-key-id',
  timestamp: 'x-lattice-timestamp',
  nonce: 'x-lattice-nonce',
  contentSha256: 'x-lattice-content-sha256',
  signature: 'x-lattice-signature',
} as const;

export interface SignableRequest {
  readonly method: string;
  /** Path and query exactly as sent, e.g. `/api/nodes/node-a/heartbeat`. */
  readonly path: string;
  readonly body?: Uint8Array;
}

export interface RequestSigner {
  readonly nodeId: string;
  readonly keyId: string;
  readonly privateKey: KeyObject;
}

/** The headers that sign one request. */
export function signRequest(
  request: SignableRequest,
  signer: RequestSigner,
  now: Date = new Date(),
  nonce: string = randomBytes(16).toString('base64url'),
): Record<string, string> {
  const timestamp = now.toISOString();
  const contentSha256 = sha256Hex(request.body);
  const canonical = canonicalString(request, signer.nodeId, signer.keyId, timestamp, nonce, contentSha256);
  const signature = sign(null, Buffer.from(canonical, 'utf8'), signer.privateKey).toString('base64url');
  return {
    [SignatureHeader.node]: signer.nodeId,
    [SignatureHeader.keyId]: signer.keyId,
    [SignatureHeader.timestamp]: timestamp,
    [SignatureHeader.nonce]: nonce,
    [SignatureHeader.contentSha256]: contentSha256,
    [SignatureHeader.signature]: signature,
  };
}

export type SignatureFailure =
  | 'MISSING_SIGNATURE'
  | 'NODE_MISMATCH'
  | 'KEY_MISMATCH'
  | 'STALE_TIMESTAMP'
  | 'CONTENT_MISMATCH'
  | 'BAD_SIGNATURE';

export interface EnrolledKey {
  readonly nodeId: string;
  readonly keyId: string;
  readonly publicKey: KeyObject;
}

export type SignatureVerdict =
  | { readonly valid: true; readonly nonce: string; readonly timestamp: Date }
  | { readonly valid: false; readonly failure: SignatureFailure };

/**
 * Checks a request's signature against the key enrolled for the node it claims to be. The caller
 * still checks the nonce has not been seen (replay) and that the authenticated client is this node.
 */
export function verifyRequestSignature(
  request: SignableRequest,
  headers: Readonly<Record<string, string | string[] | undefined>>,
  enrolled: EnrolledKey,
  options: { readonly now?: Date; readonly maxSkewSeconds: number },
): SignatureVerdict {
  const header = (name: string): string | undefined => {
    const value = headers[name];
    return Array.isArray(value) ? undefined : value;
  };
  const nodeId = header(SignatureHeader.node);
  const keyId = header(SignatureHeader.keyId);
  const timestamp = header(SignatureHeader.timestamp);
  const nonce = header(SignatureHeader.nonce);
  const contentSha256 = header(SignatureHeader.contentSha256);
  const signature = header(SignatureHeader.signature);
  if (!nodeId || !keyId || !timestamp || !nonce || !contentSha256 || !signature) {
    return { valid: false, failure: 'MISSING_SIGNATURE' };
  }
  if (nodeId !== enrolled.nodeId) return { valid: false, failure: 'NODE_MISMATCH' };
  if (keyId !== enrolled.keyId) return { valid: false, failure: 'KEY_MISMATCH' };
  const signedAt = new Date(timestamp);
  const now = options.now ?? new Date();
  if (
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(timestamp) ||
    Number.isNaN(signedAt.getTime()) ||
    Math.abs(now.getTime() - signedAt.getTime()) > options.maxSkewSeconds * 1000
  ) {
    return { valid: false, failure: 'STALE_TIMESTAMP' };
  }
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(nonce)) return { valid: false, failure: 'MISSING_SIGNATURE' };
  if (contentSha256 !== sha256Hex(request.body)) return { valid: false, failure: 'CONTENT_MISMATCH' };
  const canonical = canonicalString(request, nodeId, keyId, timestamp, nonce, contentSha256);
  let verified = false;
  try {
    verified = verify(
      null,
      Buffer.from(canonical, 'utf8'),
      enrolled.publicKey,
      Buffer.from(signature, 'base64url'),
    );
  } catch {
    verified = false;
  }
  if (!verified) return { valid: false, failure: 'BAD_SIGNATURE' };
  return { valid: true, nonce, timestamp: signedAt };
}

function canonicalString(
  request: SignableRequest,
  nodeId: string,
  keyId: string,
  timestamp: string,
  nonce: string,
  contentSha256: string,
): string {
  return [
    SIGNATURE_SCHEME,
    request.method.toUpperCase(),
    request.path,
    nodeId,
    keyId,
    timestamp,
    nonce,
    contentSha256,
  ].join('\n');
}

function sha256Hex(body: Uint8Array | undefined): string {
  return createHash('sha256')
    .update(body ?? new Uint8Array(0))
    .digest('hex');
}
