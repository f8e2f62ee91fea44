// The pieces shared by the test driver (code-server-test.mjs), `npm start` (start.mjs) and the activation bench:
// find or install the VS Code server from the npm package code-server, start it on 127.0.0.1 with a throwaway
// profile, install a VSIX into it, build the workbench URL that loads an extension under development, and open
// that URL in Debian's headless Chromium through playwright-core.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** The repository root (this file lives in scripts/lib/). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the runtime is cached; CLAIMLENS_RUNTIME_DIR overrides it. */
export function runtimeDir() {
  return path.resolve(process.env.CLAIMLENS_RUNTIME_DIR || path.join(repoRoot, '.vscode-test', 'runtime'));
}

/** The code-server package folder, installing the runtime first when it is missing (CODE_SERVER_DIR overrides). */
export function ensureRuntime({ quiet = false } = {}) {
  if (process.env.CODE_SERVER_DIR) return path.resolve(process.env.CODE_SERVER_DIR);
  const dir = path.join(runtimeDir(), 'node_modules', 'code-server');
  if (fs.existsSync(path.join(dir, 'lib/vscode/out/server-main.js'))) return dir;
  if (!quiet) console.error('[vscode-server] VS Code runtime not found; installing it once (about a minute)…');
  const r = spawnSync('bash', [path.join(repoRoot, 'scripts/install-vscode-runtime.sh'), runtimeDir()], {
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`scripts/install-vscode-runtime.sh failed (exit ${r.status})`);
  return dir;
}

/** A free TCP port on 127.0.0.1: `preferred` and the next ones first when given, otherwise any. */
export async function freePort(preferred) {
  const tryPort = (p) =>
    new Promise((resolve) => {
      const s = net.createServer();
      s.once('error', () => resolve(undefined));
      s.listen(p, '127.0.0.1', () => {
        const got = s.address().port;
        s.close(() => resolve(got));
      });
    });
  if (preferred !== undefined) {
    for (let p = preferred; p < preferred + 50; p++) {
      const got = await tryPort(p);
      if (got !== undefined) return got;
    }
  }
  const any = await tryPort(0);
  if (any === undefined) throw new Error('no free port on 127.0.0.1');
  return any;
}

const settings = {
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'workbench.startupEditor': 'none',
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
};

/** A throwaway profile (user data, server data, extensions) under a fresh temp folder. */
export function makeProfile({ extensionsDir, userSettings = {} } = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-vscode-'));
  const profile = {
    tmp,
    userDataDir: path.join(tmp, 'user-data'),
    serverDataDir: path.join(tmp, 'server-data'),
    extensionsDir: extensionsDir ? path.resolve(extensionsDir) : path.join(tmp, 'extensions'),
  };
  const text = JSON.stringify({ ...settings, ...userSettings }, null, 1);
  for (const dir of [path.join(profile.userDataDir, 'User'), path.join(profile.serverDataDir, 'data', 'Machine')]) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'settings.json'), text);
  }
  fs.mkdirSync(profile.extensionsDir, { recursive: true });
  return profile;
}

/** Removes a profile made by makeProfile (its extensions folder too, when it lives inside). */
export function removeProfile(profile) {
  fs.rmSync(profile.tmp, { recursive: true, force: true });
}

function serverEnv(profile, extra) {
  return {
    EXTENSIONS_GALLERY: '{}', // never reach out to a marketplace
    ...process.env,
    ...extra,
    XDG_CONFIG_HOME: path.join(profile.tmp, 'xdg-config'),
    XDG_DATA_HOME: path.join(profile.tmp, 'xdg-data'),
  };
}

function serverMain(codeServerDir) {
  return path.join(codeServerDir, 'lib/vscode/out/server-main.js');
}

/** Installs a .vsix into the profile's extensions folder with the server's own CLI, as a user's `code --install-extension` does. */
export function installExtension(codeServerDir, profile, vsix) {
  const r = spawnSync(
    process.env.CODE_SERVER_NODE || process.execPath,
    [
      serverMain(codeServerDir),
      '--accept-server-license-terms',
      '--server-data-dir', profile.serverDataDir,
      '--user-data-dir', profile.userDataDir,
      '--extensions-dir', profile.extensionsDir,
      '--install-extension', path.resolve(vsix),
      '--force',
    ],
    { env: serverEnv(profile, {}), encoding: 'utf8', timeout: 120_000 },
  );
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0 || !/successfully installed/i.test(out)) {
    throw new Error(`installing ${vsix} failed (exit ${r.status}):\n${out}`);
  }
  return out.trim();
}

/**
 * Starts the VS Code server on 127.0.0.1:`port` and resolves once it listens.
 * Returns `{ authority, url, stop(), output() }`; `stop()` ends the whole process group.
 */
export async function startServer(codeServerDir, profile, { port, extraArgs = [], env = {}, verbose = false, defaultFolder } = {}) {
  const args = [
    serverMain(codeServerDir),
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--enable-smoke-test-driver', // newer VS Code ignores the test paths in the URL without it
    '--disable-telemetry',
    '--disable-workspace-trust',
    '--server-data-dir', profile.serverDataDir,
    '--user-data-dir', profile.userDataDir,
    '--extensions-dir', profile.extensionsDir,
    ...(defaultFolder ? ['--default-folder', defaultFolder] : []),
    ...extraArgs,
  ];
  const child = spawn(process.env.CODE_SERVER_NODE || process.execPath, args, {
    env: serverEnv(profile, env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stop() also ends the extension host and file watcher
  });
  const chunks = [];
  const output = () => chunks.join('');
  child.stdout.on('data', (d) => {
    chunks.push(String(d));
    if (verbose) process.stdout.write(d);
  });
  child.stderr.on('data', (d) => {
    chunks.push(String(d));
    if (verbose) process.stderr.write(d);
  });
  let exited = false;
  const exitPromise = new Promise((resolve) => child.once('exit', (code) => { exited = true; resolve(code); }));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`VS Code server did not start within 90 s:\n${output()}`)), 90_000);
    const check = () => {
      if (/Extension host agent listening on|HTTP server listening on/.test(output())) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    void exitPromise.then((code) => {
      clearTimeout(timer);
      reject(new Error(`VS Code server exited early (${code}):\n${output()}`));
    });
  });
  const authority = `127.0.0.1:${port}`;
  return {
    authority,
    url: `http://${authority}/`,
    child,
    output,
    exited: exitPromise,
    async stop() {
      if (exited) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      const timeout = new Promise((r) => setTimeout(r, 5000));
      await Promise.race([exitPromise, timeout]);
      if (!exited) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
    },
  };
}

/** The workbench address that opens `folder` and loads the extension at `extensionDevelopmentPath` (and its tests). */
export function workbenchUrl(authority, { folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
  const remote = (p) => `vscode-remote://${authority}${path.resolve(p)}`;
  const payload = [['skipWelcome', 'true']];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const query = [];
  if (folder) query.push(`folder=${encodeURIComponent(path.resolve(folder))}`);
  query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `http://${authority}/?${query.join('&')}`;
}

/** Debian's Chromium, headless, through playwright-core (CHROMIUM_PATH overrides the binary). */
export async function launchBrowser() {
  const { chromium } = require('playwright-core');
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}; run scripts/install-vscode-runtime.sh or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      '--disable-crash-reporter', // no crashpad handler left running after the browser closes
      '--disable-breakpad',
    ],
  });
}
