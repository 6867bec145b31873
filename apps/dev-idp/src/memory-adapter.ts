// In-memory storage for the issuer's sessions, interactions, codes and grants. Access tokens
// are self-contained JWTs, so a restart signs everyone out of the browser but every issued
// token stays valid (the signing key is kept on disk).

/** What oidc-provider stores for one model instance. */
export interface StoredPayload {
  grantId?: string;
  userCode?: string;
  uid?: string;
  consumed?: number;
  [member: string]: unknown;
}

interface Entry {
  payload: StoredPayload;
  expiresAt: number | undefined;
}

/** The storage interface oidc-provider calls, one instance per model name. */
export interface ProviderAdapter {
  upsert(id: string, payload: StoredPayload, expiresIn?: number): Promise<void>;
  find(id: string): Promise<StoredPayload | undefined>;
  findByUserCode(userCode: string): Promise<StoredPayload | undefined>;
  findByUid(uid: string): Promise<StoredPayload | undefined>;
  consume(id: string): Promise<void>;
  destroy(id: string): Promise<void>;
  revokeByGrantId(grantId: string): Promise<void>;
}

export type ProviderAdapterConstructor = new (name: string) => ProviderAdapter;

const sweepIntervalMs = 60_000;

/** Builds an adapter class whose instances share one store; `now` is injectable for tests. */
export function createMemoryAdapter(now: () => number = Date.now): ProviderAdapterConstructor {
  const entries = new Map<string, Entry>();
  const grantMembers = new Map<string, Set<string>>();
  let lastSweep = now();

  const isLive = (entry: Entry) => entry.expiresAt === undefined || entry.expiresAt > now();

  const read = (key: string): StoredPayload | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (!isLive(entry)) {
      remove(key);
      return undefined;
    }
    return structuredClone(entry.payload);
  };

  const remove = (key: string) => {
    const entry = entries.get(key);
    entries.delete(key);
    const grantId = entry?.payload.grantId;
    if (grantId) grantMembers.get(grantId)?.delete(key);
  };

  const sweep = () => {
    if (now() - lastSweep < sweepIntervalMs) return;
    lastSweep = now();
    for (const [key, entry] of entries) if (!isLive(entry)) remove(key);
    for (const [grantId, members] of grantMembers) if (members.size === 0) grantMembers.delete(grantId);
  };

  return class MemoryAdapter implements ProviderAdapter {
    constructor(private readonly name: string) {}

    private key(id: string): string {
      return `${this.name}:${id}`;
    }

    async upsert(id: string, payload: StoredPayload, expiresIn?: number): Promise<void> {
      sweep();
      const key = this.key(id);
      remove(key);
      entries.set(key, {
        payload: structuredClone(payload),
        expiresAt: expiresIn ? now() + expiresIn * 1000 : undefined,
      });
      if (payload.grantId) {
        const members = grantMembers.get(payload.grantId) ?? new Set<string>();
        members.add(key);
        grantMembers.set(payload.grantId, members);
      }
    }

    async find(id: string): Promise<StoredPayload | undefined> {
      return read(this.key(id));
    }

    async findByUserCode(userCode: string): Promise<StoredPayload | undefined> {
      return this.findBy((payload) => payload.userCode === userCode);
    }

    async findByUid(uid: string): Promise<StoredPayload | undefined> {
      return this.findBy((payload) => payload.uid === uid);
    }

    async consume(id: string): Promise<void> {
      const entry = entries.get(this.key(id));
      if (entry) entry.payload.consumed = Math.floor(now() / 1000);
    }

    async destroy(id: string): Promise<void> {
      remove(this.key(id));
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      for (const key of grantMembers.get(grantId) ?? []) entries.delete(key);
      grantMembers.delete(grantId);
    }

    private findBy(matches: (payload: StoredPayload) => boolean): StoredPayload | undefined {
      const prefix = `${this.name}:`;
      for (const [key, entry] of entries) {
        if (key.startsWith(prefix) && matches(entry.payload)) return read(key);
      }
      return undefined;
    }
  };
}
