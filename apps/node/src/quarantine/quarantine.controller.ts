import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpException,
  Param,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CurrentPrincipal, Roles, type Principal } from '@lattice/auth';
import { ZodValidationPipe } from '@lattice/server-kit';
import { OperatorOfThisNodeGuard } from '../status/operator-of-this-node.guard';
import { QuarantineDecisionError, type QuarantineDecisionErrorCode } from './quarantine-decision.error';
import { decisionBodySchema, quarantineIdSchema, quarantineQuerySchema } from './quarantine.dto';
import type { QuarantineItem } from './quarantine-item';
import { QuarantineService } from './quarantine.service';

const STATUS_BY_CODE: Readonly<Record<QuarantineDecisionErrorCode, number>> = {
  NOT_FOUND: 404,
  ALREADY_DECIDED: 409,
  NOT_RELEASABLE: 409,
  EXCLUDED_BY_CONSENT: 409,
  STILL_HELD: 409,
  ORIGINAL_UNAVAILABLE: 500,
  UNAVAILABLE: 503,
};

/** The node's quarantine, for this node's operators only. */
@ApiTags('quarantine')
@ApiBearerAuth()
@Controller('api/quarantine')
@Roles('node-operator')
@UseGuards(OperatorOfThisNodeGuard)
export class QuarantineController {
  constructor(private readonly quarantine: QuarantineService) {}

  @Get()
  @ApiOperation({ summary: 'Objects held for review (waiting, released or discarded), newest first.' })
  async list(
    @Query(new ZodValidationPipe(quarantineQuerySchema)) query: z.output<typeof quarantineQuerySchema>,
  ): Promise<{ items: QuarantineItem[] }> {
    return { items: await this.quarantine.list(query.status, query.limit) };
  }

  @Post(':id/release')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Release a reviewed object (burned-in text reasons only): de-identified again and pushed.',
  })
  async release(
    @Param('id', new ZodValidationPipe(quarantineIdSchema)) id: string,
    @Body(new ZodValidationPipe(decisionBodySchema)) body: z.output<typeof decisionBodySchema>,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuarantineItem> {
    return decided(() => this.quarantine.release(id, { operator: principal.username, note: body.note }));
  }

  @Post(':id/discard')
  @HttpCode(200)
  @ApiOperation({ summary: 'Discard an object: its encrypted original is destroyed.' })
  async discard(
    @Param('id', new ZodValidationPipe(quarantineIdSchema)) id: string,
    @Body(new ZodValidationPipe(decisionBodySchema)) body: z.output<typeof decisionBodySchema>,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuarantineItem> {
    return decided(() => this.quarantine.discard(id, { operator: principal.username, note: body.note }));
  }
}

async function decided(action: () => Promise<QuarantineItem>): Promise<QuarantineItem> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof QuarantineDecisionError) {
      throw new HttpException({ code: error.code, message: error.message }, STATUS_BY_CODE[error.code]);
    }
    throw error;
  }
}
