/** The command elements a C-ECHO or C-STORE response carries, as dcmjs-dimse names them. */
const RESPONSE_ELEMENTS: Readonly<
  Record<string, { readonly element: number; readonly vr: 'UI' | 'US' | 'LO' }>
> = {
  AffectedSOPClassUID: { element: 0x0002, vr: 'UI' },
  CommandField: { element: 0x0100, vr: 'US' },
  MessageIDBeingRespondedTo: { element: 0x0120, vr: 'US' },
  CommandDataSetType: { element: 0x0800, vr: 'US' },
  Status: { element: 0x0900, vr: 'US' },
  ErrorComment: { element: 0x0902, vr: 'LO' },
  AffectedSOPInstanceUID: { element: 0x1000, vr: 'UI' },
};

const P_DATA_TF = 0x04;
/** Message Control Header: a command fragment, and the last one. */
const COMMAND_LAST = 0x03;

/**
 * Encodes a response's command set (implicit VR little endian, group 0000 with its group length) as
 * one P-DATA-TF PDU, or returns null when it holds an element this encoder does not know (the caller
 * then lets dcmjs-dimse encode it). Responses are a few hundred bytes: one PDU, one socket write.
 */
export function responsePdu(
  elements: Readonly<Record<string, unknown>>,
  presentationContextId: number,
): Buffer | null {
  const encoded: { element: number; bytes: Buffer }[] = [];
  for (const [name, value] of Object.entries(elements)) {
    if (value === undefined || value === null || value === '') continue;
    const spec = RESPONSE_ELEMENTS[name];
    if (!spec) return null;
    if (spec.vr === 'US') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffff) return null;
      const bytes = Buffer.alloc(2);
      bytes.writeUInt16LE(value, 0);
      encoded.push({ element: spec.element, bytes });
    } else {
      if (typeof value !== 'string') return null;
      const text = Buffer.from(value.slice(0, 64), 'latin1');
      encoded.push({
        element: spec.element,
        bytes:
          text.length % 2 === 0 ? text : Buffer.concat([text, Buffer.of(spec.vr === 'UI' ? 0x00 : 0x20)]),
      });
    }
  }
  encoded.sort((a, b) => a.element - b.element);
  const groupLength = encoded.reduce((sum, { bytes }) => sum + 8 + bytes.length, 0);
  const commandLength = 12 + groupLength;
  const pdu = Buffer.alloc(6 + 4 + 2 + commandLength);
  pdu[0] = P_DATA_TF;
  pdu.writeUInt32BE(pdu.length - 6, 2);
  pdu.writeUInt32BE(2 + commandLength, 6);
  pdu[10] = presentationContextId;
  pdu[11] = COMMAND_LAST;
  let offset = 12;
  offset = writeElement(pdu, offset, 0x0000, uint32(groupLength));
  for (const { element, bytes } of encoded) offset = writeElement(pdu, offset, element, bytes);
  return pdu;
}

function writeElement(target: Buffer, offset: number, element: number, value: Buffer): number {
  target.writeUInt16LE(0x0000, offset);
  target.writeUInt16LE(element, offset + 2);
  target.writeUInt32LE(value.length, offset + 4);
  value.copy(target, offset + 8);
  return offset + 8 + value.length;
}

function uint32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value, 0);
  return bytes;
}
