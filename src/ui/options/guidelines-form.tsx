/**
 * @file The form for the guidelines' common fields: the company (name, official spelling, LinkedIn pages, domains,
 * X handles, hashtags), the season's themes and their keywords, banned terms, competitors, disclosure wordings per
 * platform and campaigns with their dates. Every control edits the same text as the text editor (one source of
 * truth) and shows the parser's errors for its own path. Sections the form does not cover (sectors, confidential
 * terms, manual checklist items…) stay in the text, untouched.
 */
import type { ComponentChildren } from 'preact';
import { CheckboxField, type DraftApi, FieldErrors, ListField, TextField } from './form-fields';
import { formatPath } from '../../guidelines/parse';
import { listAt, type Path, textAt, valueAt } from './guidelines-draft';
import { t } from '../shared/i18n';

/** A list of things with several fields each (campaigns, competitors, themes): one group per item, add and remove. */
function ItemList({
  api,
  path,
  legend,
  addLabel,
  removeLabel,
  newItem,
  children,
}: {
  api: DraftApi;
  path: Path;
  /** The group's accessible name, e.g. "Campaign 2: Grid Data Summit". */
  legend: (index: number, name: string) => string;
  addLabel: string;
  removeLabel: (index: number, name: string) => string;
  newItem: () => Record<string, unknown>;
  children: (itemPath: Path, index: number) => ComponentChildren;
}) {
  const value = valueAt(api.data, path);
  const items = Array.isArray(value) ? value : [];
  // Errors about the list or an item as a whole (an unknown key in a campaign); the fields show their own.
  const exactly = (at: Path) => api.errors.filter((error) => error.path === formatPath(at));
  return (
    <>
      {items.map((_, index) => {
        const name = textAt(api.data, [...path, index, 'name']);
        return (
          <fieldset key={index} class="item">
            <legend>{legend(index, name)}</legend>
            {children([...path, index], index)}
            <FieldErrors id={`${formatPath([...path, index])}-errors`} errors={exactly([...path, index])} />
            <button type="button" class="link" disabled={api.disabled} onClick={() => api.remove(path, index)}>
              {removeLabel(index, name)}
            </button>
          </fieldset>
        );
      })}
      <FieldErrors id={`${formatPath(path)}-errors`} errors={exactly(path)} />
      <button type="button" disabled={api.disabled} onClick={() => api.add(path, newItem())}>
        {addLabel}
      </button>
    </>
  );
}

/** Keywords as one list, or one list per language ({ en: [...], fr: [...] }) when the file writes them so. */
function KeywordsField({ api, path, label }: { api: DraftApi; path: Path; label: string }) {
  const value = valueAt(api.data, path);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return (
      <>
        {Object.keys(value).map((language) => (
          <ListField key={language} api={api} path={[...path, language]} label={t('formKeywordsIn', [label, language])} hint={t('formOnePerLine')} />
        ))}
      </>
    );
  }
  return <ListField api={api} path={path} label={label} hint={t('formOnePerLine')} />;
}

function Disclosure({ api, platform, title }: { api: DraftApi; platform: 'linkedin' | 'x'; title: string }) {
  const path = ['disclosure', platform];
  const written = valueAt(api.data, path) !== undefined;
  const wordings = listAt(api.data, [...path, 'wordings']);
  return (
    <fieldset class="item">
      <legend>{title}</legend>
      <CheckboxField
        api={api}
        path={[...path, 'required']}
        label={t('formDisclosureRequired')}
        fallback={written}
        // Unticked with no wording written: nothing is left to say about the platform, so its entry goes.
        onToggle={(required) => api.set(required || wordings.length > 0 ? [...path, 'required'] : path, required || wordings.length > 0 ? required : undefined)}
      />
      <ListField api={api} path={[...path, 'wordings']} label={t('formDisclosureWordings')} hint={t('formDisclosureWordingsHint')} />
    </fieldset>
  );
}

/** A date a week after `day` ("2026-09-01"), for a new campaign's end. */
function weekAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 7);
  return date.toISOString().slice(0, 10);
}

