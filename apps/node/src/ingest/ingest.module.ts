import { Module } from '@nestjs/common';
import { ConsentModule } from '../consent/consent.module';
import { NODE_CONFIG, type NodeConfig } from '../node-config';
import { VaultModule } from '../vault/vault.module';
import { ConsentDecisions } from './consent-decisions';
import { InFlight } from './in-flight';
import { IngestDatabase } from './ingest-database';
import { IngestRepairService } from './ingest-repair.service';
import { IngestRepository } from './ingest.repository';
import { IngestService } from './ingest.service';
import { InstanceWriter } from './instance-writer';
import { KeyLocks } from './key-locks';
import { QuarantineHold } from './quarantine-hold';
import { createStageOneContext, STAGE_ONE } from './stage-one';

/** The node's ingest path, shared by DIMSE, STOW-RS and the quarantine release. */
@Module({
  imports: [VaultModule, ConsentModule],
  providers: [
    {
      provide: STAGE_ONE,
      inject: [NODE_CONFIG],
      useFactory: (config: NodeConfig) => createStageOneContext(config),
    },
    KeyLocks,
    InFlight,
    ConsentDecisions,
    IngestDatabase,
    IngestRepository,
    InstanceWriter,
    QuarantineHold,
    IngestService,
    IngestRepairService,
  ],
  exports: [
    STAGE_ONE,
    KeyLocks,
    InFlight,
    ConsentDecisions,
    IngestRepository,
    InstanceWriter,
    IngestService,
    IngestRepairService,
    VaultModule,
    ConsentModule,
  ],
})
export class IngestModule {}
