/**
 * Accumulates output as chunks for `writev`: small headers and values are copied into a shared scratch
 * buffer, large values are passed through as the caller's own views (never copied).
 */
export class ChunkWriter {
  readonly chunks: Uint8Array[] = [];
  private buffer: Uint8Array;
  private view: DataView;
  /** Where the next byte goes in `buffer`. */
  private pos = 0;
  /** Start of the bytes in `buffer` not yet handed out as a chunk. */
  private chunkStart = 0;
  private written = 0;

  constructor(
    private readonly scratchSize = 8 * 1024,
    /** Values at least this long are passed through as views instead of copied. */
    readonly passThroughThreshold = 1024,
  ) {
    this.buffer = new Uint8Array(scratchSize);
    this.view = new DataView(this.buffer.buffer);
  }

  /** Bytes written so far. */
  get length(): number {
    return this.written + (this.pos - this.chunkStart);
  }

  private reserve(count: number): void {
    if (this.pos + count <= this.buffer.byteLength) return;
    this.flush();
    const size = Math.max(this.scratchSize, count);
    this.buffer = new Uint8Array(size);
    this.view = new DataView(this.buffer.buffer);
    this.pos = 0;
    this.chunkStart = 0;
  }

  private flush(): void {
    if (this.pos > this.chunkStart) {
      this.chunks.push(this.buffer.subarray(this.chunkStart, this.pos));
      this.written += this.pos - this.chunkStart;
      this.chunkStart = this.pos;
    }
  }

  uint16(value: number, littleEndian: boolean): void {
    this.reserve(2);
    this.view.setUint16(this.pos, value, littleEndian);
    this.pos += 2;
  }

  uint32(value: number, littleEndian: boolean): void {
    this.reserve(4);
    this.view.setUint32(this.pos, value, littleEndian);
    this.pos += 4;
  }

  /** Tag as group then element, each in the given byte order. */
  tag(tag: number, littleEndian: boolean): void {
    this.reserve(4);
    this.view.setUint16(this.pos, tag >>> 16, littleEndian);
    this.view.setUint16(this.pos + 2, tag & 0xffff, littleEndian);
    this.pos += 4;
  }

  /**
   * An element header in one go: tag, then for explicit VR the VR and a 2-byte length (or 2 reserved bytes and
   * a 4-byte length when `longLength`), for implicit VR a 4-byte length.
   */
  header(
    tag: number,
    vr: string,
    length: number,
    explicit: boolean,
    longLength: boolean,
    littleEndian: boolean,
  ): void {
    this.reserve(12);
    const view = this.view;
    const pos = this.pos;
    view.setUint16(pos, tag >>> 16, littleEndian);
    view.setUint16(pos + 2, tag & 0xffff, littleEndian);
    if (!explicit) {
      view.setUint32(pos + 4, length, littleEndian);
      this.pos = pos + 8;
      return;
    }
    this.buffer[pos + 4] = vr.charCodeAt(0);
    this.buffer[pos + 5] = vr.charCodeAt(1);
    if (longLength) {
      view.setUint16(pos + 6, 0, littleEndian);
      view.setUint32(pos + 8, length, littleEndian);
      this.pos = pos + 12;
    } else {
      view.setUint16(pos + 6, length, littleEndian);
      this.pos = pos + 8;
    }
  }

  /** Two ASCII characters (a VR). */
  ascii2(text: string): void {
    this.reserve(2);
    this.buffer[this.pos] = text.charCodeAt(0);
    this.buffer[this.pos + 1] = text.charCodeAt(1);
    this.pos += 2;
  }

  byte(value: number): void {
    this.reserve(1);
    this.buffer[this.pos] = value;
    this.pos += 1;
  }

  zeros(count: number): void {
    this.reserve(count);
    this.buffer.fill(0, this.pos, this.pos + count);
    this.pos += count;
  }

  /** Appends bytes: copied when small, passed through as a chunk of their own when large. */
  bytes(value: Uint8Array): void {
    if (value.byteLength >= this.passThroughThreshold) {
      this.flush();
      this.chunks.push(value);
      this.written += value.byteLength;
      return;
    }
    const length = value.byteLength;
    this.reserve(length);
    // A loop beats TypedArray.set for the short values most elements have.
    if (length <= 32) {
      const buffer = this.buffer;
      const pos = this.pos;
      for (let i = 0; i < length; i++) buffer[pos + i] = value[i] as number;
    } else {
      this.buffer.set(value, this.pos);
    }
    this.pos += length;
  }

  /** Reserves four bytes to be filled in later through the returned view and offset (DICOMDIR offsets). */
  reserveSlot32(): { buffer: DataView; offset: number } {
    this.reserve(4);
    const handle = { buffer: this.view, offset: this.pos };
    this.pos += 4;
    return handle;
  }

  /** The chunks written, in order. The writer must not be used afterwards. */
  finish(): Uint8Array[] {
    this.flush();
    return this.chunks;
  }
}
