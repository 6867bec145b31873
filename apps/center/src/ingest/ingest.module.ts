import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { CENTER_CONFIG, type CenterConfig } from '../center-config';
import { NodesModule } from '../nodes/nodes.module';
import { DicomBodyMiddleware } from './dicom-body.middleware';
import { IngestController } from './ingest.controller';
import { IngestRepository } from './ingest.repository';
import { IngestService } from './ingest.service';
import { createStage2Context, STAGE2_CONTEXT } from './stage2-context';

/** Deliveries from nodes: signed PUTs of stage-1 instances, stage 2, the object store and the catalog. */
@Module({
  imports: [NodesModule],
  controllers: [IngestController],
  providers: [
    IngestRepository,
    IngestService,
    {
      provide: STAGE2_CONTEXT,
      inject: [CENTER_CONFIG],
      useFactory: (config: CenterConfig) => createStage2Context(config),
    },
  ],
})
export class IngestModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(DicomBodyMiddleware)
      .forRoutes({ path: 'api/nodes/:nodeId/instances/:sha256', method: RequestMethod.PUT });
  }
}
