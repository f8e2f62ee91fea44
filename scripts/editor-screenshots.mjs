#!/usr/bin/env node
// Takes the README's pictures of the editor features from a real VS Code (the VS Code server in headless Chromium)
// and checks what the user sees: it fails unless a ClaimLens highlight is rendered in the editor (a decoration
// element with a visible background or underline), a ClaimLens hover opens, and the Claims view lists an article.
//
//   npm run build && npm run compile-tests && node scripts/editor-screenshots.mjs [--out=media] [--check-only]
//
// The workspace is a throwaway copy of examples/ with a sidecar written for newsroom-brief.txt (two reviewed claims),
// so the pictures show pending detections and reviewed claims side by side.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ensureRuntime, freePort, launchBrowser, makeProfile, removeProfile, repoRoot, startServer, workbenchUrl } from './lib/vscodeServer.mjs';

const require = createRequire(import.meta.url);
const args = Object.fromEntries(process.argv.slice(2).map((a) => (a.includes('=') ? a.slice(2).split('=') : [a.slice(2), 'true'])));
const outDir = path.resolve(repoRoot, args.out ?? 'media');
const checkOnly = args['check-only'] === 'true';
const log = (...a) => console.log('[editor-screenshots]', ...a);

for (const built of ['dist/extension.js', 'out/src/core/detect/detector.js']) {
  if (!fs.existsSync(path.join(repoRoot, built))) throw new Error(`${built} is missing: run npm run build && npm run compile-tests first`);
}
const { createDetector } = require(path.join(repoRoot, 'out/src/core/detect/detector.js'));
const { newAnnotation } = require(path.join(repoRoot, 'out/src/core/sidecar/model.js'));
const { serializeSidecar } = require(path.join(repoRoot, 'out/src/core/sidecar/format.js'));

/** A copy of examples/ where the brief's first attributed claim is verified (with a source link) and one hedge disputed. */
function makeWorkspace(tmp) {
  const workspace = path.join(tmp, 'newsroom');
  fs.cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });
  const article = path.join(workspace, 'newsroom-brief.txt');
  const text = fs.readFileSync(article, 'utf8');
  const findings = createDetector({}).detect(text);
  const attributed = findings.find((f) => f.kind === 'attributed' && f.source);
  const unverified = findings.find((f) => f.kind === 'unverified');
  const annotations = [];
  if (attributed) {
    annotations.push(
      newAnnotation(text, {
        kind: 'attributed', start: attributed.start, end: attributed.end, origin: 'detected', status: 'verified',
        cue: attributed.cue?.text, rule: attributed.rule, source: { name: attributed.source.text, url: 'https://example.org/transport-department' },
        note: 'Confirmed with the department by phone.', by: 'A. Editor',
      }),
    );
  }
  if (unverified) {
    annotations.push(
      newAnnotation(text, { kind: 'unverified', start: unverified.start, end: unverified.end, origin: 'detected', status: 'disputed', cue: unverified.cue?.text, rule: unverified.rule, by: 'A. Editor' }),
    );
  }
  fs.writeFileSync(`${article}.claims.yaml`, serializeSidecar({ version: 1, article: 'newsroom-brief.txt', annotations, dismissed: [] }));
  return { workspace, hoverText: attributed ? text.slice(attributed.start, attributed.end).split(/\s+/).slice(1, 3).join(' ') : 'said' };
}

