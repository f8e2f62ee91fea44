import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Annotation, SidecarData } from '../../../src/core/annotations';
import { serializeSidecar } from '../../../src/core/sidecar/format';
import type { ExportResult } from '../../../src/extension/exportCommand';
import { activeExtension, workspaceUri } from '../helpers';

const STORY = 'The port authority said the new quay will open in June.\nResidents reportedly oppose the plan.\n';
const HOSTILE = '<script>alert(1)</script>';

function annotation(id: string, kind: Annotation['kind'], status: Annotation['status'], quote: string, extra: Partial<Annotation> = {}): Annotation {
  const start = STORY.indexOf(quote);
  const end = start + quote.length;
  return {
    id, kind, status, origin: 'manual', created: '2026-03-01T10:00:00.000Z', updated: '2026-03-01T10:00:00.000Z',
    anchor: { quote, prefix: STORY.slice(Math.max(0, start - 32), start), suffix: STORY.slice(end, end + 32), start, end },
    ...extra,
  };
}

async function write(relative: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(relative);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** The file's text; a BOM is kept as U+FEFF so tests can see it. */
async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(uri));
}

describe('ClaimLens: Export…', () => {
  let story: vscode.Uri;

  before(async () => {
    const data: SidecarData = {
      version: 1,
      article: 'story.txt',
      annotations: [
        annotation('ex-quay', 'attributed', 'verified', 'The port authority said the new quay will open in June.', { source: { name: 'Port authority', url: 'https://port.example/news' }, cue: 'said' }),
        annotation('ex-residents', 'unverified', 'false', 'Residents reportedly oppose the plan.', { note: HOSTILE }),
      ],
      dismissed: [],
    };
    story = await write('export-fixture/story.txt', STORY);
    await write('export-fixture/story.txt.claims.yaml', serializeSidecar(data));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(story));
    await activeExtension();
  });

  after(async () => {
    // Leave the shared test workspace as we found it: later suites count its articles.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const folder of ['export-fixture', 'exports']) {
      await vscode.workspace.fs.delete(workspaceUri(folder), { recursive: true, useTrash: false });
    }
  });

  it('exports a single article to CSV', async () => {
    const out = workspaceUri('exports/story.csv');
    const result = await vscode.commands.executeCommand<ExportResult>('claimlens.export', {
      format: 'csv', scope: 'article', uri: story, includeUnreviewed: 'omit', out,
    });
    assert.ok(result, 'the command returned what it wrote');
    assert.equal(result.uri.toString(), out.toString());
    assert.equal(result.articles, 1);
    const csv = await read(out);
    assert.equal(csv.charCodeAt(0), 0xfeff, 'UTF-8 BOM');
    const lines = csv.slice(1).split('\r\n').filter((l) => l !== '');
    assert.equal(lines[0], 'article,kind,status,quote,cue,source name,source url,note,line,column,id');
    assert.deepEqual(lines.slice(1), [
      'export-fixture/story.txt,attributed,verified,The port authority said the new quay will open in June.,said,Port authority,https://port.example/news,,1,1,ex-quay',
      `export-fixture/story.txt,unverified,false,Residents reportedly oppose the plan.,,,,${HOSTILE},2,1,ex-residents`,
    ]);
  });

  it('exports the open article with its unsaved edits, re-anchored', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(story));
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Breaking: '));
    try {
      const out = workspaceUri('exports/story.jsonld');
      await vscode.commands.executeCommand<ExportResult>('claimlens.export', { format: 'webannotation', scope: 'article', uri: story, includeUnreviewed: 'omit', out });
      const doc = JSON.parse(await read(out));
      const quay = doc.first.items.find((a: any) => a.id.endsWith(':ex-quay'));
      assert.deepEqual(quay.target.selector.find((s: any) => s.type === 'TextPositionSelector'), { type: 'TextPositionSelector', start: 10, end: 65 });
      assert.equal(quay.target.source, story.toString());
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('exports every article in the workspace to Markdown and HTML', async () => {
    const md = workspaceUri('exports/all.md');
    const result = await vscode.commands.executeCommand<ExportResult>('claimlens.export', { format: 'md', scope: 'workspace', includeUnreviewed: 'marked', out: md });
    assert.ok(result && result.articles >= 4, `articles exported: ${result?.articles}`);
    const report = await read(md);
    for (const name of ['clinic-funding.md', 'council-vote.txt', 'newsroom-brief.txt', 'export-fixture/story.txt']) {
      assert.match(report, new RegExp(`^## ${name.replace(/[.-]/g, '\\$&')}$`, 'm'), `${name} has a section`);
    }
    assert.match(report, /\*\*unreviewed detection\*\*/, 'the examples have detections nobody reviewed');
    assert.ok(report.includes('&lt;script&gt;alert(1)&lt;/script&gt;') && !report.includes(HOSTILE), 'the hostile note is escaped');

    const html = workspaceUri('exports/all.html');
    await vscode.commands.executeCommand<ExportResult>('claimlens.export', { format: 'html', scope: 'workspace', includeUnreviewed: 'omit', out: html });
    const page = await read(html);
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    assert.match(page, /<mark class="claim k-attributed s-verified"/);
    assert.ok(!page.includes(HOSTILE));
  });

  it('walks a user through the prompts: format, scope, unreviewed detections, save dialog', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(story));
    let settled = false;
    const running = Promise.resolve(vscode.commands.executeCommand<ExportResult | undefined>('claimlens.export')).finally(() => {
      settled = true;
    });
    // Each prompt is a quick input: accept what it proposes (the first item, then the proposed file), as Enter would.
    // No event announces a quick input, so this polls like the helpers' waitFor.
    const deadline = Date.now() + 30_000;
    while (!settled && Date.now() < deadline) {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const result = await running;
    assert.ok(result, 'the export completed');
    assert.equal(result.format, 'md', 'the first format offered');
    assert.equal(result.uri.toString(), workspaceUri('export-fixture/story-claims.md').toString(), 'the proposed file beside the article');
    const report = await read(result.uri);
    assert.match(report, /^## export-fixture\/story\.txt$/m, 'scope: this article');
    assert.doesNotMatch(report, /^## newsroom-brief\.txt$/m);
    assert.match(report, /unreviewed detections included/, 'the setting default (marked) is offered first');
  });

  it('refuses to export when a sidecar is malformed, and leaves it untouched', async () => {
    const broken = 'version: 1\nannotations: [\n';
    const article = await write('export-broken/broken.txt', 'Officials reportedly agreed.\n');
    const sidecar = await write('export-broken/broken.txt.claims.yaml', broken);
    const out = workspaceUri('exports/broken.md');
    try {
      await assert.rejects(
        Promise.resolve(vscode.commands.executeCommand('claimlens.export', { format: 'md', scope: 'article', uri: article, includeUnreviewed: 'omit', out })),
        /malformed/,
      );
      assert.equal(await read(sidecar), broken);
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(out)), 'no report was written');
    } finally {
      await vscode.workspace.fs.delete(workspaceUri('export-broken'), { recursive: true });
    }
  });
});
