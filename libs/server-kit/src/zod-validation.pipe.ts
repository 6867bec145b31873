import { BadRequestException, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';

/**
 * Validates a body, query or param with a zod schema: one schema gives both the type and the check.
 * The error lists where the input is wrong, never the offending values.
 */
export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<unknown, z.output<T>> {
  constructor(private readonly schema: T) {}

  transform(value: unknown): z.output<T> {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`,
    );
    throw new BadRequestException({
      code: 'VALIDATION_FAILED',
      message: `Invalid request: ${problems.join('; ')}`,
    });
  }
}
