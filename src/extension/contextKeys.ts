import * as vscode from 'vscode';
import { Disposable } from './dispose';
import type { ReviewState } from './reviewState';

/**
 * Keeps the `when`-clause context keys current for the active editor: `claimlens.isArticle`,
 * `claimlens.onDetection`, `claimlens.onAnnotation` and `claimlens.hasUnanchored`.
 */
export class ContextKeys extends Disposable {
  private readonly values = new Map<string, boolean>();

  constructor(private readonly review: ReviewState) {
    super();
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this.register(vscode.window.onDidChangeTextEditorSelection((e) => e.textEditor === vscode.window.activeTextEditor && this.update()));
    this.register(review.onDidChange(() => this.update()));
    setTimeout(() => this.update(), 0);
  }

  private update(): void {
    if (this.isDisposed) return;
    const editor = vscode.window.activeTextEditor;
    const isArticle = !!editor && this.review.documents.isArticle(editor.document);
    const snapshot = isArticle ? this.review.snapshot(editor.document) : undefined;
    let onDetection = false;
    let onAnnotation = false;
    if (editor && snapshot) {
      const offset = editor.document.offsetAt(editor.selection.active);
      for (const claim of snapshot.window(offset, offset).claims) {
        if (claim.type === 'pending') onDetection = true;
        else onAnnotation = true;
      }
    }
    this.set('claimlens.isArticle', isArticle);
    this.set('claimlens.onDetection', onDetection);
    this.set('claimlens.onAnnotation', onAnnotation);
    this.set('claimlens.hasUnanchored', !!snapshot && snapshot.unanchored.length > 0);
  }

  private set(key: string, value: boolean): void {
    if (this.values.get(key) === value) return;
    this.values.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  }
}
