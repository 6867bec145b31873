import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CurrentPrincipal, Roles, type Principal } from '@lattice/auth';
import { ZodValidationPipe } from '@lattice/server-kit';
import { OperatorOfThisNodeGuard } from '../status/operator-of-this-node.guard';
import { optOutBodySchema, type OptOutRecorded } from './opt-out.dto';
import { OptOutService } from './opt-out.service';

/** Opt-outs received at the hospital, recorded by its node operators. */
@ApiTags('consent')
@ApiBearerAuth()
@Controller('api/consent/opt-outs')
export class OptOutsController {
  constructor(private readonly optOuts: OptOutService) {}

  @Post()
  @Roles('node-operator')
  @UseGuards(OperatorOfThisNodeGuard)
  @ApiOperation({
    summary: "Record a patient's opt-out received at the hospital; pending pushes are withdrawn.",
  })
  record(
    @Body(new ZodValidationPipe(optOutBodySchema)) body: z.output<typeof optOutBodySchema>,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OptOutRecorded> {
    return this.optOuts.record(body.patientId, principal.username);
  }
}
