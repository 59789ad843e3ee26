/**
 * @file `npm run demo`, headless, in real Chromium: for each demo page it prints the score, the step scores and the
 * three findings worth most that the engine gives in Node for the same page (read by the audit's reader, checked
 * with the example company's guidelines today, as on a first visit), in English and in French, and writes a
 * screenshot of each popup. The figures are never hard-coded: the engine is the reference.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditPage, translationFor } from '../../src/cli/audit';
import { main } from '../../src/cli/demo';
import { scoreText, STEP_NAMES } from '../../src/cli/summary';
import { DEMO_PAGES, demoPagePath } from '../../src/demo/pages';
import { EXAMPLE_GUIDELINES_PATH, ROOT } from '../../src/demo/paths';
import { STEPS, worthMost } from '../../src/demo/popup';
import { pointsOf } from '../../src/engine/score';
import { parseGuidelines } from '../../src/guidelines/parse';
import { coachModel } from '../../src/ui/popup/popup-model';
import { RULES } from '../../src/rules';

/** What the demo prints for one page. */
interface Printed {
  lines: string[];
}

/** Splits the demo's output into one block per page, by the page's address on its `== … : <url>` line. */
function blocksOf(output: string[]): Map<string, Printed> {
  const blocks = new Map<string, Printed>();
  let current: Printed | undefined;
  for (const line of output) {
    const header = line.match(/^== .*: (https:\/\/\S+)$/);
    if (header) {
      current = { lines: [] };
      blocks.set(header[1] as string, current);
    } else if (line === '') {
      current = undefined;
    } else {
      current?.lines.push(line);
    }
  }
  return blocks;
}

/** The lines the demo should print for a page, from the engine in Node: as the popup would show its report. */
function engineLines(file: string, url: string, language: string): string[] {
  const now = new Date();
  // Parsed as the background parses the stored file (src/storage/guidelines.ts), so both sides judge alike.
  const parsed = parseGuidelines(readFileSync(EXAMPLE_GUIDELINES_PATH, 'utf8'), { rules: RULES, format: 'yaml' });
  if (!parsed.ok) throw new Error(`the example guidelines do not parse: ${parsed.errors[0]?.message}`);
  const { findings, score } = auditPage(file, { url, guidelines: parsed.guidelines, now, translate: translationFor(language) });
  // The popup groups the failures by step (src/ui/popup/popup-model.ts); the demo picks the three worth most from them.
  const model = coachModel(findings, pointsOf(findings), { findings: {} }, now.toISOString().slice(0, 10));
  const open = model.open.flatMap(({ items }) =>
    items.map(({ finding, points }) => ({ ruleId: finding.ruleId, title: finding.title, points })),
  );
  const top = worthMost(open);
  return [
    `Brand alignment: ${scoreText(score.overall)}`,
    STEPS.map((step) => `${STEP_NAMES[step]}: ${scoreText(score.steps[step])}`).join(' · '),
    top.length === 0 ? 'Nothing to fix.' : 'Worth most:',
    ...top.map((finding, index) => `  ${index + 1}. ${finding.title} (+${finding.points} points)  [${finding.ruleId}]`),
  ];
}

async function runDemo(...args: string[]): Promise<{ code: number; output: string[]; out: string }> {
  const out = mkdtempSync(join(tmpdir(), 'profile-coach-demo-'));
  const output: string[] = [];
  const code = await main(['--headless', '--out', out, ...args], (line) => output.push(line));
  return { code, output, out };
}

describe('npm run demo, headless', () => {
  for (const language of ['en', 'fr'] as const) {
    it(`prints the engine's score, step scores and three findings worth most for every demo page (${language})`, { timeout: 240_000 }, async () => {
      const { code, output, out } = await runDemo(...(language === 'en' ? [] : ['--lang', language]));
      expect(code).toBe(0);
      const blocks = blocksOf(output);
      expect([...blocks.keys()]).toEqual(DEMO_PAGES.map((page) => page.url));
      for (const page of DEMO_PAGES) {
        const printed = blocks.get(page.url)?.lines ?? [];
        const screenshot = printed.find((line) => line.startsWith('Popup: '))?.slice('Popup: '.length);
        expect(printed.filter((line) => !line.startsWith('Popup: ')), page.id).toEqual(
          engineLines(demoPagePath(page), page.url, language),
        );
        const file = join(out, `${page.id}${language === 'en' ? '' : `.${language}`}.png`);
        expect(screenshot && join(process.cwd(), screenshot)).toBe(file);
        expect(existsSync(file) && statSync(file).size > 10_000).toBe(true);
      }
      // The pages say something worth fixing, or the demo would show little.
      expect(output.filter((line) => /^ {2}\d\. /.test(line)).length).toBeGreaterThanOrEqual(9);
      expect(output).toContain(
        'The demo shows one person’s own pages. Coaching colleagues (the colleague view, sessions, the colleague’s page) is not in it yet: a small demo team comes with the team dashboard.',
      );
      // Only images and the like on made-up hosts were refused; LinkedIn and X were served locally.
      const refused = output.find((line) => line.startsWith('Refused '));
      expect(refused ?? '').not.toMatch(/linkedin\.com|x\.com|twitter\.com/);
    });
  }

  it('refuses a language the product does not speak', async () => {
    const { code, output } = await runDemo('--lang', 'es');
    expect(code).toBe(2);
    expect(output).toEqual([]);
  });

  it('runs as `npm run demo` with CI=true, headless, and exits 0', { timeout: 240_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), 'profile-coach-demo-'));
    const run = spawnSync('npm', ['run', '-s', 'demo', '--', '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true', DISPLAY: ':0' },
      timeout: 200_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Profile Coach demo, headless');
    expect(run.stdout).toMatch(/^Brand alignment: \d+\/100$/m);
    for (const page of DEMO_PAGES) expect(existsSync(join(out, `${page.id}.png`))).toBe(true);
  });
});
