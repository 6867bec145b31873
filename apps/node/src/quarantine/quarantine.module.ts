import { Module } from '@nestjs/common';
import { IngestModule } from '../ingest/ingest.module';
import { OperatorOfThisNodeGuard } from '../status/operator-of-this-node.guard';
import { QuarantineController } from './quarantine.controller';
import { QuarantineRepository } from './quarantine.repository';
import { QuarantineService } from './quarantine.service';

/** The operator's quarantine: list, release after review, discard. */
@Module({
  imports: [IngestModule],
  controllers: [QuarantineController],
  providers: [QuarantineRepository, QuarantineService, OperatorOfThisNodeGuard],
})
export class QuarantineModule {}
