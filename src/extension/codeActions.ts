import * as vscode from 'vscode';
import { Disposable } from './dispose';
import type { ClaimArgs } from './claimTarget';
import type { ReviewState } from './reviewState';
import type { Settings } from './settings';

/** Quick fixes on an unreviewed detection: accept it, dismiss it, or record its source. */
export class ClaimCodeActions extends Disposable implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly review: ReviewState,
    private readonly settings: Settings,
  ) {
    super();
    this.register(vscode.languages.registerCodeActionsProvider('*', this, { providedCodeActionKinds: ClaimCodeActions.kinds }));
  }

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    if (!this.review.documents.isArticle(doc)) return [];
    const snapshot = this.review.snapshot(doc);
    if (!snapshot) return [];
    const s = this.settings.get(doc.uri);
    const start = doc.offsetAt(range.start);
    const end = doc.offsetAt(range.end);
    const actions: vscode.CodeAction[] = [];
    for (const claim of snapshot.window(start, end).claims) {
      if (claim.type !== 'pending' || !s.kinds.includes(claim.kind)) continue;
      const label = claim.kind === 'attributed' ? 'attributed claim' : 'unverified statement';
      const args: ClaimArgs = { uri: doc.uri.toString(), start: claim.start, end: claim.end, kind: claim.kind };
      const action = (title: string, command: string, preferred = false) => {
        const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        a.command = { title, command, arguments: [args] };
        a.isPreferred = preferred;
        actions.push(a);
      };
      action(`ClaimLens: Accept ${label}`, 'claimlens.acceptDetection', true);
      action(`ClaimLens: Dismiss ${label}`, 'claimlens.dismissDetection');
      action(`ClaimLens: Set source of ${label}…`, 'claimlens.setSource');
    }
    return actions;
  }
}
