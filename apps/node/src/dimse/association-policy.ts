import { pixelEncodingOf } from '@lattice/dicom';
import { isStorageSopClass } from './storage-sop-classes';

/** Verification SOP Class (C-ECHO). */
export const VERIFICATION_SOP_CLASS = '1.2.840.10008.1.1';

/** Who may associate with the listener. */
export interface AssociationPolicy {
  /** The node's own AE title: the called AE title must be this one. */
  readonly aeTitle: string;
  /** Calling AE titles allowed to associate (the PACS, modalities). */
  readonly allowedCallingAeTitles: readonly string[];
}

/** Whether an association request is accepted, or which AE title made it fail. */
export type AssociationDecision =
  | { readonly accept: true }
  | { readonly accept: false; readonly unrecognized: 'called-ae-title' | 'calling-ae-title' };

/** The AE title of a node: DICOM_AE_TITLE, else NODE_ID in capitals with `_` for `-` (node-a → NODE_A). */
export function nodeAeTitle(config: {
  readonly DICOM_AE_TITLE?: string | undefined;
  readonly NODE_ID: string;
}): string {
  return config.DICOM_AE_TITLE ?? config.NODE_ID.toUpperCase().replace(/-/g, '_').slice(0, 16);
}

/** Decides an association from its AE titles (compared without the padding spaces of the PDU). */
export function decideAssociation(
  request: { readonly calledAeTitle: string; readonly callingAeTitle: string },
  policy: AssociationPolicy,
): AssociationDecision {
  if (request.calledAeTitle.trim() !== policy.aeTitle.trim())
    return { accept: false, unrecognized: 'called-ae-title' };
  const calling = request.callingAeTitle.trim();
  if (!policy.allowedCallingAeTitles.some((allowed) => allowed.trim() === calling)) {
    return { accept: false, unrecognized: 'calling-ae-title' };
  }
  return { accept: true };
}

/** A presentation context as proposed by the requestor. */
export interface ProposedContext {
  readonly abstractSyntaxUid: string;
  /** In the requestor's order of preference. */
  readonly transferSyntaxUids: readonly string[];
}

/** The answer to one proposed presentation context. */
export type ContextAnswer =
  | { readonly result: 'accept'; readonly transferSyntaxUid: string }
  | { readonly result: 'abstract-syntax-not-supported' }
  | { readonly result: 'transfer-syntaxes-not-supported' };

/**
 * True for the transfer syntaxes the listener accepts: every one libs/dicom knows how pixel data is
 * stored in (native, deflated, RLE, the JPEG families, JPEG 2000, HTJ2K, JPEG XL, Deflated Image Frame
 * Compression, and the video syntaxes). Objects are stored as received: no transcoding.
 */
export function isAcceptedTransferSyntax(uid: string): boolean {
  return pixelEncodingOf(uid) !== undefined;
}

/**
 * Answers one presentation context: Verification and the storage classes are accepted with the first
 * proposed transfer syntax the node can read, in the requestor's order (it knows its data best).
 */
export function answerContext(context: ProposedContext): ContextAnswer {
  const abstract = context.abstractSyntaxUid.replace(/\0/g, '').trim();
  if (abstract !== VERIFICATION_SOP_CLASS && !isStorageSopClass(abstract)) {
    return { result: 'abstract-syntax-not-supported' };
  }
  const transferSyntaxUid = context.transferSyntaxUids
    .map((uid) => uid.replace(/\0/g, '').trim())
    .find(isAcceptedTransferSyntax);
  return transferSyntaxUid
    ? { result: 'accept', transferSyntaxUid }
    : { result: 'transfer-syntaxes-not-supported' };
}
