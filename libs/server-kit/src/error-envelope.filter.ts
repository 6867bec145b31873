import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  codeForStatus,
  type DomainErrorMapper,
  type ErrorEnvelope,
  type MappedError,
} from './error-envelope';
import type { JsonLogger } from './json-logger';
import { currentContext } from './request-context';

/**
 * Turns every failure into `{ code, message, correlationId }`. Unknown errors become a generic 500;
 * their details go to the log only, so nothing internal (or identifying) reaches a caller.
 */
@Catch()
export class ErrorEnvelopeFilter implements ExceptionFilter {
  constructor(
    private readonly logger: JsonLogger,
    private readonly mapDomainError: DomainErrorMapper = () => undefined,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const mapped = this.map(exception);
    const correlationId =
      currentContext()?.correlationId ?? String(response.getHeader('x-correlation-id') ?? '');
    if (mapped.status >= 500) {
      this.logger.event('error', 'request.failed', {
        method: request.method,
        route: routeOf(request),
        status: mapped.status,
        error: exception instanceof Error ? exception.name : typeof exception,
        detail: exception instanceof Error ? exception.message : undefined,
        stack: exception instanceof Error ? exception.stack : undefined,
      });
    } else {
      this.logger.event('info', 'request.refused', {
        method: request.method,
        route: routeOf(request),
        status: mapped.status,
        code: mapped.code,
      });
    }
    if (response.headersSent) return;
    const body: ErrorEnvelope = { code: mapped.code, message: mapped.message, correlationId };
    response.status(mapped.status).json(body);
  }

  private map(exception: unknown): MappedError {
    const domain = this.mapDomainError(exception);
    if (domain) return domain;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      if (
        typeof body === 'object' &&
        body !== null &&
        typeof (body as { code?: unknown }).code === 'string'
      ) {
        const { code, message } = body as { code: string; message?: unknown };
        return { status, code, message: typeof message === 'string' ? message : defaultMessage(status) };
      }
      // Nest's own 404 for unknown routes echoes the path; answer with a fixed message instead.
      if (status === 404) return { status, code: 'NOT_FOUND', message: 'No such resource.' };
      const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
      return {
        status,
        code: codeForStatus(status),
        message: typeof message === 'string' ? message : defaultMessage(status),
      };
    }
    // Errors raised by Express's body parsers before any handler runs.
    const parserError = exception as { type?: unknown; status?: unknown };
    if (typeof parserError?.type === 'string' && typeof parserError.status === 'number') {
      switch (parserError.type) {
        case 'entity.parse.failed':
          return { status: 400, code: 'INVALID_JSON', message: 'The request body is not valid JSON.' };
        case 'entity.too.large':
          return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' };
        default:
          return {
            status: parserError.status,
            code: codeForStatus(parserError.status),
            message: defaultMessage(parserError.status),
          };
      }
    }
    return {
      status: 500,
      code: 'INTERNAL',
      message: 'Something went wrong; quote the correlation id when reporting it.',
    };
  }
}

function routeOf(request: Request): string {
  // The matched route pattern, not the concrete URL, keeps ids out of the logs.
  const route = (request as Request & { route?: { path?: string } }).route?.path;
  return route ?? request.path.split('/').slice(0, 3).join('/');
}

function defaultMessage(status: number): string {
  switch (status) {
    case 400:
      return 'The request is invalid.';
    case 401:
      return 'Authentication is required.';
    case 403:
      return 'You are not allowed to do this.';
    case 404:
      return 'No such resource.';
    case 409:
      return 'This conflicts with the current state.';
    case 413:
      return 'The request body is too large.';
    default:
      return status >= 500
        ? 'Something went wrong; quote the correlation id when reporting it.'
        : 'The request was refused.';
  }
}
