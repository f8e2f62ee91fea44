import * as vscode from 'vscode';
import type { Finding } from '../core/findings';
import { createDetector, type Detector } from '../core/detect/detector';
import { IncrementalDetector } from '../core/detect/incremental';
import { mergeOptions } from '../core/config/mergeOptions';
import { parseWorkspaceConfig, WORKSPACE_CONFIG_FILE, type WorkspaceOptions } from '../core/config/workspaceConfig';
import { Disposable } from './dispose';
import type { Settings } from './settings';

/** How long a document must be quiet before its pending edits are re-detected and listeners are told. */
export const DETECTION_DEBOUNCE_MS = 120;

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** One open article: an incremental detector over its text plus the edits not yet applied to it. */
interface ArticleEntry {
  detector: Detector;
  incremental: IncrementalDetector;
  findings: Finding[];
  /** Edits received since the last flush, in the order VS Code reported them (each against the previous text). */
  queued: Edit[];
  timer?: ReturnType<typeof setTimeout>;
  /** The document version the findings describe once `queued` is applied. */
  version: number;
}

/**
 * Decides which documents are articles and keeps each open article's findings current: a full pass when the
 * document is first seen, then `IncrementalDetector` edits, flushed at most once per debounce window per uri.
 */
export class ArticleDocuments extends Disposable {
  private readonly entries = new Map<string, ArticleEntry>();
  private readonly detectors = new Map<string, Promise<Detector>>();
  private readonly changed = this.register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires with a document's uri after its findings changed (debounced per uri). */
  readonly onDidChangeFindings = this.changed.event;
  private configWatcher?: vscode.FileSystemWatcher;

  constructor(private readonly settings: Settings) {
    super();
    this.register(vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)));
    this.register(vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)));
    this.register(
      settings.onDidChange((change) => {
        if (change.detection) this.reset();
        if (change.articles) this.dropNonArticles();
      }),
    );
    this.register(vscode.workspace.onDidGrantWorkspaceTrust(() => this.reset()));
  }

  /** True when the document counts as an article: an allowed language or an included glob, and not excluded. */
  isArticle(doc: vscode.TextDocument): boolean {
    if (doc.uri.scheme === 'output' || doc.uri.scheme === 'vscode-settings' || doc.uri.scheme === 'git') return false;
    const s = this.settings.get(doc.uri);
    if (s.exclude.some((pattern) => vscode.languages.match({ pattern }, doc) > 0)) return false;
    if (s.languages.includes(doc.languageId)) return true;
    return s.include.some((pattern) => vscode.languages.match({ pattern }, doc) > 0);
  }

  /** The findings for the document's current text, applying any queued edits first; undefined until first detected. */
  current(doc: vscode.TextDocument): Finding[] | undefined {
    const entry = this.entries.get(doc.uri.toString());
    if (!entry) return undefined;
    this.flush(doc.uri, entry, false);
    return entry.findings;
  }

  /** The document's findings, detecting it on first use. Resolves to undefined for non-articles. */
  async ensure(doc: vscode.TextDocument): Promise<Finding[] | undefined> {
    const known = this.current(doc);
    if (known) return known;
    if (!this.isArticle(doc)) return undefined;
    const detector = await this.detectorFor(doc.uri);
    const existing = this.entries.get(doc.uri.toString());
    if (existing) return this.current(doc);
    if (doc.isClosed) return undefined;
    const incremental = new IncrementalDetector(detector, doc.getText());
    const entry: ArticleEntry = { detector, incremental, findings: incremental.findings(), queued: [], version: doc.version };
    this.entries.set(doc.uri.toString(), entry);
    this.changed.fire(doc.uri);
    return entry.findings;
  }

  /** The detector for a resource: settings merged with the workspace folder's `.claimlens.yaml` (trusted only). */
  detectorFor(uri: vscode.Uri): Promise<Detector> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const key = folder?.uri.toString() ?? '';
    let detector = this.detectors.get(key);
    if (!detector) {
      this.watchConfig();
      detector = this.buildDetector(folder, uri);
      this.detectors.set(key, detector);
    }
    return detector;
  }

  /** Drops every detector and cached finding, then re-detects the open articles (settings or config changed). */
  reset(): void {
    this.detectors.clear();
    const uris = [...this.entries.keys()];
    for (const entry of this.entries.values()) if (entry.timer) clearTimeout(entry.timer);
    this.entries.clear();
    for (const key of uris) {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (doc) void this.ensure(doc);
    }
  }

  override dispose(): void {
    for (const entry of this.entries.values()) if (entry.timer) clearTimeout(entry.timer);
    this.entries.clear();
    this.configWatcher?.dispose();
    super.dispose();
  }

  private async buildDetector(folder: vscode.WorkspaceFolder | undefined, uri: vscode.Uri): Promise<Detector> {
    let workspace: WorkspaceOptions | undefined;
    // An untrusted workspace could ship a hostile configuration: only a trusted one's file applies.
    if (folder && vscode.workspace.isTrusted) {
      try {
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, WORKSPACE_CONFIG_FILE));
        workspace = parseWorkspaceConfig(new TextDecoder().decode(bytes)).options;
      } catch {
        workspace = undefined; // no file: settings alone
      }
    }
    return createDetector(mergeOptions(this.settings.get(uri).detection, workspace));
  }

  private watchConfig(): void {
    if (this.configWatcher || !vscode.workspace.workspaceFolders?.length) return;
    this.configWatcher = vscode.workspace.createFileSystemWatcher(`**/${WORKSPACE_CONFIG_FILE}`);
    const reload = () => this.reset();
    this.configWatcher.onDidCreate(reload);
    this.configWatcher.onDidChange(reload);
    this.configWatcher.onDidDelete(reload);
  }

  private onEdit(event: vscode.TextDocumentChangeEvent): void {
    const key = event.document.uri.toString();
    const entry = this.entries.get(key);
    if (!entry || event.contentChanges.length === 0) return;
    // VS Code applies a multi-change event in order, each change against the text the previous one produced.
    for (const change of event.contentChanges) {
      entry.queued.push({ start: change.rangeOffset, end: change.rangeOffset + change.rangeLength, text: change.text });
    }
    entry.version = event.document.version;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => this.flush(event.document.uri, entry, true), DETECTION_DEBOUNCE_MS);
  }

  private flush(uri: vscode.Uri, entry: ArticleEntry, notify: boolean): void {
    if (entry.timer) {
      clearTimeout(entry.timer);
      entry.timer = undefined;
    }
    if (entry.queued.length === 0) return;
    for (const edit of entry.queued.splice(0)) {
      entry.findings = entry.incremental.applyEdit(edit.start, edit.end, edit.text);
    }
    if (notify) this.changed.fire(uri);
    else queueMicrotask(() => this.changed.fire(uri));
  }

  private forget(uri: vscode.Uri): void {
    const entry = this.entries.get(uri.toString());
    if (entry?.timer) clearTimeout(entry.timer);
    this.entries.delete(uri.toString());
  }

  private dropNonArticles(): void {
    for (const key of [...this.entries.keys()]) {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (!doc || !this.isArticle(doc)) this.forget(vscode.Uri.parse(key));
    }
    for (const doc of vscode.workspace.textDocuments) if (this.isArticle(doc)) void this.ensure(doc);
  }
}
