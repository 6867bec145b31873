import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import type { DomainErrorMapper } from './error-envelope';
import { ErrorEnvelopeFilter } from './error-envelope.filter';
import type { JsonLogger } from './json-logger';
import { CORRELATION_HEADER, correlationIdFrom, runWithContext } from './request-context';

export interface HttpServiceOptions {
  /** Service name in logs and OpenAPI, e.g. "center". */
  readonly name: string;
  readonly module: Type<unknown> | DynamicModule;
  readonly host: string;
  readonly port: number;
  readonly logger: JsonLogger;
  readonly openApi: { readonly title: string; readonly description: string; readonly version: string };
  readonly corsOrigins?: readonly string[];
  /** Largest JSON body accepted (e.g. "1mb"); larger ones get 413 in the error envelope. */
  readonly jsonBodyLimit?: string;
  readonly mapDomainError?: DomainErrorMapper;
  /** Hook for app-specific wiring (raw routes, extra body parsers) before listening. */
  readonly configure?: (app: NestExpressApplication) => void | Promise<void>;
}

/**
 * Creates and starts one Lattice HTTP service: JSON logs with correlation ids, the error envelope,
 * OpenAPI at /api/docs, CORS for the portal, graceful shutdown. Prints a `ready` event once listening.
 */
export async function startHttpService(options: HttpServiceOptions): Promise<INestApplication> {
  const { logger } = options;
  const app = await NestFactory.create<NestExpressApplication>(options.module, {
    logger,
    rawBody: true,
    bodyParser: false,
    abortOnError: false,
  });
  app.disable('x-powered-by');
  app.use(correlationMiddleware(logger));
  app.useBodyParser('json', { limit: options.jsonBodyLimit ?? '1mb' });
  app.use(bodyParserErrors(logger));
  app.useGlobalFilters(new ErrorEnvelopeFilter(logger, options.mapDomainError));
  if (options.corsOrigins && options.corsOrigins.length > 0) {
    app.enableCors({
      origin: [...options.corsOrigins],
      allowedHeaders: ['Authorization', 'Content-Type', 'Accept', CORRELATION_HEADER],
      exposedHeaders: [CORRELATION_HEADER],
      maxAge: 600,
    });
  }
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(options.openApi.title)
      .setDescription(options.openApi.description)
      .setVersion(options.openApi.version)
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  await options.configure?.(app);
  app.enableShutdownHooks();
  await app.listen(options.port, options.host);
  const url = `http://${options.host}:${options.port}`;
  logger.event('info', 'ready', { url });
  return app;
}

/**
 * Answers body-parser failures here, before Nest maps them: Nest would pass on the JSON parser's
 * message, which can quote the request body.
 */
function bodyParserErrors(logger: JsonLogger) {
  return (error: unknown, request: Request, response: Response, next: NextFunction): void => {
    const type = (error as { type?: unknown } | null)?.type;
    const mapped =
      type === 'entity.parse.failed'
        ? { status: 400, code: 'INVALID_JSON', message: 'The request body is not valid JSON.' }
        : type === 'entity.too.large'
          ? { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' }
          : type === 'charset.unsupported' || type === 'encoding.unsupported'
            ? {
                status: 415,
                code: 'UNSUPPORTED_MEDIA_TYPE',
                message: 'The request body encoding is not supported.',
              }
            : null;
    if (!mapped) {
      next(error);
      return;
    }
    const correlationId = String(response.getHeader(CORRELATION_HEADER) ?? '');
    logger.event('info', 'request.refused', {
      method: request.method,
      status: mapped.status,
      code: mapped.code,
      correlationId,
    });
    response.status(mapped.status).json({ code: mapped.code, message: mapped.message, correlationId });
  };
}

function correlationMiddleware(logger: JsonLogger) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const correlationId = correlationIdFrom(request.headers[CORRELATION_HEADER]);
    response.setHeader(CORRELATION_HEADER, correlationId);
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      // The route pattern, never the concrete URL or query: those can carry identifiers.
      const route = (request as Request & { route?: { path?: string } }).route?.path ?? 'unmatched';
      runWithContext({ correlationId }, () =>
        logger.event(request.path.startsWith('/health') ? 'debug' : 'info', 'request', {
          method: request.method,
          route,
          status: response.statusCode,
          durationMs: Number((process.hrtime.bigint() - started) / 1_000_000n),
        }),
      );
    });
    runWithContext({ correlationId }, next);
  };
}
