import { createHash, timingSafeEqual } from 'node:crypto';
import { demoPassword, findUserByUsername, type RealmUser } from './realm';

const expectedDigest = digest(demoPassword);

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * The user whose username and password match, or undefined. An unknown user and a wrong
 * password take the same path, so neither the answer nor its timing tells them apart.
 */
export function authenticate(username: string, password: string): RealmUser | undefined {
  const user = findUserByUsername(username.trim());
  const passwordMatches = timingSafeEqual(digest(password), expectedDigest);
  return user && passwordMatches ? user : undefined;
}