export function GuidelinesForm({ api, today }: { api: DraftApi; today: string }) {
  return (
    <div class="guidelines-form">
      {api.data === undefined ? <p class="note">{t('formUnreadable')}</p> : null}
      <fieldset class="section" disabled={api.disabled}>
        <legend>{t('formCompany')}</legend>
        <div class="fields">
          <TextField api={api} path={['brand', 'name']} label={t('formBrandName')} />
          <TextField api={api} path={['brand', 'officialSpelling']} label={t('formOfficialSpelling')} hint={t('formOfficialSpellingHint')} />
          <ListField api={api} path={['brand', 'linkedinPages']} label={t('formLinkedinPages')} hint={t('formLinkedinPagesHint')} />
          <ListField api={api} path={['brand', 'domains']} label={t('formDomains')} hint={t('formDomainsHint')} />
          <ListField api={api} path={['brand', 'handles', 'x']} label={t('formHandles')} hint={t('formHandlesHint')} />
          <ListField api={api} path={['brand', 'hashtags']} label={t('formHashtags')} hint={t('formHashtagsHint')} />
        </div>
      </fieldset>

      <fieldset class="section" disabled={api.disabled}>
        <legend>{t('formThemes')}</legend>
        <p class="hint">{t('formThemesHint')}</p>
        <ItemList
          api={api}
          path={['strategy', 'themes']}
          legend={(index, name) => t('formThemeN', [index + 1, name])}
          addLabel={t('formAddTheme')}
          removeLabel={(index) => t('formRemoveTheme', index + 1)}
          newItem={() => ({ name: t('formNewTheme'), keywords: [] })}
        >
          {(path) => (
            <div class="fields">
              <TextField api={api} path={[...path, 'name']} label={t('formName')} />
              <KeywordsField api={api} path={[...path, 'keywords']} label={t('formKeywords')} />
            </div>
          )}
        </ItemList>
      </fieldset>

      <fieldset class="section" disabled={api.disabled}>
        <legend>{t('formConfidentiality')}</legend>
        <div class="fields">
          <ListField api={api} path={['confidentiality', 'banned']} label={t('formBanned')} hint={t('formBannedHint')} />
        </div>
        <h3>{t('formCompetitors')}</h3>
        <ItemList
          api={api}
          path={['confidentiality', 'competitors']}
          legend={(index, name) => t('formCompetitorN', [index + 1, name])}
          addLabel={t('formAddCompetitor')}
          removeLabel={(index) => t('formRemoveCompetitor', index + 1)}
          newItem={() => ({ name: t('formNewCompetitor') })}
        >
          {(path) => (
            <div class="fields">
              <TextField api={api} path={[...path, 'name']} label={t('formName')} />
              <ListField api={api} path={[...path, 'aliases']} label={t('formAliases')} hint={t('formOnePerLine')} />
              <ListField api={api} path={[...path, 'handles']} label={t('formHandles')} hint={t('formHandlesHint')} />
            </div>
          )}
        </ItemList>
      </fieldset>

      <fieldset class="section" disabled={api.disabled}>
        <legend>{t('formDisclosure')}</legend>
        <p class="hint">{t('formDisclosureHint')}</p>
        <div class="fields two">
          <Disclosure api={api} platform="linkedin" title={t('formDisclosureLinkedin')} />
          <Disclosure api={api} platform="x" title={t('formDisclosureX')} />
        </div>
      </fieldset>

      <fieldset class="section" disabled={api.disabled}>
        <legend>{t('formCampaigns')}</legend>
        <ItemList
          api={api}
          path={['campaigns']}
          legend={(index, name) => t('formCampaignN', [index + 1, name])}
          addLabel={t('formAddCampaign')}
          removeLabel={(index) => t('formRemoveCampaign', index + 1)}
          newItem={() => ({ name: t('formNewCampaign'), start: today, end: weekAfter(today) })}
        >
          {(path) => (
            <div class="fields">
              <TextField api={api} path={[...path, 'name']} label={t('formName')} />
              <TextField api={api} path={[...path, 'start']} label={t('formStart')} type="date" />
              <TextField api={api} path={[...path, 'end']} label={t('formEnd')} type="date" />
              <TextField api={api} path={[...path, 'hashtag']} label={t('formCampaignHashtag')} placeholder="#Example" />
              <TextField api={api} path={[...path, 'link']} label={t('formCampaignLink')} type="url" placeholder="https://" />
            </div>
          )}
        </ItemList>
      </fieldset>
    </div>
  );
}
