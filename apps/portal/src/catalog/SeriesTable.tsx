import { useState } from 'react';
import { transferSyntaxName } from '../dicom/uid-names';
import { useI18n } from '../i18n/I18nProvider';
import { formatByteSize, formatCount } from '../i18n/number-format';
import { SopClass } from '../dicom/SopClass';
import type { CatalogInstance, CatalogSeries } from './catalog-client';

/** A study's series with modality, body part, device and description; each opens to list its instances. */
export function SeriesTable({ series }: { series: readonly CatalogSeries[] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (uid: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(uid)) next.delete(uid);
      else next.add(uid);
      return next;
    });
  const sorted = [...series].sort(
    (a, b) => (a.seriesNumber ?? Number.MAX_SAFE_INTEGER) - (b.seriesNumber ?? Number.MAX_SAFE_INTEGER),
  );
  return (
    <section className="panel" aria-labelledby="series-title">
      <div className="panel__header">
        <h2 id="series-title" className="panel__title">
          {t('study.series.title')}
        </h2>
      </div>
      {sorted.length === 0 ? (
        <p className="panel__state">{t('study.series.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('study.series.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('study.series.number')}</th>
                <th scope="col">{t('study.series.description')}</th>
                <th scope="col">{t('study.series.modality')}</th>
                <th scope="col">{t('study.series.bodyPart')}</th>
                <th scope="col">{t('study.series.device')}</th>
                <th scope="col">{t('study.series.instances')}</th>
              </tr>
            </thead>
            {sorted.map((item) => (
              <SeriesRows
                key={item.seriesInstanceUid}
                series={item}
                open={open.has(item.seriesInstanceUid)}
                onToggle={() => toggle(item.seriesInstanceUid)}
              />
            ))}
          </table>
        </div>
      )}
    </section>
  );
}

function SeriesRows({
  series,
  open,
  onToggle,
}: {
  series: CatalogSeries;
  open: boolean;
  onToggle: () => void;
}) {
  const { t, locale } = useI18n();
  const panelId = `instances-${series.seriesInstanceUid}`;
  const device = [series.manufacturer, series.model].filter((part) => part !== null).join(' · ');
  return (
    <tbody>
      <tr>
        <td>{series.seriesNumber ?? <span className="muted">—</span>}</td>
        <th scope="row" className="data-table__wrap">
          {series.seriesDescription ?? <span className="muted">{t('study.series.noDescription')}</span>}
        </th>
        <td>{series.modality ?? <span className="muted">—</span>}</td>
        <td>{series.bodyPart ?? <span className="muted">—</span>}</td>
        <td className="data-table__wrap">{device || <span className="muted">—</span>}</td>
        <td>
          <button
            type="button"
            className="disclosure"
            aria-expanded={open}
            aria-controls={open ? panelId : undefined}
            onClick={onToggle}
          >
            <span className="disclosure__marker" aria-hidden="true" />
            {open
              ? t('study.series.hideInstances', { count: formatCount(series.numberOfInstances, locale) })
              : t('study.series.showInstances', { count: formatCount(series.numberOfInstances, locale) })}
          </button>
        </td>
      </tr>
      {open && (
        <tr className="data-table__detail">
          <td colSpan={6} id={panelId}>
            <InstanceTable instances={series.instances} />
          </td>
        </tr>
      )}
    </tbody>
  );
}

function InstanceTable({ instances }: { instances: readonly CatalogInstance[] }) {
  const { t, locale } = useI18n();
  const sorted = [...instances].sort(
    (a, b) => (a.instanceNumber ?? Number.MAX_SAFE_INTEGER) - (b.instanceNumber ?? Number.MAX_SAFE_INTEGER),
  );
  return (
    <table className="data-table data-table--compact">
      <caption className="visually-hidden">{t('study.instances.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('study.instances.number')}</th>
          <th scope="col">{t('study.instances.sopClass')}</th>
          <th scope="col">{t('study.instances.transferSyntax')}</th>
          <th scope="col" className="data-table__number">
            {t('study.instances.size')}
          </th>
          <th scope="col">{t('study.instances.uid')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((instance) => (
          <tr key={instance.sopInstanceUid}>
            <td>{instance.instanceNumber ?? <span className="muted">—</span>}</td>
            <td>
              <SopClass uid={instance.sopClassUid} />
            </td>
            <td>
              <span title={instance.transferSyntaxUid}>
                {transferSyntaxName(instance.transferSyntaxUid) ?? instance.transferSyntaxUid}
              </span>
            </td>
            <td className="data-table__number">{formatByteSize(instance.byteLength, locale)}</td>
            <td>
              <code className="uid">{instance.sopInstanceUid}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
