import { promises as fs } from 'node:fs';
import path from 'node:path';

/** The outcome of looking a URL path up in the public folder. */
export type StaticLookup =
  | {
      readonly kind: 'file';
      readonly filePath: string;
      readonly relativePath: string;
      readonly size: number;
      readonly mtimeMs: number;
    }
  | { readonly kind: 'missing' }
  /** Malformed, hidden or escaping the folder: answered 404 without the SPA fallback. */
  | { readonly kind: 'rejected' };

/**
 * Finds the file a URL path names inside `root` (a real path), refusing anything that could leave it:
 * `..` in any encoding, dot-files, NUL bytes, backslashes and symbolic links pointing outside.
 */
export async function findStaticFile(root: string, urlPath: string): Promise<StaticLookup> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'rejected' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'rejected' };
  const segments = decoded.split('/').filter((segment) => segment.length > 0);
  if (segments.some((segment) => segment.startsWith('.'))) return { kind: 'rejected' };
  const relativePath = segments.length === 0 ? 'index.html' : segments.join('/');
  const filePath = path.join(root, relativePath);
  if (!isInside(root, filePath)) return { kind: 'rejected' };

  let stats;
  try {
    stats = await fs.stat(filePath);
  } catch {
    return { kind: 'missing' };
  }
  if (!stats.isFile()) return { kind: 'missing' };
  if (!isInside(root, await fs.realpath(filePath))) return { kind: 'rejected' };
  return { kind: 'file', filePath, relativePath, size: stats.size, mtimeMs: stats.mtimeMs };
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative.length > 0 && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Whether a missing path should be answered with the single-page app (index.html): browser navigations
 * (they accept text/html, and app paths may hold dots, such as UIDs) and extension-less paths, but never
 * the build's assets folder, where a missing file is a real 404.
 */
export function isAppRoute(urlPath: string, accept: string | undefined): boolean {
  if (urlPath === '/assets' || urlPath.startsWith('/assets/')) return false;
  if (accept?.includes('text/html')) return true;
  const last = urlPath.split('/').pop() ?? '';
  return !last.includes('.');
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** The Content-Type of a file by its extension; unknown kinds are sent as opaque bytes. */
export function contentTypeOf(filePath: string): string {
  return contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

// Vite names built assets `name-<hash>.<ext>` under assets/: their content never changes under that name.
const hashedAsset = /^assets\/(?:.+\/)?[^/]+-[A-Za-z0-9_-]{8,}\.[A-Za-z0-9]+$/;

/**
 * Cache-Control for a file: hashed assets are cached for a year as immutable; everything else
 * (index.html above all) is revalidated on each use so a new release is picked up at once.
 */
export function cacheControlOf(relativePath: string): string {
  return hashedAsset.test(relativePath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Whether a response of this type shrinks enough under compression to be worth it. */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|manifest\+json|wasm)|image\/svg\+xml)/.test(contentType);
}
