import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ConfigOf, storageVariables } from '@lattice/config';
import {
  createObjectStore,
  createSignedObjectHandler,
  servesOwnSignedUrls,
  type ObjectStore,
} from '@lattice/storage';

/** Injection token of the service's ObjectStore. */
export const OBJECT_STORE = Symbol('OBJECT_STORE');

/** Provides the configured object store (filesystem or MinIO) as OBJECT_STORE. */
@Global()
@Module({})
export class ObjectStoreModule {
  static register(config: ConfigOf<typeof storageVariables>, publicBaseUrl: string): DynamicModule {
    return {
      module: ObjectStoreModule,
      providers: [{ provide: OBJECT_STORE, useFactory: () => createObjectStore(config, { publicBaseUrl }) }],
      exports: [OBJECT_STORE],
    };
  }
}

/**
 * Serves the filesystem store's signed URLs at /objects/<key>?expires=…&signature=… (MinIO serves its
 * own presigned URLs, so nothing is mounted then). The signature is the authorization: no token.
 */
export function mountSignedObjectRoute(app: NestExpressApplication): void {
  const store = app.get<ObjectStore>(OBJECT_STORE);
  if (!servesOwnSignedUrls(store)) return;
  const handler = createSignedObjectHandler(store);
  app.use((request: { path: string; method: string }, response: unknown, next: () => void) => {
    if (request.path.startsWith('/objects/') && (request.method === 'GET' || request.method === 'HEAD')) {
      handler(request as never, response as never);
      return;
    }
    next();
  });
}
