import { z } from 'zod';

/** The format marker every Lattice key file carries. */
export const KEY_FILE_FORMAT = 'lattice-key/1';

const common = {
  format: z.literal(KEY_FILE_FORMAT),
  kid: z.string().regex(/^[0-9a-f]{16}$/),
  created: z.iso.datetime({ offset: true }),
};

/** A secret key file: one symmetric key, base64. */
export const secretKeyFileSchema = z.object({
  ...common,
  type: z.literal('secret'),
  key: z.string(),
});

/** An Ed25519 key file: the private key as PKCS#8 PEM and the raw public key as base64. */
export const signingKeyFileSchema = z.object({
  ...common,
  type: z.literal('ed25519'),
  privateKey: z.string(),
  publicKey: z.string(),
});

export type SecretKeyFile = z.infer<typeof secretKeyFileSchema>;
export type SigningKeyFile = z.infer<typeof signingKeyFileSchema>;
export type KeyType = 'secret' | 'ed25519';
