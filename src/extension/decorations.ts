import * as vscode from 'vscode';
import { STATUSES, type ClaimStatus } from '../core/annotations';
import type { ClaimKind } from '../core/findings';
import { planDecorations, type DecorationStyle, type OffsetRange } from '../core/editor/claimIndex';
import { CUE_COLOR, gutterIconPath, KIND_COLORS, SOURCE_COLOR, statusColorId } from '../core/editor/theme';
import { Disposable } from './dispose';
import type { ReviewState } from './reviewState';
import type { Settings } from './settings';

/** Lines decorated above and below the visible ones, so a short scroll shows highlights at once. */
const VISIBLE_MARGIN_LINES = 40;
/** Quiet time before a scroll or a review change re-decorates an editor. */
const REFRESH_DEBOUNCE_MS = 16;

const KINDS: readonly ClaimKind[] = ['attributed', 'unverified'];

/** Every decoration style, in drawing order (cue and source last so they sit on top). */
export const DECORATION_STYLES: readonly DecorationStyle[] = [
  ...KINDS.map((k) => `pending.${k}` as const),
  ...KINDS.flatMap((k) => STATUSES.map((s) => `annotation.${k}.${s}` as const)),
  'cue',
  'source',
];

/**
 * Highlights claims in visible article editors, the Code Spell Checker way: only visible editors, only the
 * visible lines (plus a margin), refreshed per document after a short debounce, with decoration types rebuilt
 * when the theme or the highlight settings change and per-document state dropped when a document closes.
 */
export class Decorations extends Disposable {
  private types = new Map<DecorationStyle, vscode.TextEditorDecorationType>();
  private readonly applied = new Map<string, Map<DecorationStyle, vscode.Range[]>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly updated = this.register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires with a document's uri after its visible editors were decorated. */
  readonly onDidUpdateDecorations = this.updated.event;
  private enabled: boolean;

