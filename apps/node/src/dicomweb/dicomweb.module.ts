import { Module } from '@nestjs/common';
import { IngestModule } from '../ingest/ingest.module';
import { OperatorOfThisNodeGuard } from '../status/operator-of-this-node.guard';
import { StowController } from './stow.controller';

/** DICOMweb on the node: STOW-RS into the ingest path. */
@Module({
  imports: [IngestModule],
  controllers: [StowController],
  providers: [OperatorOfThisNodeGuard],
})
export class DicomwebModule {}
