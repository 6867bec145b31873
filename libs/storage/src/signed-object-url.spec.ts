import { sha256Hex } from './object-key';
import { MAX_SIGNED_URL_TTL_SECONDS, ObjectUrlSigner, verifySignedObjectUrl } from './signed-object-url';

const signingKey = 'k'.repeat(16) + 'e'.repeat(16);
const key = sha256Hex(Buffer.from('an object'));
const signedAt = Date.UTC(2026, 10, 22, 12, 0, 0, 250);

function signer(options: { routePrefix?: string; publicBaseUrl?: string } = {}): ObjectUrlSigner {
  return new ObjectUrlSigner({
    publicBaseUrl: 'https://center.example.org/',
    signingKey,
    now: () => signedAt,
    ...options,
  });
}

describe('signed object URLs', () => {
  it('have the documented shape and expire ttl seconds after signing, rounded up', () => {
    const url = signer().sign(key, 600);
    const expires = Math.ceil(signedAt / 1000) + 600;
    expect(url).toMatch(
      new RegExp(
        `^https://center\\.example\\.org/objects/${key}\\?expires=${expires}&signature=[A-Za-z0-9_-]{43}$`,
      ),
    );
    expect(signer({ routePrefix: 'files/' }).sign(key, 600)).toContain(
      `https://center.example.org/files/${key}?`,
    );
  });

  it('verify until the expiry second and not after', () => {
    const url = signer().sign(key, 60);
    const expiresAt = (Math.ceil(signedAt / 1000) + 60) * 1000;
    expect(verifySignedObjectUrl(url, { signingKey, now: signedAt })).toEqual({
      valid: true,
      key,
      expiresAt: new Date(expiresAt),
    });
    expect(verifySignedObjectUrl(url, { signingKey, now: expiresAt })).toMatchObject({ valid: true });
    expect(verifySignedObjectUrl(url, { signingKey, now: expiresAt + 1 })).toEqual({
      valid: false,
      reason: 'EXPIRED',
      message: 'the URL has expired',
    });
  });

  it('verify from the path and query alone, wherever the route is mounted', () => {
    const url = new URL(signer().sign(key, 60));
    expect(
      verifySignedObjectUrl(`${url.pathname}${url.search}`, { signingKey, now: signedAt }),
    ).toMatchObject({ valid: true, key });
    expect(
      verifySignedObjectUrl(`/api/v1/objects/${key}${url.search}`, { signingKey, now: signedAt }),
    ).toMatchObject({ valid: true });
  });

  it.each([
    ['another signing key', (url: string) => url, 'BAD_SIGNATURE', 'x'.repeat(32)],
    [
      'another object',
      (url: string) => url.replace(key, sha256Hex(Buffer.from('other'))),
      'BAD_SIGNATURE',
      signingKey,
    ],
    [
      'a later expiry',
      (url: string) => url.replace(/expires=(\d+)/, (_m, v: string) => `expires=${Number(v) + 1}`),
      'BAD_SIGNATURE',
      signingKey,
    ],
    [
      'a signature with spare bits changed',
      (url: string) => url.slice(0, -1) + (url.endsWith('A') ? 'B' : 'A'),
      'BAD_SIGNATURE',
      signingKey,
    ],
    ['a key that is not hex', (url: string) => url.replace(key, 'Z'.repeat(64)), 'MALFORMED', signingKey],
    ['no expiry', (url: string) => url.replace(/expires=\d+&/, ''), 'MALFORMED', signingKey],
    [
      'a fractional expiry',
      (url: string) => url.replace(/expires=(\d+)/, 'expires=1.5'),
      'MALFORMED',
      signingKey,
    ],
    ['a short signature', (url: string) => url.slice(0, -2), 'MALFORMED', signingKey],
  ])('are refused with %s', (_label, alter, reason, verifyingKey) => {
    const url = alter(signer().sign(key, 60));
    expect(verifySignedObjectUrl(url, { signingKey: verifyingKey, now: signedAt })).toMatchObject({
      valid: false,
      reason,
    });
  });

  it('need a signing key of at least 32 bytes and a TTL of 1 second to 7 days', () => {
    expect(() => new ObjectUrlSigner({ publicBaseUrl: 'http://x', signingKey: 'short' })).toThrow(RangeError);
    expect(() => signer().sign(key, 0)).toThrow(RangeError);
    expect(() => signer().sign(key, MAX_SIGNED_URL_TTL_SECONDS + 1)).toThrow(RangeError);
    expect(signer().sign(key, MAX_SIGNED_URL_TTL_SECONDS)).toContain(key);
  });
});
