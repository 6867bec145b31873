import { constants } from 'dcmjs-dimse';
import { corpusManifest } from '../ingest/spec-support/corpus';
import {
  answerContext,
  decideAssociation,
  isAcceptedTransferSyntax,
  nodeAeTitle,
  VERIFICATION_SOP_CLASS,
} from './association-policy';
import { isStorageSopClass } from './storage-sop-classes';

const policy = { aeTitle: 'NODE_A', allowedCallingAeTitles: ['STORESCU', 'ECHOSCU', 'ORTHANC'] };

describe('association decisions', () => {
  it.each([
    [{ calledAeTitle: 'NODE_A', callingAeTitle: 'STORESCU' }, { accept: true }],
    [{ calledAeTitle: 'NODE_A          ', callingAeTitle: 'ORTHANC         ' }, { accept: true }],
    [
      { calledAeTitle: 'NODE_A', callingAeTitle: 'INTRUDER' },
      { accept: false, unrecognized: 'calling-ae-title' },
    ],
    [
      { calledAeTitle: 'NODE_B', callingAeTitle: 'STORESCU' },
      { accept: false, unrecognized: 'called-ae-title' },
    ],
    [
      { calledAeTitle: 'node_a', callingAeTitle: 'STORESCU' },
      { accept: false, unrecognized: 'called-ae-title' },
    ],
  ])('%j → %j', (request, decision) => expect(decideAssociation(request, policy)).toEqual(decision));

  it('name a node NODE_ID in capitals unless DICOM_AE_TITLE says otherwise', () => {
    expect(nodeAeTitle({ NODE_ID: 'node-a' })).toBe('NODE_A');
    expect(nodeAeTitle({ NODE_ID: 'node-b', DICOM_AE_TITLE: 'PACS_GATE' })).toBe('PACS_GATE');
    expect(nodeAeTitle({ NODE_ID: 'hospital-with-a-long-name' })).toHaveLength(16);
  });
});

describe('presentation contexts', () => {
  it('accept Verification and storage classes with the first transfer syntax the node can read', () => {
    expect(
      answerContext({ abstractSyntaxUid: VERIFICATION_SOP_CLASS, transferSyntaxUids: ['1.2.840.10008.1.2'] }),
    ).toEqual({
      result: 'accept',
      transferSyntaxUid: '1.2.840.10008.1.2',
    });
    expect(
      answerContext({
        abstractSyntaxUid: '1.2.840.10008.5.1.4.1.1.2',
        transferSyntaxUids: ['1.2.3.4.private', '1.2.840.10008.1.2.4.90', '1.2.840.10008.1.2'],
      }),
    ).toEqual({ result: 'accept', transferSyntaxUid: '1.2.840.10008.1.2.4.90' });
    expect(
      answerContext({
        abstractSyntaxUid: '1.2.840.10008.5.1.4.1.1.2',
        transferSyntaxUids: ['1.2.3.4.private'],
      }),
    ).toEqual({
      result: 'transfer-syntaxes-not-supported',
    });
  });

  it.each([
    ['Study Root C-FIND', '1.2.840.10008.5.1.4.1.2.2.1'],
    ['Modality Worklist', '1.2.840.10008.5.1.4.31'],
    ['Storage Commitment', '1.2.840.10008.1.20.1'],
    ['Inventory C-FIND (storage management, not storage)', '1.2.840.10008.5.1.4.1.1.201.2'],
    ['a media storage directory', '1.2.840.10008.1.3.10'],
    ['not a UID', '1.2.840.10008.5.1.4.1.1.x'],
  ])('refuse %s', (_name, uid) => {
    expect(answerContext({ abstractSyntaxUid: uid, transferSyntaxUids: ['1.2.840.10008.1.2'] })).toEqual({
      result: 'abstract-syntax-not-supported',
    });
  });

  it("accept every storage class of dcmjs-dimse's list", () => {
    const classes = Object.values(constants.StorageClass);
    expect(classes.length).toBeGreaterThan(50);
    expect(classes.filter((uid) => !isStorageSopClass(uid))).toEqual([]);
  });

  it('accept every transfer syntax dcmjs-dimse can transcode', () => {
    expect(Object.values(constants.TransferSyntax).filter((uid) => !isAcceptedTransferSyntax(uid))).toEqual(
      [],
    );
  });
});

const corpus = corpusManifest();
(corpus ? describe : describe.skip)(
  corpus ? 'the public corpus' : 'the public corpus (not found: skipped)',
  () => {
    it('has every SOP class accepted for storage (a DICOMDIR, or a file without one, is not an instance)', () => {
      const classes = new Set(
        (corpus ?? []).map((entry) => entry.sop_class_uid).filter((uid): uid is string => uid !== null),
      );
      expect(
        [...classes].filter((uid) => uid !== '' && uid !== '1.2.840.10008.1.3.10' && !isStorageSopClass(uid)),
      ).toEqual([]);
      expect(classes.size).toBeGreaterThan(30);
    });

    it('has every transfer syntax accepted', () => {
      const syntaxes = new Set(
        (corpus ?? []).map((entry) => entry.transfer_syntax_uid).filter((uid): uid is string => uid !== null),
      );
      expect(syntaxes.size).toBeGreaterThan(10);
      expect([...syntaxes].filter((uid) => !isAcceptedTransferSyntax(uid))).toEqual([]);
    });
  },
);
