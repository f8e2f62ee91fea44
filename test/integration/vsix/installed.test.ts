import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activeExtension, openExample, readManifest } from '../helpers';

// Runs with no extension under development: ClaimLens is present only because the VSIX was installed into the
// extensions folder, the way a user installs it.
describe('packaged extension (VSIX)', () => {
  it('is the installed copy, at the version in package.json', () => {
    const ext = vscode.extensions.getExtension('claimlens.claimlens');
    assert.ok(ext, 'claimlens.claimlens is installed');
    assert.equal(ext.packageJSON.version, readManifest().version);
    const expectedDir = process.env.CLAIMLENS_VSIX_EXTENSIONS_DIR;
    assert.ok(expectedDir, 'the runner names the extensions folder it installed into');
    const installedIn = path.dirname(ext.extensionUri.fsPath);
    assert.equal(installedIn, path.resolve(expectedDir));
  });

  it('activates when an article is opened and registers its commands', async () => {
    await openExample('council-vote.txt');
    const ext = await activeExtension();
    assert.equal(typeof ext.exports.activationMs, 'number');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = readManifest().contributes.commands.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepEqual(missing, []);
  });

  it('exports from the installed copy, loading its renderers on the first export', async () => {
    const out = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-vsix-')), 'council-vote.md'));
    const result = await vscode.commands.executeCommand<{ uri: vscode.Uri; articles: number } | undefined>('claimlens.export', {
      format: 'md', scope: 'article', uri: (await openExample('council-vote.txt')).document.uri, includeUnreviewed: 'marked', out,
    });
    assert.ok(result, 'the export wrote a file');
    assert.equal(result.articles, 1);
    const md = fs.readFileSync(out.fsPath, 'utf8');
    assert.match(md, /^# /m, 'a Markdown report with a heading');
    assert.match(md, /council-vote\.txt/);
  });

  it('ships the bundle and its assets only: no sources, tests, source maps or node_modules', () => {
    const ext = vscode.extensions.getExtension('claimlens.claimlens');
    assert.ok(ext);
    const files = (fs.readdirSync(ext.extensionUri.fsPath, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/'));
    assert.ok(files.includes('dist/extension.js'), 'dist/extension.js is installed');
    assert.ok(files.includes('dist/exportRender.js'), 'the export renderers, loaded on the first export, are installed');
    const unwanted = files.filter((f) => /^(src|test|out|bench|scripts|examples|node_modules|\.vscode-test)(\/|$)|\.(map|ts)$/.test(f));
    assert.deepEqual(unwanted, []);
  });
});
