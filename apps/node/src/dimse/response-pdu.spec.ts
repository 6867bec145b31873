import { constants, responses } from 'dcmjs-dimse';
import { responsePdu } from './response-pdu';

/** The command elements of a P-DATA-TF PDU, read as implicit VR little endian: element number → value bytes. */
function commandOf(pdu: Buffer): Map<number, Buffer> {
  expect(pdu[0]).toBe(0x04);
  expect(pdu.readUInt32BE(2)).toBe(pdu.length - 6);
  expect(pdu.readUInt32BE(6)).toBe(pdu.length - 10);
  expect(pdu[11]).toBe(0x03);
  const elements = new Map<number, Buffer>();
  let offset = 12;
  let previous = -1;
  while (offset < pdu.length) {
    expect(pdu.readUInt16LE(offset)).toBe(0x0000);
    const element = pdu.readUInt16LE(offset + 2);
    expect(element).toBeGreaterThan(previous);
    previous = element;
    const length = pdu.readUInt32LE(offset + 4);
    expect(length % 2).toBe(0);
    elements.set(element, pdu.subarray(offset + 8, offset + 8 + length));
    offset += 8 + length;
  }
  expect(offset).toBe(pdu.length);
  return elements;
}

const text = (bytes: Buffer | undefined) =>
  (bytes ?? Buffer.alloc(0)).toString('latin1').replace(/[\0 ]+$/, '');

describe('response PDUs', () => {
  it('encode a C-STORE-RSP as dcmjs-dimse builds it, with the Error Comment', () => {
    const response = new responses.CStoreResponse(constants.Status.Success, '');
    response.setAffectedSopClassUid('1.2.840.10008.5.1.4.1.1.2');
    response.setAffectedSopInstanceUid('1.2.3.4.5');
    response.setMessageIdBeingRespondedTo(7);
    response.setStatus(0xc000);
    response.setErrorComment('TRUNCATED');
    const pdu = responsePdu(response.getCommandDataset().getElements(), 3);
    expect(pdu?.[10]).toBe(3);
    const command = commandOf(pdu as Buffer);
    expect([...command.keys()]).toEqual([0x0000, 0x0002, 0x0100, 0x0120, 0x0800, 0x0900, 0x0902, 0x1000]);
    expect(text(command.get(0x0002))).toBe('1.2.840.10008.5.1.4.1.1.2');
    expect(text(command.get(0x1000))).toBe('1.2.3.4.5');
    expect(text(command.get(0x0902))).toBe('TRUNCATED');
    expect(command.get(0x0100)?.readUInt16LE(0)).toBe(0x8001);
    expect(command.get(0x0120)?.readUInt16LE(0)).toBe(7);
    expect(command.get(0x0800)?.readUInt16LE(0)).toBe(0x0101);
    expect(command.get(0x0900)?.readUInt16LE(0)).toBe(0xc000);
    expect(command.get(0x0000)?.readUInt32LE(0)).toBe((pdu as Buffer).length - 12 - 12);
  });

  it('leave out an empty Error Comment, and give unknown elements back to dcmjs-dimse', () => {
    const elements = {
      CommandField: 0x8030,
      CommandDataSetType: 0x0101,
      Status: 0,
      MessageIDBeingRespondedTo: 1,
      ErrorComment: undefined,
    };
    expect(commandOf(responsePdu(elements, 1) as Buffer).has(0x0902)).toBe(false);
    expect(responsePdu({ ...elements, Priority: 0 }, 1)).toBeNull();
    expect(responsePdu({ ...elements, Status: 'zero' }, 1)).toBeNull();
  });
});
