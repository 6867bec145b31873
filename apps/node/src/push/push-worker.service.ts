import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ConsentDecisionPoint } from '@lattice/consent';
import { JsonLogger, OBJECT_STORE } from '@lattice/server-kit';
import { ObjectIntegrityError, ObjectNotFoundError, type ObjectStore } from '@lattice/storage';
import { CONSENT_DECISION_POINT } from '../consent/consent.module';
import { NODE_CONFIG, type NodeConfig } from '../node-config';
import { CenterDeliveryClient } from './center-delivery.client';
import { itemRetryDelayMs, LinkBackoff } from './link-backoff';
import { PushItemRepository, type ClaimedItem } from './push-item.repository';
import { PushQueueSignal } from './push-queue-signal';

// Without a notification the worker still looks for due items this often.
const POLL_INTERVAL_MS = 1000;
// An item `sent` this long has lost its sender (a database failure after sending): it goes back.
const STALE_SENT_MS = 15 * 60_000;
const STALE_SWEEP_MS = 60_000;
const SHUTDOWN_GRACE_MS = 10_000;

/** The link's state as the operator sees it. */
export interface LinkState {
  readonly backoffSeconds: number;
  readonly pausedUntil: string | null;
}

/**
 * Works the outbox: PUSH_CONCURRENCY deliveries in flight, each item claimed by one statement so none is
 * sent twice at once, consent asked again per pseudonym before sending (opted out: withdrawn), retries
 * with backoff (the whole link while the center is unavailable, one item when only it failed), and items
 * left `sent` by a crash returned to pending at start. Wakes at once on PushQueueSignal, else polls.
 */
