import {
  compileProfile,
  createDeidContext,
  DEFAULT_PIXEL_RULES,
  profileByName,
  type DeidContext,
} from '@lattice/deid';
import { readSecretKeyFile, type SecretKey } from '@lattice/keys';
import type { CenterConfig } from '../center-config';
import { Stage2SetupError } from './ingest.error';

/** Injection token of the center's stage-2 de-identification context, built once at start. */
export const STAGE2_CONTEXT = Symbol('STAGE2_CONTEXT');

/**
 * Builds stage 2 from the center's key and profile. A missing, unreadable, too open or weak key, or an
 * unknown profile, throws Stage2SetupError naming the variable, so the center stops at start instead of
 * refusing every delivery later. Messages name files and settings, never key material.
 */
export function createStage2Context(
  config: Pick<CenterConfig, 'PSEUDONYM_KEY_FILE' | 'DEID_PROFILE'>,
): DeidContext {
  let key: SecretKey;
  try {
    key = readSecretKeyFile(config.PSEUDONYM_KEY_FILE);
  } catch (error) {
    throw new Stage2SetupError(`PSEUDONYM_KEY_FILE: ${messageOf(error)}`);
  }
  let profile;
  try {
    profile = compileProfile(profileByName(config.DEID_PROFILE));
  } catch (error) {
    throw new Stage2SetupError(`DEID_PROFILE: ${messageOf(error)}`);
  }
  try {
    // The center has no site rules: burned-in text is settled at the node, which knows its devices.
    return createDeidContext({ stage: 2, profile, key, pixels: { rules: DEFAULT_PIXEL_RULES } });
  } catch (error) {
    throw new Stage2SetupError(`PSEUDONYM_KEY_FILE: ${messageOf(error)}`);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'unusable';
}
