import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { parsePublicKey, publicKeyId } from '@lattice/keys';
import { JsonLogger } from '@lattice/server-kit';
import { CENTER_CONFIG, type CenterConfig } from '../center-config';
import type { EnrollNodeRequest, NodeView } from './node.dto';
import { NodeRegistryError } from './node-registry.error';
import { NodeRepository, type Node } from './node.repository';
import { nodeStatus } from './node-status';

const NONCE_SWEEP_INTERVAL_MS = 60_000;

/** Enrollment, key rotation, heartbeats and the node list a center-admin sees. */
@Injectable()
export class NodeRegistryService implements OnModuleInit, OnModuleDestroy {
  private sweep: NodeJS.Timeout | null = null;

  constructor(
    private readonly nodes: NodeRepository,
    private readonly logger: JsonLogger,
    @Inject(CENTER_CONFIG) private readonly config: CenterConfig,
  ) {}

  onModuleInit(): void {
    this.sweep = setInterval(() => {
      this.nodes.forgetExpiredNonces(new Date()).catch((error: unknown) =>
        this.logger.event('warn', 'nonce.sweep_failed', {
          error: error instanceof Error ? error.name : 'unknown',
        }),
      );
    }, NONCE_SWEEP_INTERVAL_MS);
    this.sweep.unref();
  }

  onModuleDestroy(): void {
    if (this.sweep) clearInterval(this.sweep);
  }

  async list(now = new Date()): Promise<NodeView[]> {
    return (await this.nodes.findAll()).map((node) => this.view(node, now));
  }

  async get(id: string, now = new Date()): Promise<NodeView> {
    return this.view(await this.require(id), now);
  }

  async enroll(request: EnrollNodeRequest, enrolledBy: string): Promise<NodeView> {
    const keyId = this.keyIdOf(request.publicKey);
    const created = await this.nodes.create({ ...request, keyId, enrolledBy });
    if (!created) throw new NodeRegistryError('NODE_EXISTS', `Node ${request.id} is already enrolled.`);
    this.logger.event('info', 'node.enrolled', { nodeId: created.id, keyId, enrolledBy });
    return this.view(created, new Date());
  }

  async rotateKey(id: string, publicKey: string, rotatedBy: string): Promise<NodeView> {
    const keyId = this.keyIdOf(publicKey);
    const updated = await this.nodes.replaceKey(id, publicKey, keyId);
    if (!updated) throw new NodeRegistryError('NODE_NOT_FOUND', `No node ${id} is enrolled.`);
    this.logger.event('info', 'node.key_rotated', { nodeId: id, keyId, rotatedBy });
    return this.view(updated, new Date());
  }

  async recordHeartbeat(id: string, softwareVersion: string, at = new Date()): Promise<void> {
    await this.nodes.recordHeartbeat(id, at, softwareVersion);
  }

  async require(id: string): Promise<Node> {
    const node = await this.nodes.findById(id);
    if (!node) throw new NodeRegistryError('NODE_NOT_FOUND', `No node ${id} is enrolled.`);
    return node;
  }

  private keyIdOf(publicKey: string): string {
    try {
      parsePublicKey(publicKey);
      return publicKeyId(publicKey);
    } catch {
      throw new NodeRegistryError('INVALID_PUBLIC_KEY', 'The public key is not a valid Ed25519 key.');
    }
  }

  private view(node: Node, now: Date): NodeView {
    return {
      id: node.id,
      displayName: node.displayName,
      hospital: node.hospital,
      status: nodeStatus(node.lastSeenAt, now, this.config.NODE_OFFLINE_AFTER_SECONDS),
      lastSeenAt: node.lastSeenAt?.toISOString() ?? null,
      enrolledAt: node.enrolledAt.toISOString(),
      keyId: node.keyId,
      softwareVersion: node.softwareVersion,
    };
  }
}
