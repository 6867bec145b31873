import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@lattice/auth';
import { OperatorOfThisNodeGuard } from '../status/operator-of-this-node.guard';
import { ActivityRepository } from './activity.repository';
import type { IngestActivity } from './ingest-activity';

/** The operator's activity view: what arrived and what became of it. */
@ApiTags('ingest')
@ApiBearerAuth()
@Controller('api/ingest/activity')
export class ActivityController {
  constructor(private readonly activity: ActivityRepository) {}

  @Get()
  @Roles('node-operator')
  @UseGuards(OperatorOfThisNodeGuard)
  @ApiOperation({
    summary: 'What arrived and what became of it, and the push queue (this node’s operators only).',
  })
  get(): Promise<IngestActivity> {
    return this.activity.activity();
  }
}
