/**
 * @file The team dashboard's entry (`dashboard.html`): mounts src/ui/dashboard/dashboard-page.tsx over the IndexedDB
 * coaching store (every colleague with every session in one read, and the team's settings), the guidelines in use
 * (their onboarding score and stages), the team figures (src/coaching/team.ts), the reports and the JSON bundle,
 * and the batch audit of saved pages (./audit.ts, loaded on first use).
 */
import { render } from 'preact';
import { sessionsCsv, teamCsv } from '../../src/coaching/report-csv';
import { DEFAULT_STAGES } from '../../src/coaching/stages';
import { colleagueRows, teamFigures } from '../../src/coaching/team';
import type { ColleagueRecord, TeamSize, ViewCost } from '../../src/coaching/team-types';
import { applyRetentionQuietly } from '../../src/storage/coaching/retention';
import { openCoachingStore } from '../../src/storage/coaching/store';
import { BatchAudit, type BatchAuditService } from '../../src/ui/dashboard/batch-audit';
import { DashboardPage, type DashboardServices } from '../../src/ui/dashboard/dashboard-page';
import { blobDownload } from '../../src/ui/shared/download';
import { messageLanguage, t } from '../../src/ui/shared/i18n';
import { translateFindings } from '../../src/ui/shared/rule-texts';

// Screen readers pronounce the text in the language the browser picked from _locales, not the HTML's default.
document.documentElement.lang = messageLanguage();
document.title = t('dashboardTitle');
const store = openCoachingStore();
const app = document.getElementById('app');

/** The guidelines in use: loaded as the options page does, the rules and the parser fetched beside the record's read. */
async function guidelines() {
  const [{ loadActiveGuidelines }, { RULES }] = await Promise.all([import('../../src/storage/guidelines'), import('../../src/rules')]);
  const active = await loadActiveGuidelines({ rules: RULES });
  return { onboardingScore: active.guidelines.checklist.onboardingScore, stages: DEFAULT_STAGES };
}

/** Every colleague with every session. */
async function readTeam(): Promise<ColleagueRecord[]> {
  const summaries = await store.colleagues();
  const records = await Promise.all(summaries.map(({ colleague }) => store.colleague(colleague.id)));
  return records.filter((record) => record !== null);
}

/** The team's size and the view cost, for this page's life until the store keeps them with the coaching settings. */
const teamSettings: { teamSizes: TeamSize[]; viewCost: ViewCost | null } = { teamSizes: [], viewCost: null };

/** The batch audit's service (./audit.ts: the readers and the engine), loaded when pages are first picked. */
const batchAudit: BatchAuditService = async (files, progress) => (await import('./audit')).batchAuditService()(files, progress);

const services: DashboardServices = {
  async load() {
    // Sessions past the retention period are deleted whenever records are shown.
    await applyRetentionQuietly(store, new Date());
    return { team: await readTeam(), ...teamSettings };
  },
  guidelines,
  async saveTeamSizes(teamSizes) {
    teamSettings.teamSizes = teamSizes;
  },
  async saveViewCost(viewCost) {
    teamSettings.viewCost = viewCost;
  },
  rows: (input) => colleagueRows(input, messageLanguage()),
  figures: teamFigures,
  now: () => new Date(),
  download: blobDownload,
  print: () => window.print(),
  reports: {
    // Headers in the browser's language (the report_* messages), English where one is missing.
    csv: (input, rows, _figures, perSession) => (perSession ? sessionsCsv(input.team, translateFindings) : teamCsv(rows, translateFindings)),
  },
  BatchAudit: ({ onSaved }) => <BatchAudit audit={batchAudit} store={store} now={() => new Date()} onSaved={onSaved} />,
};

if (app) render(<DashboardPage services={services} />, app);
