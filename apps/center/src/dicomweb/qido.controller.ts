import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@lattice/auth';
import type { DicomJsonDataset } from '@lattice/dicom';
import type { Response } from 'express';
import { DicomwebService, type SearchPage } from './dicomweb.service';
import { negotiateDicomJson } from './media-types';
import { parseQidoQuery } from './qido-query';
import { uidParam } from './uid-param';

type QueryParams = Record<string, string | string[] | undefined>;

/** QIDO-RS (PS3.18 10.6) for data stewards and center admins. */
@ApiTags('dicomweb')
@ApiBearerAuth()
@Roles('data-steward', 'center-admin')
@Controller('dicomweb/studies')
export class QidoController {
  constructor(private readonly dicomweb: DicomwebService) {}

  @Get()
  @ApiOperation({ summary: 'Search for studies (QIDO-RS).' })
  async studies(
    @Query() params: QueryParams,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DicomJsonDataset[]> {
    negotiateDicomJson(accept);
    return answer(response, await this.dicomweb.searchStudies(parseQidoQuery(params)));
  }

  @Get(':study/series')
  @ApiOperation({ summary: "Search for a study's series (QIDO-RS)." })
  async series(
    @Param('study', uidParam) study: string,
    @Query() params: QueryParams,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DicomJsonDataset[]> {
    negotiateDicomJson(accept);
    return answer(response, await this.dicomweb.searchSeries(study, parseQidoQuery(params)));
  }

  @Get(':study/instances')
  @ApiOperation({ summary: "Search for a study's instances (QIDO-RS)." })
  async studyInstances(
    @Param('study', uidParam) study: string,
    @Query() params: QueryParams,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DicomJsonDataset[]> {
    negotiateDicomJson(accept);
    return answer(response, await this.dicomweb.searchInstances({ study }, parseQidoQuery(params)));
  }

  @Get(':study/series/:series/instances')
  @ApiOperation({ summary: "Search for a series' instances (QIDO-RS)." })
  async seriesInstances(
    @Param('study', uidParam) study: string,
    @Param('series', uidParam) series: string,
    @Query() params: QueryParams,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DicomJsonDataset[]> {
    negotiateDicomJson(accept);
    return answer(response, await this.dicomweb.searchInstances({ study, series }, parseQidoQuery(params)));
  }
}

/** Zero matches is 200 with an empty array (CP-2473); a cut-short answer carries a 299 warning. */
function answer(response: Response, page: SearchPage): DicomJsonDataset[] {
  response.setHeader('content-type', 'application/dicom+json');
  if (page.more) {
    response.setHeader('warning', '299 lattice-center "There are additional results that can be requested"');
  }
  return page.results;
}
