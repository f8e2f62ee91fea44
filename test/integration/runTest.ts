/**
 * Runs the integration tests in a real VS Code, in two passes:
 *  1. the extension under development (the repository) with every test in suite/, through @vscode/test-electron's
 *     runTests and scripts/code-server-shim (the VS Code server from code-server, in headless Chromium);
 *  2. the packaged extension: `npm run package` builds the VSIX, the server's own CLI installs it into a fresh
 *     extensions folder, and the tests in vsix/ check that the installed copy activates.
 * Each pass opens a throwaway copy of examples/, so tests may edit files freely.
 *
 * env: CLAIMLENS_TEST_FILE=part / CLAIMLENS_TEST_GREP=text   run only matching files / tests (pass 2 is then skipped
 *        unless CLAIMLENS_TEST_VSIX=1); CLAIMLENS_TEST_VSIX=0 skips pass 2;
 *      VSCODE_EXECUTABLE_PATH   a desktop VS Code to use instead of the shim (pass 1 only).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
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

async function main(): Promise<void> {
  const filtered = !!(process.env.CLAIMLENS_TEST_FILE || process.env.CLAIMLENS_TEST_GREP);
  const vsixSetting = process.env.CLAIMLENS_TEST_VSIX;
  const withVsix = vsixSetting === undefined || vsixSetting === '' ? !filtered : vsixSetting !== '0';
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
