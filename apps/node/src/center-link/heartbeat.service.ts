import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { JsonLogger } from '@lattice/server-kit';
import { NODE_CONFIG, type NodeConfig } from '../node-config';
import { CenterCallError, CenterClient } from './center-client';

export const SOFTWARE_VERSION = '0.1.0';

const FIRST_RETRY_MS = 1000;

/**
 * Tells the center this node is alive: at start, then every HEARTBEAT_INTERVAL_SECONDS. After a
 * failure it retries sooner (1 s, 2 s, 4 s, … up to the interval) so a node shows online soon after
 * the center or its enrollment becomes available.
 */
@Injectable()
export class HeartbeatService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private readonly startedAt = new Date().toISOString();
  private lastOutcome: string | null = null;
  private retryDelayMs = FIRST_RETRY_MS;

  constructor(
    private readonly center: CenterClient,
    private readonly logger: JsonLogger,
    @Inject(NODE_CONFIG) private readonly config: NodeConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.loop();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async loop(): Promise<void> {
    if (this.stopped) return;
    const intervalMs = this.config.HEARTBEAT_INTERVAL_SECONDS * 1000;
    const ok = await this.beat();
    if (this.stopped) return;
    const delay = ok ? intervalMs : Math.min(this.retryDelayMs, intervalMs);
    this.retryDelayMs = ok ? FIRST_RETRY_MS : Math.min(this.retryDelayMs * 2, intervalMs);
    this.timer = setTimeout(() => void this.loop(), delay);
  }

  /** Sends one heartbeat; failures are logged once per change of outcome, never thrown. */
  async beat(): Promise<boolean> {
    try {
      await this.center.post('heartbeat', `/api/nodes/${this.config.NODE_ID}/heartbeat`, {
        softwareVersion: SOFTWARE_VERSION,
        startedAt: this.startedAt,
      });
      if (this.lastOutcome !== 'ok')
        this.logger.event('info', 'center.heartbeat_ok', { centerUrl: this.config.CENTER_URL });
      this.lastOutcome = 'ok';
      return true;
    } catch (error) {
      const outcome = error instanceof CenterCallError ? error.outcome : 'internal_error';
      if (this.lastOutcome !== outcome) this.logger.event('warn', 'center.heartbeat_failed', { outcome });
      this.lastOutcome = outcome;
      return false;
    }
  }
}
