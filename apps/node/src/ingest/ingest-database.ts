import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { NODE_CONFIG, type NodeConfig } from '../node-config';
import { InFlight } from './in-flight';

// A few connections: commits are grouped, so concurrent associations share them.
const POOL_SIZE = 4;
// How long shutdown waits for objects being ingested before the pool closes under them.
const DRAIN_MS = 10_000;

/**
 * A plain PostgreSQL pool for the ingest hot path. Each instance costs one SQL statement; sent through
 * Prisma it would also cost about 2 ms of query-engine work on the event loop, a fifth of an object's
 * whole budget. Everything else in the node uses PrismaService.
 */
@Injectable()
export class IngestDatabase implements OnApplicationShutdown {
  private readonly pool: pg.Pool;

  constructor(
    @Inject(NODE_CONFIG) config: NodeConfig,
    private readonly inFlight: InFlight,
  ) {
    this.pool = new pg.Pool({ connectionString: config.DATABASE_URL, max: POOL_SIZE });
    // An idle connection dropped by the server is replaced on next use; it must not end the process.
    this.pool.on('error', () => undefined);
  }

  /** Runs one statement; a `name` makes it a prepared statement, planned once per connection. */
  async query<R extends pg.QueryResultRow>(
    text: string,
    values: readonly unknown[] = [],
    name?: string,
  ): Promise<R[]> {
    return (await this.pool.query<R>({ text, values: [...values], ...(name ? { name } : {}) })).rows;
  }

  /** Closed last: listeners stop taking objects first, and objects already taken finish. */
  async onApplicationShutdown(): Promise<void> {
    await this.inFlight.drained(DRAIN_MS);
    await this.pool.end();
  }
}
