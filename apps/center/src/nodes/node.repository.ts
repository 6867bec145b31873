import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import type { Node } from '../generated/prisma/client';

export type { Node };

/** Enrolled nodes and the nonces of their accepted signed requests. */
@Injectable()
export class NodeRepository {
  constructor(private readonly prisma: PrismaService) {}

  findAll(): Promise<Node[]> {
    return this.prisma.node.findMany({ orderBy: { id: 'asc' } });
  }

  findById(id: string): Promise<Node | null> {
    return this.prisma.node.findUnique({ where: { id } });
  }

  /** Inserts a node; returns null when the id is already enrolled. */
  async create(
    node: Pick<Node, 'id' | 'displayName' | 'hospital' | 'publicKey' | 'keyId' | 'enrolledBy'>,
  ): Promise<Node | null> {
    const created = await this.prisma.node.createManyAndReturn({ data: [node], skipDuplicates: true });
    return created[0] ?? null;
  }

  async replaceKey(id: string, publicKey: string, keyId: string): Promise<Node | null> {
    const { count } = await this.prisma.node.updateMany({ where: { id }, data: { publicKey, keyId } });
    return count === 0 ? null : this.findById(id);
  }

  async recordHeartbeat(id: string, at: Date, softwareVersion: string): Promise<void> {
    await this.prisma.node.update({ where: { id }, data: { lastSeenAt: at, softwareVersion } });
  }

  /** Remembers a nonce; false when it was already used (a replayed request). */
  async claimNonce(nodeId: string, nonce: string, expiresAt: Date): Promise<boolean> {
    const { count } = await this.prisma.requestNonce.createMany({
      data: [{ nodeId, nonce, expiresAt }],
      skipDuplicates: true,
    });
    return count === 1;
  }

  async forgetExpiredNonces(now: Date): Promise<number> {
    const { count } = await this.prisma.requestNonce.deleteMany({ where: { expiresAt: { lt: now } } });
    return count;
  }
}
