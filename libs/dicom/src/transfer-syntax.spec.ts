import { TransferSyntax } from './dicom-file';
import {
  encodingForTransferSyntax,
  isEncapsulatedTransferSyntax,
  isNativeTransferSyntax,
  nativeTransferSyntaxFor,
} from './transfer-syntax';

describe('transfer syntaxes', () => {
  it('maps each syntax to how its dataset is encoded', () => {
    expect(encodingForTransferSyntax(TransferSyntax.ImplicitVRLittleEndian)).toEqual({
      littleEndian: true,
      explicitVr: false,
      deflated: false,
    });
    expect(encodingForTransferSyntax(TransferSyntax.ExplicitVRBigEndian)).toEqual({
      littleEndian: false,
      explicitVr: true,
      deflated: false,
    });
    expect(encodingForTransferSyntax(TransferSyntax.DeflatedExplicitVRLittleEndian).deflated).toBe(true);
    expect(encodingForTransferSyntax('1.2.840.10008.1.2.4.50')).toEqual({
      littleEndian: true,
      explicitVr: true,
      deflated: false,
    });
    expect(nativeTransferSyntaxFor({ littleEndian: false, explicitVr: true })).toBe(
      TransferSyntax.ExplicitVRBigEndian,
    );
  });

  it('tells native, encapsulated and private syntaxes apart', () => {
    for (const uid of [
      '1.2.840.10008.1.2.4.50',
      '1.2.840.10008.1.2.4.80',
      '1.2.840.10008.1.2.4.201',
      '1.2.840.10008.1.2.5',
      '1.2.840.10008.1.2.8.1',
    ]) {
      expect([uid, isEncapsulatedTransferSyntax(uid), isNativeTransferSyntax(uid)]).toEqual([
        uid,
        true,
        false,
      ]);
    }
    expect(isNativeTransferSyntax(TransferSyntax.ExplicitVRLittleEndian)).toBe(true);
    expect(isEncapsulatedTransferSyntax('1.2.840.10008.1.2.4.94')).toBe(false);
    expect([
      isNativeTransferSyntax('1.2.840.113619.5.2'),
      isEncapsulatedTransferSyntax('1.2.840.113619.5.2'),
    ]).toEqual([false, false]);
  });
});
