/** Shared helpers for integration tests that run inside the real VS Code extension host. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension';

/** The extension's id as VS Code knows it: `<publisher>.<name>` from package.json. */
export const EXTENSION_ID = 'claimlens.claimlens';

/** The repository root (this file runs from out/test/integration/, three levels below it). */
export const repoRoot = path.resolve(__dirname, '../../..');

/** The repository's package.json, read from disk. */
export function readManifest(): { version: string; contributes: { commands: { command: string }[] } } {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
}

/** The URI of a file in the test workspace (a throwaway copy of examples/). */
export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

/** Opens a workspace file in an editor and returns that editor. */
export async function openExample(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(relative));
  return vscode.window.showTextDocument(doc);
}

/**
 * Resolves once `condition()` holds, checking after each extension-host turn and at most every 20 ms; rejects
 * with `what` after `timeoutMs`. For states VS Code announces no event for, such as an extension becoming active.
 */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The ClaimLens extension, once VS Code has activated it on its own (no `activate()` call that would force it). */
export async function activeExtension(): Promise<vscode.Extension<ClaimLensApi>> {
  const ext = vscode.extensions.getExtension<ClaimLensApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is loaded`);
  await waitFor(() => ext.isActive, `${EXTENSION_ID} to activate`);
  return ext;
}