const failures = [];
const check = (ok, what) => {
  log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-shots-'));
const profile = makeProfile({ userSettings: { 'editor.wordWrap': 'on', 'editor.minimap.enabled': false } });
let server;
let browser;
try {
  const { workspace, hoverText } = makeWorkspace(tmp);
  server = await startServer(ensureRuntime(), profile, { port: await freePort() });
  browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(workbenchUrl(server.authority, { folder: workspace, extensionDevelopmentPath: repoRoot }));
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 90_000 });

  // Open the article through Quick Open.
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('newsroom-brief.txt', { delay: 10 });
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'newsroom-brief.txt' }).first().click();
  await page.waitForSelector('.editor-group-container .monaco-editor .view-lines');

  // A highlight is visible: a decoration element (VS Code gives each decoration type a `ced-…` class) painted with
  // a background colour or an underline, in the editor's overlay layer.
  const highlight = page.locator('.editor-group-container .monaco-editor .view-overlays [class*="ced-"]');
  await highlight.first().waitFor({ state: 'attached', timeout: 30_000 });
  // The sidecar loads after the first detections are drawn: wait until a reviewed claim's fill is painted.
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('.editor-group-container .monaco-editor .view-overlays [class*="ced-"]')].some((el) => {
          const bg = getComputedStyle(el).backgroundColor;
          return bg && bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent';
        }),
      undefined,
      { timeout: 30_000 },
    )
    .catch(() => undefined);
  const painted = await highlight.evaluateAll((els) =>
    els
      .map((el) => {
        const s = getComputedStyle(el);
        const background = s.backgroundColor && s.backgroundColor !== 'rgba(0, 0, 0, 0)' && s.backgroundColor !== 'transparent';
        const underline = s.borderBottomStyle !== 'none' && parseFloat(s.borderBottomWidth) > 0;
        const box = el.getBoundingClientRect();
        return { background, underline, visible: box.width > 0 && box.height > 0, colour: s.backgroundColor };
      })
      .filter((x) => x.visible && (x.background || x.underline)),
  );
  check(painted.some((p) => p.background), `a reviewed claim is painted with a background (${painted.filter((p) => p.background).length} elements, e.g. ${painted.find((p) => p.background)?.colour})`);
  check(painted.some((p) => p.underline && !p.background), `a pending detection is underlined (${painted.filter((p) => p.underline && !p.background).length} elements)`);
  const gutter = await page.locator('.editor-group-container .monaco-editor .glyph-margin-widgets [class*="ced-"], .editor-group-container .monaco-editor .margin-view-overlays [class*="ced-"]').count();
  check(gutter > 0, `status icons are in the gutter (${gutter})`);
  const status = await page.locator('.statusbar-item', { hasText: 'attributed ·' }).count();
  check(status > 0, 'the status bar shows the article’s counts');
  await page.mouse.move(5, 5);
  await page.waitForTimeout(500);
  if (!checkOnly) await page.screenshot({ path: path.join(outDir, 'screenshot-decorations.png') });

  // A hover over the verified claim.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+F');
  await page.keyboard.type(hoverText, { delay: 10 });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content', { hasText: 'ClaimLens' }).first();
  await hover.waitFor({ state: 'visible', timeout: 20_000 });
  check(await hover.isVisible(), 'the ClaimLens hover opens over a claim');
  await page.waitForTimeout(500);
  if (!checkOnly) await page.screenshot({ path: path.join(outDir, 'screenshot-hover.png') });
  await page.keyboard.press('Escape');

  // The Claims view, with the article expanded.
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('ClaimLens: Focus on Claims View', { delay: 10 });
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Focus on Claims View' }).first().click();
  // Widen the side bar so that the claims' descriptions (kind, status, source) fit: the editor has the focus here,
  // so shrinking the current view widens the side bar.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type('View: Decrease Current View Size', { delay: 5 });
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Decrease Current View Size' }).first().click();
  }
  const articleRow = page.locator('.pane-body .monaco-list-row', { hasText: 'newsroom-brief.txt' }).first();
  await articleRow.waitFor({ state: 'visible', timeout: 60_000 });
  await articleRow.click();
  await page.locator('.pane-body .monaco-list-row', { hasText: /Verified/ }).first().waitFor({ state: 'visible', timeout: 20_000 });
  check(true, 'the Claims view lists the article and its claims');
  await page.waitForTimeout(500);
  if (!checkOnly) await page.screenshot({ path: path.join(outDir, 'screenshot-claims-view.png') });
} catch (err) {
  failures.push(String(err?.message ?? err));
  console.error('[editor-screenshots] error:', err);
} finally {
  try {
    await browser?.close();
  } catch {
    /* already closed */
  }
  await server?.stop();
  removeProfile(profile);
  fs.rmSync(tmp, { recursive: true, force: true });
}
if (failures.length) {
  log(`${failures.length} check(s) failed`);
  process.exit(1);
}
log(checkOnly ? 'all checks passed' : `all checks passed; screenshots in ${path.relative(repoRoot, outDir)}/`);
