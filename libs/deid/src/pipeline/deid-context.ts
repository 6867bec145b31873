import type { SecretKey } from '@lattice/keys';
import { DeidError } from '../deid-error';
import { assertDateShiftWindow, DEFAULT_DATE_SHIFT_MAX_DAYS } from '../keyed/date-shift';
import { KeyedHash, type DeidStage } from '../keyed/keyed-hash';
import type { PixelPolicyOptions } from '../pixels/pixel-policy-options';
import type { CompiledProfile } from '../profile/compile-profile';

/** What a pipeline is configured with. */
export interface DeidContextOptions {
  /** 1 at the hospital node (hospital key), 2 at the center (center key). */
  readonly stage: DeidStage;
  readonly profile: CompiledProfile;
  /** The stage's secret key, as read by readSecretKeyFile. */
  readonly key: SecretKey;
  /** Largest per-patient date shift in days, either direction (default 365; never 0). */
  readonly dateShiftMaxDays?: number;
  /** The burned-in pixel policy: rules, OCR, limits. */
  readonly pixels: PixelPolicyOptions;
}

/** A validated, ready pipeline configuration; reuse it for every file. */
export interface DeidContext {
  readonly stage: DeidStage;
  readonly profile: CompiledProfile;
  readonly hash: KeyedHash;
  readonly dateShiftMaxDays: number;
  readonly pixels: PixelPolicyOptions;
}

/**
 * Validates a configuration once: throws DeidError INVALID_STAGE, MISSING_KEY, WEAK_KEY or
 * INVALID_DATE_SHIFT_WINDOW, so a bad setup stops before the first file.
 */
export function createDeidContext(options: DeidContextOptions): DeidContext {
  if (options.stage !== 1 && options.stage !== 2)
    throw new DeidError('INVALID_STAGE', 'the stage must be 1 or 2');
  const dateShiftMaxDays = options.dateShiftMaxDays ?? DEFAULT_DATE_SHIFT_MAX_DAYS;
  assertDateShiftWindow(dateShiftMaxDays);
  return {
    stage: options.stage,
    profile: options.profile,
    hash: new KeyedHash(options.key),
    dateShiftMaxDays,
    pixels: options.pixels,
  };
}
