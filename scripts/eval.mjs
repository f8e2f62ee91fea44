#!/usr/bin/env node
// Scores the detector on the shared evaluation corpora: runs the built CLI's `scan --json` over each corpus,
// then the corpus's scorer, and sums the figures up against the targets of the detection issue. The project's
// own labelled articles (eval/articles) are scored with the seeds' scorer too.
//
//   npm run eval                 (builds first)
//   node scripts/eval.mjs [--strict] [--show-errors N]
//
// The corpora live outside the repository (their texts may not be copied into it): `../shared` beside the
// repository, or the folder named by CLAIMLENS_SHARED. Without it the script says so and exits 0.
// --strict exits 1 when a target is missed; otherwise only a broken scan or scorer exits non-zero.
// --show-errors N lists misses and false alarms (every one for the seeds, N sampled for PolNeAR) for tuning.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CLAIMLENS_SHARED ? resolve(process.env.CLAIMLENS_SHARED) : resolve(repoRoot, '../shared');
const strict = process.argv.includes('--strict');
const showErrorsAt = process.argv.indexOf('--show-errors');
const showErrors = showErrorsAt >= 0 ? Math.max(1, parseInt(process.argv[showErrorsAt + 1], 10) || 40) : 0;
const cli = join(repoRoot, 'dist', 'cli.js');

if (!existsSync(shared)) {
  console.log(`eval: no evaluation corpora: ${shared} is absent (set CLAIMLENS_SHARED to point elsewhere); nothing to score`);
  process.exit(0);
}
if (!existsSync(cli)) {
  console.error(`eval: ${cli} is missing; run \`npm run build\` first (or \`npm run eval\`, which does)`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'claimlens-eval-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/** Runs `claimlens scan --json` over `dir` and writes its output to a temporary file, which it returns. */
function scan(name, dir) {
  const bytes = readdirSync(dir).filter((f) => f.endsWith('.txt')).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [cli, 'scan', '--json', dir], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 512 * 2 ** 20 });
  const ms = performance.now() - t0;
  if (run.error) throw run.error;
  if (run.stderr) process.stderr.write(run.stderr);
  if (run.status !== 0) {
    console.error(`eval: scan of ${dir} exited with ${run.status}`);
    if (!run.stdout.trim().startsWith('{')) process.exit(1);
  }
  const file = join(work, `${name}.findings.json`);
  writeFileSync(file, run.stdout);
  const report = JSON.parse(run.stdout);
  const findings = report.files.reduce((n, f) => n + f.findings.length, 0);
  console.log(`scanned ${report.files.length} ${name} articles (${(bytes / 1024).toFixed(0)} KiB) in ${ms.toFixed(0)} ms, process start included: ${findings} findings`);
  return file;
}

/** Runs a scorer, echoing its output, and returns its standard output. */
function score(script, args) {
  const run = spawnSync(process.execPath, [join(shared, 'tools', script), ...args], { cwd: join(shared, 'corpus'), encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (run.error) throw run.error;
  process.stdout.write(run.stdout);
  if (run.stderr) process.stderr.write(run.stderr);
  if (run.status !== 0) {
    console.error(`eval: ${script} exited with ${run.status}`);
    process.exit(1);
  }
  return run.stdout;
}

const rows = [];
const target = (corpus, metric, value, min) => rows.push({ corpus, metric, value, min });

const seeds = join(shared, 'corpus', 'seeds');
if (existsSync(seeds)) {
  console.log('\n== seeds (hand-labelled, score-detections.mjs) ==');
  const findings = scan('seeds', seeds);
  const out = score('score-detections.mjs', ['--gold', seeds, '--findings', findings, ...(showErrors ? ['--verbose'] : [])]);
  const m = /attributedF1=(\S+) unverifiedF1=(\S+) sourceAcc=(\S+)/.exec(out);
  if (!m) {
    console.error('eval: could not read the seeds summary line');
    process.exit(1);
  }
  target('seeds', 'attributed F1', Number(m[1]), 0.97);
  target('seeds', 'unverified F1', Number(m[2]), 0.97);
  target('seeds', 'source accuracy', Number(m[3]), 0.95);
} else {
  console.log(`\n== seeds: ${seeds} is absent; skipped ==`);
}

const polnear = join(shared, 'corpus', 'polnear-dev');
if (existsSync(join(polnear, 'text'))) {
  console.log('\n== PolNeAR dev (score-polnear.mjs) ==');
  const findings = scan('polnear-dev', join(polnear, 'text'));
  const summaryFile = join(work, 'polnear.summary.json');
  score('score-polnear.mjs', ['--data', polnear, '--findings', findings, '--json', summaryFile, ...(showErrors ? ['--show-errors', String(showErrors)] : [])]);
  const { summary } = JSON.parse(readFileSync(summaryFile, 'utf8'));
  target('PolNeAR dev', 'cue F1', summary.cueF1, 0.85);
  target('PolNeAR dev', 'source accuracy', summary.sourceAcc, 0.9);
  target('PolNeAR dev', 'content F1', summary.contentF1, 0.85);
  target('PolNeAR dev', 'sentence F1', summary.sentF1, 0.9);
} else {
  console.log(`\n== PolNeAR dev: ${polnear}/text is absent; skipped ==`);
}

// the project's own articles, written for it and labelled to the same guidelines (eval/README.md): a check that
// the rules hold beyond the two shared corpora
const own = join(repoRoot, 'eval', 'articles');
const info = [];
if (existsSync(own)) {
  console.log('\n== eval/articles (the project\'s own, score-detections.mjs) ==');
  const findings = scan('eval-articles', own);
  const out = score('score-detections.mjs', ['--gold', own, '--findings', findings, ...(showErrors ? ['--verbose'] : [])]);
  const m = /attributedF1=(\S+) unverifiedF1=(\S+) sourceAcc=(\S+)/.exec(out);
  if (m) info.push(['eval/articles attributed F1', Number(m[1])], ['eval/articles unverified F1', Number(m[2])], ['eval/articles source accuracy', Number(m[3])]);
}

if (rows.length > 0) {
  console.log('\n== summary against the targets ==');
  const width = Math.max(...rows.map((r) => `${r.corpus} ${r.metric}`.length), ...info.map(([name]) => name.length));
  for (const r of rows) {
    const ok = Number.isFinite(r.value) && r.value >= r.min;
    console.log(`${`${r.corpus} ${r.metric}`.padEnd(width)}  ${Number.isFinite(r.value) ? r.value.toFixed(3) : 'n/a'}  (target ≥ ${r.min.toFixed(2)})  ${ok ? 'ok' : 'MISSED'}`);
  }
  for (const [name, value] of info) console.log(`${name.padEnd(width)}  ${value.toFixed(3)}  (no target; a check on articles outside the shared corpora)`);
  const missed = rows.filter((r) => !(r.value >= r.min)).length;
  console.log(missed === 0 ? 'all targets met' : `${missed} of ${rows.length} targets missed`);
  if (strict && missed > 0) process.exitCode = 1;
}
