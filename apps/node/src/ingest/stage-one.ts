import {
  compileProfile,
  createDeidContext,
  DEFAULT_PIXEL_RULES,
  DeidError,
  PixelRulesError,
  profileByName,
  readPixelRulesFile,
  type DeidContext,
} from '@lattice/deid';
import type { NodeConfig } from '../node-config';
import { SettingError, readSecretKeySetting } from '../vault/key-setting';

/** Injection token of the stage-1 de-identification context, built once at start. */
export const STAGE_ONE = Symbol('STAGE_ONE');

/**
 * The node's stage-1 pipeline: DEID_PROFILE with the hospital's PSEUDONYM_KEY_FILE, the date-shift
 * window, and the pixel rules (PIXEL_RULES_FILE in front of the shipped defaults). Any unusable
 * setting stops the node at start with a message naming the variable.
 */
export async function createStageOneContext(config: NodeConfig): Promise<DeidContext> {
  const key = readSecretKeySetting('PSEUDONYM_KEY_FILE', config.PSEUDONYM_KEY_FILE);
  try {
    const rules = config.PIXEL_RULES_FILE
      ? (await readPixelRulesFile(config.PIXEL_RULES_FILE)).followedBy(DEFAULT_PIXEL_RULES)
      : DEFAULT_PIXEL_RULES;
    return createDeidContext({
      stage: 1,
      profile: compileProfile(profileByName(config.DEID_PROFILE)),
      key,
      dateShiftMaxDays: config.DEID_DATE_SHIFT_MAX_DAYS,
      pixels: { rules },
    });
  } catch (error) {
    if (error instanceof PixelRulesError) {
      throw new SettingError(`PIXEL_RULES_FILE: ${error.message}`, { cause: error });
    }
    if (error instanceof DeidError) {
      const variable =
        error.code === 'INVALID_DATE_SHIFT_WINDOW'
          ? 'DEID_DATE_SHIFT_MAX_DAYS'
          : error.code === 'UNKNOWN_PROFILE'
            ? 'DEID_PROFILE'
            : 'PSEUDONYM_KEY_FILE';
      throw new SettingError(`${variable}: ${error.message}`, { cause: error });
    }
    throw error;
  }
}
