import { Inject, Module } from '@nestjs/common';
import { ConsentDecisionPoint } from '@lattice/consent';
import { NODE_CONFIG, type NodeConfig } from '../node-config';
import { PrismaConsentRecords } from './prisma-consent-records';

/** Injection token of the node's ConsentDecisionPoint: asked before storing and before every push. */
export const CONSENT_DECISION_POINT = Symbol('CONSENT_DECISION_POINT');

@Module({
  providers: [
    PrismaConsentRecords,
    {
      provide: CONSENT_DECISION_POINT,
      inject: [NODE_CONFIG, PrismaConsentRecords],
      useFactory: (config: NodeConfig, records: PrismaConsentRecords) =>
        new ConsentDecisionPoint(config.CONSENT_PROGRAMME, records),
    },
  ],
  exports: [CONSENT_DECISION_POINT, PrismaConsentRecords],
})
export class ConsentModule {}

/** Parameter decorator for the decision point. */
export const InjectConsentDecisionPoint = (): ParameterDecorator => Inject(CONSENT_DECISION_POINT);
