import { useId, useState, type FormEvent } from 'react';
import { endSessionOnUnauthenticated } from '../api/end-session';
import { RequestErrorNotice } from '../api/RequestErrorNotice';
import { ServiceRequestError } from '../api/service-request';
import { useAuth } from '../auth/AuthProvider';
import type { Principal } from '../auth/principal';
import { useI18n } from '../i18n/I18nProvider';
import { formatCount } from '../i18n/number-format';
import { formatDateTime } from '../i18n/time-format';
import { recordOptOut, type OptOutReceipt } from '../node-operator/node-client';
import { operatorNodeOf } from '../node-operator/operator-node';
import { NodeContext, OperatorNodeNotice } from '../node-operator/OperatorNodeNotice';
import { PageHeading } from '../shell/PageHeading';
import { canRecordOptOut, patientIdMaxLength, patientIdOf } from './opt-out-form';

/** Records a patient's opt-out received at the hospital on the operator's node. */
export function OptOutPage({
  principal,
  accessToken,
  nodeUrls,
}: {
  principal: Principal;
  accessToken: string;
  nodeUrls: Readonly<Record<string, string>>;
}) {
  const { t } = useI18n();
  const node = operatorNodeOf(principal, nodeUrls);
  return (
    <div className="page">
      <PageHeading
        title={t('optOut.title')}
        lead={t('optOut.lead')}
        context={principal.nodeId === undefined ? undefined : <NodeContext nodeId={principal.nodeId} />}
      />
      {node.kind === 'ready' ? (
        <OptOutForm nodeUrl={node.nodeUrl} accessToken={accessToken} />
      ) : (
        <OperatorNodeNotice node={node} />
      )}
    </div>
  );
}

function OptOutForm({ nodeUrl, accessToken }: { nodeUrl: string; accessToken: string }) {
  const { t } = useI18n();
  const { markExpired } = useAuth();
  const ids = useId();
  // The Patient ID lives in this component's state only: never in the URL, storage or logs.
  const [patientId, setPatientId] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ServiceRequestError | null>(null);
  const [receipt, setReceipt] = useState<{ answer: OptOutReceipt; submittedAt: Date } | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!canRecordOptOut({ patientId, confirmed, submitting })) return;
    setSubmitting(true);
    setError(null);
    setReceipt(null);
    try {
      const answer = await endSessionOnUnauthenticated(
        recordOptOut(nodeUrl, accessToken, patientIdOf(patientId)),
        markExpired,
      );
      setReceipt({ answer, submittedAt: new Date() });
      setPatientId('');
      setConfirmed(false);
    } catch (caught) {
      setError(caught instanceof ServiceRequestError ? caught : new ServiceRequestError('node', 'FAILED'));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="form-layout">
      <form className="panel form-panel" onSubmit={(event) => void submit(event)} noValidate>
        <h2 className="panel__title">{t('optOut.form.title')}</h2>
        <label className="field__label" htmlFor={`${ids}-patient`}>
          {t('optOut.patientId.label')}
        </label>
        <input
          id={`${ids}-patient`}
          className="field__input field__input--mono"
          type="text"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
          required
          aria-required="true"
          maxLength={patientIdMaxLength}
          aria-describedby={`${ids}-patient-hint`}
          value={patientId}
          disabled={submitting}
          onChange={(event) => setPatientId(event.target.value)}
        />
        <p className="field__hint" id={`${ids}-patient-hint`}>
          {t('optOut.patientId.hint')}
        </p>
        <label className="check">
          <input
            type="checkbox"
            checked={confirmed}
            disabled={submitting}
            onChange={(event) => setConfirmed(event.target.checked)}
          />
          <span>{t('optOut.confirm')}</span>
        </label>
        {error !== null && (
          <RequestErrorNotice title={t('optOut.failed')} error={error} serviceUrl={nodeUrl} />
        )}
        {receipt !== null && (
          <OptOutReceiptNotice receipt={receipt.answer} submittedAt={receipt.submittedAt} />
        )}
        <div className="form-panel__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={!canRecordOptOut({ patientId, confirmed, submitting })}
          >
            {t('optOut.submit')}
          </button>
        </div>
      </form>
      <aside className="panel panel--aside" aria-labelledby={`${ids}-what`}>
        <h2 className="panel__title" id={`${ids}-what`}>
          {t('optOut.what.title')}
        </h2>
        <ul className="bullet-list">
          <li>{t('optOut.what.digests')}</li>
          <li>{t('optOut.what.ingest')}</li>
          <li>{t('optOut.what.pending')}</li>
          <li>{t('optOut.what.center')}</li>
        </ul>
      </aside>
    </div>
  );
}

/** What recording the opt-out did, in the node's words where it gave them; it names no patient. */
export function OptOutReceiptNotice({ receipt, submittedAt }: { receipt: OptOutReceipt; submittedAt: Date }) {
  const { t, locale } = useI18n();
  const time = formatDateTime(receipt.recordedAt ?? submittedAt, locale);
  const withdrawn = receipt.withdrawnPushItems;
  return (
    <div className="notice notice--success" role="status">
      <p className="notice__title">{t('optOut.recorded.title', { time })}</p>
      {receipt.alreadyRecorded && <p>{t('optOut.recorded.already')}</p>}
      <p>
        {withdrawn === null
          ? t('optOut.recorded.withdrawnUnknown')
          : withdrawn === 0
            ? t('optOut.recorded.nonePending')
            : t('optOut.recorded.withdrawn', { count: formatCount(withdrawn, locale) })}
      </p>
    </div>
  );
}