@Injectable()
export class PushWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly backoff: LinkBackoff;
  private readonly inFlight = new Set<Promise<void>>();
  private stopped = false;
  private kicked = false;
  private wake: (() => void) | null = null;
  private unsubscribe: (() => void) | null = null;
  private loopDone: Promise<void> | null = null;
  private lastStaleSweep = 0;

  constructor(
    private readonly items: PushItemRepository,
    private readonly center: CenterDeliveryClient,
    private readonly signal: PushQueueSignal,
    @Inject(CONSENT_DECISION_POINT) private readonly consent: ConsentDecisionPoint,
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
    @Inject(NODE_CONFIG) private readonly config: NodeConfig,
    private readonly logger: JsonLogger,
  ) {
    this.backoff = new LinkBackoff(config.PUSH_MAX_BACKOFF_SECONDS * 1000);
  }

  async onApplicationBootstrap(): Promise<void> {
    const recovered = await this.items.recoverSent();
    if (recovered > 0) this.logger.event('info', 'push.recovered', { items: recovered });
    this.unsubscribe = this.signal.subscribe(() => this.kick());
    this.loopDone = this.loop();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    this.kick();
    await this.loopDone;
    // Deliveries in flight get a moment to finish; any left `sent` are recovered at the next start.
    await Promise.race([Promise.allSettled([...this.inFlight]), sleep(SHUTDOWN_GRACE_MS)]);
  }

  /** The link's backoff, for the operator's summary. */
  linkState(): LinkState {
    const paused = this.backoff.pausedUntil > Date.now();
    return {
      backoffSeconds: this.backoff.delay / 1000,
      pausedUntil: paused ? new Date(this.backoff.pausedUntil).toISOString() : null,
    };
  }

  private kick(): void {
    this.kicked = true;
    this.wake?.();
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.turn();
      } catch (error) {
        // The database is unavailable: nothing is lost (items stay in the table); try again shortly.
        this.logger.event('warn', 'push.queue_unavailable', {
          error: error instanceof Error ? error.name : 'unknown',
        });
        await this.pause(POLL_INTERVAL_MS);
      }
    }
  }

  private async turn(): Promise<void> {
    const now = Date.now();
    if (now - this.lastStaleSweep > STALE_SWEEP_MS) {
      this.lastStaleSweep = now;
      await this.items.recoverSent(new Date(now - STALE_SENT_MS));
    }
    if (this.backoff.pausedUntil > now) {
      await this.pause(this.backoff.pausedUntil - now);
      return;
    }
    const free = this.config.PUSH_CONCURRENCY - this.inFlight.size;
    if (free > 0) {
      const claimed = await this.items.claimDue(free);
      if (claimed.length > 0) {
        for (const item of await this.withConsent(claimed)) this.start(item);
        return;
      }
      const due = await this.items.nextDueAt();
      await this.pause(
        due ? Math.min(Math.max(due.getTime() - Date.now(), 0), POLL_INTERVAL_MS) : POLL_INTERVAL_MS,
      );
      return;
    }
    // Every sender is busy: the next one to finish kicks the loop.
    await this.pause(POLL_INTERVAL_MS);
  }

  /** Withdraws the items of opted-out pseudonyms (one decision per pseudonym) and returns the rest. */
  private async withConsent(claimed: readonly ClaimedItem[]): Promise<ClaimedItem[]> {
    const decisions = new Map<string, Promise<boolean>>();
    const included = await Promise.all(
      claimed.map((item) => {
        let decision = decisions.get(item.pseudonym);
        if (!decision) {
          decision = this.consent
            .decide({ kind: 'pseudonym', pseudonym: item.pseudonym })
            .then((d) => d.included);
          decisions.set(item.pseudonym, decision);
        }
        return decision;
      }),
    );
    const withdrawn = claimed.filter((_, i) => !included[i]);
    if (withdrawn.length > 0) {
      await this.items.markWithdrawn(withdrawn.map((item) => item.sopInstanceUid));
      this.logger.event('info', 'push.withdrawn', { items: withdrawn.length, reason: 'consent' });
    }
    return claimed.filter((_, i) => included[i]);
  }

  private start(item: ClaimedItem): void {
    const delivery = this.send(item)
      .catch((error: unknown) => {
        // The item stays `sent` and is recovered by the stale sweep or the next start.
        this.logger.event('error', 'push.send_failed', {
          error: error instanceof Error ? error.name : 'unknown',
        });
      })
      .finally(() => {
        this.inFlight.delete(delivery);
        this.kick();
      });
    this.inFlight.add(delivery);
  }

  private async send(item: ClaimedItem): Promise<void> {
    const sentAt = Date.now();
    let body: Uint8Array;
    try {
      body = await this.store.get(item.objectKey);
    } catch (error) {
      if (error instanceof ObjectNotFoundError || error instanceof ObjectIntegrityError) {
        const code = error instanceof ObjectNotFoundError ? 'OBJECT_MISSING' : 'OBJECT_CORRUPT';
        this.logger.event('error', 'push.object_unusable', { code });
        await this.items.markFailed(item.sopInstanceUid, code);
        return;
      }
      await this.items.markRetry(item.sopInstanceUid, this.itemRetryAt(item), 'STORE_UNAVAILABLE');
      return;
    }
    const result = await this.center.deliver(item.objectKey, body);
    switch (result.kind) {
      case 'confirmed':
        this.backoff.success();
        await this.items.markConfirmed(
          item.sopInstanceUid,
          result.code ? `${result.outcome}:${result.code}` : result.outcome,
        );
        return;
      case 'link-unavailable': {
        const before = this.backoff.pausedUntil;
        const until = this.backoff.failure(Date.now(), sentAt);
        if (until !== before) {
          this.logger.event('warn', 'push.center_unavailable', {
            reason: result.reason,
            retryInMs: until - Date.now(),
          });
        }
        await this.items.markRetry(item.sopInstanceUid, new Date(until), result.reason);
        return;
      }
      case 'retry':
        await this.items.markRetry(item.sopInstanceUid, this.itemRetryAt(item), result.reason);
        return;
      case 'refused':
        this.logger.event('warn', 'push.refused', { reason: result.reason });
        await this.items.markFailed(item.sopInstanceUid, result.reason);
        return;
    }
  }

  private itemRetryAt(item: ClaimedItem): Date {
    return new Date(
      Date.now() + itemRetryDelayMs(item.attempts, this.config.PUSH_MAX_BACKOFF_SECONDS * 1000),
    );
  }

  /** Sleeps up to `ms`, returning early when kicked (a new item, a free sender, shutdown). */
  private pause(ms: number): Promise<void> {
    if (this.kicked || this.stopped) {
      this.kicked = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        this.kicked = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      timer.unref();
      this.wake = done;
    });
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
