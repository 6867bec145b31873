/** The part of the node a failed ingest step depends on. */
export type IngestDependency = 'storage' | 'database' | 'vault';

/** A dependency failed while an object was being taken; the object may be retried later. */
export class IngestStepError extends Error {
  constructor(
    readonly dependency: IngestDependency,
    options: { cause?: unknown },
  ) {
    super(`the ${dependency} is unavailable`, options);
    this.name = 'IngestStepError';
  }
}

/** Runs one step against a dependency, turning any failure into an IngestStepError naming it. */
export async function against<T>(dependency: IngestDependency, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof IngestStepError) throw error;
    throw new IngestStepError(dependency, { cause: error });
  }
}
