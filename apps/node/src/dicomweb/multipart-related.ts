/** One body part of a multipart/related message, as the references to its received bytes. */
export interface MultipartPart {
  /** Header fields, names in lower case. */
  readonly headers: ReadonlyMap<string, string>;
  readonly chunks: readonly Buffer[];
  readonly byteLength: number;
}

/** Why a multipart body cannot be read. */
export type MultipartErrorCode = 'NO_FIRST_BOUNDARY' | 'HEADERS_TOO_LARGE' | 'MALFORMED_PART_HEADERS';

/** A multipart body that cannot be read; the message names the problem, never content. */
export class MultipartError extends Error {
  constructor(
    readonly code: MultipartErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MultipartError';
  }
}

type State = 'preamble' | 'after-delimiter' | 'headers' | 'body' | 'epilogue';

const CRLF = Buffer.from('\r\n', 'latin1');
const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');
const MAX_HEADER_BYTES = 16 * 1024;
/** A preamble this long without a boundary is not the multipart body it claims to be. */
const MAX_PREAMBLE_BYTES = 64 * 1024;

/**
 * A streaming multipart/related reader (RFC 2046 §5.1): feed it chunks as they arrive and it returns
 * the parts completed so far. Part bodies are kept as references to the received chunks (no growing
 * copy); only a boundary's worth of bytes is carried between chunks, so memory is bounded by the part
 * being read, never by the whole request.
 */
export class MultipartRelatedReader {
  private readonly delimiter: Buffer;
  private state: State = 'preamble';
  // The stream is read as if it began with CRLF, so the first boundary needs no special case.
  private carry: Buffer = Buffer.from(CRLF);
  private headers: Map<string, string> = new Map();
  private chunks: Buffer[] = [];
  private byteLength = 0;
  private preambleBytes = 0;

  constructor(boundary: string) {
    this.delimiter = Buffer.from(`\r\n--${boundary}`, 'latin1');
  }

  /** Reads one more chunk; returns the parts it completed. */
  push(chunk: Buffer): MultipartPart[] {
    const data = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
    this.carry = EMPTY;
    const done: MultipartPart[] = [];
    let position = 0;
    for (;;) {
      switch (this.state) {
        case 'preamble': {
          const found = data.indexOf(this.delimiter, position);
          if (found < 0) {
            this.preambleBytes += data.length;
            if (this.preambleBytes > MAX_PREAMBLE_BYTES) {
              throw new MultipartError(
                'NO_FIRST_BOUNDARY',
                'the body does not start with the boundary of its Content-Type',
              );
            }
            return this.wait(data, Math.max(position, data.length - this.delimiter.length + 1), done);
          }
          position = found + this.delimiter.length;
          this.state = 'after-delimiter';
          break;
        }
        case 'after-delimiter': {
          if (data.length - position < 2) return this.wait(data, position, done);
          if (data[position] === 0x2d && data[position + 1] === 0x2d) {
            this.state = 'epilogue';
            return done;
          }
          // Transport padding (spaces, tabs) may follow a boundary before its CRLF.
          const lineEnd = data.indexOf(CRLF, position);
          if (lineEnd < 0) return this.wait(data, position, done);
          position = lineEnd + 2;
          this.state = 'headers';
          break;
        }
        case 'headers': {
          if (data.length - position < 2) return this.wait(data, position, done);
          let bodyStart: number;
          if (data[position] === 0x0d && data[position + 1] === 0x0a) {
            bodyStart = position + 2;
          } else {
            const end = data.indexOf(HEADER_END, position);
            if (end < 0) {
              if (data.length - position > MAX_HEADER_BYTES) {
                throw new MultipartError('HEADERS_TOO_LARGE', 'a body part has more than 16 KiB of headers');
              }
              return this.wait(data, position, done);
            }
            this.headers = parseHeaders(data.toString('latin1', position, end));
            bodyStart = end + 4;
          }
          position = bodyStart;
          this.state = 'body';
          break;
        }
        case 'body': {
          const found = data.indexOf(this.delimiter, position);
          if (found < 0) {
            const safe = Math.max(position, data.length - this.delimiter.length + 1);
            this.append(data.subarray(position, safe));
            return this.wait(data, safe, done);
          }
          this.append(data.subarray(position, found));
          done.push({ headers: this.headers, chunks: this.chunks, byteLength: this.byteLength });
          this.headers = new Map();
          this.chunks = [];
          this.byteLength = 0;
          position = found + this.delimiter.length;
          this.state = 'after-delimiter';
          break;
        }
        case 'epilogue':
          return done;
      }
    }
  }

  /**
   * Ends the body. `complete` is false when the close delimiter never came; a part that was being read
   * then is returned in `truncated` (its bytes are incomplete).
   */
  end(): { readonly complete: boolean; readonly truncated: MultipartPart | null } {
    if (this.state === 'preamble') {
      throw new MultipartError(
        'NO_FIRST_BOUNDARY',
        'the body does not contain the boundary of its Content-Type',
      );
    }
    if (this.state === 'epilogue') return { complete: true, truncated: null };
    const truncated =
      this.state === 'body' || this.state === 'headers'
        ? { headers: this.headers, chunks: this.chunks, byteLength: this.byteLength }
        : null;
    return { complete: false, truncated };
  }

  private append(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.chunks.push(bytes);
    this.byteLength += bytes.length;
  }

  /**
   * Keeps the unread tail for the next chunk (a copy, so the large chunk it came from is not held by
   * it) and returns the parts completed so far.
   */
  private wait(data: Buffer, from: number, done: MultipartPart[]): MultipartPart[] {
    this.carry = from >= data.length ? EMPTY : Buffer.from(data.subarray(from));
    return done;
  }
}

const EMPTY = Buffer.alloc(0);

function parseHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of text.split('\r\n')) {
    if (line === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new MultipartError('MALFORMED_PART_HEADERS', 'a body part header line has no name');
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}
