import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Files larger than this are refused before reading (a read buffer cannot be larger). */
export const MAX_INPUT_BYTES = 2 ** 31 - 1;

const INITIAL_BYTES = 1024 * 1024;
// After a file larger than this, the buffer is dropped rather than kept for the rest of the run.
const KEPT_BYTES = 64 * 1024 * 1024;

/** An input larger than MAX_INPUT_BYTES. */
export class InputTooLargeError extends Error {
  constructor(readonly size: number) {
    super(`the file is ${size} bytes, more than the ${MAX_INPUT_BYTES} a run can read`);
    this.name = 'InputTooLargeError';
  }
}

/**
 * Reads whole files into one buffer reused from file to file. A fresh half-megabyte buffer per CT slice
 * costs more in page faults than the read itself; reuse makes a read a plain copy from the page cache.
 * The bytes returned are valid until the next read, so a thread must finish with a file before the next.
 */
export class ReusableFileReader {
  private buffer = new Uint8Array(INITIAL_BYTES);

  /** The file's bytes (a view into the shared buffer). Throws the file system's error or InputTooLargeError. */
  read(path: string): Uint8Array {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > MAX_INPUT_BYTES) throw new InputTooLargeError(size);
      if (size > this.buffer.byteLength) this.buffer = new Uint8Array(size);
      let filled = 0;
      while (filled < size) {
        const read = readSync(fd, this.buffer, filled, size - filled, filled);
        // A file that shrinks while it is read ends where the read ends.
        if (read === 0) break;
        filled += read;
      }
      return this.buffer.subarray(0, filled);
    } finally {
      closeSync(fd);
    }
  }

  /** Gives an unusually large buffer back to the allocator once its file is done. */
  release(): void {
    if (this.buffer.byteLength > KEPT_BYTES) this.buffer = new Uint8Array(INITIAL_BYTES);
  }
}
