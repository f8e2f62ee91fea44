import * as vscode from 'vscode';
import { Commands } from './extension/commands';

/** What `activate` returns: a small API the integration tests use to observe the extension. */
export interface ClaimLensApi {
  /** Milliseconds spent in `activate`, measured with performance marks. */
  readonly activationMs: number;
  /** Whether highlights are currently shown. */
  highlightsEnabled(): boolean;
}

export function activate(context: vscode.ExtensionContext): ClaimLensApi {
  performance.mark('claimlens:activate:start');
  let highlights = true;
  context.subscriptions.push(
    new Commands({
      'claimlens.toggleHighlights': () => {
        highlights = !highlights;
        return highlights;
      },
      'claimlens.rescan': () => undefined,
    }),
  );
  const measure = performance.measure('claimlens:activate', 'claimlens:activate:start');
  return { activationMs: measure.duration, highlightsEnabled: () => highlights };
}

export function deactivate(): void {}
