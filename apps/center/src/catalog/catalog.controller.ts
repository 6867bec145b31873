import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@lattice/auth';
import { ZodValidationPipe } from '@lattice/server-kit';
import { z } from 'zod';
import {
  studyListQuerySchema,
  type StudyDetailView,
  type StudyListQuery,
  type StudyListView,
} from './catalog.dto';
import { CatalogService } from './catalog.service';

const studyParam = new ZodValidationPipe(
  z
    .string()
    .regex(/^[0-9]+(\.[0-9]+)*$/, 'must be a UID')
    .max(64),
);

@ApiTags('catalog')
@ApiBearerAuth()
@Roles('data-steward', 'center-admin')
@Controller('api/catalog')
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Get('studies')
  @ApiOperation({
    summary:
      'Studies in the catalog with filters (modality, site, manufacturer, date range), facet counts and paging.',
  })
  listStudies(
    @Query(new ZodValidationPipe(studyListQuerySchema)) query: StudyListQuery,
  ): Promise<StudyListView> {
    return this.catalog.listStudies(query);
  }

  @Get('studies/:study')
  @ApiOperation({ summary: 'One study with its series, instances and de-identification provenance.' })
  getStudy(@Param('study', studyParam) study: string): Promise<StudyDetailView> {
    return this.catalog.getStudy(study);
  }
}
