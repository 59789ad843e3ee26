/**
 * @file The team dashboard (`dashboard.html`): what the record serves, the team's figures with how each was computed,
 * the charts (./charts), every coached colleague in a table (by name; sorted and filtered only when asked), the team's size and
 * the cost per thousand views, the reports to download, the coaching data to export and import, the batch audit's
 * slot, and a Print button (the print stylesheet keeps the figures and the charts' tables, no control and no
 * colleague's row). Everything it reads, computes and writes comes through `DashboardServices` (main.tsx wires the
 * store, the guidelines and the figures), so tests give it hand-made figures.
 */
import type { ComponentType } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ColleagueRow, Stages, TeamFigures, TeamInput, TeamMember, TeamSize, ViewCost } from '../../coaching/team-types';
import { calendarDay } from '../../engine/dates';
import type { Download } from '../shared/download';
import { plural, t } from '../shared/i18n';
import { AlignmentChart, DistributionChart, OnboardedChart, StageFunnelChart } from './charts';
import { Figures } from './figures';
import { DASHBOARD_PAINTED_MARK, DASHBOARD_READ_MARK } from './marks';
import { TeamSizeEntry, ViewCostEntry } from './team-settings';
import { TeamTable } from './team-table';

/** The coaching record and the team's settings, as the store gives them. */
export interface DashboardData {
  team: readonly TeamMember[];
  teamSizes: readonly TeamSize[];
  viewCost: ViewCost | null;
}

/** What the guidelines in use say about the team figures. */
export interface DashboardGuidelines {
  onboardingScore: number;
  stages: Stages;
}

/** What a bundle import added (or why nothing was), as the page says it. */
export type ImportOutcome =
  | {
      ok: true;
      colleaguesAdded: number;
      sessionsAdded: number;
      colleaguesUpdated: number;
      duplicatesSkipped: number;
      droppedPastRetention: number;
      /** People forgotten here after the bundle was exported: they may have come back with it. */
      forgottenSince: number;
    }
  | { ok: false; errors: string[] };

export interface DashboardReports {
  /** The team's CSV: one row per colleague, or one per session (its code may load on the first call). */
  csv(input: TeamInput, rows: readonly ColleagueRow[], figures: TeamFigures, perSession: boolean): Promise<string>;
  /** The Markdown summary (figures, the charts' tables, the top gaps), when there is one. */
  markdown?(input: TeamInput, rows: readonly ColleagueRow[], figures: TeamFigures): Promise<string>;
}

export interface DashboardBundle {
  /** The whole coaching record as a JSON bundle's text. */
  exportText(now: Date): Promise<string>;
  importText(text: string, now: Date): Promise<ImportOutcome>;
}

/** The batch audit (src/ui/dashboard/batch-audit.tsx, wired by main.tsx): told to read again once it saved sessions. */
export type BatchAuditComponent = ComponentType<{ onSaved: () => void }>;

export interface DashboardServices {
  load(): Promise<DashboardData>;
  guidelines(): Promise<DashboardGuidelines>;
  saveTeamSizes(sizes: TeamSize[]): Promise<void>;
  saveViewCost(cost: ViewCost | null): Promise<void>;
  rows(input: TeamInput): ColleagueRow[];
  figures(input: TeamInput): TeamFigures;
  now(): Date;
  download: Download;
  print(): void;
  reports?: DashboardReports;
  bundle?: DashboardBundle;
  BatchAudit?: BatchAuditComponent;
}

interface Loaded {
  data: DashboardData;
  guidelines: DashboardGuidelines;
}

function Reports({ services, input, rows, figures }: { services: DashboardServices; input: TeamInput; rows: ColleagueRow[]; figures: TeamFigures }) {
  const { reports, download, print } = services;
  const [failed, setFailed] = useState(false);
  const day = input.today;
  const save = (fileName: string, type: string, make: () => Promise<string> | undefined) => {
    setFailed(false);
    void Promise.resolve()
      .then(make)
      .then((text) => (text === undefined ? undefined : download(fileName, text, type)))
      .catch(() => setFailed(true));
  };
  return (
    <>
      <div class="actions">
        {reports ? (
          <>
            <button type="button" onClick={() => save(`team-${day}.csv`, 'text/csv', () => reports.csv(input, rows, figures, false))}>
              {t('dashboardCsv')}
            </button>
            <button type="button" onClick={() => save(`team-sessions-${day}.csv`, 'text/csv', () => reports.csv(input, rows, figures, true))}>
              {t('dashboardCsvSessions')}
            </button>
            {reports.markdown ? (
              <button type="button" onClick={() => save(`team-${day}.md`, 'text/markdown', () => reports.markdown?.(input, rows, figures))}>
                {t('dashboardMarkdown')}
              </button>
            ) : null}
          </>
        ) : null}
        <button type="button" class="primary" onClick={print}>
          {t('dashboardPrint')}
        </button>
      </div>
      {failed ? (
        <p class="alert" role="alert">
          {t('dashboardReportFailed')}
        </p>
      ) : null}
    </>
  );
}

