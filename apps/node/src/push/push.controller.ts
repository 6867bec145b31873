import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@lattice/auth';
import { OperatorOfThisNodeGuard } from '../status/operator-of-this-node.guard';
import { PushItemRepository, type PushSummary } from './push-item.repository';
import { PushWorker, type LinkState } from './push-worker.service';

@ApiTags('push')
@ApiBearerAuth()
@Controller('api/push')
export class PushController {
  constructor(
    private readonly items: PushItemRepository,
    private readonly worker: PushWorker,
  ) {}

  @Get()
  @Roles('node-operator')
  @UseGuards(OperatorOfThisNodeGuard)
  @ApiOperation({
    summary:
      "The outbox to the center (this node's operators only): counts by state, oldest pending, last delivery, " +
      'last error, next attempt and the link backoff.',
  })
  async summary(): Promise<PushSummary & { link: LinkState }> {
    return { ...(await this.items.summary()), link: this.worker.linkState() };
  }
}
