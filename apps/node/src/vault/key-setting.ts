import { KeyFileError, readSecretKeyFile, type SecretKey } from '@lattice/keys';

/** A setting (key file, profile, rules file) that cannot be used: the node does not start, and the message names the variable. */
export class SettingError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SettingError';
  }
}

/**
 * Reads the secret key a setting points at (PSEUDONYM_KEY_FILE, VAULT_KEY_FILE). A missing, unreadable,
 * malformed, weak or group/world-readable key file stops the start with a message naming the variable.
 */
export function readSecretKeySetting(variable: string, path: string): SecretKey {
  try {
    return readSecretKeyFile(path);
  } catch (error) {
    if (error instanceof KeyFileError)
      throw new SettingError(`${variable}: ${error.message}`, { cause: error });
    throw error;
  }
}
