import { Injectable } from '@nestjs/common';
import type {
  SeriesView,
  StudyDetailView,
  StudyListQuery,
  StudyListView,
  StudySummaryView,
} from './catalog.dto';
import { CatalogError } from './catalog.error';
import { CatalogRepository, type StudyRow } from './catalog.repository';
import { studyProvenance } from './study-provenance';

/** The catalog for the portal's steward pages. */
@Injectable()
export class CatalogService {
  constructor(private readonly repository: CatalogRepository) {}

  async listStudies(query: StudyListQuery): Promise<StudyListView> {
    const [total, studies, modality, site, manufacturer] = await Promise.all([
      this.repository.countStudies(query),
      this.repository.listStudies(query),
      this.repository.facet(query, 'modality'),
      this.repository.facet(query, 'site'),
      this.repository.facet(query, 'manufacturer'),
    ]);
    return { total, facets: { modality, site, manufacturer }, studies: studies.map(summary) };
  }

  async getStudy(studyInstanceUid: string): Promise<StudyDetailView> {
    const study = await this.repository.findStudy(studyInstanceUid);
    if (!study) throw new CatalogError('STUDY_NOT_FOUND', 'No such study in the catalog.');
    const rows = await this.repository.instancesOf(studyInstanceUid);
    const series = new Map<string, SeriesView>();
    for (const row of rows) {
      let entry = series.get(row.series_instance_uid);
      if (!entry) {
        entry = {
          seriesInstanceUid: row.series_instance_uid,
          modality: row.modality,
          bodyPart: row.body_part,
          manufacturer: row.manufacturer,
          model: row.model,
          seriesNumber: row.series_number,
          seriesDescription: row.series_description,
          numberOfInstances: 0,
          instances: [],
        };
        series.set(row.series_instance_uid, entry);
      }
      entry.instances.push({
        sopInstanceUid: row.sop_instance_uid,
        sopClassUid: row.sop_class_uid,
        instanceNumber: row.instance_number,
        transferSyntaxUid: row.transfer_syntax_uid,
        byteLength: row.byte_length,
        receivedAt: row.received_at.toISOString(),
      });
    }
    return {
      ...summary(study),
      studyTime: study.study_time,
      provenance: studyProvenance(rows.map((row) => row.provenance)),
      series: [...series.values()].map((entry) => ({ ...entry, numberOfInstances: entry.instances.length })),
    };
  }
}

function summary(row: StudyRow): StudySummaryView {
  return {
    studyInstanceUid: row.study_instance_uid,
    pseudonym: row.pseudonym,
    site: row.node_id,
    studyDate: row.study_date,
    studyDescription: row.study_description,
    modalities: row.modalities ?? [],
    manufacturers: row.manufacturers,
    numberOfSeries: row.number_of_series,
    numberOfInstances: row.number_of_instances,
    firstReceivedAt: row.first_received_at.toISOString(),
  };
}
