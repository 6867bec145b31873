import { Module } from '@nestjs/common';
import { IngestModule } from '../ingest/ingest.module';
import { DimseListener } from './dimse-listener.service';

/** The DIMSE listener: C-ECHO and C-STORE into the ingest path. */
@Module({
  imports: [IngestModule],
  providers: [DimseListener],
  exports: [DimseListener],
})
export class DimseModule {}
