import { PrismaPg } from '@prisma/adapter-pg';
import { parse } from 'pg-connection-string';
import pg from 'pg';

// Used only by the Prisma CLI (prisma.config.ts) for `migrate dev`, `migrate diff` and `migrate status`,
// which here must run on Prisma's JS schema engine through a driver adapter. Three known defects of that
// path are worked around; services never use this file at run time.

const NAME_TYPE_OID = 19;
const CHAR_TYPE_OID = 18;
const TEXT_TYPE_OID = 25;

interface QueryFields {
  fields?: { dataTypeID: number }[];
}

/** Reports `name` and `"char"` catalog columns as text, which the schema engine can deserialize. */
function widenCatalogTypes<T>(result: T): T {
  const fields = (result as QueryFields | undefined)?.fields;
  if (fields) {
    for (const field of fields) {
      if (field.dataTypeID === NAME_TYPE_OID || field.dataTypeID === CHAR_TYPE_OID)
        field.dataTypeID = TEXT_TYPE_OID;
    }
  }
  return result;
}

/** PostgreSQL 18 lists NOT NULL constraints in pg_constraint (contype 'n'); the engine does not expect them. */
function skipNotNullConstraints(sql: string): string {
  return sql.replace(/contype NOT IN \('p', 'u', 'f'\)/g, "contype NOT IN ('p', 'u', 'f', 'n')");
}

class MigrateClient extends pg.Client {
  override query(...args: unknown[]): never {
    const [first] = args;
    if (typeof first === 'string') args[0] = skipNotNullConstraints(first);
    else if (
      first &&
      typeof first === 'object' &&
      !('submit' in first) &&
      typeof (first as { text?: unknown }).text === 'string'
    ) {
      args[0] = { ...first, text: skipNotNullConstraints((first as { text: string }).text) };
    }
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (error: unknown, result: unknown) =>
        (last as (e: unknown, r: unknown) => void)(error, widenCatalogTypes(result));
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      return (result as Promise<unknown>).then(widenCatalogTypes) as never;
    }
    return result as never;
  }
}

function poolConfig(connectionString: string, database?: string): pg.PoolConfig {
  // Discrete fields, not connectionString: the adapter's shadow pool overrides `database`, which a
  // connection string would silently win over.
  const parsed = parse(connectionString);
  return {
    Client: MigrateClient as unknown as typeof pg.Client,
    host: parsed.host ?? '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 5432,
    user: parsed.user,
    password: parsed.password,
    database: database ?? parsed.database ?? undefined,
    allowExitOnIdle: true,
  };
}

class MigratePrismaPg extends PrismaPg {
  constructor(private readonly connectionString: string) {
    super(poolConfig(connectionString));
  }

  /** Creates a throw-away shadow database and drops it only after its own pool has closed. */
  override async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replace(/-/g, '')}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg(poolConfig(this.connectionString, database)).connect();
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadow();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await main.dispose();
    };
    return shadow;
  }
}

/** The driver adapter prisma.config.ts hands to the Prisma CLI. */
export function migrateAdapter(connectionString: string): PrismaPg {
  return new MigratePrismaPg(connectionString);
}
