/**
 * Runs inside the real VS Code as the extension-tests entry of bench/activation.bench.ts: opens an article, waits
 * until VS Code has activated ClaimLens on its own, and writes what it measured to $CLAIMLENS_BENCH_OUT as JSON.
 */
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../src/extension';

/** What the probe reports. */
export interface ActivationProbeResult {
  /** Whether ClaimLens was already active before the article was opened (then `openToActiveMs` means little). */
  activeBeforeOpen: boolean;
  /** Wall time from asking VS Code to open the article until the extension reported active. */
  openToActiveMs: number;
  /** The time `activate` measured for itself (ClaimLensApi.activationMs). */
  activationMs: number;
  vscodeVersion: string;
}

/** Called by VS Code's test runner. */
export async function run(): Promise<void> {
  const out = process.env.CLAIMLENS_BENCH_OUT;
  if (!out) throw new Error('CLAIMLENS_BENCH_OUT is not set');
  const ext = vscode.extensions.getExtension<ClaimLensApi>('claimlens.claimlens');
  if (!ext) throw new Error('claimlens.claimlens is not loaded');
  const [article] = await vscode.workspace.findFiles('*.txt');
  if (!article) throw new Error('the bench workspace holds no .txt article');
  const activeBeforeOpen = ext.isActive;

  const t0 = performance.now();
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article));
  // VS Code announces no event for activation; poll on every turn of the event loop so the figure stays sharp.
  while (!ext.isActive) {
    if (performance.now() - t0 > 60_000) throw new Error('ClaimLens did not activate within 60 s');
    await new Promise((resolve) => setImmediate(resolve));
  }
  const openToActiveMs = performance.now() - t0;

  const result: ActivationProbeResult = {
    activeBeforeOpen,
    openToActiveMs,
    activationMs: ext.exports.activationMs,
    vscodeVersion: vscode.version,
  };
  fs.writeFileSync(out, JSON.stringify(result, null, 2));
  console.log(`activation probe: ${JSON.stringify(result)}`);
}
