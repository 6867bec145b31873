import { Controller, Get, Inject, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@lattice/auth';
import { CenterContactRepository, type CenterLinkSummary } from '../center-link/center-contact.repository';
import { SOFTWARE_VERSION } from '../center-link/heartbeat.service';
import { NODE_CONFIG, type NodeConfig } from '../node-config';
import { OperatorOfThisNodeGuard } from './operator-of-this-node.guard';

@ApiTags('status')
@ApiBearerAuth()
@Controller('api/status')
export class StatusController {
  constructor(
    private readonly contacts: CenterContactRepository,
    @Inject(NODE_CONFIG) private readonly config: NodeConfig,
  ) {}

  @Get()
  @Roles('node-operator')
  @UseGuards(OperatorOfThisNodeGuard)
  @ApiOperation({ summary: 'This node and the state of its link to the center (its own operators only).' })
  async status(): Promise<{
    nodeId: string;
    softwareVersion: string;
    center: { url: string } & CenterLinkSummary;
  }> {
    return {
      nodeId: this.config.NODE_ID,
      softwareVersion: SOFTWARE_VERSION,
      center: { url: this.config.CENTER_URL, ...(await this.contacts.summary()) },
    };
  }
}
