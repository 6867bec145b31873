import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { RequestErrorNotice } from '../api/RequestErrorNotice';
import { ServiceRequestError } from '../api/service-request';
import { useI18n } from '../i18n/I18nProvider';
import type { QuarantineDecision, QuarantinedObject } from '../node-operator/node-client';
import { canSubmitDecision, decisionNoteMaxLength, decisionNoteOf } from './decision-form';
import { QuarantineFacts } from './QuarantineFacts';
import { ReasonCode } from './ReasonCode';

/**
 * Asks the operator to confirm a release or discard: what will happen, a required note and an explicit
 * confirmation. `decide` sends it; the dialog stays open with the node's answer when it fails.
 */
export function DecisionDialog({
  item,
  decision,
  nodeUrl,
  decide,
  onDecided,
  onClose,
}: {
  item: QuarantinedObject;
  decision: QuarantineDecision;
  nodeUrl: string;
  decide: (note: string) => Promise<void>;
  onDecided: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [note, setNote] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ServiceRequestError | null>(null);
  const ids = useId();
  const release = decision === 'release';

  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!canSubmitDecision({ note, confirmed, submitting })) return;
    setSubmitting(true);
    setError(null);
    try {
      await decide(decisionNoteOf(note));
      onDecided();
      dialog.current?.close();
    } catch (caught) {
      setError(caught instanceof ServiceRequestError ? caught : new ServiceRequestError('node', 'FAILED'));
      setSubmitting(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-consequence`}
      onCancel={(event) => {
        // Escape must not abandon a decision that is already on its way to the node.
        if (submitting) event.preventDefault();
      }}
      onClose={onClose}
    >
      <form className="dialog__body" onSubmit={(event) => void submit(event)} noValidate>
        <h2 className="dialog__title" id={`${ids}-title`}>
          {release ? t('quarantine.release.title') : t('quarantine.discard.title')}
        </h2>
        <p className="dialog__consequence" id={`${ids}-consequence`}>
          {release ? t('quarantine.release.consequence') : t('quarantine.discard.consequence')}
        </p>
        <div className="dialog__item">
          <ReasonCode code={item.code} />
          <QuarantineFacts item={item} compact />
        </div>

        <label className="field__label" htmlFor={`${ids}-note`}>
          {t('quarantine.note.label')}
        </label>
        <textarea
          id={`${ids}-note`}
          className="field__input"
          rows={3}
          required
          aria-required="true"
          maxLength={decisionNoteMaxLength}
          aria-describedby={`${ids}-note-hint`}
          value={note}
          disabled={submitting}
          onChange={(event) => setNote(event.target.value)}
        />
        <p className="field__hint" id={`${ids}-note-hint`}>
          {release ? t('quarantine.release.noteHint') : t('quarantine.discard.noteHint')}
        </p>

        <label className="check">
          <input
            type="checkbox"
            checked={confirmed}
            disabled={submitting}
            onChange={(event) => setConfirmed(event.target.checked)}
          />
          <span>{release ? t('quarantine.release.confirm') : t('quarantine.discard.confirm')}</span>
        </label>

        {error !== null && (
          <RequestErrorNotice
            title={release ? t('quarantine.release.failed') : t('quarantine.discard.failed')}
            error={error}
            serviceUrl={nodeUrl}
          />
        )}

        <div className="dialog__actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={submitting}
            onClick={() => dialog.current?.close()}
          >
            {t('quarantine.cancel')}
          </button>
          <button
            type="submit"
            className={release ? 'button button--primary' : 'button button--danger'}
            disabled={!canSubmitDecision({ note, confirmed, submitting })}
          >
            {release ? t('quarantine.release.submit') : t('quarantine.discard.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
