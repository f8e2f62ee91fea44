#!/usr/bin/env node
// Runs a real VS Code for ClaimLens without a desktop: the VS Code server from the npm package code-server (a real
// workbench and a remote Node extension host), opened in Debian's headless Chromium through playwright-core.
// Loopback only. The runtime installs itself on first use (scripts/install-vscode-runtime.sh).
//
// Test mode (what @vscode/test-electron's runTests starts through scripts/code-server-shim):
//   node scripts/code-server-test.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [FOLDER | --folder=DIR]
//     Loads the extension at DIR as under development and runs the test entry FILE (exports run()) in its extension
//     host. Exits with the tests' exit code (0 = all passed), 124 on timeout.
//
// Screenshot mode (no --extensionTestsPath): open the workbench, act on it, save a PNG, exit.
//   node scripts/code-server-test.mjs --extensionDevelopmentPath=. --folder=examples \
//     --open=newsroom-brief.txt --command="ClaimLens: Rescan" --hover="according to" --screenshot=media/shot.png
//   --open=PATH        open this file (relative to the folder) through Quick Open, and wait for its editor
//   --command=TITLE    run this command from the palette (F1), e.g. "ClaimLens: Toggle Highlights"
//   --hover=TEXT       select the first TEXT in the editor (find widget), rest the mouse on it, wait for the hover
//   --expect=TEXT      wait until TEXT is visible anywhere in the workbench (fails after 30 s)
//   --settle=MS        wait this long before the screenshot (default 2000)
//   --viewport=WxH     browser size (default 1280x800)
//   --screenshot=PNG   where to save the picture (in test mode: taken when the tests end)
//   --url=URL          look at a workbench that is already served (e.g. by `npm start`) instead of starting one
//
// Both modes (test mode without --extensionDevelopmentPath develops an empty extension, so that only installed
// extensions are under test):
//   --extensionsDir=DIR | --extensions-dir=DIR   use this extensions folder (default: a fresh temp folder)
//   --install-extension=VSIX                      install a packaged extension into it first (repeatable)
//   --timeout=SEC                                 give up after SEC seconds (default 600)
//   --disable-extensions                          passed to the server (an empty extensions folder is the default anyway)
// Accepted and ignored, because runTests passes them for desktop VS Code: --no-sandbox --disable-gpu-sandbox
//   --disable-updates --skip-welcome --skip-release-notes --disable-workspace-trust --user-data-dir=… (every run gets a
//   fresh temp profile).
// The environment is passed on to the server, so the extension host sees it (runTests' extensionTestsEnv works).
// env: CODE_SERVER_DIR (a code-server package folder), CLAIMLENS_RUNTIME_DIR (the runtime cache, default
//   .vscode-test/runtime), CODE_SERVER_NODE (node binary for the server), CHROMIUM_PATH (default /usr/bin/chromium),
//   CLAIMLENS_VSCODE_VERBOSE=1 (echo server and browser output).
import fs from 'node:fs';
import path from 'node:path';
import {
  ensureRuntime,
  freePort,
  installExtension,
  launchBrowser,
  makeProfile,
  removeProfile,
  startServer,
  workbenchUrl,
} from './lib/vscodeServer.mjs';

const argv = process.argv.slice(2);
const flags = new Map();
const positional = [];
for (const a of argv) {
  if (!a.startsWith('--')) {
    positional.push(a);
    continue;
  }
  const i = a.indexOf('=');
  const [k, v] = i < 0 ? [a.slice(2), 'true'] : [a.slice(2, i), a.slice(i + 1)];
  flags.set(k, [...(flags.get(k) ?? []), v]);
}
const flag = (...names) => names.map((n) => flags.get(n)?.[0]).find((v) => v !== undefined);
const verbose = !!process.env.CLAIMLENS_VSCODE_VERBOSE;
const log = (...a) => console.log('[code-server-test]', ...a);

let extDev = flag('extensionDevelopmentPath') && path.resolve(flag('extensionDevelopmentPath'));
const extTests = flag('extensionTestsPath') && path.resolve(flag('extensionTestsPath'));
const folder = path.resolve(flag('folder') ?? positional[0] ?? process.cwd());
const timeoutMs = Number(flag('timeout') ?? 600) * 1000;
const screenshot = flag('screenshot') && path.resolve(flag('screenshot'));
const [vw, vh] = (flag('viewport') ?? '1280x800').split('x').map(Number);
const vsixes = flags.get('install-extension') ?? [];

// --url attaches to a workbench that is already served (e.g. by `npm start`) instead of starting a server.
const attachUrl = flag('url');
if (attachUrl && extTests) {
  console.error('[code-server-test] --url cannot run tests; it only looks at a running workbench');
  process.exit(2);
}
const codeServerDir = attachUrl ? undefined : ensureRuntime();
// Screenshots wrap long lines so that a whole paragraph of an article is in the picture.
const profile = attachUrl ? undefined : makeProfile({
  extensionsDir: flag('extensionsDir', 'extensions-dir'),
  userSettings: extTests ? {} : { 'editor.wordWrap': 'on', 'editor.minimap.enabled': false },
});
let server;
let browser;
let page;
let exiting = false;

