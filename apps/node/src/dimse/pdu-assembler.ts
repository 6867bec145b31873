/** Why a byte stream is not a DICOM Upper Layer stream the node accepts. */
export type PduStreamFault = 'pdu-too-large' | 'unknown-pdu-type';

/** The PDUs completed by one chunk, or why the peer must be cut off. */
export type AssembledPdus =
  | { readonly fault: null; readonly pdus: readonly Buffer[] }
  | { readonly fault: PduStreamFault; readonly pdus: readonly Buffer[] };

const HEADER_BYTES = 6;
const P_DATA_TF = 0x04;
const KNOWN_TYPES: ReadonlySet<number> = new Set([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07]);

/**
 * Cuts an association's byte stream into whole PDUs (PS3.8 §9.3: type, reserved, 32-bit length).
 * A PDU that lies within one received chunk is returned as a view of it (no copy); one that spans
 * chunks is joined once, at its exact size. Headers are checked as they arrive, so a peer announcing
 * a P-DATA-TF longer than the negotiated maximum, or a PDU of an unknown type, is refused before
 * anything is buffered for it.
 */
export class PduAssembler {
  private pieces: Buffer[] = [];
  private held = 0;
  /** Length of the PDU being assembled (header included), once its header is known. */
  private expected = 0;

  constructor(
    /** Largest P-DATA-TF length accepted: the Maximum Length the node announced. */
    private readonly maxPDataLength: number,
    /** Largest other PDU accepted (association requests carry many presentation contexts). */
    private readonly maxOtherLength = 1024 * 1024,
  ) {}

  push(chunk: Buffer): AssembledPdus {
    const pdus: Buffer[] = [];
    let offset = 0;
    while (offset < chunk.length) {
      if (this.expected === 0) {
        // Whole PDUs lying in the chunk are views of it.
        if (this.held === 0) {
          while (chunk.length - offset >= HEADER_BYTES) {
            const fault = this.check(chunk[offset] ?? 0, chunk.readUInt32BE(offset + 2));
            if (fault) return { fault, pdus };
            const total = HEADER_BYTES + chunk.readUInt32BE(offset + 2);
            if (chunk.length - offset < total) break;
            pdus.push(chunk.subarray(offset, offset + total));
            offset += total;
          }
          if (offset === chunk.length) break;
        }
        // A header split across chunks: hold what there is until six bytes are known.
        const take = Math.min(HEADER_BYTES - this.held, chunk.length - offset);
        this.hold(chunk.subarray(offset, offset + take));
        offset += take;
        if (this.held < HEADER_BYTES) break;
        const header =
          this.pieces.length === 1 ? (this.pieces[0] as Buffer) : Buffer.concat(this.pieces, this.held);
        this.pieces = [header];
        const fault = this.check(header[0] ?? 0, header.readUInt32BE(2));
        if (fault) return { fault, pdus };
        this.expected = HEADER_BYTES + header.readUInt32BE(2);
      }
      const take = Math.min(this.expected - this.held, chunk.length - offset);
      this.hold(chunk.subarray(offset, offset + take));
      offset += take;
      if (this.held === this.expected) {
        pdus.push(Buffer.concat(this.pieces, this.held));
        this.pieces = [];
        this.held = 0;
        this.expected = 0;
      }
    }
    return { fault: null, pdus };
  }

  private hold(piece: Buffer): void {
    if (piece.length === 0) return;
    this.pieces.push(piece);
    this.held += piece.length;
  }

  private check(type: number, length: number): PduStreamFault | null {
    if (!KNOWN_TYPES.has(type)) return 'unknown-pdu-type';
    return length > (type === P_DATA_TF ? this.maxPDataLength : this.maxOtherLength) ? 'pdu-too-large' : null;
  }
}
