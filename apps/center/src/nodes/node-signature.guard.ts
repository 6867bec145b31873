import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { principalOf } from '@lattice/auth';
import { verifyRequestSignature } from '@lattice/federation';
import { parsePublicKey } from '@lattice/keys';
import { currentContext, JsonLogger } from '@lattice/server-kit';
import type { Request } from 'express';
import { CENTER_CONFIG, type CenterConfig } from '../center-config';
import { NodeRepository } from './node.repository';

/**
 * Admits a request only from the node named in the route, proven twice: the bearer token is that
 * node's service account (checked first by the global auth guard), and the Ed25519 signature verifies
 * with the key enrolled for it, over this method, path and body, with a fresh timestamp and an unused
 * nonce. node-a's credentials therefore cannot act as node-b, and a captured request cannot be replayed.
 */
@Injectable()
export class NodeSignatureGuard implements CanActivate {
  constructor(
    private readonly nodes: NodeRepository,
    private readonly logger: JsonLogger,
    @Inject(CENTER_CONFIG) private readonly config: CenterConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & { rawBody?: Buffer }>();
    const principal = principalOf(request);
    const claimedNodeId = request.params.nodeId;
    if (!principal || !principal.realmRoles.includes('node') || !principal.nodeId) {
      throw new ForbiddenException({
        code: 'NOT_A_NODE',
        message: 'Only a node service account may call this.',
      });
    }
    if (principal.nodeId !== claimedNodeId) {
      this.refuse('NODE_MISMATCH', principal.nodeId);
    }
    const node = await this.nodes.findById(principal.nodeId);
    if (!node) this.refuse('NODE_NOT_ENROLLED', principal.nodeId);
    const verdict = verifyRequestSignature(
      { method: request.method, path: request.originalUrl, body: request.rawBody },
      request.headers,
      { nodeId: node.id, keyId: node.keyId, publicKey: parsePublicKey(node.publicKey) },
      { maxSkewSeconds: this.config.REQUEST_SIGNATURE_MAX_SKEW_SECONDS },
    );
    if (!verdict.valid) this.refuse(verdict.failure, node.id);
    const expiresAt = new Date(
      verdict.timestamp.getTime() + this.config.REQUEST_SIGNATURE_MAX_SKEW_SECONDS * 1000,
    );
    if (!(await this.nodes.claimNonce(node.id, verdict.nonce, expiresAt))) this.refuse('REPLAYED', node.id);
    const requestContext = currentContext();
    if (requestContext) requestContext.nodeId = node.id;
    return true;
  }

  private refuse(reason: string, nodeId: string): never {
    this.logger.event('warn', 'node.signature_refused', { nodeId, reason });
    throw new UnauthorizedException({
      code: 'SIGNATURE_INVALID',
      message: `The node request signature was refused (${reason}).`,
    });
  }
}
