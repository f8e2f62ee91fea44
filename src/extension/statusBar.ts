import * as vscode from 'vscode';
import type { ReviewSnapshot } from './reviewState';
import { Disposable } from './dispose';
import type { ReviewState } from './reviewState';

/** The status bar text for an article: `12 attributed · 5 unverified · 3 unchecked` (unchecked includes unreviewed detections). */
export function statusText(snapshot: Pick<ReviewSnapshot, 'index'>): { attributed: number; unverified: number; unchecked: number; text: string } {
  let attributed = 0;
  let unverified = 0;
  let unchecked = 0;
  for (const claim of snapshot.index.claims) {
    if (claim.kind === 'attributed') attributed++;
    else unverified++;
    if (claim.type === 'pending' || claim.annotation.status === 'unchecked') unchecked++;
  }
  return { attributed, unverified, unchecked, text: `${attributed} attributed · ${unverified} unverified · ${unchecked} unchecked` };
}

/** Shows the active article's counts; clicking opens the Claims view. */
export class StatusBar extends Disposable {
  private readonly item = this.register(vscode.window.createStatusBarItem('claimlens.counts', vscode.StatusBarAlignment.Right, 100));

  constructor(private readonly review: ReviewState) {
    super();
    this.item.name = 'ClaimLens';
    this.item.command = 'workbench.view.extension.claimlens';
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this.register(review.onDidChange((uri) => uri.toString() === vscode.window.activeTextEditor?.document.uri.toString() && this.schedule()));
    setTimeout(() => this.update(), 0);
  }

  /** The text shown now ('' when hidden). */
  get text(): string {
    return this.shown ? this.item.text : '';
  }

  private shown = false;
  private timer?: ReturnType<typeof setTimeout>;

  /** Counting needs a pass over the whole article: do it once typing pauses, not per keystroke. */
  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, 250);
  }

  override dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    super.dispose();
  }

  private update(): void {
    if (this.isDisposed) return;
    const doc = vscode.window.activeTextEditor?.document;
    const snapshot = doc && this.review.documents.isArticle(doc) ? this.review.snapshot(doc) : undefined;
    if (!snapshot) {
      this.item.hide();
      this.shown = false;
      return;
    }
    const counts = statusText(snapshot);
    this.item.text = `$(quote) ${counts.text}`;
    this.item.tooltip = `ClaimLens: ${counts.text} in this article${snapshot.unanchored.length ? `, ${snapshot.unanchored.length} unanchored` : ''}. Click to open the Claims view.`;
    this.item.show();
    this.shown = true;
  }
}
