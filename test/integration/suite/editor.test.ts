/**
 * The editor experience in a real VS Code: decorations read back through the API, hovers (a hostile note
 * included), every command and its effect on the sidecar on disk, code actions, diagnostics, the status bar and
 * the Claims view. Each group writes its own article into the throwaway workspace, so groups do not interfere.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../../src/extension';
import type { SidecarData } from '../../../src/core/annotations';
import { parseSidecar, serializeSidecar } from '../../../src/core/sidecar/format';
import { createAnchor } from '../../../src/core/anchor/anchor';
import { activeExtension, waitFor, workspaceUri } from '../helpers';

const ARTICLE = [
  'Bridge repairs',
  '',
  '"We will rebuild the bridge by spring," said Mara Lindqvist, the city\'s chief engineer.',
  '',
  'The closure has reportedly cost hauliers two million euros.',
  '',
  'Prices may rise next year.',
  '',
].join('\n');

const QUOTE_SENTENCE = '"We will rebuild the bridge by spring," said Mara Lindqvist, the city\'s chief engineer.';
const HEDGED_SENTENCE = 'The closure has reportedly cost hauliers two million euros.';

let api: ClaimLensApi;

/** Writes an article (and optionally its sidecar) into the workspace and returns the article's uri. */
function writeArticle(name: string, text = ARTICLE, sidecar?: SidecarData): vscode.Uri {
  const uri = workspaceUri(`editor-tests/${name}`);
  fs.mkdirSync(vscode.Uri.joinPath(uri, '..').fsPath, { recursive: true });
  fs.writeFileSync(uri.fsPath, text);
  if (sidecar) fs.writeFileSync(`${uri.fsPath}.claims.yaml`, serializeSidecar(sidecar));
  return uri;
}

/** The sidecar on disk, parsed. */
function sidecarOnDisk(uri: vscode.Uri): SidecarData {
  const parsed = parseSidecar(fs.readFileSync(`${uri.fsPath}.claims.yaml`, 'utf8'));
  assert.ok(parsed.ok, `the sidecar parses: ${parsed.ok ? '' : parsed.error.message}`);
  return parsed.data;
}

