import { secretKeyFromBytes, type SecretKey } from '@lattice/keys';
import { DEFAULT_PIXEL_RULES } from '../pixels/default-pixel-rules';
import { compileProfile, type CompiledProfile } from '../profile/compile-profile';
import { RESEARCH_DEFAULT_PROFILE, type ProfileDefinition } from '../profile/named-profiles';
import { createDeidContext, type DeidContext } from '../pipeline/deid-context';
import type { DeidStage } from '../keyed/keyed-hash';

/** A real 32-byte key derived from a label, so tests are repeatable and two labels give two keys. */
export function testKey(label: string): SecretKey {
  const bytes = Buffer.alloc(32);
  for (let i = 0; i < 32; i += 1) bytes[i] = (label.charCodeAt(i % label.length) * 31 + i * 17) & 0xff;
  return secretKeyFromBytes(bytes);
}

export const HOSPITAL_KEY = testKey('hospital-a');
export const OTHER_HOSPITAL_KEY = testKey('hospital-b');
export const CENTER_KEY = testKey('national-center');

/** A pipeline context with the shipped pixel rules. */
export function testContext(
  stage: DeidStage,
  key: SecretKey = stage === 1 ? HOSPITAL_KEY : CENTER_KEY,
  profile: ProfileDefinition | CompiledProfile = RESEARCH_DEFAULT_PROFILE,
): DeidContext {
  const compiled = 'publicAction' in profile ? profile : compileProfile(profile);
  return createDeidContext({ stage, profile: compiled, key, pixels: { rules: DEFAULT_PIXEL_RULES } });
}

/** The output chunks of a deidentified outcome as one buffer. */
export function joinChunks(chunks: readonly Uint8Array[]): Uint8Array {
  return Buffer.concat(chunks as Uint8Array[]);
}
