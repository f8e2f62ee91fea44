/**
 * Runs the integration tests in a real VS Code, in two passes:
 *  1. the extension under development (the repository) with every test in suite/, through @vscode/test-electron's
 *     runTests and scripts/code-server-shim (the VS Code server from code-server, in headless Chromium);
 *  2. the packaged extension: `npm run package` builds the VSIX, the server's own CLI installs it into a fresh
 *     extensions folder, and the tests in vsix/ check that the installed copy activates;
 *  3. `npm start` (scripts/start.mjs): it prints the scan, serves the workbench, and the address it prints opens
 *     examples/ with the extension under development; Ctrl-C stops it.
 * Passes 1 and 2 open a throwaway copy of examples/, so tests may edit files freely.
 *
 * env: CLAIMLENS_TEST_FILE=part / CLAIMLENS_TEST_GREP=text   run only matching files / tests (passes 2 and 3 are then
 *        skipped unless CLAIMLENS_TEST_VSIX=1 / CLAIMLENS_TEST_START=1); CLAIMLENS_TEST_VSIX=0 and
 *        CLAIMLENS_TEST_START=0 skip them;
 *      VSCODE_EXECUTABLE_PATH   a desktop VS Code to use instead of the shim (pass 1 only).
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(__dirname, '../../..');
const shim = path.join(root, 'scripts', 'code-server-shim');

/** Runs a command in the repository and throws when it fails. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${r.status ?? r.signal}`);
}

/** A fresh copy of examples/ in a temp folder. */
function copyExamples(tmp: string): string {
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(root, 'examples'), workspace, { recursive: true });
  return workspace;
}

async function developmentPass(tmp: string): Promise<void> {
  console.log('\n=== integration tests: extension under development ===');
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH || shim;
  if (vscodeExecutablePath === shim) run('bash', [path.join(root, 'scripts', 'install-vscode-runtime.sh')]);
  // runTests resolves on exit code 0 and throws otherwise.
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(__dirname, 'suite', 'index'),
    launchArgs: [copyExamples(tmp), '--disable-extensions', `--extensions-dir=${path.join(tmp, 'dev-extensions')}`],
    extensionTestsEnv: {
      CLAIMLENS_TEST_FILE: process.env.CLAIMLENS_TEST_FILE ?? '',
      CLAIMLENS_TEST_GREP: process.env.CLAIMLENS_TEST_GREP ?? '',
    },
  });
}

function vsixPass(tmp: string): void {
  console.log('\n=== integration tests: packaged extension (VSIX) ===');
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const vsix = path.join(tmp, `claimlens-${version}.vsix`);
  try {
    run('npm', ['run', 'package', '--', '--out', vsix]);
  } finally {
    run('node', ['esbuild.mjs']); // packaging leaves the production bundle in dist/; put the development build back
  }
  const extensionsDir = path.join(tmp, 'vsix-extensions');
  run(
    'node',
    [
      path.join(root, 'scripts', 'code-server-test.mjs'),
      `--install-extension=${vsix}`,
      `--extensions-dir=${extensionsDir}`,
      `--extensionTestsPath=${path.join(__dirname, 'vsix', 'index')}`,
      `--folder=${copyExamples(fs.mkdtempSync(path.join(tmp, 'vsix-')))}`,
    ],
    { ...process.env, CLAIMLENS_VSIX_EXTENSIONS_DIR: extensionsDir, CLAIMLENS_TEST_FILE: '', CLAIMLENS_TEST_GREP: '' },
  );
}

/** Resolves with the first match of `pattern` in what `stream` prints, or rejects after `timeoutMs`. */
function waitForOutput(stream: NodeJS.ReadableStream, seen: string[], pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${pattern} in the output within ${timeoutMs / 1000} s:\n${seen.join('')}`)), timeoutMs);
    const check = () => {
      const m = seen.join('').match(pattern);
      if (m) {
        clearTimeout(timer);
        stream.off('data', check);
        resolve(m);
      }
    };
    stream.on('data', check);
    check();
  });
}

/** The status and Location header of a GET without following redirects. */
function head(url: string): Promise<{ status: number; location: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? '' });
      })
      .on('error', reject);
  });
}

async function startPass(): Promise<void> {
  console.log('\n=== npm start: the workbench it serves ===');
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const seen: string[] = [];
  child.stdout.on('data', (d: Buffer) => {
    seen.push(String(d));
    process.stdout.write(d);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const [, address] = await waitForOutput(child.stdout, seen, /(http:\/\/127\.0\.0\.1:\d+\/)\s/, 180_000);
    if (!seen.join('').includes('$ claimlens scan examples')) throw new Error('npm start did not print the scan of examples/');
    const landing = await head(address);
    const expected = encodeURIComponent(`vscode-remote://${new URL(address).host}${root}`);
    if (landing.status !== 302 || !landing.location.includes(expected)) {
      throw new Error(`${address} should redirect to the workbench with the extension under development, got ${landing.status} ${landing.location}`);
    }
    // Look at it in the browser: the workbench runs the extension under development and opens an example article.
    run('node', [
      path.join(root, 'scripts', 'code-server-test.mjs'),
      `--url=${address}`,
      '--open=newsroom-brief.txt',
      '--expect=Extension Development Host',
      '--settle=500',
    ]);
  } finally {
    child.kill('SIGINT');
  }
  const code = await exited;
  if (code !== 0) throw new Error(`npm start exited with ${code} after Ctrl-C`);
  console.log('npm start: served, opened and stopped cleanly');
}

/** Whether an optional pass runs: its variable decides; unset, it runs unless the run is filtered to some tests. */
function optionalPass(variable: string, filtered: boolean): boolean {
  const setting = process.env[variable];
  return setting === undefined || setting === '' ? !filtered : setting !== '0';
}

async function main(): Promise<void> {
  const filtered = !!(process.env.CLAIMLENS_TEST_FILE || process.env.CLAIMLENS_TEST_GREP);
  const withVsix = optionalPass('CLAIMLENS_TEST_VSIX', filtered);
  const withStart = optionalPass('CLAIMLENS_TEST_START', filtered);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-it-'));
  const failures: string[] = [];
  // Both passes run even when the first fails, so one run reports everything that is broken.
  const attempt = async (name: string, pass: () => unknown) => {
    try {
      await pass();
    } catch (err) {
      failures.push(`${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  try {
    await attempt('development pass', () => developmentPass(tmp));
    if (withVsix) await attempt('VSIX pass', () => vsixPass(tmp));
    else console.log('\n(VSIX pass skipped; CLAIMLENS_TEST_VSIX=1 runs it)');
    if (withStart) await attempt('npm start pass', startPass);
    else console.log('(npm start pass skipped; CLAIMLENS_TEST_START=1 runs it)');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (failures.length > 0) throw new Error(failures.join('; '));
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`Integration tests failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
