import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** The encodings the server can send. */
export type ContentEncoding = 'br' | 'gzip';

const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

/** The best encoding the client accepts (`q=0` excludes one), or null for the identity encoding. */
export function preferredEncoding(acceptEncoding: string | undefined): ContentEncoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Set<string>();
  for (const part of acceptEncoding.split(',')) {
    const [token = '', ...parameters] = part.trim().toLowerCase().split(';');
    const quality = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (quality !== undefined && Number(quality.slice(2)) === 0) continue;
    accepted.add(token.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

/** Compressed bodies kept per file version, so each asset is compressed once per encoding. */
export class CompressionCache {
  private readonly entries = new Map<string, Promise<Buffer>>();

  constructor(private readonly maxEntries = 256) {}

  /** The body in the given encoding; `version` changes whenever the file does. */
  get(key: string, version: string, encoding: ContentEncoding, body: Buffer): Promise<Buffer> {
    const cacheKey = `${encoding}:${version}:${key}`;
    const cached = this.entries.get(cacheKey);
    if (cached !== undefined) return cached;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const compressed =
      encoding === 'br'
        ? compressBrotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
        : compressGzip(body, { level: 9 });
    this.entries.set(cacheKey, compressed);
    compressed.catch(() => this.entries.delete(cacheKey));
    return compressed;
  }
}
