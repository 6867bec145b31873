import { Writable } from 'node:stream';
import { Dataset } from 'dcmjs-dimse';

/**
 * Collects the PDV values of one C-STORE data set as they arrive: references to the received buffers,
 * never a growing copy. Writes always succeed at once, so the association never waits for a drain.
 */
export class ReceivedDatasetStream extends Writable {
  readonly chunks: Buffer[] = [];
  byteLength = 0;

  constructor(
    /** The presentation context was accepted during negotiation. */
    readonly contextAccepted: boolean,
  ) {
    super({ highWaterMark: Number.MAX_SAFE_INTEGER, decodeStrings: false });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    this.byteLength += chunk.length;
    callback();
  }
}

/**
 * The data set handed to the C-STORE handler: the raw received chunks and the transfer syntax of the
 * presentation context, with no dcmjs parse of the object.
 */
export class ReceivedDataset extends Dataset {
  constructor(
    readonly chunks: readonly Buffer[],
    readonly byteLength: number,
    transferSyntaxUid: string,
    readonly contextAccepted: boolean,
  ) {
    super({}, transferSyntaxUid);
  }
}
