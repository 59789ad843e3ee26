/**
 * @file `npm run team-report`'s launcher: runs the command (./team-report.ts `main`) as JavaScript that esbuild
 * bundled into one file under node_modules/.cache/profile-coach/, built again only when a file it was built from
 * changed (its size or time). tsx's loader compiled every module at every start: some 2 s of wall clock and 3 s of
 * CPU of the command's 9 s; bundling the command takes about a second, once. It is plain JavaScript because Node 20
 * runs no TypeScript without a loader, and a CommonJS script because Node starts one without its ES module loader
 * (about 10 ms sooner). It computes nothing of the report; the tests run the command's functions from the source.
 */
'use strict';
const { createHash } = require('node:crypto');
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');

const here = __filename;
const root = resolve(dirname(here), '../..');
const ENTRIES = ['src/cli/team-report.ts'];
/**
 * One folder per checkout: node_modules may be shared (a link) between checkouts of different code, and each keeps
 * its own build there.
 */
const cache = join(root, 'node_modules/.cache/profile-coach', `team-report-${createHash('sha256').update(root).digest('hex').slice(0, 12)}`);
const stampFile = join(cache, 'stamp.json');
/** A build no stamp names any more is removed once this old (a command started just before may still load it). */
const STALE_MS = 10 * 60_000;

/** A file's size and modification time, or null when it is gone. */
function signatureOf(file) {
  try {
    const stat = statSync(file);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return null;
  }
}

/**
 * The files a build depends on beyond its metafile's inputs: this launcher (its build options) and esbuild itself
 * (an update may bundle differently).
 */
const extraInputs = () => [here, require.resolve('esbuild/package.json')];

/** The last build, when every file it was built from is as it was then; else null. */
function freshBuild() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return null;
  }
  for (const [file, signature] of Object.entries(stamp.inputs)) if (signatureOf(file) !== signature) return null;
  return stamp.dir;
}

/**
 * Modules of ours find files beside their source through `import.meta.dirname` (src/cli/locale.ts reads
 * assets/_locales): in a bundle it would be the cache's folder, so it is written in as the source's own.
 */
const sourceFolders = {
  name: 'source-folders',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, ({ path }) => {
      const text = readFileSync(path, 'utf8');
      return { contents: text.replaceAll('import.meta.dirname', JSON.stringify(dirname(path))), loader: 'ts' };
    });
  },
};

/**
 * zod in English only: zod words its messages in English unless told otherwise, and nothing here tells it otherwise
 * (the command's refusals are in our own words, src/guidelines/messages.ts). Its namespace of every other language
 * (`z.locales`, some 370 KB of the bundle's 1.3 MB) would be parsed at every start for nothing: it is given English
 * alone. The extension's own build leaves them out already (Rollup drops the unused namespace).
 */
const zodInEnglish = {
  name: 'zod-in-english',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer }) =>
      importer.includes('/node_modules/zod/') ? { path: join(dirname(importer), '../locales/index.js'), namespace: 'zod-in-english' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'zod-in-english' }, ({ path }) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(path), 'en.js'))};`,
      resolveDir: dirname(path),
    }));
  },
};

/** Bundles the command into a new folder, names it in the stamp (atomically), and returns it. */
async function build() {
  const { build: bundle } = require('esbuild');
  const dir = join(cache, `build-${process.pid}-${Date.now()}`);
  const result = await bundle({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir: dir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    // CommonJS: Node compiles an ES module of 1.3 MB whole before running it, a script's functions only when first
    // called (about 70 ms less at every start).
    format: 'cjs',
    target: 'node20',
    // A script has no import.meta: each module's is the bundle's, as in an ES module bundle.
    define: { 'import.meta.url': 'importMetaUrlOfBundle' },
    banner: { js: "const importMetaUrlOfBundle = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [sourceFolders, zodInEnglish],
    metafile: true,
    logLevel: 'error',
  });
  const inputs = {};
  // The outputs too: a build folder removed by hand is built again.
  const files = [...Object.keys(result.metafile.inputs), ...Object.keys(result.metafile.outputs)].map((file) => resolve(root, file));
  for (const file of [...files, ...extraInputs()]) inputs[file] = signatureOf(file);
  const temporary = `${stampFile}.${process.pid}`;
  writeFileSync(temporary, JSON.stringify({ dir, inputs }));
  renameSync(temporary, stampFile);
  for (const name of readdirSync(cache)) {
    const old = join(cache, name);
    if (name.startsWith('build-') && old !== dir && Date.now() - statSync(old).mtimeMs > STALE_MS) rmSync(old, { recursive: true, force: true });
  }
  return dir;
}

function run(dir) {
  const { main } = require(join(dir, 'team-report.cjs'));
  process.exitCode = main(process.argv.slice(2));
}

mkdirSync(cache, { recursive: true });
const fresh = freshBuild();
if (fresh !== null) run(fresh);
// esbuild has printed what it could not build.
else build().then(run, () => process.exit(1));
