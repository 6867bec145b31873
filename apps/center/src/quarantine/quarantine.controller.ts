import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@lattice/auth';
import { ZodValidationPipe } from '@lattice/server-kit';
import { z } from 'zod';
import { QuarantineRepository, type CenterQuarantineView } from './quarantine.repository';

const listQuerySchema = z.object({
  status: z
    .enum(['waiting', 'released', 'discarded'], { message: 'must be waiting, released or discarded' })
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

@ApiTags('quarantine')
@ApiBearerAuth()
@Roles('data-steward', 'center-admin')
@Controller('api/quarantine')
export class QuarantineController {
  constructor(private readonly quarantine: QuarantineRepository) {}

  @Get()
  @ApiOperation({
    summary: 'Deliveries stage 2 held back, newest first, with the reasons (never their content).',
  })
  async list(
    @Query(new ZodValidationPipe(listQuerySchema)) query: z.output<typeof listQuerySchema>,
  ): Promise<{ total: number; items: CenterQuarantineView[] }> {
    return this.quarantine.list(query);
  }
}
