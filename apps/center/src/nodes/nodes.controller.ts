import { Body, Controller, Get, HttpCode, Param, Post, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@lattice/auth';
import { ZodValidationPipe } from '@lattice/server-kit';
import { z } from 'zod';
import {
  enrollNodeSchema,
  heartbeatSchema,
  NODE_ID_PATTERN,
  type EnrollNodeRequest,
  type HeartbeatRequest,
  type NodeView,
} from './node.dto';
import { NodeRegistryService } from './node-registry.service';
import { NodeSignatureGuard } from './node-signature.guard';

const nodeIdParam = new ZodValidationPipe(z.string().regex(NODE_ID_PATTERN, 'not a node id'));
const rotateKeySchema = enrollNodeSchema.pick({ publicKey: true });

@ApiTags('nodes')
@ApiBearerAuth()
@Controller('api/nodes')
export class NodesController {
  constructor(private readonly registry: NodeRegistryService) {}

  @Get()
  @Roles('center-admin')
  @ApiOperation({ summary: 'Every enrolled node with its status (online or offline) and last heartbeat.' })
  async list(): Promise<{ nodes: NodeView[] }> {
    return { nodes: await this.registry.list() };
  }

  @Get(':nodeId')
  @Roles('center-admin')
  @ApiOperation({ summary: 'One enrolled node.' })
  get(@Param('nodeId', nodeIdParam) nodeId: string): Promise<NodeView> {
    return this.registry.get(nodeId);
  }

  @Post()
  @Roles('center-admin')
  @ApiOperation({ summary: 'Enroll a hospital node with its id, hospital and Ed25519 public key.' })
  enroll(
    @Body(new ZodValidationPipe(enrollNodeSchema)) body: EnrollNodeRequest,
    @CurrentPrincipal() admin: Principal,
  ): Promise<NodeView> {
    return this.registry.enroll(body, admin.username);
  }

  @Put(':nodeId/key')
  @Roles('center-admin')
  @ApiOperation({
    summary:
      "Replace a node's signing key (rotation); requests signed with the old key are refused from now on.",
  })
  rotateKey(
    @Param('nodeId', nodeIdParam) nodeId: string,
    @Body(new ZodValidationPipe(rotateKeySchema)) body: { publicKey: string },
    @CurrentPrincipal() admin: Principal,
  ): Promise<NodeView> {
    return this.registry.rotateKey(nodeId, body.publicKey, admin.username);
  }

  @Post(':nodeId/heartbeat')
  @HttpCode(200)
  @Roles('node')
  @UseGuards(NodeSignatureGuard)
  @ApiOperation({ summary: 'A node reports it is alive (node service account, signed request).' })
  async heartbeat(
    @Param('nodeId', nodeIdParam) nodeId: string,
    @Body(new ZodValidationPipe(heartbeatSchema)) body: HeartbeatRequest,
  ): Promise<{ receivedAt: string }> {
    const receivedAt = new Date();
    await this.registry.recordHeartbeat(nodeId, body.softwareVersion, receivedAt);
    return { receivedAt: receivedAt.toISOString() };
  }
}
