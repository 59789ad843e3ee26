/** @file Where the demo and the end-to-end tests find the built extension and Chromium, with clear errors when they are missing. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Fails (never skips) with a message that says how to get what is missing. */
export function requireFile(path: string, what: string, howTo: string): string {
  if (!existsSync(path)) throw new Error(`${what} not found at ${path}. ${howTo}`);
  return path;
}

export function requireChromium(): string {
  return requireFile(CHROMIUM, 'Chromium', 'Install it with `apt-get install -y chromium` (or set CHROMIUM_PATH).');
}

export function requireBuild(dir: string): string {
  requireFile(join(dir, 'manifest.json'), 'The built extension', 'Run `npm run build` first.');
  return dir;
}

/** The example company's guidelines (Brightwave Systems), which the demo imports as the person's own file. */
export const EXAMPLE_GUIDELINES_PATH = join(ROOT, 'src', 'guidelines', 'presets', 'example-company.yaml');
