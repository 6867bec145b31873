import fc from 'fast-check';
import { PduAssembler } from './pdu-assembler';

function pdu(type: number, length: number, fill: number): Buffer {
  const header = Buffer.alloc(6);
  header[0] = type;
  header.writeUInt32BE(length, 2);
  return Buffer.concat([header, Buffer.alloc(length, fill)]);
}

function feed(assembler: PduAssembler, stream: Buffer, cuts: readonly number[]) {
  const pdus: Buffer[] = [];
  let offset = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < stream.length)]
    .sort((a, b) => a - b)
    .concat(stream.length)) {
    const result = assembler.push(stream.subarray(offset, cut));
    pdus.push(...result.pdus);
    if (result.fault) return { fault: result.fault, pdus };
    offset = cut;
  }
  return { fault: null, pdus };
}

describe('PDU assembly', () => {
  const pdus = [
    pdu(0x01, 300, 1),
    pdu(0x04, 1000, 2),
    pdu(0x04, 4096, 3),
    pdu(0x05, 4, 4),
    pdu(0x04, 0, 5),
    pdu(0x06, 4, 6),
  ];
  const stream = Buffer.concat(pdus);

  it('returns every PDU whole and in order, however the stream is cut', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: stream.length }), { maxLength: 16 }), (cuts) => {
        const result = feed(new PduAssembler(4096), stream, cuts);
        expect(result.fault).toBeNull();
        expect(result.pdus.length).toBe(pdus.length);
        expect(result.pdus.every((piece, index) => piece.equals(pdus[index] as Buffer))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('hands out PDUs lying within one chunk as views of it, without copying', () => {
    const { pdus: out } = feed(new PduAssembler(4096), stream, []);
    expect(out.every((piece) => piece.buffer === stream.buffer)).toBe(true);
  });

  it('refuses a P-DATA-TF longer than the announced maximum as soon as its header is complete', () => {
    const oversized = Buffer.concat([pdu(0x04, 100, 1), pdu(0x04, 5000, 2).subarray(0, 20)]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: oversized.length }), { maxLength: 8 }), (cuts) => {
        const result = feed(new PduAssembler(4096), oversized, cuts);
        expect(result.fault).toBe('pdu-too-large');
        expect(result.pdus.length).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('refuses unknown PDU types and oversized association requests', () => {
    expect(new PduAssembler(4096).push(Buffer.from('GET / HTTP/1.1\r\n')).fault).toBe('unknown-pdu-type');
    expect(new PduAssembler(4096).push(Buffer.from([0x01, 0, 0xff, 0xff, 0xff, 0xff])).fault).toBe(
      'pdu-too-large',
    );
  });
});
