import {
  BadRequestException,
  ForbiddenException,
  Inject,
  Injectable,
  PayloadTooLargeException,
  ServiceUnavailableException,
  UnauthorizedException,
  UnsupportedMediaTypeException,
  type NestMiddleware,
} from '@nestjs/common';
import { authErrorMessages, KeycloakTokenVerifier, TokenRejectedError } from '@lattice/auth';
import type { Request, Response } from 'express';
import { CENTER_CONFIG, type CenterConfig } from '../center-config';

/**
 * Reads an `application/dicom` body into `request.rawBody`, exactly as sent (the signature guard hashes
 * these bytes), up to INGEST_MAX_INSTANCE_BYTES: a larger declared or actual body is refused with 413
 * before more is read. Only a valid node service token gets that far, so nobody else can make the center
 * buffer a body; the guards then check the token, the node and the signature in full.
 */
@Injectable()
export class DicomBodyMiddleware implements NestMiddleware {
  constructor(
    @Inject(CENTER_CONFIG) private readonly config: CenterConfig,
    private readonly tokens: KeycloakTokenVerifier,
  ) {}

  async use(request: Request & { rawBody?: Buffer }, response: Response, next: () => void): Promise<void> {
    try {
      await this.admitNodesOnly(request.headers.authorization);
    } catch (error) {
      // The unread body stays on the connection: close it rather than reuse it.
      response.setHeader('connection', 'close');
      throw error;
    }
    const mediaType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (mediaType !== 'application/dicom') {
      response.setHeader('connection', 'close');
      throw new UnsupportedMediaTypeException({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'Instances are delivered as application/dicom.',
      });
    }
    const limit = this.config.INGEST_MAX_INSTANCE_BYTES;
    const declared = Number(request.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > limit) {
      response.setHeader('connection', 'close');
      throw tooLarge(limit);
    }
    request.rawBody = await readBody(request, limit, response);
    next();
  }

  private async admitNodesOnly(authorization: string | undefined): Promise<void> {
    const token = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(authorization ?? '')?.[1];
    if (!token) {
      throw new UnauthorizedException({
        code: 'UNAUTHENTICATED',
        message: authErrorMessages.UNAUTHENTICATED,
      });
    }
    let roles: readonly string[];
    try {
      roles = (await this.tokens.verify(token)).realmRoles;
    } catch (error) {
      if (!(error instanceof TokenRejectedError)) throw error;
      const body = { code: error.code, message: authErrorMessages[error.code] };
      throw error.code === 'AUTH_UNAVAILABLE'
        ? new ServiceUnavailableException(body)
        : new UnauthorizedException(body);
    }
    if (!roles.includes('node')) {
      throw new ForbiddenException({
        code: 'FORBIDDEN',
        message: `${authErrorMessages.FORBIDDEN} It needs one of: node.`,
      });
    }
  }
}

function readBody(request: Request, limit: number, response: Response): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > limit) {
        cleanup();
        response.setHeader('connection', 'close');
        request.resume();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total));
    };
    const onError = () => {
      cleanup();
      reject(
        new BadRequestException({ code: 'BODY_UNREADABLE', message: 'The request body could not be read.' }),
      );
    };
    const cleanup = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
    };
    request.on('data', onData);
    request.once('end', onEnd);
    request.once('error', onError);
  });
}

function tooLarge(limit: number): PayloadTooLargeException {
  return new PayloadTooLargeException({
    code: 'PAYLOAD_TOO_LARGE',
    message: `An instance may be at most ${limit} bytes.`,
  });
}
