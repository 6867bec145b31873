import { Module } from '@nestjs/common';
import { NodeRegistryService } from './node-registry.service';
import { NodeRepository } from './node.repository';
import { NodeSignatureGuard } from './node-signature.guard';
import { NodesController } from './nodes.controller';

@Module({
  controllers: [NodesController],
  providers: [NodeRepository, NodeRegistryService, NodeSignatureGuard],
  exports: [NodeRegistryService, NodeSignatureGuard, NodeRepository],
})
export class NodesModule {}
