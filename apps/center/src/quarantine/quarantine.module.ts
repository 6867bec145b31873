import { Module } from '@nestjs/common';
import { QuarantineController } from './quarantine.controller';
import { QuarantineRepository } from './quarantine.repository';

/** What stage 2 held back, listed for data stewards. */
@Module({ controllers: [QuarantineController], providers: [QuarantineRepository] })
export class QuarantineModule {}
