/**
 * @file The popup's line on the guidelines a page was checked against (the company's name and where they came from:
 * company policy, one's own file, built-in defaults) and, when an invalid company or personal copy was passed over,
 * a note saying so with a way to the options page, which lists the errors. It neither loads nor parses guidelines.
 */
import type { GuidelinesInUse } from '../messaging/protocol';
import { t } from './i18n';

const SOURCE_LABELS = { managed: 'guidelinesSourceManaged', user: 'guidelinesSourceUser' } as const;
const PASSED_OVER = { managed: 'guidelinesPassedOverManaged', user: 'guidelinesPassedOverUser' } as const;

export function GuidelinesNote({
  inUse,
  failed,
  openOptions,
}: {
  inUse: GuidelinesInUse | undefined;
  /** The guidelines could not be loaded at all: the built-in defaults were used. */
  failed: boolean;
  openOptions: () => void;
}) {
  const passedOver = inUse?.passedOver ?? [];
  return (
    <>
      {failed || passedOver.length > 0 ? (
        <div class="alert" data-testid="guidelines-passed-over">
          {failed ? <p>{t('guidelinesFailed')}</p> : null}
          {passedOver.map((source) => (
            <p key={source}>{t(PASSED_OVER[source])}</p>
          ))}
          <button type="button" onClick={openOptions}>
            {t('guidelinesSeeErrors')}
          </button>
        </div>
      ) : null}
      {inUse ? (
        <p class="muted small" data-testid="guidelines-in-use">
          {inUse.source === 'default'
            ? t('guidelinesInUseDefault')
            : inUse.company
              ? t('guidelinesInUseNamed', [inUse.company, t(SOURCE_LABELS[inUse.source])])
              : t('guidelinesInUseUnnamed', t(SOURCE_LABELS[inUse.source]))}
        </p>
      ) : null}
    </>
  );
}
