import { Module } from '@nestjs/common';
import { IngestModule } from '../ingest/ingest.module';
import { OperatorOfThisNodeGuard } from '../status/operator-of-this-node.guard';
import { OptOutService } from './opt-out.service';
import { OptOutsController } from './opt-outs.controller';

/** Opt-outs recorded at the hospital by its node operators. */
@Module({
  imports: [IngestModule],
  controllers: [OptOutsController],
  providers: [OptOutService, OperatorOfThisNodeGuard],
})
export class OptOutsModule {}
