import { Controller, HttpCode, Param, Put, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@lattice/auth';
import { ZodValidationPipe } from '@lattice/server-kit';
import type { Request } from 'express';
import { z } from 'zod';
import { NODE_ID_PATTERN } from '../nodes/node.dto';
import { NodeSignatureGuard } from '../nodes/node-signature.guard';
import { IngestService, type DeliveryAnswer } from './ingest.service';

const nodeIdParam = new ZodValidationPipe(z.string().regex(NODE_ID_PATTERN, 'not a node id'));
const sha256Param = new ZodValidationPipe(
  z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex SHA-256'),
);

@ApiTags('ingest')
@ApiBearerAuth()
@Controller('api/nodes')
export class IngestController {
  constructor(private readonly ingest: IngestService) {}

  @Put(':nodeId/instances/:sha256')
  @HttpCode(200)
  @Roles('node')
  @UseGuards(NodeSignatureGuard)
  @ApiOperation({
    summary:
      'A node delivers one stage-1 instance (application/dicom, signed). Stage 2 runs once per content hash; ' +
      'a repeated delivery gets the recorded answer.',
  })
  deliver(
    @Param('nodeId', nodeIdParam) nodeId: string,
    @Param('sha256', sha256Param) sha256: string,
    @Req() request: Request & { rawBody?: Buffer },
  ): Promise<DeliveryAnswer> {
    return this.ingest.receive(nodeId, sha256, request.rawBody ?? new Uint8Array(0));
  }
}
