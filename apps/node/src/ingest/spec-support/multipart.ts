/** One body part of a test STOW-RS request. */
export interface TestPart {
  readonly bytes: Uint8Array;
  /** The part's Content-Type; application/dicom unless given, none when null. */
  readonly contentType?: string | null;
}

/** A multipart/related body and its Content-Type, as a DICOMweb client sends them. */
export function multipartRelated(
  parts: readonly TestPart[],
  boundary = 'lattice-test-boundary-0123456789',
): {
  readonly contentType: string;
  readonly body: Buffer;
} {
  const pieces: Buffer[] = [Buffer.from('preamble to ignore\r\n')];
  for (const part of parts) {
    const type = part.contentType === undefined ? 'application/dicom' : part.contentType;
    pieces.push(Buffer.from(`--${boundary}\r\n${type === null ? '' : `Content-Type: ${type}\r\n`}\r\n`));
    pieces.push(Buffer.from(part.bytes));
    pieces.push(Buffer.from('\r\n'));
  }
  pieces.push(Buffer.from(`--${boundary}--\r\nepilogue to ignore`));
  return {
    contentType: `multipart/related; type="application/dicom"; boundary=${boundary}`,
    body: Buffer.concat(pieces),
  };
}