/** Resolves with the decorations once `test` accepts them (checked now, then after each decoration update). */
function decorationsWhere(uri: vscode.Uri, test: (d: Record<string, vscode.Range[]>) => boolean, what: string): Promise<Record<string, vscode.Range[]>> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const d = api.decorationsFor(uri);
      if (!test(d)) return false;
      sub.dispose();
      clearTimeout(timer);
      resolve(d);
      return true;
    };
    const sub = api.onDidUpdateDecorations((u) => u.toString() === uri.toString() && check());
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for decorations: ${what}; last: ${JSON.stringify(api.decorationsFor(uri))}`));
    }, 30_000);
    check();
  });
}

/** Resolves once the article's review snapshot satisfies `test` (checked now, then after each review change). */
async function reviewWhere(uri: vscode.Uri, test: (s: NonNullable<Awaited<ReturnType<ClaimLensApi['review']>>>) => boolean, what: string) {
  const current = await api.review(uri);
  if (current && test(current)) return current;
  return new Promise<NonNullable<typeof current>>((resolve, reject) => {
    const sub = api.onDidChangeReview(async (u) => {
      if (u.toString() !== uri.toString()) return;
      const s = await api.review(uri);
      if (s && test(s)) {
        sub.dispose();
        clearTimeout(timer);
        resolve(s);
      }
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, 30_000);
  });
}

async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

function textOf(doc: vscode.TextDocument, ranges: vscode.Range[] | undefined): string[] {
  return (ranges ?? []).map((r) => doc.getText(r));
}

function rangeOfText(doc: vscode.TextDocument, text: string): { start: number; end: number } {
  const start = doc.getText().indexOf(text);
  assert.ok(start >= 0, `"${text}" is in the article`);
  return { start, end: start + text.length };
}

async function hoverValues(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  const contents = hovers.flatMap((h) => h.contents);
  for (const c of contents) {
    // Where the trust survives the trip from the provider, it must name commands, never trust everything.
    if (c instanceof vscode.MarkdownString && c.isTrusted !== undefined) {
      assert.notEqual(c.isTrusted, true, 'a hover is never fully trusted');
      if (typeof c.isTrusted === 'object') assert.ok(c.isTrusted.enabledCommands.every((id) => id.startsWith('claimlens.')));
      assert.notEqual(c.supportHtml, true, 'a hover renders no HTML');
    }
  }
  return contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''));
}

describe('editor experience', function () {
  this.timeout(60_000);

  before(async () => {
    // Opening any article activates the extension through its onLanguage:plaintext event.
    await open(writeArticle('warmup.txt'));
    api = (await activeExtension()).exports;
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('decorates detections by kind, marks cue and source, and hides modal hedges by default', async () => {
    const uri = writeArticle('decorations.txt');
    const editor = await open(uri);
    const d = await decorationsWhere(uri, (x) => !!x['pending.attributed'] && !!x['pending.unverified'], 'pending detections');
    const doc = editor.document;
    assert.deepEqual(textOf(doc, d['pending.attributed']), [QUOTE_SENTENCE]);
    assert.deepEqual(textOf(doc, d['pending.unverified']), [HEDGED_SENTENCE]);
    assert.deepEqual(textOf(doc, d['cue']).sort(), ['reportedly', 'said']);
    assert.deepEqual(textOf(doc, d['source']), ['Mara Lindqvist, the city\'s chief engineer']);
    const all = Object.values(d).flat().map((r) => doc.getText(r));
    assert.ok(!all.some((t) => t.includes('Prices may rise')), 'the modal hedge is not highlighted');
    assert.deepEqual(api.findings(uri)?.map((f) => f.kind), ['attributed', 'unverified']);
  });

  it('follows edits: a new hedged sentence is decorated after typing it', async () => {
    const uri = writeArticle('typing.txt');
    const editor = await open(uri);
    await decorationsWhere(uri, (x) => (x['pending.unverified'] ?? []).length === 1, 'one unverified statement');
    const end = editor.document.positionAt(editor.document.getText().length);
    await editor.edit((b) => b.insert(end, '\nThe mayor allegedly knew about the cracks.\n'));
    const d = await decorationsWhere(uri, (x) => (x['pending.unverified'] ?? []).length === 2, 'two unverified statements');
    assert.ok(textOf(editor.document, d['pending.unverified']).includes('The mayor allegedly knew about the cracks.'));
  });

  it('stops decorating a document whose language changes to one that is not an article', async () => {
    const uri = writeArticle('language.txt');
    const editor = await open(uri);
    await decorationsWhere(uri, (x) => !!x['pending.attributed'], 'highlights');
    await vscode.languages.setTextDocumentLanguage(editor.document, 'json');
    await decorationsWhere(uri, (x) => Object.keys(x).length === 0, 'no highlights in a JSON document');
    await vscode.languages.setTextDocumentLanguage(vscode.window.activeTextEditor!.document, 'markdown');
    await decorationsWhere(uri, (x) => !!x['pending.attributed'], 'highlights again as Markdown');
  });

  it('hovers explain a detection and offer only the extension’s own commands', async () => {
    const uri = writeArticle('hover.txt');
    const editor = await open(uri);
    await decorationsWhere(uri, (x) => !!x['pending.attributed'], 'the attributed claim');
    const at = editor.document.positionAt(editor.document.getText().indexOf('rebuild'));
    const [value] = await hoverValues(uri, at);
    assert.match(value, /Attributed claim/);
    assert.match(value, /the cue “said”/);
    // The rule id reads as written: plain escaped text, not a code span where escapes would show as backslashes.
    assert.match(value, /\(rule attributed\.[a-z-]+, [a-z-]+\)/);
    assert.match(value, /Mara Lindqvist/);
    const links = [...value.matchAll(/\]\(command:([\w.]+)\?/g)].map((m) => m[1]);
    assert.deepEqual(links, ['claimlens.acceptDetection', 'claimlens.dismissDetection', 'claimlens.setSource', 'claimlens.setStatus', 'claimlens.editNote']);
    // The encoded arguments name this article and the detection's range.
    const args = JSON.parse(decodeURIComponent(value.match(/command:claimlens\.acceptDetection\?([^)]+)\)/)![1]));
    assert.deepEqual(args, [{ uri: uri.toString(), ...rangeOfText(editor.document, QUOTE_SENTENCE), kind: 'attributed' }]);
  });

  it('renders a hostile note and source from the sidecar as inert text', async () => {
    const uri = writeArticle('hostile.txt');
    const editor = await open(uri);
    await decorationsWhere(uri, (x) => !!x['pending.attributed'], 'the attributed claim');
    const hostile = '[click me](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> <b>bold</b> ![i](https://evil.example/x.png)';
    const target = { uri: uri.toString(), ...rangeOfText(editor.document, QUOTE_SENTENCE), kind: 'attributed' };
    const id = await vscode.commands.executeCommand<string>('claimlens.editNote', { ...target, note: hostile });
    assert.ok(id, 'the note was recorded on a new annotation');
    await vscode.commands.executeCommand('claimlens.setSource', { uri: uri.toString(), id, source: { name: '[evil](command:claimlens.removeAnnotation)', url: 'javascript:alert(1)' } });
    await decorationsWhere(uri, (x) => !!x['annotation.attributed.unchecked'], 'the annotation');
    const at = editor.document.positionAt(editor.document.getText().indexOf('rebuild'));
    const values = await hoverValues(uri, at);
    const value = values.find((v) => v.includes('Note:'));
    assert.ok(value, `a hover shows the note: ${JSON.stringify(values)}`);
    // Escaped brackets (`\[`, `\]`) cannot open or close a link; an unescaped `](` before a target would.
    assert.ok(!/(?<!\\)\]\(command:workbench/.test(value), `no link to a foreign command: ${value}`);
    assert.ok(!/(?<!\\)\]\(command:claimlens\.removeAnnotation/.test(value), 'no link forged from the source name');
    assert.ok(!/(?<!\\)\]\(javascript:/.test(value), 'no javascript: link');
    assert.ok(!/<img|<b>/.test(value), 'no raw HTML');
    assert.ok(!value.includes('![i'), 'no image');
    assert.match(value, /&lt;img src=x onerror=alert\(1\)&gt;/, 'the HTML is shown as text');
    assert.match(value, /\\\[click me\\\]/, 'the link brackets are escaped');
    const links = [...value.matchAll(/\]\(command:([\w.]+)\?/g)].map((m) => m[1]);
    assert.deepEqual(links, ['claimlens.setStatus', 'claimlens.setSource', 'claimlens.editNote']);
  });

  it('accepts, sets status, source and note, and removes, writing each change to the sidecar on disk', async () => {
    const uri = writeArticle('commands.txt');
    const editor = await open(uri);
    await decorationsWhere(uri, (x) => !!x['pending.attributed'], 'the attributed claim');
    const claim = { uri: uri.toString(), ...rangeOfText(editor.document, QUOTE_SENTENCE), kind: 'attributed' };

    const id = await vscode.commands.executeCommand<string>('claimlens.acceptDetection', claim);
    let onDisk = sidecarOnDisk(uri).annotations;
    assert.equal(onDisk.length, 1);
    assert.deepEqual([onDisk[0].id, onDisk[0].kind, onDisk[0].status, onDisk[0].origin, onDisk[0].anchor.quote], [id, 'attributed', 'unchecked', 'detected', QUOTE_SENTENCE]);
    assert.equal(onDisk[0].cue, 'said');

    await vscode.commands.executeCommand('claimlens.setStatus', { uri: uri.toString(), id, status: 'verified' });
    await vscode.commands.executeCommand('claimlens.setSource', { uri: uri.toString(), id, source: { name: 'City transport department', url: 'https://example.org/bridge' } });
    await vscode.commands.executeCommand('claimlens.editNote', { uri: uri.toString(), id, note: 'Confirmed by phone.' });
    onDisk = sidecarOnDisk(uri).annotations;
    assert.equal(onDisk[0].status, 'verified');
    assert.deepEqual(onDisk[0].source, { name: 'City transport department', url: 'https://example.org/bridge' });
    assert.equal(onDisk[0].note, 'Confirmed by phone.');

    const d = await decorationsWhere(uri, (x) => !!x['annotation.attributed.verified'], 'the verified claim');
    assert.deepEqual(textOf(editor.document, d['annotation.attributed.verified']), [QUOTE_SENTENCE]);
    assert.equal(d['pending.attributed'], undefined, 'the accepted detection is no longer pending');
    const at = editor.document.positionAt(editor.document.getText().indexOf('rebuild'));
    const value = (await hoverValues(uri, at)).join('\n');
    assert.match(value, /verified/);
    assert.match(value, /\[City transport department\]\(https:\/\/example\.org\/bridge\)/, 'the source links to its URL');
    assert.match(value, /Confirmed by phone\./);

    await vscode.commands.executeCommand('claimlens.removeAnnotation', { uri: uri.toString(), id });
    assert.deepEqual(sidecarOnDisk(uri).annotations, []);
    await decorationsWhere(uri, (x) => !!x['pending.attributed'], 'the detection pending again');
  });

  it('dismisses a detection into the sidecar and stops highlighting it', async () => {
    const uri = writeArticle('dismiss.txt');
    const editor = await open(uri);
    await decorationsWhere(uri, (x) => !!x['pending.unverified'], 'the unverified statement');
    // No arguments: the command acts on the detection under the cursor.
    const at = editor.document.positionAt(editor.document.getText().indexOf('reportedly'));
    editor.selection = new vscode.Selection(at, at);
    const id = await vscode.commands.executeCommand<string>('claimlens.dismissDetection');
    assert.ok(id);
    const dismissed = sidecarOnDisk(uri).dismissed;
    assert.deepEqual(dismissed.map((x) => [x.id, x.kind, x.anchor.quote]), [[id, 'unverified', HEDGED_SENTENCE]]);
    await decorationsWhere(uri, (x) => !x['pending.unverified'] && !!x['pending.attributed'], 'the dismissed detection gone');
  });

  it('marks a selection as a claim of either kind (the manual path)', async () => {
    const uri = writeArticle('mark.txt');
    const editor = await open(uri);
    await decorationsWhere(uri, (x) => !!x['pending.attributed'], 'detections');
    const { start, end } = rangeOfText(editor.document, 'Prices may rise next year.');
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(end));
    const id = await vscode.commands.executeCommand<string>('claimlens.markUnverified');
    const title = rangeOfText(editor.document, 'Bridge repairs');
    const id2 = await vscode.commands.executeCommand<string>('claimlens.markAttributed', { uri: uri.toString(), ...title });
    const onDisk = sidecarOnDisk(uri).annotations;
    assert.deepEqual(
      onDisk.map((a) => [a.id, a.kind, a.origin, a.anchor.quote]).sort(),
      [[id, 'unverified', 'manual', 'Prices may rise next year.'], [id2, 'attributed', 'manual', 'Bridge repairs']].sort(),
    );
    const d = await decorationsWhere(uri, (x) => !!x['annotation.unverified.unchecked'] && !!x['annotation.attributed.unchecked'], 'the marked claims');
    assert.deepEqual(textOf(editor.document, d['annotation.unverified.unchecked']), ['Prices may rise next year.']);
  });

  it('moves between claims with Next Claim and Previous Claim, wrapping around', async () => {
    const uri = writeArticle('navigate.txt');
    const editor = await open(uri);
    await decorationsWhere(uri, (x) => !!x['pending.unverified'], 'detections');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const doc = editor.document;
    await vscode.commands.executeCommand('claimlens.nextClaim');
    assert.equal(doc.getText(editor.selection), QUOTE_SENTENCE);
    await vscode.commands.executeCommand('claimlens.nextClaim');
    assert.equal(doc.getText(editor.selection), HEDGED_SENTENCE);
    await vscode.commands.executeCommand('claimlens.nextClaim');
    assert.equal(doc.getText(editor.selection), QUOTE_SENTENCE, 'wraps to the first claim');
    await vscode.commands.executeCommand('claimlens.previousClaim');
    assert.equal(doc.getText(editor.selection), HEDGED_SENTENCE, 'wraps to the last claim');
  });

  it('toggles every highlight off and on', async () => {
    const uri = writeArticle('toggle.txt');
    await open(uri);
    await decorationsWhere(uri, (x) => Object.keys(x).length > 0, 'highlights');
    assert.equal(await vscode.commands.executeCommand('claimlens.toggleHighlights'), false);
    await decorationsWhere(uri, (x) => Object.keys(x).length === 0, 'no highlights');
    assert.equal(api.highlightsEnabled(), false);
    assert.equal(await vscode.commands.executeCommand('claimlens.toggleHighlights'), true);
    await decorationsWhere(uri, (x) => !!x['pending.attributed'], 'highlights back');
  });

  it('rebuilds its decoration types on a colour theme change and decorates again', async () => {
    const uri = writeArticle('theme.txt');
    await open(uri);
    await decorationsWhere(uri, (x) => !!x['pending.attributed'], 'highlights');
    const workbench = vscode.workspace.getConfiguration('workbench');
    const before = workbench.get<string>('colorTheme');
    const redrawn = new Promise<void>((resolve) => {
      const sub = api.onDidUpdateDecorations((u) => {
        if (u.toString() !== uri.toString()) return;
        sub.dispose();
        resolve();
      });
    });
    await workbench.update('colorTheme', before === 'Default Dark Modern' ? 'Default Light Modern' : 'Default Dark Modern', vscode.ConfigurationTarget.Global);
    try {
      await redrawn;
      assert.deepEqual(textOf(vscode.window.activeTextEditor!.document, api.decorationsFor(uri)['pending.attributed']), [QUOTE_SENTENCE]);
    } finally {
      await workbench.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('lists an annotation whose quote is gone as unanchored and re-attaches it to the selection', async () => {
    const text = ARTICLE;
    const lost = 'The old ferry will return in May.';
    const stale = `${lost}\n\n${text}`;
    const uri = writeArticle('reattach.txt', text, {
      version: 1,
      article: 'reattach.txt',
      annotations: [{ id: 'a-lost', kind: 'unverified', status: 'disputed', anchor: createAnchor(stale, 0, lost.length), origin: 'manual', created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z' }],
      dismissed: [],
    });
    const editor = await open(uri);
    await reviewWhere(uri, (s) => s.unanchored.some((a) => a.id === 'a-lost'), 'the unanchored annotation');
    await api.claimsTree.scan(true);
    const unanchored = api.claimsTree.roots().find((g) => g.contextValue === 'unanchored');
    assert.ok(unanchored?.children.some((c) => c.item.id === 'a-lost'), 'the Claims view lists it under Unanchored');

    const { start, end } = rangeOfText(editor.document, 'Prices may rise next year.');
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(end));
    assert.equal(await vscode.commands.executeCommand('claimlens.reattach', { id: 'a-lost' }), 'a-lost');
    const onDisk = sidecarOnDisk(uri).annotations[0];
    assert.equal(onDisk.anchor.quote, 'Prices may rise next year.');
    assert.ok(!onDisk.unanchored);
    assert.equal(onDisk.status, 'disputed', 'the review survives');
    const d = await decorationsWhere(uri, (x) => !!x['annotation.unverified.disputed'], 'the re-attached claim');
    assert.deepEqual(textOf(editor.document, d['annotation.unverified.disputed']), ['Prices may rise next year.']);
  });

  it('opens the sidecar beside the article', async () => {
    const uri = writeArticle('sidecar.txt');
    await open(uri);
    await decorationsWhere(uri, (x) => !!x['pending.attributed'], 'detections');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.commands.executeCommand('claimlens.acceptDetection', { uri: uri.toString(), ...rangeOfText(doc, QUOTE_SENTENCE) });
    const sidecar = await vscode.commands.executeCommand<vscode.Uri>('claimlens.openSidecar', { uri: uri.toString() });
    assert.equal(sidecar?.fsPath, `${uri.fsPath}.claims.yaml`);
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === sidecar.toString()), 'the sidecar is shown');
  });

  it('offers quick fixes on a detection that run the accept, dismiss and set-source commands', async () => {
    const uri = writeArticle('codeactions.txt');
    const editor = await open(uri);
    await decorationsWhere(uri, (x) => !!x['pending.unverified'], 'detections');
    const at = editor.document.positionAt(editor.document.getText().indexOf('reportedly'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(at, at));
    const ours = actions.filter((a) => a.title.startsWith('ClaimLens'));
    assert.deepEqual(
      ours.map((a) => a.command?.command),
      ['claimlens.acceptDetection', 'claimlens.dismissDetection', 'claimlens.setSource'],
    );
    await vscode.commands.executeCommand(ours[0].command!.command, ...(ours[0].command!.arguments ?? []));
    assert.deepEqual(sidecarOnDisk(uri).annotations.map((a) => [a.kind, a.anchor.quote]), [['unverified', HEDGED_SENTENCE]]);
  });

  it('lists unverified statements without a source as problems only when enabled', async () => {
    const uri = writeArticle('diagnostics.txt');
    await open(uri);
    await decorationsWhere(uri, (x) => !!x['pending.unverified'], 'detections');
    assert.deepEqual(api.diagnostics(uri), [], 'off by default');
    const config = vscode.workspace.getConfiguration('claimlens');
    await config.update('diagnostics.enabled', true, vscode.ConfigurationTarget.Workspace);
    try {
      // The settings change announces nothing the test can await: poll the collection.
      await waitFor(() => api.diagnostics(uri).length > 0, 'diagnostics');
      const diags = api.diagnostics(uri);
      assert.equal(diags.length, 1);
      assert.match(diags[0].message, /Unverified statement without a source/);
    } finally {
      await config.update('diagnostics.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('shows the article’s counts in the status bar', async () => {
    const uri = writeArticle('status.txt');
    await open(uri);
    await decorationsWhere(uri, (x) => !!x['pending.unverified'], 'detections');
    await waitFor(() => api.statusBarText().includes('attributed'), 'the status bar');
    assert.match(api.statusBarText(), /1 attributed · 1 unverified · 2 unchecked/);
  });

  it('applies the trusted workspace’s .claimlens.yaml: an extra hedge is flagged after Rescan', async () => {
    assert.ok(vscode.workspace.isTrusted, 'the test workspace is trusted');
    const uri = writeArticle('config.txt', 'Word on the street is that the mayor will resign.\n');
    await open(uri);
    await reviewWhere(uri, () => true, 'the first detection');
    assert.deepEqual(api.findings(uri), [], 'nothing is flagged with the built-in vocabulary');
    const config = workspaceUri('.claimlens.yaml');
    fs.writeFileSync(config.fsPath, 'hedges: ["word on the street"]\n');
    try {
      await vscode.commands.executeCommand('claimlens.rescan');
      const d = await decorationsWhere(uri, (x) => !!x['pending.unverified'], 'the workspace hedge flagged');
      assert.deepEqual(textOf((await vscode.workspace.openTextDocument(uri)), d['cue']), ['Word on the street']);
    } finally {
      fs.rmSync(config.fsPath, { force: true });
      await vscode.commands.executeCommand('claimlens.rescan');
    }
    await decorationsWhere(uri, (x) => !x['pending.unverified'], 'the hedge unflagged once the file is gone');
  });

  it('applies the detection settings: an extra cue is flagged and an ignored phrase is not, as soon as they change', async () => {
    const uri = writeArticle('settings.txt', 'The blogger theorized that the tax was illegal.\n\nThe bridge was reportedly unsafe.\n');
    await open(uri);
    await decorationsWhere(uri, (x) => !!x['pending.unverified'] && !x['pending.attributed'], 'only the hedge with the built-in vocabulary');
    const detection = vscode.workspace.getConfiguration('claimlens.detection');
    try {
      await detection.update('extraCues', ['theorize'], vscode.ConfigurationTarget.Global);
      await detection.update('ignore', ['reportedly'], vscode.ConfigurationTarget.Global);
      const d = await decorationsWhere(uri, (x) => !!x['pending.attributed'] && !x['pending.unverified'], 'the extra cue flagged, the ignored hedge not');
      assert.deepEqual(textOf(await vscode.workspace.openTextDocument(uri), d['cue']), ['theorized']);
    } finally {
      await detection.update('extraCues', undefined, vscode.ConfigurationTarget.Global);
      await detection.update('ignore', undefined, vscode.ConfigurationTarget.Global);
    }
    await decorationsWhere(uri, (x) => !!x['pending.unverified'] && !x['pending.attributed'], 'back to the built-in vocabulary');
  });

  it('the Claims view scans a workspace of 1,000 articles and lists each one', async function () {
    this.timeout(180_000);
    const dir = workspaceUri('bulk-articles');
    fs.mkdirSync(dir.fsPath, { recursive: true });
    for (let i = 0; i < 1000; i++) fs.writeFileSync(vscode.Uri.joinPath(dir, `story-${i}.txt`).fsPath, ARTICLE.replace('Bridge', `Bridge ${i}`));
    try {
      assert.ok((await api.claimsTree.scan(true)) >= 1000);
      await vscode.commands.executeCommand('claimlens.groupByArticle');
      const bulk = api.claimsTree.roots().filter((g) => g.uri?.path.includes('/bulk-articles/'));
      assert.equal(bulk.length, 1000);
      assert.ok(bulk.every((g) => g.children.length === 2), 'each lists its attributed claim and unverified statement');
    } finally {
      fs.rmSync(dir.fsPath, { recursive: true, force: true });
    }
    await api.claimsTree.scan(true);
    assert.equal(api.claimsTree.roots().filter((g) => g.uri?.path.includes('/bulk-articles/')).length, 0, 'a rescan forgets deleted articles');
  });

  it('the Claims view groups the workspace’s claims by article, status and source, with counts', async () => {
    const uri = writeArticle('tree.txt');
    const editor = await open(uri);
    await decorationsWhere(uri, (x) => !!x['pending.attributed'], 'detections');
    const claim = { uri: uri.toString(), ...rangeOfText(editor.document, QUOTE_SENTENCE) };
    const id = await vscode.commands.executeCommand<string>('claimlens.setStatus', { ...claim, status: 'false' });
    assert.ok(id);
    assert.ok((await api.claimsTree.scan(true)) >= 2, 'the scan finds the example articles too');

    await vscode.commands.executeCommand('claimlens.groupByArticle');
    const article = api.claimsTree.roots().find((g) => g.uri?.toString() === uri.toString());
    assert.ok(article, 'the article has a node');
    assert.deepEqual(article.children.map((c) => [c.item.kind, c.item.status]), [['attributed', 'false'], ['unverified', 'pending']]);
    const item = api.claimsTree.getTreeItem(article);
    assert.match(String(item.description), /^2/, 'the node shows its count');
    const claimItem = api.claimsTree.getTreeItem(article.children[0]);
    assert.equal(claimItem.command?.command, 'claimlens.revealClaim');
    // A context-menu command receives the tree node itself.
    const pendingNode = article.children[1];
    assert.equal(api.claimsTree.getTreeItem(pendingNode).contextValue, 'claim.pending');
    await vscode.commands.executeCommand('claimlens.acceptDetection', pendingNode);
    assert.deepEqual(sidecarOnDisk(uri).annotations.map((a) => [a.kind, a.status]).sort(), [['attributed', 'false'], ['unverified', 'unchecked']]);

    await vscode.commands.executeCommand('claimlens.groupByStatus');
    const falseGroup = api.claimsTree.roots().find((g) => g.status === 'false');
    assert.ok(falseGroup?.children.some((c) => c.item.id === id));
    await vscode.commands.executeCommand('claimlens.groupBySource');
    const source = api.claimsTree.roots().find((g) => g.label === 'Mara Lindqvist, the city\'s chief engineer');
    assert.ok(source?.children.some((c) => c.article.toString() === uri.toString()));
    await vscode.commands.executeCommand('claimlens.groupByArticle');

    // Clicking a claim reveals it.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand(claimItem.command!.command, ...(claimItem.command!.arguments ?? []));
    const active = vscode.window.activeTextEditor;
    assert.equal(active?.document.uri.toString(), uri.toString());
    assert.equal(active.document.getText(active.selection), QUOTE_SENTENCE);
  });
});
