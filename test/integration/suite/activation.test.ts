import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, EXTENSION_ID, openExample, readManifest, repoRoot } from '../helpers';

describe('activation', () => {
  it('runs in a real VS Code extension host', () => {
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
    assert.equal(typeof vscode.env.appName, 'string');
  });

  it('activates when an article is opened and registers every contributed command', async () => {
    const editor = await openExample('newsroom-brief.txt');
    assert.equal(editor.document.languageId, 'plaintext');

    const ext = await activeExtension();
    assert.equal(ext.id, EXTENSION_ID);
    // Loaded from the repository as the extension under development, not from an extensions folder.
    assert.equal(ext.extensionUri.fsPath, repoRoot);

    const expected = readManifest().contributes.commands.map((c) => c.command);
    assert.ok(expected.length > 0, 'package.json contributes commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = expected.filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], 'every command in package.json is registered');
  });

  it('returns its API from activate, with the measured activation time', async () => {
    const ext = await activeExtension();
    const api = ext.exports;
    assert.ok(api, 'activate returned an API');
    assert.equal(typeof api.activationMs, 'number');
    assert.ok(Number.isFinite(api.activationMs) && api.activationMs >= 0, `activationMs is a duration: ${api.activationMs}`);
  });

  it('opens Markdown articles in the markdown language its activation event names', async () => {
    const editor = await openExample('clinic-funding.md');
    assert.equal(editor.document.languageId, 'markdown');
    assert.ok((await activeExtension()).isActive);
  });
});
