import { createHmac, timingSafeEqual } from 'node:crypto';
import { isObjectKey } from './object-key';

/** Longest life of a signed URL: seven days, the S3 limit, so every adapter accepts the same range. */
export const MAX_SIGNED_URL_TTL_SECONDS = 7 * 24 * 60 * 60;

/** Route under which the owning app serves signed object URLs, by default. */
export const DEFAULT_OBJECT_ROUTE_PREFIX = '/objects';

/** Why a signed URL was refused. */
export type SignedUrlRefusal = 'MALFORMED' | 'BAD_SIGNATURE' | 'EXPIRED';

/** The outcome of checking a signed object URL. */
export type SignedUrlCheck =
  { valid: true; key: string; expiresAt: Date } | { valid: false; reason: SignedUrlRefusal; message: string };

/** What signing and checking URLs needs. */
export interface ObjectUrlSignerOptions {
  /** Where clients reach the owning app, e.g. https://center.example.org (no trailing slash needed). */
  publicBaseUrl: string;
  /** HMAC-SHA256 key: at least 32 bytes. */
  signingKey: string | Uint8Array;
  routePrefix?: string;
  /** Milliseconds since the epoch; tests move it. */
  now?: () => number;
}

const MIN_SIGNING_KEY_BYTES = 32;
// Versioned label so a signature made for another purpose under the same key never verifies here.
const SIGNATURE_LABEL = 'lattice-object-url/1';
const SIGNATURE_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const EXPIRES_PATTERN = /^\d{1,12}$/;

/** Throws RangeError unless the TTL is a whole number of seconds between 1 and seven days. */
export function assertSignedUrlTtl(ttlSeconds: number): void {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > MAX_SIGNED_URL_TTL_SECONDS) {
    throw new RangeError(
      `signed URL lifetime must be a whole number of seconds from 1 to ${MAX_SIGNED_URL_TTL_SECONDS}`,
    );
  }
}

/** Signs and checks the expiring object URLs of stores that the owning app serves. */
export class ObjectUrlSigner {
  private readonly baseUrl: string;
  private readonly routePrefix: string;
  private readonly key: Buffer;
  private readonly now: () => number;

  constructor(options: ObjectUrlSignerOptions) {
    this.baseUrl = options.publicBaseUrl.replace(/\/+$/, '');
    this.routePrefix = normalizeRoutePrefix(options.routePrefix ?? DEFAULT_OBJECT_ROUTE_PREFIX);
    this.key = signingKeyBytes(options.signingKey);
    this.now = options.now ?? Date.now;
  }

  /** `${publicBaseUrl}${routePrefix}/${key}?expires=<unix seconds>&signature=<HMAC-SHA256, base64url>`. */
  sign(key: string, ttlSeconds: number): string {
    assertSignedUrlTtl(ttlSeconds);
    // Rounded up, so a URL always lives at least ttlSeconds.
    const expires = Math.ceil(this.now() / 1000) + ttlSeconds;
    return `${this.baseUrl}${this.routePrefix}/${key}?expires=${expires}&signature=${signature(this.key, key, expires)}`;
  }

  verify(url: string): SignedUrlCheck {
    return verifySignedObjectUrl(url, { signingKey: this.key, now: this.now() });
  }
}

/**
 * Checks a signed object URL (absolute, or the path and query of a request) without any framework.
 * The key is the last path segment, so the check does not depend on where the route is mounted.
 */
export function verifySignedObjectUrl(
  url: string,
  options: { signingKey: string | Uint8Array; now?: number },
): SignedUrlCheck {
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://signed-url.invalid');
  } catch {
    return refuse('MALFORMED', 'not a URL');
  }
  const key = parsed.pathname.slice(parsed.pathname.lastIndexOf('/') + 1);
  const expires = parsed.searchParams.get('expires');
  const provided = parsed.searchParams.get('signature');
  if (!isObjectKey(key)) return refuse('MALFORMED', 'the URL does not name an object');
  if (!expires || !EXPIRES_PATTERN.test(expires) || !provided || !SIGNATURE_PATTERN.test(provided)) {
    return refuse('MALFORMED', 'the URL lacks a valid expiry or signature');
  }
  // Compared as text: decoding would ignore the spare low bits of the last character.
  const expected = Buffer.from(signature(signingKeyBytes(options.signingKey), key, Number(expires)));
  if (!timingSafeEqual(expected, Buffer.from(provided))) {
    return refuse('BAD_SIGNATURE', 'the URL signature is not valid');
  }
  const expiresAt = new Date(Number(expires) * 1000);
  if ((options.now ?? Date.now()) > expiresAt.getTime()) return refuse('EXPIRED', 'the URL has expired');
  return { valid: true, key, expiresAt };
}

function signature(signingKey: Buffer, key: string, expires: number): string {
  return createHmac('sha256', signingKey)
    .update(`${SIGNATURE_LABEL}\n${key}\n${expires}`)
    .digest('base64url');
}

function signingKeyBytes(signingKey: string | Uint8Array): Buffer {
  const bytes = typeof signingKey === 'string' ? Buffer.from(signingKey, 'utf8') : Buffer.from(signingKey);
  if (bytes.length < MIN_SIGNING_KEY_BYTES) {
    throw new RangeError(`URL signing key must be at least ${MIN_SIGNING_KEY_BYTES} bytes`);
  }
  return bytes;
}

function normalizeRoutePrefix(prefix: string): string {
  const trimmed = prefix.replace(/\/+$/, '');
  if (trimmed === '') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

function refuse(reason: SignedUrlRefusal, message: string): SignedUrlCheck {
  return { valid: false, reason, message };
}
