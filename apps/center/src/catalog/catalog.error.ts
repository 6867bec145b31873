/** Why a catalog request cannot be answered; mapped to HTTP in center-errors.ts. */
export class CatalogError extends Error {
  constructor(
    readonly code: 'STUDY_NOT_FOUND',
    message: string,
  ) {
    super(message);
    this.name = 'CatalogError';
  }
}
