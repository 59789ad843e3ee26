// @vitest-environment node
/**
 * @file `npm run team-report`: bundles merged into one company-wide report, run in-process (`main`) for the content
 * and once as a separate process, as a user runs it. The figures must be the dashboard's (teamFigures and
 * colleagueRows over the merged records), and nothing is written when one bundle is invalid.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundleOf, bundleText, type CoachingBundle } from '../../src/coaching/bundle';
import { teamCsv } from '../../src/coaching/report-csv';
import { escapeMarkdown } from '../../src/coaching/report-markdown';
import { DEFAULT_STAGES } from '../../src/coaching/stages';
import { colleagueRows, teamFigures } from '../../src/coaching/team';
import { readTranslation } from '../../src/cli/locale';
import { main, mergeSummary, teamReport } from '../../src/cli/team-report';
import { findingTitleIn } from '../../src/engine/message-keys';
import { DEFAULT_GUIDELINES } from '../../src/guidelines/presets/default';
import { colleague, goodBundle, NOW, session } from '../coaching/bundle-records';
import { ROOT } from '../helpers/fixtures';

const scratch = mkdtempSync(join(tmpdir(), 'profile-coach-team-report-'));
let counter = 0;

function write(bundle: CoachingBundle | string): string {
  const file = join(scratch, `bundle-${(counter += 1)}.json`);
  writeFileSync(file, typeof bundle === 'string' ? bundle : JSON.stringify(bundle), 'utf8');
  return file;
}

/** A second ambassador's bundle: Ada again under another id (same LinkedIn profile), a later session, and Chloé. */
function secondBundle(): CoachingBundle {
  const ada = colleague('ada-2', { name: 'Secret ada', profiles: [{ site: 'linkedin', key: 'linkedin:in/ada' }] });
  const chloe = colleague('chloe', { name: '=HYPERLINK("http://example.invalid","Chloé")' });
  return {
    ...goodBundle(),
    exportedAt: '2026-11-23T08:00:00.000Z',
    colleagues: [ada, chloe],
    sessions: [
      session('t1', ada, '2026-11-20T10:00:00.000Z', { score: { overall: 85, steps: { 'clean-up': null, 'plan-ahead': 80, 'team-up': 90, guidelines: 90 } } }),
      session('t2', chloe, '2026-11-21T10:00:00.000Z', { score: { overall: 40, steps: { 'clean-up': null, 'plan-ahead': 40, 'team-up': 40, guidelines: 40 } } }),
    ],
    settings: undefined,
  };
}

let output: { out: string[]; err: string[] };
beforeEach(() => {
  output = { out: [], err: [] };
  vi.spyOn(console, 'log').mockImplementation((line: string) => void output.out.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => void output.err.push(line));
});
afterEach(() => vi.restoreAllMocks());

