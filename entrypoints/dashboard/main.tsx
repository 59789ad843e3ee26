/**
 * @file The team dashboard's entry (`dashboard.html`): mounts src/ui/dashboard/dashboard-page.tsx over the IndexedDB
 * coaching store (every colleague with the summary of their sessions kept beside them, no session read, and the
 * team's settings), the guidelines in use (their onboarding score and stages), the team figures
 * (src/coaching/team.ts), the reports and the JSON bundle, and the batch audit of saved pages (./audit.ts, loaded on
 * first use).
 */
import { render } from 'preact';
import { stagesOf } from '../../src/coaching/stages';
import { colleagueRows, teamFigures } from '../../src/coaching/team';
import { applyRetentionQuietly } from '../../src/storage/coaching/retention';
import { openCoachingStore } from '../../src/storage/coaching/store';
import { BatchAudit, type BatchAuditService } from '../../src/ui/dashboard/batch-audit';
import { DashboardPage, type DashboardServices } from '../../src/ui/dashboard/dashboard-page';
import { DASHBOARD_GUIDELINES_MARK, DASHBOARD_RECORD_MARK } from '../../src/ui/dashboard/marks';
import { blobDownload } from '../../src/ui/shared/download';
import { messageLanguage, t } from '../../src/ui/shared/i18n';
import { translateFindings } from '../../src/ui/shared/rule-texts';

// Screen readers pronounce the text in the language the browser picked from _locales, not the HTML's default.
document.documentElement.lang = messageLanguage();
document.title = t('dashboardTitle');
const store = openCoachingStore();
const app = document.getElementById('app');

/** The guidelines in use: loaded as the options page does, the rules and the parser fetched beside the record's read. */
async function activeGuidelines() {
  const [{ loadActiveGuidelines }, { RULES }] = await Promise.all([import('../../src/storage/guidelines'), import('../../src/rules')]);
  return loadActiveGuidelines({ rules: RULES });
}

async function guidelines() {
  const active = await activeGuidelines();
  return { onboardingScore: active.guidelines.checklist.onboardingScore, stages: stagesOf(active.guidelines) };
}

/**
 * Every colleague with the summary of their sessions (the store keeps one beside each: no session is read), the
 * team's sizes and the view cost. The sessions themselves are read only for the sessions CSV and the bundle.
 */
async function readRecord() {
  const [team, settings] = await Promise.all([store.members(), store.settings()]);
  return { team, teamSizes: settings.teamSizes, viewCost: settings.viewCost };
}

/**
 * The first reads start now, while Preact draws the page's first frame (its effects would start them a frame later);
 * the page takes them up once, and reads afresh after that (an import, the batch audit, retention).
 */
const pending: { record?: ReturnType<typeof readRecord>; guidelines?: ReturnType<typeof guidelines> } = {
  record: readRecord(),
  guidelines: guidelines(),
};
// The two parts of the first read, apart, for the bench (test/bench/dashboard.ts).
void pending.record?.then(() => performance.mark(DASHBOARD_RECORD_MARK), () => undefined);
void pending.guidelines?.then(() => performance.mark(DASHBOARD_GUIDELINES_MARK), () => undefined);
// A failed first read is the page's to say, not an unhandled rejection as well.
pending.record?.catch(() => undefined);
pending.guidelines?.catch(() => undefined);

/** The batch audit's service (./audit.ts: the readers and the engine), loaded when pages are first picked. */
const batchAudit: BatchAuditService = async (files, progress) => (await import('./audit')).batchAuditService()(files, progress);

const services: DashboardServices = {
  load() {
    const read = pending.record ?? readRecord();
    delete pending.record;
    return read;
  },
  guidelines() {
    const read = pending.guidelines ?? guidelines();
    delete pending.guidelines;
    return read;
  },
  saveTeamSizes: (teamSizes) => store.saveSettings({ teamSizes }),
  saveViewCost: (viewCost) => store.saveSettings({ viewCost }),
  rows: (input) => colleagueRows(input, messageLanguage()),
  figures: teamFigures,
  now: () => new Date(),
  download: blobDownload,
  print: () => window.print(),
  reports: {
    // Loaded on the first download: the CSV's code is no part of the page's first paint. Headers in the browser's
    // language (the report_* messages), English where one is missing.
    async csv(_input, rows, _figures, perSession) {
      const { sessionsCsv, teamCsv } = await import('../../src/coaching/report-csv');
      return perSession ? sessionsCsv(await store.team(), translateFindings) : teamCsv(rows, translateFindings);
    },
    // For management: the team's figures, the charts' tables and the top gaps; no names.
    async markdown(input, rows, figures) {
      const [{ teamMarkdown }, { findingTitle }] = await Promise.all([
        import('../../src/coaching/report-markdown'),
        import('../../src/ui/coaching/finding-title'),
      ]);
      return teamMarkdown(figures, rows, translateFindings, { titleOf: (ruleId) => findingTitle(ruleId), onboardingScore: input.onboardingScore });
    },
  },
  bundle: {
    // The whole record, the team's settings and the guidelines in use (name and fingerprint), as one JSON file.
    async exportText(now) {
      const [{ bundleOf, bundleText }, { fingerprintOf }, active, team, settings] = await Promise.all([
        import('../../src/coaching/bundle-merge'),
        import('../../src/guidelines/fingerprint'),
        activeGuidelines(),
        store.team(),
        store.settings(),
      ]);
      const { brand, strategy } = active.guidelines;
      const name = [brand?.name, strategy.season].filter(Boolean).join(' · ') || active.source;
      const bundle = bundleOf(team, { teamSizes: settings.teamSizes, viewCost: settings.viewCost }, now, { name, fingerprint: fingerprintOf(active.guidelines) });
      return bundleText(bundle);
    },
    // Checked whole first (zod, loaded only now: errors name the path, never a value), then merged in one transaction.
    async importText(text, now) {
      const { parseBundle } = await import('../../src/coaching/bundle');
      const parsed = parseBundle(text, now);
      if (!parsed.ok) return { ok: false, errors: parsed.errors };
      const report = await store.importBundle(parsed.bundle, now);
      const { colleaguesAdded, sessionsAdded, colleaguesUpdated, duplicatesSkipped, droppedPastRetention, forgottenSince } = report;
      return { ok: true, colleaguesAdded, sessionsAdded, colleaguesUpdated, duplicatesSkipped, droppedPastRetention, forgottenSince };
    },
  },

  BatchAudit: ({ onSaved }) => <BatchAudit audit={batchAudit} store={store} now={() => new Date()} onSaved={onSaved} />,
};

/** Bumped to draw the page afresh (read the record again) after retention deleted sessions. */
let generation = 0;
const show = () => app && render(<DashboardPage key={generation} services={services} />, app);
show();
// Sessions past the retention period are deleted whenever records are shown (the background also does it as the
// browser starts): after the first paint, and when some were, the page is drawn again without them.
void applyRetentionQuietly(store, new Date()).then((deleted) => {
  if (deleted === 0) return;
  generation += 1;
  show();
});
