import { Module } from '@nestjs/common';
import { DicomwebRepository } from './dicomweb.repository';
import { DicomwebService } from './dicomweb.service';
import { QidoController } from './qido.controller';
import { WadoController } from './wado.controller';

/** QIDO-RS and WADO-RS over the catalog, for data stewards and center admins. */
@Module({
  controllers: [QidoController, WadoController],
  providers: [DicomwebRepository, DicomwebService],
})
export class DicomwebModule {}
