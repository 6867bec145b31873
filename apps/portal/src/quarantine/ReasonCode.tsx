import { useI18n } from '../i18n/I18nProvider';
import { reasonTextOf } from './reason-codes';

/**
 * A reason code with its plain-words title, and with `explain` the sentence that says what it means;
 * a code the portal does not know is shown as the code alone.
 */
export function ReasonCode({ code, explain = false }: { code: string; explain?: boolean }) {
  const { t } = useI18n();
  const text = reasonTextOf(code);
  return (
    <span className="reason">
      <span className="reason__head">
        {text !== null && <span className="reason__title">{t(text.title)}</span>}
        <code className="reason__code">{code}</code>
      </span>
      {explain && text !== null && <span className="reason__explanation">{t(text.explanation)}</span>}
    </span>
  );
}