function BundleControls({ bundle, services, onImported }: { bundle: DashboardBundle; services: DashboardServices; onImported: () => void }) {
  const [outcome, setOutcome] = useState<ImportOutcome | { exportFailed: true } | null>(null);
  const [busy, setBusy] = useState(false);
  async function exportAll() {
    try {
      const now = services.now();
      services.download(`coaching-${calendarDay(now)}.json`, await bundle.exportText(now), 'application/json');
    } catch {
      setOutcome({ exportFailed: true });
    }
  }
  async function importFile(file: File) {
    setBusy(true);
    try {
      const result = await bundle.importText(await file.text(), services.now());
      setOutcome(result);
      if (result.ok) onImported();
    } catch {
      setOutcome({ ok: false, errors: [t('dashboardImportUnreadable')] });
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <div class="actions">
        <button type="button" onClick={() => void exportAll()}>
          {t('dashboardExport')}
        </button>
        <label class="file-button">
          {t('dashboardImport')}
          <input
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(event) => {
              const input = event.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
      </div>
      <div role="status">
        {outcome === null ? null : 'exportFailed' in outcome ? (
          <p class="alert">{t('dashboardExportFailed')}</p>
        ) : outcome.ok ? (
          <div class="note">
            <p>
              {t('dashboardImportDone', [
                plural(outcome.colleaguesAdded, 'dashboardColleaguesOne', 'dashboardColleagues'),
                plural(outcome.sessionsAdded, 'dashboardSessionsOne', 'dashboardSessions'),
              ])}
            </p>
            <p>{t('dashboardImportKept', [outcome.colleaguesUpdated, outcome.duplicatesSkipped, outcome.droppedPastRetention])}</p>
            {outcome.forgottenSince > 0 ? <p>{t('dashboardImportForgotten', outcome.forgottenSince)}</p> : null}
          </div>
        ) : (
          <div class="alert">
            <p>{t('dashboardImportFailed')}</p>
            <ul class="import-errors">
              {outcome.errors.map((error, index) => (
                <li key={index}>{error}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </>
  );
}

export function DashboardPage({ services }: { services: DashboardServices }) {
  const [loaded, setLoaded] = useState<Loaded | 'failed' | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    Promise.all([services.load(), services.guidelines()]).then(
      ([data, guidelines]) => {
        performance.mark(DASHBOARD_READ_MARK);
        if (live) setLoaded({ data, guidelines });
      },
      () => live && setLoaded('failed'),
    );
    return () => {
      live = false;
    };
  }, [services, generation]);
  const today = calendarDay(services.now());
  const ready = typeof loaded === 'object' && loaded !== null ? loaded : null;
  const computed = useMemo(() => {
    if (!ready) return null;
    const input: TeamInput = {
      team: ready.data.team,
      teamSizes: ready.data.teamSizes,
      viewCost: ready.data.viewCost,
      onboardingScore: ready.guidelines.onboardingScore,
      stages: ready.guidelines.stages,
      today,
    };
    return { input, rows: services.rows(input), figures: services.figures(input) };
  }, [ready, today]);
  // The bench times the page to this mark: the table and the figures painted (Preact runs effects after the frame).
  useEffect(() => {
    if (computed) performance.mark(DASHBOARD_PAINTED_MARK);
  }, [computed !== null]);

  const reload = () => setGeneration((before) => before + 1);
  const saveSettings = async (change: Partial<DashboardData>) => {
    if (!ready) return;
    if (change.teamSizes) await services.saveTeamSizes([...change.teamSizes]);
    if (change.viewCost !== undefined) await services.saveViewCost(change.viewCost);
    setLoaded({ ...ready, data: { ...ready.data, ...change } });
  };

  const { BatchAudit, bundle } = services;
  return (
    <main>
      <h1>{t('dashboardTitle')}</h1>
      <p class="purpose">{t('colleaguePagePurpose')} {t('dashboardNoRanking')}</p>
      {loaded === 'failed' ? (
        <p class="alert" role="alert">
          {t('dashboardReadFailed')}
        </p>
      ) : computed === null ? (
        <p class="muted">{t('dashboardLoading')}</p>
      ) : (
        <>
          <div class="screen">
            <Reports services={services} input={computed.input} rows={computed.rows} figures={computed.figures} />
          </div>
          <section aria-labelledby="figures-title">
            <h2 id="figures-title">{t('dashboardFiguresTitle')}</h2>
            {computed.rows.length === 0 ? (
              <p>{t('dashboardEmpty')}</p>
            ) : (
              <Figures
                figures={computed.figures}
                onboardingScore={computed.input.onboardingScore}
                stages={computed.input.stages}
                today={today}
                colleagues={computed.rows.length}
              />
            )}
          </section>
          {computed.rows.length > 0 ? (
            <section aria-labelledby="charts-title" class="charts">
              <h2 id="charts-title">{t('dashboardChartsTitle')}</h2>
              <div class="chart-grid">
                <DistributionChart figures={computed.figures} />
                <OnboardedChart figures={computed.figures} />
                <StageFunnelChart figures={computed.figures} />
                <AlignmentChart figures={computed.figures} />
              </div>
            </section>
          ) : null}
          {computed.rows.length > 0 ? (
            <section aria-labelledby="team-title" class="screen">
              <h2 id="team-title">{t('dashboardTeamTitle')}</h2>
              <TeamTable rows={computed.rows} />
            </section>
          ) : null}
          <section aria-labelledby="settings-title" class="screen">
            <h2 id="settings-title">{t('dashboardSettingsTitle')}</h2>
            <TeamSizeEntry sizes={computed.input.teamSizes} today={today} save={(teamSizes) => saveSettings({ teamSizes })} />
            <ViewCostEntry cost={computed.input.viewCost} save={(viewCost) => saveSettings({ viewCost })} />
          </section>
          {bundle || BatchAudit ? (
            <section aria-labelledby="data-title" class="screen">
              <h2 id="data-title">{t('dashboardDataTitle')}</h2>
              {bundle ? <BundleControls bundle={bundle} services={services} onImported={reload} /> : null}
              {BatchAudit ? <BatchAudit onSaved={reload} /> : null}
            </section>
          ) : null}
        </>
      )}
    </main>
  );
}
