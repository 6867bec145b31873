import { Inject, Injectable } from '@nestjs/common';
import { parseDicom, serializeDicom, TransferSyntax, type DicomJsonDataset } from '@lattice/dicom';
import { OBJECT_STORE } from '@lattice/server-kit';
import type { ObjectStore } from '@lattice/storage';
import { CENTER_CONFIG, type CenterConfig } from '../center-config';
import { DicomwebError } from './dicomweb.error';
import { DicomwebRepository, type CatalogScope, type InstanceRow } from './dicomweb.repository';
import type { QidoQuery } from './qido-query';
import { buildResult, numberAttribute, textAttribute } from './qido-results';

/** One page of search results; `more` when the limit cut the answer short. */
export interface SearchPage {
  readonly results: DicomJsonDataset[];
  readonly more: boolean;
}

/** One instance of a retrieve, ready to send. */
export interface RetrievedPart {
  readonly transferSyntaxUid: string;
  readonly bytes: Uint8Array;
}

// Native syntaxes convert into each other by rewriting the dataset; compressed ones are sent as stored.
const NATIVE = new Set<string>([
  TransferSyntax.ImplicitVRLittleEndian,
  TransferSyntax.ExplicitVRLittleEndian,
  TransferSyntax.ExplicitVRBigEndian,
]);

/** QIDO-RS searches and WADO-RS retrieves over the catalog and the center's object store. */
@Injectable()
export class DicomwebService {
  constructor(
    private readonly repository: DicomwebRepository,
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
    @Inject(CENTER_CONFIG) private readonly config: CenterConfig,
  ) {}

  async searchStudies(query: QidoQuery): Promise<SearchPage> {
    const rows = await this.repository.searchStudies(query);
    return this.page(query, rows, (row) =>
      buildResult(
        'study',
        query,
        {
          '00080020': textAttribute('DA', row.study_date),
          '00080030': textAttribute('TM', row.study_time),
          '00080056': textAttribute('CS', 'ONLINE'),
          '00080061': row.modalities?.length ? { vr: 'CS', Value: [...row.modalities] } : { vr: 'CS' },
          '00081030': textAttribute('LO', row.study_description),
          '00081190': textAttribute('UR', this.url(row.study_instance_uid)),
          '00100020': textAttribute('LO', row.pseudonym),
          '0020000D': textAttribute('UI', row.study_instance_uid),
          '00201206': numberAttribute('IS', row.series_count),
          '00201208': numberAttribute('IS', row.instance_count),
        },
        row.metadata,
      ),
    );
  }

  async searchSeries(study: string, query: QidoQuery): Promise<SearchPage> {
    await this.requireScope({ study });
    const rows = await this.repository.searchSeries(study, query);
    return this.page(query, rows, (row) =>
      buildResult(
        'series',
        query,
        {
          '00080060': textAttribute('CS', row.modality),
          '0008103E': textAttribute('LO', row.series_description),
          '00080070': textAttribute('LO', row.manufacturer),
          '00081190': textAttribute('UR', this.url(row.study_instance_uid, row.series_instance_uid)),
          '00180015': textAttribute('CS', row.body_part),
          '0020000D': textAttribute('UI', row.study_instance_uid),
          '0020000E': textAttribute('UI', row.series_instance_uid),
          '00200011': numberAttribute('IS', row.series_number),
          '00201209': numberAttribute('IS', row.instance_count),
        },
        row.metadata,
      ),
    );
  }

  async searchInstances(scope: CatalogScope, query: QidoQuery): Promise<SearchPage> {
    await this.requireScope(scope);
    const rows = await this.repository.searchInstances(scope, query);
    return this.page(query, rows, (row) =>
      buildResult(
        'instance',
        query,
        {
          '00080016': textAttribute('UI', row.sop_class_uid),
          '00080018': textAttribute('UI', row.sop_instance_uid),
          '00080056': textAttribute('CS', 'ONLINE'),
          '00081190': textAttribute(
            'UR',
            this.url(row.study_instance_uid, row.series_instance_uid, row.sop_instance_uid),
          ),
          '0020000D': textAttribute('UI', row.study_instance_uid),
          '0020000E': textAttribute('UI', row.series_instance_uid),
          '00200013': numberAttribute('IS', row.instance_number),
        },
        row.metadata,
      ),
    );
  }

  /** The metadata of every instance in the scope; NOT_FOUND when there is none. */
  async metadata(scope: CatalogScope): Promise<DicomJsonDataset[]> {
    return (await this.instancesOf(scope)).map((row) => row.metadata);
  }

  /**
   * The instances a retrieve will send, checked before anything is sent: NOT_FOUND when there is none,
   * NOT_ACCEPTABLE when one cannot be given in the requested transfer syntax (`*`: as stored).
   */
  async prepareRetrieve(scope: CatalogScope, transferSyntax: string): Promise<InstanceRow[]> {
    const rows = await this.instancesOf(scope);
    const convertible = (stored: string) =>
      transferSyntax === '*' ||
      transferSyntax === stored ||
      (NATIVE.has(transferSyntax) && NATIVE.has(stored));
    if (!rows.every((row) => convertible(row.transfer_syntax_uid))) {
      throw new DicomwebError(
        'NOT_ACCEPTABLE',
        'Compressed instances are sent only in their stored transfer syntax (ask for transfer-syntax=*).',
      );
    }
    return rows;
  }

  /** One instance's bytes in the requested transfer syntax (`*`: as stored). */
  async readPart(row: InstanceRow, transferSyntax: string): Promise<RetrievedPart> {
    const bytes = await this.store.get(row.object_key);
    if (transferSyntax === '*' || transferSyntax === row.transfer_syntax_uid) {
      return { transferSyntaxUid: row.transfer_syntax_uid, bytes };
    }
    return {
      transferSyntaxUid: transferSyntax,
      bytes: serializeDicom(parseDicom(bytes), { transferSyntaxUid: transferSyntax }),
    };
  }

  private async instancesOf(scope: CatalogScope): Promise<InstanceRow[]> {
    const rows = await this.repository.listInstances(scope);
    if (rows.length === 0) throw notFound();
    return rows;
  }

  private async requireScope(scope: CatalogScope): Promise<void> {
    if (!(await this.repository.exists(scope))) throw notFound();
  }

  private page<T>(query: QidoQuery, rows: T[], toResult: (row: T) => DicomJsonDataset): SearchPage {
    return { results: rows.slice(0, query.limit).map(toResult), more: rows.length > query.limit };
  }

  private url(...uids: string[]): string {
    const [study, series, instance] = uids;
    let path = `/dicomweb/studies/${study}`;
    if (series) path += `/series/${series}`;
    if (instance) path += `/instances/${instance}`;
    return `${this.config.PUBLIC_URL.replace(/\/$/, '')}${path}`;
  }
}

function notFound(): DicomwebError {
  return new DicomwebError('NOT_FOUND', 'No such study, series or instance.');
}
