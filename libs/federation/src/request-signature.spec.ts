import { generateKeyPairSync } from 'node:crypto';
import { signRequest, verifyRequestSignature, SignatureHeader, type EnrolledKey } from './request-signature';

const nodeA = generateKeyPairSync('ed25519');
const nodeB = generateKeyPairSync('ed25519');
const enrolledA: EnrolledKey = { nodeId: 'node-a', keyId: 'kid-a', publicKey: nodeA.publicKey };
const now = new Date('2026-11-22T10:00:00.000Z');
const request = { method: 'POST', path: '/api/nodes/node-a/heartbeat', body: Buffer.from('{"version":"1"}') };

function signedByA(overrides: Partial<typeof request> = {}) {
  return signRequest(
    { ...request, ...overrides },
    { nodeId: 'node-a', keyId: 'kid-a', privateKey: nodeA.privateKey },
    now,
  );
}

describe('signed node requests', () => {
  it('accepts a request signed by the enrolled key', () => {
    const verdict = verifyRequestSignature(request, signedByA(), enrolledA, { now, maxSkewSeconds: 300 });
    expect(verdict).toMatchObject({ valid: true, timestamp: now });
  });

  it("refuses a request signed with another node's key", () => {
    const forged = signRequest(
      request,
      { nodeId: 'node-a', keyId: 'kid-a', privateKey: nodeB.privateKey },
      now,
    );
    expect(verifyRequestSignature(request, forged, enrolledA, { now, maxSkewSeconds: 300 })).toEqual({
      valid: false,
      failure: 'BAD_SIGNATURE',
    });
  });

  it('refuses a request claiming to be another node', () => {
    const asB = signRequest(request, { nodeId: 'node-b', keyId: 'kid-a', privateKey: nodeA.privateKey }, now);
    expect(verifyRequestSignature(request, asB, enrolledA, { now, maxSkewSeconds: 300 })).toEqual({
      valid: false,
      failure: 'NODE_MISMATCH',
    });
  });

  it.each([
    ['a changed body', { body: Buffer.from('{"version":"2"}') }, 'CONTENT_MISMATCH'],
    ['a changed path', { path: '/api/nodes/node-b/heartbeat' }, 'BAD_SIGNATURE'],
    ['a changed method', { method: 'PUT' }, 'BAD_SIGNATURE'],
  ])('refuses %s', (_what, change, failure) => {
    const headers = signedByA();
    expect(
      verifyRequestSignature({ ...request, ...change }, headers, enrolledA, { now, maxSkewSeconds: 300 }),
    ).toEqual({
      valid: false,
      failure,
    });
  });

  it('refuses a request whose timestamp is outside the allowed skew', () => {
    const later = new Date(now.getTime() + 301_000);
    expect(
      verifyRequestSignature(request, signedByA(), enrolledA, { now: later, maxSkewSeconds: 300 }),
    ).toEqual({
      valid: false,
      failure: 'STALE_TIMESTAMP',
    });
  });

  it('refuses a signature over a rewritten nonce or timestamp', () => {
    const headers = { ...signedByA(), [SignatureHeader.nonce]: 'AAAAAAAAAAAAAAAAAAAAAA' };
    expect(verifyRequestSignature(request, headers, enrolledA, { now, maxSkewSeconds: 300 })).toMatchObject({
      valid: false,
    });
  });

  it('refuses unsigned requests and a key id that is not the enrolled one', () => {
    expect(verifyRequestSignature(request, {}, enrolledA, { now, maxSkewSeconds: 300 })).toEqual({
      valid: false,
      failure: 'MISSING_SIGNATURE',
    });
    const otherKid = signRequest(
      request,
      { nodeId: 'node-a', keyId: 'kid-old', privateKey: nodeA.privateKey },
      now,
    );
    expect(verifyRequestSignature(request, otherKid, enrolledA, { now, maxSkewSeconds: 300 })).toEqual({
      valid: false,
      failure: 'KEY_MISMATCH',
    });
  });
});
