import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * The absolute path with symbolic links resolved as far as the path exists, so two spellings of one
 * folder compare equal even before the last parts are created.
 */
export function canonicalPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(canonicalPath(parent), basename(absolute));
  }
}

/** True when `child` is `parent` or lies below it (both canonical). */
export function isSameOrInside(child: string, parent: string): boolean {
  const path = relative(parent, child);
  return path === '' || (!path.startsWith(`..${sep}`) && path !== '..' && !isAbsolute(path));
}

/** A path below `root` written with forward slashes, as reports and messages show it. */
export function portableRelative(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}
