import { type DynamicModule, Global, Module } from '@nestjs/common';
import { AuthModule } from '@lattice/auth';
import { HealthModule, JsonLogger, ObjectStoreModule, OBJECT_STORE } from '@lattice/server-kit';
import type { ObjectStore } from '@lattice/storage';
import { ActivityModule } from './activity/activity.module';
import { CenterClient } from './center-link/center-client';
import { CenterContactRepository } from './center-link/center-contact.repository';
import { HeartbeatService } from './center-link/heartbeat.service';
import { DatabaseModule } from './database/database.module';
import { PrismaService } from './database/prisma.service';
import { DicomwebModule } from './dicomweb/dicomweb.module';
import { DimseModule } from './dimse/dimse.module';
import { IngestModule } from './ingest/ingest.module';
import { NODE_CONFIG, type NodeConfig } from './node-config';
import { OptOutsModule } from './opt-outs/opt-outs.module';
import { PushModule } from './push/push.module';
import { QuarantineModule } from './quarantine/quarantine.module';
import { OperatorOfThisNodeGuard } from './status/operator-of-this-node.guard';
import { StatusController } from './status/status.controller';

@Global()
@Module({})
class NodeCoreModule {
  static register(config: NodeConfig, logger: JsonLogger): DynamicModule {
    return {
      module: NodeCoreModule,
      providers: [
        { provide: NODE_CONFIG, useValue: config },
        { provide: JsonLogger, useValue: logger },
      ],
      exports: [NODE_CONFIG, JsonLogger],
    };
  }
}

@Module({
  controllers: [StatusController],
  providers: [CenterContactRepository, CenterClient, HeartbeatService, OperatorOfThisNodeGuard],
  exports: [CenterClient, CenterContactRepository],
})
class CenterLinkModule {}

/** A hospital node service, wired from one loaded config. */
@Module({})
export class NodeModule {
  static register(config: NodeConfig, logger: JsonLogger): DynamicModule {
    return {
      module: NodeModule,
      imports: [
        NodeCoreModule.register(config, logger),
        DatabaseModule,
        AuthModule.forRoot({
          issuerUrl: config.OIDC_ISSUER_URL,
          jwksMinIntervalSeconds: config.OIDC_JWKS_MIN_INTERVAL_SECONDS,
        }),
        ObjectStoreModule.register(config, config.PUBLIC_URL),
        CenterLinkModule,
        PushModule,
        IngestModule,
        DimseModule,
        DicomwebModule,
        QuarantineModule,
        ActivityModule,
        OptOutsModule,
        HealthModule.register({
          inject: [PrismaService, OBJECT_STORE],
          useFactory: (prisma: PrismaService, store: ObjectStore) => [
            { name: 'database', check: async () => void (await prisma.$queryRaw`SELECT 1`) },
            { name: 'storage', check: () => store.ping() },
          ],
        }),
      ],
    };
  }
}
