import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { HTML_REPORT_CSP, toHtml } from '../../../src/core/export/html';
import { fixtureInput, HOSTILE_NOTE } from './fixtures';

/** Evaluated in the page, where the DOM exists; the Node test build has no DOM types. */
declare const getComputedStyle: (el: unknown) => { backgroundColor: string; getPropertyValue(name: string): string };

const CHROMIUM = '/usr/bin/chromium';
/** The report is served from this address, so that a relative URL in it would resolve and show up as a request. */
const REPORT_URL = 'http://report.claimlens.invalid/report.html';
const SCREENSHOT = path.resolve(__dirname, '../../../../media/html-report.png');

/** Renders `html` in a fresh page with scripts enabled, recording every request the page attempts. */
async function render(browser: Browser, html: string): Promise<{ page: Page; requests: string[]; dialogs: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled: true, viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // Nothing may leave the page: every request is recorded above and refused here, except the report itself.
  await context.route('**/*', (route) =>
    route.request().url() === REPORT_URL ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort(),
  );
  await page.goto(REPORT_URL, { waitUntil: 'load' });
  return { page, requests, dialogs };
}

describe('HTML report in headless Chromium', function () {
  this.timeout(60000);
  let browser: Browser;
  const html = toHtml(fixtureInput());
  const cspMeta = `<meta http-equiv="Content-Security-Policy" content="${HTML_REPORT_CSP}">`;

  before(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--headless'] });
  });
  after(async () => {
    await browser?.close();
  });

  for (const variant of ['as written', 'with its CSP removed'] as const) {
    it(`attempts no network request and runs no hostile markup (${variant})`, async () => {
      // Without the CSP, escaping alone must keep the page inert and request-free.
      const source = variant === 'as written' ? html : html.replace(cspMeta, '');
      assert.ok(variant === 'as written' ? source.includes(cspMeta) : !source.includes('Content-Security-Policy'));
      const { page, requests, dialogs } = await render(browser, source);
      assert.deepEqual(requests.filter((u) => u !== REPORT_URL), []);
      assert.deepEqual(dialogs, []);
      assert.equal(await page.title(), 'ClaimLens report');
      assert.equal(await page.locator('img, script, iframe, object, embed').count(), 0, 'no element was created from sidecar text');
      const text = await page.locator('body').innerText();
      assert.ok(text.includes(HOSTILE_NOTE), 'the hostile note is shown as text');
      await page.context().close();
    });
  }

  it('the checks catch a report that would load or run hostile markup (the test itself can fail)', async () => {
    const unsafe = html.replace('</main>', `<p>${HOSTILE_NOTE}</p></main>`).replace(cspMeta, '');
    const { page, requests } = await render(browser, unsafe);
    assert.ok(requests.some((u) => u !== REPORT_URL), 'the raw <img> attempted a request');
    assert.equal(await page.title(), 'pwned');
    await page.context().close();
  });

  it('shows every highlight, visible with a non-transparent background', async () => {
    const { page } = await render(browser, html);
    const marks = page.locator('mark.claim');
    const count = await marks.count();
    assert.equal(count, 7, 'one mark per anchored claim in the fixtures (no overlaps there)');
    for (let i = 0; i < count; i++) {
      const mark = marks.nth(i);
      assert.ok(await mark.isVisible(), `mark ${i} visible`);
      const box = await mark.boundingBox();
      assert.ok(box && box.width > 0 && box.height > 0, `mark ${i} has a size`);
      const background = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
      const alpha = /rgba\([^)]*,\s*([\d.]+)\)/.exec(background)?.[1];
      assert.ok(background !== 'transparent' && (alpha === undefined || Number(alpha) > 0), `mark ${i} background ${background}`);
    }
    const legend = await page.locator('.legend').innerText();
    assert.match(legend, /Attributed claim[\s\S]*Unverified statement[\s\S]*unreviewed detection[\s\S]*verified/);
    if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(SCREENSHOT)) {
      await page.setViewportSize({ width: 1000, height: 900 });
      const top = await page.locator('header').boundingBox();
      const text = await page.locator('#a1 .text').boundingBox();
      assert.ok(top && text);
      fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, clip: { x: 0, y: 0, width: 1000, height: Math.ceil(text.y + text.height + 16) } });
    }
    await page.context().close();
  });

  it('prints: the print stylesheet keeps the highlight colours', async () => {
    const { page } = await render(browser, html);
    await page.emulateMedia({ media: 'print' });
    const adjust = await page.locator('mark.claim').first().evaluate((el) => getComputedStyle(el).getPropertyValue('print-color-adjust'));
    assert.equal(adjust, 'exact');
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 1000);
    await page.context().close();
  });
});