describe('npm run team-report (in process)', () => {
  it('merges two ambassadors\' bundles into one team: one Ada, every session once, the figures the dashboard computes', () => {
    const files = [write(goodBundle()), write(secondBundle()), write(goodBundle())];
    const csv = join(scratch, 'team.csv');
    const md = join(scratch, 'team.md');
    expect(main([...files, '--csv', csv, '--md', md, '--today', '2026-11-23'])).toBe(0);

    const { input, records, report } = teamReport({ bundles: files, guidelines: DEFAULT_GUIDELINES, stages: DEFAULT_STAGES, today: '2026-11-23', now: NOW, language: 'en' });
    // Ada (two ids, one profile), Bram, Chloé; s1-s3 once though the first bundle came twice, t1 and t2.
    expect(report.colleagues).toBe(3);
    expect(report.sessions).toBe(5);
    expect(report.duplicateSessions).toBe(3);
    expect(records.map((record) => record.sessions.length).sort()).toEqual([1, 1, 3]);
    expect(input.facts.map((facts) => facts.sessions).sort()).toEqual([1, 1, 3]);
    expect(input.teamSizes).toEqual(goodBundle().settings?.teamSizes);
    expect(input.onboardingScore).toBe(DEFAULT_GUIDELINES.checklist.onboardingScore);

    const rows = colleagueRows(input, 'en');
    expect(readFileSync(csv, 'utf8')).toBe(teamCsv(rows));
    // A hostile name reaches the CSV neutralised, never as a formula.
    expect(readFileSync(csv, 'utf8')).toContain(`"'=HYPERLINK(""http://example.invalid"",""Chloé"")"`);
    const summary = readFileSync(md, 'utf8');
    const figures = teamFigures(input);
    // Onboarded at 70 or more: Ada (85 in her latest session) and Bram (70), not Chloé (40), over the 45 entered.
    expect(figures.onboarded).toMatchObject({ count: 2, size: 45, share: 2 / 45 });
    expect(summary).toContain('Team report');
    // The gaps are named as the dashboard names them (findingTitleIn, the colleague's wording where a rule has one).
    expect(summary).toContain(escapeMarkdown(findingTitleIn(readTranslation('en'), 'headline-keywords')));
    // Team figures, not people: no name in the summary.
    expect(summary).not.toMatch(/Secret|Chlo/);
    expect(output.err).toContain(mergeSummary(report));
    expect(output.err.some((line) => line.includes(`wrote ${csv}`))).toBe(true);
    expect(output.out).toEqual([]); // --md given: nothing on standard output
  });

  it('prints the Markdown summary in the language asked when no --md is given', () => {
    expect(main([write(goodBundle()), '--today', '2026-11-23', '--lang', 'fr'])).toBe(0);
    expect(output.out.join('\n')).toMatch(/^# /m);
    expect(output.out.join('\n')).not.toContain('Team report');
  });

  it('writes nothing when one bundle is invalid, and names the file and the path of each error', () => {
    const bad = { ...goodBundle(), sessions: [{ ...goodBundle().sessions[0], at: 'yesterday' }] };
    const csv = join(scratch, 'never.csv');
    expect(main([write(goodBundle()), write(JSON.stringify(bad)), '--csv', csv])).toBe(1);
    expect(existsSync(csv)).toBe(false);
    const said = output.err.join('\n');
    expect(said).toContain('no report written');
    expect(said).toMatch(/bundle-\d+\.json: sessions\[0\]\.at/);
    // Errors name paths, never a value from the record.
    expect(said).not.toContain('Secret');
  });

  it('refuses what is not a bundle: not JSON, a directory, a missing file', () => {
    expect(main([write('{ not json'), scratch, join(scratch, 'missing.json')])).toBe(1);
    expect(output.err.join('\n').split('\n').filter((line) => line.startsWith('  '))).toHaveLength(3);
  });

  it('says how to use it without a bundle, and refuses a malformed --today', () => {
    expect(main([])).toBe(2);
    expect(output.err.join('\n')).toContain('usage: npm run team-report');
    expect(main([write(goodBundle()), '--today', '23/11/2026'])).toBe(1);
    expect(output.err.join('\n')).toContain('YYYY-MM-DD');
  });

  it('keeps exported records as they were: the bundle made from the merged team parses back equal', () => {
    const { input, records } = teamReport({ bundles: [write(goodBundle())], guidelines: DEFAULT_GUIDELINES, stages: DEFAULT_STAGES, today: '2026-11-23', now: NOW, language: 'en' });
    const again = bundleOf(records, { teamSizes: [...input.teamSizes], viewCost: input.viewCost }, NOW, goodBundle().guidelines);
    expect(again.sessions.map((one) => one.id).sort()).toEqual(['s1', 's2', 's3']);
  });
});

describe('npm run team-report (a separate process)', { timeout: 60_000 }, () => {
  it('runs as the README says and exits 0', () => {
    const csv = join(scratch, 'process.csv');
    // npm, then the launcher (src/cli/team-report-launch.cjs): the command bundled by esbuild, as a user runs it; a
    // bundle of version 1 beside one of version 2, as the dashboard exports them now.
    const run = spawnSync('npm', ['run', '-s', 'team-report', '--', write(goodBundle()), write(bundleText(secondBundle())), '--csv', csv], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toContain('team-report: 2 bundles, 3 colleagues, 5 sessions');
    expect(run.status).toBe(0);
    expect(readFileSync(csv, 'utf8').split('\r\n')).toHaveLength(1 + 3 + 1);
  });

  it('words a refusal with zod\'s English messages, the only language the launcher bundles zod with', () => {
    const bundle = goodBundle();
    const wrong = { ...bundle, sessions: bundle.sessions.map((each, index) => (index === 0 ? { ...each, score: { ...each.score, overall: 'high' } } : each)) };
    const run = spawnSync('npm', ['run', '-s', 'team-report', '--', write(wrong as unknown as CoachingBundle)], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toContain('sessions[0].score.overall: Invalid input: expected number, received string');
    expect(run.status).toBe(1);
  });
});
