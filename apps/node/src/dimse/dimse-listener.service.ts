import type { AddressInfo, Server as NetServer } from 'node:net';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Implementation, log as dimseLog, Server } from 'dcmjs-dimse';
import { IMPLEMENTATION_CLASS_UID, IMPLEMENTATION_VERSION_NAME } from '@lattice/dicom';
import { JsonLogger } from '@lattice/server-kit';
import { IngestService } from '../ingest/ingest.service';
import { NODE_CONFIG, type NodeConfig } from '../node-config';
import { nodeAeTitle } from './association-policy';
import { IngestScp, type ListenerHooks } from './ingest-scp';

/**
 * Maximum P-DATA-TF length announced to peers: large enough that a CT slice crosses in a couple of
 * PDUs, small enough that a peer cannot make the node buffer much for one PDU.
 */
export const MAX_PDU_LENGTH = 256 * 1024;

// A peer that says nothing is let go: no association within 30 s, or no PDU for 2 minutes.
const TIMEOUTS = { connectTimeout: 120_000, associationTimeout: 30_000, pduTimeout: 120_000 };

/** The node's DIMSE listener (C-ECHO, C-STORE) on DICOM_PORT, started and stopped with the node. */
@Injectable()
export class DimseListener implements OnApplicationBootstrap, OnModuleDestroy {
  private server: Server | null = null;
  private boundPort: number | null = null;

  constructor(
    @Inject(NODE_CONFIG) private readonly config: NodeConfig,
    private readonly ingest: IngestService,
    private readonly logger: JsonLogger,
  ) {}

  /** The port the listener is bound to (DICOM_PORT, or the one chosen when DICOM_PORT is 0). */
  get port(): number {
    if (this.boundPort === null) throw new Error('the DIMSE listener is not running');
    return this.boundPort;
  }

  /** The node's AE title: the called AE title peers must use. */
  get aeTitle(): string {
    return nodeAeTitle(this.config);
  }

  async onApplicationBootstrap(): Promise<void> {
    // dcmjs-dimse logs every PDU to the console; the listener writes its own structured events instead.
    dimseLog.setLevel('silent');
    // The association answers name Lattice as the implementation, like the files it writes.
    Implementation.setImplementationClassUid(IMPLEMENTATION_CLASS_UID);
    Implementation.setImplementationVersion(IMPLEMENTATION_VERSION_NAME);
    Implementation.setMaxPduLength(MAX_PDU_LENGTH);
    const hooks: ListenerHooks = {
      policy: { aeTitle: this.aeTitle, allowedCallingAeTitles: this.config.DICOM_ALLOWED_CALLING_AE_TITLES },
      maxPduLength: MAX_PDU_LENGTH,
      ingest: (bytes, options) => this.ingest.ingest(bytes, options),
      logger: this.logger,
    };
    const server = new Server(IngestScp);
    await new Promise<void>((resolve, reject) => {
      const failed = (error: Error) =>
        reject(new Error(`DICOM_PORT ${this.config.DICOM_PORT}: cannot listen (${describe(error)})`));
      server.once('networkError', failed);
      server.once('listening', () => {
        server.off('networkError', failed);
        resolve();
      });
      server.listen(this.config.DICOM_PORT, { ...TIMEOUTS, customOptions: { hooks } });
    });
    // Errors of single associations (resets, timeouts, garbage) end that association only.
    server.on('networkError', (error: Error) =>
      this.logger.event('debug', 'dimse.association_ended', { error: error.name }),
    );
    this.server = server;
    this.boundPort = (netServerOf(server)?.address() as AddressInfo | null)?.port ?? this.config.DICOM_PORT;
    this.logger.event('info', 'dimse.listening', {
      aeTitle: this.aeTitle,
      port: this.boundPort,
      allowedCallingAeTitles: this.config.DICOM_ALLOWED_CALLING_AE_TITLES,
    });
  }

  /** First thing at shutdown: no new association; objects already taken finish (IngestDatabase waits). */
  onModuleDestroy(): void {
    if (!this.server) return;
    this.server.close();
    this.server = null;
    this.boundPort = null;
    this.logger.event('info', 'dimse.stopped');
  }
}

/** dcmjs-dimse keeps its net.Server in a field its typings do not declare. */
function netServerOf(server: Server): NetServer | undefined {
  return (server as unknown as { server?: NetServer }).server;
}

function describe(error: Error): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error.message;
}