  constructor(
    private readonly review: ReviewState,
    private readonly settings: Settings,
    private readonly extensionUri: vscode.Uri,
  ) {
    super();
    this.enabled = settings.get().highlightsEnabled;
    this.register(review.onDidChange((uri) => this.schedule(uri)));
    this.register(vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()));
    this.register(vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.schedule(e.textEditor.document.uri)));
    this.register(vscode.window.onDidChangeActiveColorTheme(() => this.rebuildTypes()));
    this.register(vscode.workspace.onDidCloseTextDocument((doc) => this.drop(doc.uri)));
    // A language change reopens the document: it may have stopped (or started) being an article.
    this.register(vscode.workspace.onDidOpenTextDocument((doc) => this.schedule(doc.uri)));
    this.register(
      settings.onDidChange((change) => {
        if (change.highlights) {
          this.enabled = settings.get().highlightsEnabled;
          this.rebuildTypes();
        } else if (change.articles) {
          this.refreshAll();
        }
      }),
    );
    // The first pass waits for the event loop so activation stays cheap.
    setTimeout(() => this.refreshAll(), 0);
  }

  /** Whether highlights are shown. */
  get highlightsEnabled(): boolean {
    return this.enabled;
  }

  /** Shows or hides every highlight (the Toggle Highlights command). */
  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    void vscode.commands.executeCommand('setContext', 'claimlens.highlightsEnabled', enabled);
    this.refreshAll();
  }

  /** The ranges last applied to the document's editors, per style (only non-empty styles). */
  decorationsFor(uri: vscode.Uri): Record<string, vscode.Range[]> {
    const out: Record<string, vscode.Range[]> = {};
    for (const [style, ranges] of this.applied.get(uri.toString()) ?? []) if (ranges.length) out[style] = ranges;
    return out;
  }

  override dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const type of this.types.values()) type.dispose();
    this.types.clear();
    super.dispose();
  }

  /** Re-decorates every visible editor now. */
  refreshAll(): void {
    if (this.isDisposed) return;
    const uris = new Set(vscode.window.visibleTextEditors.map((e) => e.document.uri.toString()));
    for (const key of uris) this.refresh(vscode.Uri.parse(key));
  }

  private schedule(uri: vscode.Uri): void {
    const key = uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.refresh(uri);
      }, REFRESH_DEBOUNCE_MS),
    );
  }

  private refresh(uri: vscode.Uri): void {
    if (this.isDisposed) return;
    const key = uri.toString();
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === key);
    if (editors.length === 0) return;
    const doc = editors[0].document;
    if (!this.review.documents.isArticle(doc)) {
      // Clear what an editor of this uri may still show (a language change keeps the editor, reopens the document).
      if (this.types.size > 0) for (const editor of editors) this.apply(editor, new Map());
      this.applied.delete(key);
      this.updated.fire(uri);
      return;
    }
    const snapshot = this.review.snapshot(doc);
    if (!snapshot) {
      // First sight of this article: detect and load its sidecar; the review change event brings us back.
      void this.review.open(doc);
      return;
    }
    let last = new Map<DecorationStyle, vscode.Range[]>();
    for (const editor of editors) {
      const ranges = new Map<DecorationStyle, vscode.Range[]>();
      if (this.enabled) {
        const s = this.settings.get(uri);
        const windows = editor.visibleRanges.map((r) => this.offsets(doc, r));
        const slice = (start: number, end: number) => doc.getText(new vscode.Range(doc.positionAt(start), doc.positionAt(end)));
        // Only the claims in the visible window are reconciled and planned: a keystroke never costs a full pass.
        const local = windows.length ? snapshot.window(Math.min(...windows.map((w) => w.start)), Math.max(...windows.map((w) => w.end))) : undefined;
        const plan = local ? planDecorations(local, s, windows, slice) : new Map<DecorationStyle, OffsetRange[]>();
        for (const [style, list] of plan) ranges.set(style, list.map((r) => new vscode.Range(doc.positionAt(r.start), doc.positionAt(r.end))));
      }
      this.apply(editor, ranges);
      last = ranges;
    }
    this.applied.set(key, last);
    this.updated.fire(uri);
  }

  private offsets(doc: vscode.TextDocument, visible: vscode.Range): OffsetRange {
    const first = Math.max(0, visible.start.line - VISIBLE_MARGIN_LINES);
    const last = Math.min(doc.lineCount - 1, visible.end.line + VISIBLE_MARGIN_LINES);
    return { start: doc.offsetAt(new vscode.Position(first, 0)), end: doc.offsetAt(doc.lineAt(last).range.end) };
  }

  private apply(editor: vscode.TextEditor, ranges: Map<DecorationStyle, vscode.Range[]>): void {
    if (this.types.size === 0) this.createTypes();
    for (const [style, type] of this.types) editor.setDecorations(type, ranges.get(style) ?? []);
  }

  private rebuildTypes(): void {
    for (const type of this.types.values()) type.dispose();
    this.types.clear();
    this.applied.clear();
    this.refreshAll();
  }

  private createTypes(): void {
    const s = this.settings.get();
    for (const style of DECORATION_STYLES) this.types.set(style, vscode.window.createTextEditorDecorationType(this.renderOptions(style, s.gutterIcons)));
  }

  private renderOptions(style: DecorationStyle, gutter: boolean): vscode.DecorationRenderOptions {
    if (style === 'cue') return { color: new vscode.ThemeColor(CUE_COLOR), fontWeight: '600' };
    if (style === 'source') {
      return { borderWidth: '1px', borderStyle: 'solid', borderColor: new vscode.ThemeColor(SOURCE_COLOR), borderRadius: '3px' };
    }
    const [type, kind, status] = style.split('.') as ['pending' | 'annotation', ClaimKind, ClaimStatus | undefined];
    const statusKey = type === 'pending' ? 'pending' : (status as ClaimStatus);
    const statusColor = new vscode.ThemeColor(statusColorId(statusKey));
    const icon = (theme: 'light' | 'dark') => vscode.Uri.joinPath(this.extensionUri, ...gutterIconPath(statusKey, theme).split('/'));
    const common: vscode.DecorationRenderOptions = {
      overviewRulerColor: statusColor,
      overviewRulerLane: kind === 'attributed' ? vscode.OverviewRulerLane.Left : vscode.OverviewRulerLane.Right,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      light: gutter ? { gutterIconPath: icon('light'), gutterIconSize: '75%' } : {},
      dark: gutter ? { gutterIconPath: icon('dark'), gutterIconSize: '75%' } : {},
    };
    if (type === 'pending') {
      // Not reviewed yet: a dashed (attributed) or dotted (unverified) underline and no fill, so it stays quiet.
      return {
        ...common,
        borderStyle: kind === 'attributed' ? 'none none dashed none' : 'none none dotted none',
        borderWidth: '0 0 2px 0',
        borderColor: new vscode.ThemeColor(KIND_COLORS[kind].border),
      };
    }
    // Reviewed: the kind's fill, and a solid underline in the status colour.
    return {
      ...common,
      backgroundColor: new vscode.ThemeColor(KIND_COLORS[kind].background),
      borderStyle: 'none none solid none',
      borderWidth: '0 0 2px 0',
      borderColor: statusColor,
    };
  }

  private drop(uri: vscode.Uri): void {
    const key = uri.toString();
    this.applied.delete(key);
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
  }
}
