/** Why a node registry operation was refused; mapped to HTTP in one place (center-errors.ts). */
export class NodeRegistryError extends Error {
  constructor(
    readonly code: 'NODE_NOT_FOUND' | 'NODE_EXISTS' | 'INVALID_PUBLIC_KEY',
    message: string,
  ) {
    super(message);
    this.name = 'NodeRegistryError';
  }
}