async function finish(code) {
  if (exiting) return;
  exiting = true;
  clearTimeout(timer);
  setTimeout(() => process.exit(code), 15_000).unref(); // never hang on a browser or server that will not close
  try {
    await browser?.close();
  } catch {
    /* already closed */
  }
  await server?.stop();
  if (profile) removeProfile(profile);
  log(`exit code ${code}`);
  process.exit(code);
}
process.on('SIGINT', () => void finish(130));
process.on('SIGTERM', () => void finish(143));
const timer = setTimeout(() => {
  log(`timed out after ${timeoutMs / 1000} s`);
  void finish(124);
}, timeoutMs);

async function saveScreenshot(file) {
  try {
    await page.screenshot({ path: file });
    log(`screenshot saved: ${file}`);
  } catch (err) {
    log(`screenshot failed: ${err.message}`);
  }
}

// Workbench chatter that the smoke-test driver forwards along with the tests' output; shown only when verbose.
const noise = [
  /^Resolv(ed|ing) connection token/,
  /^Creating a socket/,
  /^Ignoring fetching additional builtin extensions/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
  /^Creation of workbench contribution/,
  /^Extension host \(Remote\) is (un)?responsive/,
];
function isWorkbenchNoise(logArgs) {
  const first = typeof logArgs?.[0] === 'string' ? logArgs[0] : '';
  return noise.some((re) => re.test(first));
}

/** Types into the open quick input and presses Enter once a row matching `match` is listed. */
async function pickInQuickInput(text, match) {
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 30_000 });
  await page.keyboard.type(text, { delay: 10 });
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: match }).first();
  await row.waitFor({ state: 'visible', timeout: 30_000 });
  await row.click();
}

async function openFile(relative) {
  await page.locator('.monaco-workbench').click({ position: { x: 600, y: 400 } }).catch(() => undefined);
  await page.keyboard.press('Control+P');
  await pickInQuickInput(relative, path.basename(relative));
  await page
    .locator('.tabs-container .tab.active', { hasText: path.basename(relative) })
    .waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForSelector('.editor-group-container .monaco-editor .view-lines', { timeout: 30_000 });
  log(`opened ${relative}`);
}

async function runPaletteCommand(title) {
  await page.keyboard.press('F1');
  await pickInQuickInput(title, title);
  log(`ran command: ${title}`);
}

async function hoverText(text) {
  const editor = page.locator('.editor-group-container .monaco-editor').first();
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+F');
  await page.waitForSelector('.find-widget.visible textarea, .find-widget.visible input', { timeout: 15_000 });
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text, { delay: 10 });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape'); // closes the find widget; the match stays selected
  const selection = editor.locator('.selected-text').first();
  await selection.waitFor({ state: 'visible', timeout: 15_000 });
  const box = await selection.boundingBox();
  if (!box) throw new Error(`could not locate "${text}" in the editor`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
  try {
    await hover.waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    // A mouse hover can miss on a slow machine; ask for the hover at the cursor instead.
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    await hover.waitFor({ state: 'visible', timeout: 15_000 });
  }
  log(`hover shown over: ${text}`);
}

async function startOwnServer() {
  for (const vsix of vsixes) log(installExtension(codeServerDir, profile, vsix));
  if (extTests && !extDev) {
    // VS Code runs extension tests only in extension development mode. To test installed extensions alone,
    // develop an empty extension that contributes nothing.
    extDev = path.join(profile.tmp, 'test-host');
    fs.mkdirSync(extDev, { recursive: true });
    const manifest = { name: 'test-host', publisher: 'claimlens-test', version: '0.0.0', engines: { vscode: '*' } };
    fs.writeFileSync(path.join(extDev, 'package.json'), JSON.stringify(manifest));
  }
  const port = await freePort();
  server = await startServer(codeServerDir, profile, {
    port,
    verbose,
    extraArgs: flags.has('disable-extensions') ? ['--disable-extensions'] : [],
  });
  void server.exited.then((code) => {
    if (!exiting) {
      log(`VS Code server exited early (${code})\n${server.output()}`);
      void finish(1);
    }
  });
  log(`VS Code server up on ${server.url}`);
  return workbenchUrl(server.authority, { folder, extensionDevelopmentPath: extDev, extensionTestsPath: extTests });
}

try {
  const url = attachUrl ?? (await startOwnServer());
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: vw, height: vh } });
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  page.on('console', (m) => {
    if (verbose) console.log(`[browser ${m.type()}]`, m.text());
  });
  // The workbench's smoke-test driver reports the tests' output and exit code through these two functions.
  await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
    if (!verbose && isWorkbenchNoise(logArgs)) return;
    (console[type] || console.log)(...logArgs);
  });
  await page.exposeFunction('codeAutomationExit', async (code) => {
    if (screenshot) await saveScreenshot(screenshot);
    await finish(code);
  });

  if (verbose) log('opening', url);
  await page.goto(url);

  if (!extTests) {
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 90_000 });
    if (flag('open')) await openFile(flag('open'));
    if (flag('command')) await runPaletteCommand(flag('command'));
    if (flag('hover')) await hoverText(flag('hover'));
    if (flag('expect')) {
      await page.getByText(flag('expect')).first().waitFor({ state: 'visible', timeout: 30_000 });
      log(`found text: ${flag('expect')}`);
    }
    await page.waitForTimeout(Number(flag('settle') ?? 2000));
    if (screenshot) await saveScreenshot(screenshot);
    await finish(0);
  }
} catch (err) {
  console.error('[code-server-test] error:', err);
  if (page && screenshot) await saveScreenshot(screenshot.replace(/\.png$/, '') + '.error.png');
  await finish(1);
}
