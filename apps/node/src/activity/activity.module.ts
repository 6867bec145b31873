import { Module } from '@nestjs/common';
import { OperatorOfThisNodeGuard } from '../status/operator-of-this-node.guard';
import { ActivityController } from './activity.controller';
import { ActivityRepository } from './activity.repository';

/** The operator's ingest activity view. */
@Module({
  controllers: [ActivityController],
  providers: [ActivityRepository, OperatorOfThisNodeGuard],
})
export class ActivityModule {}
