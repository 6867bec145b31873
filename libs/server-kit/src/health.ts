import {
  Controller,
  Get,
  HttpCode,
  Inject,
  Module,
  ServiceUnavailableException,
  type DynamicModule,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@lattice/auth';

/** Something a service needs before it can take work: its database, its object store. */
export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<void>;
}

export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

const CHECK_TIMEOUT_MS = 3000;

@ApiTags('health')
@Controller('health')
class HealthController {
  constructor(@Inject(READINESS_CHECKS) private readonly checks: readonly ReadinessCheck[]) {}

  @Public()
  @Get('live')
  @ApiOperation({ summary: 'The process is up.' })
  live(): { status: 'up' } {
    return { status: 'up' };
  }

  @Public()
  @Get('ready')
  @HttpCode(200)
  @ApiOperation({ summary: 'The service can take work: every dependency answers.' })
  async ready(): Promise<{ status: 'ready'; checks: Record<string, 'up'> }> {
    const results = await Promise.all(
      this.checks.map(async ({ name, check }) => {
        try {
          await withTimeout(check(), CHECK_TIMEOUT_MS);
          return [name, 'up'] as const;
        } catch {
          return [name, 'down'] as const;
        }
      }),
    );
    const down = results.filter(([, state]) => state === 'down').map(([name]) => name);
    if (down.length > 0) {
      throw new ServiceUnavailableException({
        code: 'NOT_READY',
        message: `Not ready: ${down.join(', ')} not answering.`,
      });
    }
    return { status: 'ready', checks: Object.fromEntries(results) as Record<string, 'up'> };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** `GET /health/live` and `GET /health/ready`, public, with the app's readiness checks. */
@Module({})
export class HealthModule {
  static register(checksProvider: {
    imports?: DynamicModule['imports'];
    inject: unknown[];
    useFactory: (...deps: never[]) => ReadinessCheck[];
  }): DynamicModule {
    return {
      module: HealthModule,
      imports: checksProvider.imports ?? [],
      controllers: [HealthController],
      providers: [
        {
          provide: READINESS_CHECKS,
          inject: checksProvider.inject as never[],
          useFactory: checksProvider.useFactory,
        },
      ],
    };
  }
}
