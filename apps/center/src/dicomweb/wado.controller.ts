import { randomBytes } from 'node:crypto';
import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@lattice/auth';
import type { DicomJsonDataset } from '@lattice/dicom';
import { JsonLogger } from '@lattice/server-kit';
import type { Response } from 'express';
import type { CatalogScope } from './dicomweb.repository';
import { DicomwebService } from './dicomweb.service';
import { negotiateDicomJson, negotiateRetrieve } from './media-types';
import { uidParam } from './uid-param';

/** WADO-RS (PS3.18 10.4): instances as multipart/related application/dicom, and their metadata. */
@ApiTags('dicomweb')
@ApiBearerAuth()
@Roles('data-steward', 'center-admin')
@Controller('dicomweb/studies')
export class WadoController {
  constructor(
    private readonly dicomweb: DicomwebService,
    private readonly logger: JsonLogger,
  ) {}

  @Get(':study')
  @ApiOperation({ summary: 'Retrieve every instance of a study (WADO-RS).' })
  study(
    @Param('study', uidParam) study: string,
    @Headers('accept') accept: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    return this.retrieve({ study }, accept, response);
  }

  @Get(':study/metadata')
  @ApiOperation({ summary: "A study's instance metadata, without bulk data (WADO-RS)." })
  studyMetadata(
    @Param('study', uidParam) study: string,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DicomJsonDataset[]> {
    return this.metadata({ study }, accept, response);
  }

  @Get(':study/series/:series')
  @ApiOperation({ summary: 'Retrieve every instance of a series (WADO-RS).' })
  series(
    @Param('study', uidParam) study: string,
    @Param('series', uidParam) series: string,
    @Headers('accept') accept: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    return this.retrieve({ study, series }, accept, response);
  }

  @Get(':study/series/:series/metadata')
  @ApiOperation({ summary: "A series' instance metadata (WADO-RS)." })
  seriesMetadata(
    @Param('study', uidParam) study: string,
    @Param('series', uidParam) series: string,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DicomJsonDataset[]> {
    return this.metadata({ study, series }, accept, response);
  }

  @Get(':study/series/:series/instances/:instance')
  @ApiOperation({ summary: 'Retrieve one instance (WADO-RS).' })
  instance(
    @Param('study', uidParam) study: string,
    @Param('series', uidParam) series: string,
    @Param('instance', uidParam) instance: string,
    @Headers('accept') accept: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    return this.retrieve({ study, series, instance }, accept, response);
  }

  @Get(':study/series/:series/instances/:instance/metadata')
  @ApiOperation({ summary: "One instance's metadata (WADO-RS)." })
  instanceMetadata(
    @Param('study', uidParam) study: string,
    @Param('series', uidParam) series: string,
    @Param('instance', uidParam) instance: string,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DicomJsonDataset[]> {
    return this.metadata({ study, series, instance }, accept, response);
  }

  private async metadata(
    scope: CatalogScope,
    accept: string | undefined,
    response: Response,
  ): Promise<DicomJsonDataset[]> {
    negotiateDicomJson(accept);
    const metadata = await this.dicomweb.metadata(scope);
    response.setHeader('content-type', 'application/dicom+json');
    return metadata;
  }

  /** Streams the parts one instance at a time, so a large study never sits in memory whole. */
  private async retrieve(scope: CatalogScope, accept: string | undefined, response: Response): Promise<void> {
    const { transferSyntax } = negotiateRetrieve(accept);
    const rows = await this.dicomweb.prepareRetrieve(scope, transferSyntax);
    const boundary = `lattice-${randomBytes(12).toString('hex')}`;
    response.status(200);
    response.setHeader('content-type', `multipart/related; type="application/dicom"; boundary=${boundary}`);
    try {
      for (const row of rows) {
        const part = await this.dicomweb.readPart(row, transferSyntax);
        const header = `--${boundary}\r\nContent-Type: application/dicom; transfer-syntax=${part.transferSyntaxUid}\r\nContent-Length: ${part.bytes.byteLength}\r\n\r\n`;
        await write(response, Buffer.from(header, 'latin1'));
        await write(response, part.bytes);
        await write(response, Buffer.from('\r\n', 'latin1'));
      }
      await write(response, Buffer.from(`--${boundary}--\r\n`, 'latin1'));
      response.end();
    } catch (error) {
      // Headers are gone: the only honest signal left is a broken response.
      this.logger.event('error', 'wado.retrieve_failed', {
        error: error instanceof Error ? error.name : 'unknown',
      });
      response.destroy();
    }
  }
}

async function write(response: Response, chunk: Uint8Array): Promise<void> {
  if (response.destroyed) throw new Error('the client went away');
  if (response.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      response.off('drain', onDrain);
      response.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error('the client went away'));
    response.on('drain', onDrain);
    response.on('close', onClose);
  });
}
