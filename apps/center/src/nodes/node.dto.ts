import { z } from 'zod';

export const NODE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** A center-admin enrolls a hospital node with the public half of its signing key. */
export const enrollNodeSchema = z.object({
  id: z.string().regex(NODE_ID_PATTERN, 'must be lower-case letters, digits and dashes, e.g. node-a'),
  displayName: z.string().trim().min(1).max(120),
  hospital: z.string().trim().min(1).max(200),
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'must be a base64 Ed25519 public key (32 bytes)'),
});

export type EnrollNodeRequest = z.output<typeof enrollNodeSchema>;

export const heartbeatSchema = z.object({
  softwareVersion: z.string().max(64),
  startedAt: z.string().datetime(),
});

export type HeartbeatRequest = z.output<typeof heartbeatSchema>;

/** A node as the API shows it. */
export interface NodeView {
  readonly id: string;
  readonly displayName: string;
  readonly hospital: string;
  readonly status: 'online' | 'offline';
  readonly lastSeenAt: string | null;
  readonly enrolledAt: string;
  readonly keyId: string;
  readonly softwareVersion: string | null;
}
