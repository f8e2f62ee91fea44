import * as vscode from 'vscode';
import type { Claim } from '../core/editor/claimIndex';
import { argsOf, documentOf } from './claimTarget';
import type { ReviewState } from './reviewState';
import type { Settings } from './settings';

/** Next Claim / Previous Claim and Reveal Claim (the Claims view's click). */
export class Navigation {
  constructor(
    private readonly review: ReviewState,
    private readonly settings: Settings,
  ) {}

  /** Moves the selection to the next (or previous) shown claim, wrapping around; resolves to its range. */
  async step(direction: 1 | -1): Promise<vscode.Range | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const doc = editor.document;
    const snapshot = this.review.snapshot(doc) ?? (await this.review.open(doc));
    if (!snapshot) return undefined;
    const s = this.settings.get(doc.uri);
    const shown = (c: Claim) => s.kinds.includes(c.kind) && (c.type === 'annotation' || s.showDetections);
    const offset = doc.offsetAt(editor.selection.start);
    const claim = direction === 1 ? snapshot.index.next(offset, shown) : snapshot.index.previous(offset, shown);
    if (!claim) {
      void vscode.window.showInformationMessage('ClaimLens: no claims in this article.');
      return undefined;
    }
    return this.select(editor, claim.start, claim.end);
  }

  /** Opens the article and selects the claim: `args.id` (an annotation) or `args.start`/`args.end`. */
  async reveal(raw: unknown): Promise<vscode.Range | undefined> {
    const args = argsOf(raw);
    const doc = await documentOf(args);
    if (!doc) return undefined;
    let start = args.start;
    let end = args.end;
    if (args.id) {
      const snapshot = this.review.snapshot(doc) ?? (await this.review.open(doc));
      const annotation = snapshot && [...snapshot.annotations, ...snapshot.unanchored].find((a) => a.id === args.id);
      if (annotation && !annotation.unanchored) ({ start, end } = annotation.anchor);
    }
    const editor = await vscode.window.showTextDocument(doc, { preview: true, preserveFocus: false });
    if (typeof start !== 'number' || typeof end !== 'number') return undefined;
    return this.select(editor, start, end);
  }

  private select(editor: vscode.TextEditor, start: number, end: number): vscode.Range {
    const doc = editor.document;
    const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return range;
  }
}
