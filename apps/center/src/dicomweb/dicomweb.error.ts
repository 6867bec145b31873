/** Why a DICOMweb request cannot be answered; mapped to HTTP in center-errors.ts. */
export class DicomwebError extends Error {
  constructor(
    readonly code:
      /** A query key, value or parameter the server does not accept (400). */
      | 'INVALID_QUERY'
      /** No study, series or instance with that UID (404). */
      | 'NOT_FOUND'
      /** None of the media types the client accepts can be produced (406). */
      | 'NOT_ACCEPTABLE',
    message: string,
  ) {
    super(message);
    this.name = 'DicomwebError';
  }
}
