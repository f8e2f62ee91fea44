import * as vscode from 'vscode';
import { Disposable } from './dispose';
import type { ReviewState } from './reviewState';
import type { Settings } from './settings';

/** Optional (off by default): unverified statements without a source, listed in the Problems panel. */
export class ClaimDiagnostics extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('claimlens'));

  constructor(
    private readonly review: ReviewState,
    private readonly settings: Settings,
  ) {
    super();
    this.register(review.onDidChange((uri) => this.update(uri)));
    this.register(vscode.workspace.onDidCloseTextDocument((doc) => this.collection.delete(doc.uri)));
    this.register(
      settings.onDidChange((change) => {
        if (!change.diagnostics && !change.highlights) return;
        this.collection.clear();
        for (const doc of vscode.workspace.textDocuments) this.update(doc.uri);
      }),
    );
  }

  /** The diagnostics currently listed for an article. */
  get(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  private update(uri: vscode.Uri): void {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const s = this.settings.get(uri);
    const snapshot = doc && this.review.snapshot(doc);
    if (!doc || !snapshot || !s.diagnostics || !s.kinds.includes('unverified')) {
      this.collection.delete(uri);
      return;
    }
    const diagnostics: vscode.Diagnostic[] = [];
    for (const claim of snapshot.index.claims) {
      if (claim.kind !== 'unverified') continue;
      if (claim.type === 'annotation' && (claim.annotation.source || claim.annotation.status === 'verified')) continue;
      if (claim.type === 'pending' && !s.showDetections) continue;
      const range = new vscode.Range(doc.positionAt(claim.start), doc.positionAt(claim.end));
      const message = claim.type === 'pending' ? 'Unverified statement without a source (not reviewed yet)' : `Unverified statement without a source (${claim.annotation.status})`;
      const d = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Information);
      d.source = 'ClaimLens';
      d.code = 'unverified-no-source';
      diagnostics.push(d);
    }
    this.collection.set(uri, diagnostics);
  }
}
