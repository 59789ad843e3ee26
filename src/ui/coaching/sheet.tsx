/**
 * @file The printable coaching sheet: the colleague's own view of their record (score, the five findings worth most
 * with where to fix each, the notes meant for them, the next session, what is kept and for how long). Text only,
 * nothing to click: the page's print stylesheet prints this and nothing else (entrypoints/coaching/style.css).
 */
import type { CoachingSheet } from '../../coaching/sheet';
import { formatDay, plural, t } from '../shared/i18n';
import { sessionDay } from './dates';
import { findingTitle } from './finding-title';

/** An address printed as text, without its scheme: a sheet is read on paper. */
const printedUrl = (url: string) => url.replace(/^https:\/\/(www\.)?/, '');

export function SheetView({ sheet }: { sheet: CoachingSheet }) {
  return (
    <article class="coaching-sheet" aria-labelledby="sheet-title">
      <h1 id="sheet-title">{t('colleagueSheetTitle', sheet.name)}</h1>
      <p class="sheet-meta">
        {t('colleagueSheetDate', sessionDay(sheet.at))} · {t('colleagueSheetGuidelines', sheet.guidelines)}
      </p>
      <p class="sheet-score">
        {sheet.score === null ? t('colleagueSheetScoreNone') : t('colleagueSheetScore', sheet.score)}
      </p>
      <h2>{t('colleagueSheetWorkOn')}</h2>
      {sheet.items.length === 0 ? (
        <p>{t('colleagueSheetNothing')}</p>
      ) : (
        <ol class="sheet-items">
          {sheet.items.map((item) => (
            <li key={item.ruleId}>
              <strong>{findingTitle(item.ruleId, false, 'own')}</strong>
              {item.points > 0 ? <span> ({plural(item.points, 'colleaguePagePointsOne', 'colleaguePagePointsOther')})</span> : null}
              {item.action ? (
                <div>
                  {item.action.text
                    ? t('colleagueSheetAgreed', [item.action.text, formatDay(item.action.due)])
                    : t('colleagueSheetAgreedBy', formatDay(item.action.due))}
                </div>
              ) : null}
              {item.where ? (
                <div>
                  {t('colleagueSheetWhere', item.where.label)}
                  {item.where.url ? <span class="sheet-url"> · {printedUrl(item.where.url)}</span> : null}
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {sheet.notes.length ? (
        <>
          <h2>{t('colleagueSheetNotes')}</h2>
          {sheet.notes.map((note, index) => (
            <p key={index} class="sheet-note">
              {note}
            </p>
          ))}
        </>
      ) : null}
      {sheet.nextSessionOn ? <p class="sheet-next">{t('colleagueSheetNextSession', formatDay(sheet.nextSessionOn))}</p> : null}
      <p class="sheet-kept">{t('colleagueSheetKept', sheet.retentionMonths)}</p>
    </article>
  );
}
