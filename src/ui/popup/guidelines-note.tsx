/**
 * @file The popup's line on the guidelines a page was checked against (the company's name, its season, and where they
 * came from: company policy, one's own file, built-in defaults) with a way to the options page (an offer to import the
 * company's on the built-in defaults) and, when an invalid company or personal copy was passed over,
 * a note saying so with a way to the options page, which lists the errors. It neither loads nor parses guidelines.
 */
import type { GuidelinesInUse } from '../../messaging/protocol';
import { t } from '../shared/i18n';

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
      {inUse ? <InUse inUse={inUse} offerImport={!failed && passedOver.length === 0} openOptions={openOptions} /> : null}
    </>
  );
}

/**
 * One line: the guidelines in force, and a link-styled button to the options page. On the built-in defaults, with no
 * invalid copy to look at, the button offers to import the company's instead (the first-run case).
 */
function InUse({ inUse, offerImport, openOptions }: { inUse: GuidelinesInUse; offerImport: boolean; openOptions: () => void }) {
  const source = inUse.source === 'default' ? null : t(SOURCE_LABELS[inUse.source]);
  const text =
    source === null
      ? t('guidelinesInUseDefault')
      : inUse.company && inUse.season
        ? t('guidelinesInUseSeason', [inUse.company, inUse.season, source])
        : inUse.company
          ? t('guidelinesInUseNamed', [inUse.company, source])
          : t('guidelinesInUseUnnamed', source);
  const importing = source === null && offerImport;
  return (
    <p class="muted small guidelines-line">
      <span id="guidelines-in-use" data-testid="guidelines-in-use">
        {text}
      </span>{' '}
      <button
        type="button"
        class="link small"
        data-testid={importing ? 'guidelines-import' : 'guidelines-change'}
        aria-describedby="guidelines-in-use"
        onClick={openOptions}
      >
        {importing ? t('guidelinesImport') : t('guidelinesChange')}
      </button>
    </p>
  );
}
