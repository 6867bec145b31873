import { type DynamicModule, Global, Module } from '@nestjs/common';
import { AuthModule } from '@lattice/auth';
import { HealthModule, JsonLogger, ObjectStoreModule, OBJECT_STORE } from '@lattice/server-kit';
import type { ObjectStore } from '@lattice/storage';
import { CENTER_CONFIG, type CenterConfig } from './center-config';
import { DatabaseModule } from './database/database.module';
import { PrismaService } from './database/prisma.service';
import { CatalogModule } from './catalog/catalog.module';
import { DicomwebModule } from './dicomweb/dicomweb.module';
import { IngestModule } from './ingest/ingest.module';
import { NodesModule } from './nodes/nodes.module';
import { QuarantineModule } from './quarantine/quarantine.module';

@Global()
@Module({})
class CenterCoreModule {
  static register(config: CenterConfig, logger: JsonLogger): DynamicModule {
    return {
      module: CenterCoreModule,
      providers: [
        { provide: CENTER_CONFIG, useValue: config },
        { provide: JsonLogger, useValue: logger },
      ],
      exports: [CENTER_CONFIG, JsonLogger],
    };
  }
}

/** The national center service: everything it serves, wired from one loaded config. */
@Module({})
export class CenterModule {
  static register(config: CenterConfig, logger: JsonLogger): DynamicModule {
    return {
      module: CenterModule,
      imports: [
        CenterCoreModule.register(config, logger),
        DatabaseModule,
        AuthModule.forRoot({
          issuerUrl: config.OIDC_ISSUER_URL,
          jwksMinIntervalSeconds: config.OIDC_JWKS_MIN_INTERVAL_SECONDS,
        }),
        ObjectStoreModule.register(config, config.PUBLIC_URL),
        NodesModule,
        IngestModule,
        CatalogModule,
        DicomwebModule,
        QuarantineModule,
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
