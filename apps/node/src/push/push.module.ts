import { Global, Module } from '@nestjs/common';
import { CenterContactRepository } from '../center-link/center-contact.repository';
import { ConsentModule } from '../consent/consent.module';
import { OperatorOfThisNodeGuard } from '../status/operator-of-this-node.guard';
import { CenterDeliveryClient } from './center-delivery.client';
import { PushItemRepository } from './push-item.repository';
import { PushQueueSignal } from './push-queue-signal';
import { PushController } from './push.controller';
import { PushWorker } from './push-worker.service';

/**
 * The push to the center: the outbox worker and the operator's summary. Global so that the ingest side
 * can inject PushQueueSignal and notify it after committing new push items.
 */
@Global()
@Module({
  imports: [ConsentModule],
  controllers: [PushController],
  providers: [
    CenterContactRepository,
    CenterDeliveryClient,
    PushItemRepository,
    PushQueueSignal,
    PushWorker,
    OperatorOfThisNodeGuard,
  ],
  exports: [PushQueueSignal],
})
export class PushModule {}
