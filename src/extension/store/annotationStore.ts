import * as vscode from 'vscode';
import type { SidecarData } from '../../core/annotations';
import { applyLiveEdits } from '../../core/anchor/liveEdits';
import type { TextChange } from '../../core/anchor/liveEdits';
import { reanchorData } from '../../core/anchor/reanchor';
import { writeFileAtomic } from '../../core/sidecar/atomicWrite';
import type { AtomicWriteFs } from '../../core/sidecar/atomicWrite';
import { deepEqual, sameSidecar } from '../../core/sidecar/equal';
import { parseSidecar, serializeSidecar } from '../../core/sidecar/format';
import type { SidecarIssue } from '../../core/sidecar/format';
import { mergeSidecars, resolveConflicts } from '../../core/sidecar/merge';
import type { MergeConflict } from '../../core/sidecar/merge';
import { emptySidecar } from '../../core/sidecar/model';
import { articlePathFor, baseName, sidecarPathFor } from '../../core/sidecar/paths';
import { Disposable } from '../dispose';
import { readSettings } from '../settings';
import { askConflictResolution, askSidecarDeletion } from './conflictPrompt';
import type { ConflictChoice, DeletionChoice } from './conflictPrompt';
import { workspaceAtomicFs } from './workspaceAtomicFs';

/** One article's annotations as the store holds them. */
export interface ArticleState {
  /** The article. */
  readonly uri: vscode.Uri;
  /** Its sidecar (which may not exist yet). */
  readonly sidecarUri: vscode.Uri;
  /** The annotations, anchors valid for the article's current text (orphans flagged `unanchored`). */
  readonly data: SidecarData;
  /** True while the sidecar is malformed: it is never written, and `edit` throws. */
  readonly readOnly: boolean;
  /** Why the sidecar could not be read (1-based line and column). */
  readonly error?: SidecarIssue;
  /** True when the store holds changes the sidecar does not have yet (anchors moved by typing in an unsaved article). */
  readonly unsaved: boolean;
}

/** Hooks for the user-facing parts, injectable for tests. */
export interface AnnotationStoreOptions {
  /** The sidecar suffix for an article (default: the `claimlens.sidecarSuffix` setting). */
  sidecarSuffix?: (article: vscode.Uri) => string;
  /** Settles merge conflicts; `undefined` (dismissed) keeps ours. Default: a modal warning with both choices. */
  chooseConflictResolution?: (article: vscode.Uri, conflicts: readonly MergeConflict[]) => Thenable<ConflictChoice | undefined>;
  /**
   * Asked when the sidecar was deleted on disk while the store held unsaved changes to it: `keep` the annotations
   * (unsaved; the sidecar is written again at the next save) or `discard` them; `undefined` (dismissed) keeps them.
   * Default: a modal warning with both choices.
   */
  chooseSidecarDeletion?: (article: vscode.Uri, sidecar: vscode.Uri) => Thenable<DeletionChoice | undefined>;
  /** Shows an information message (default: `window.showInformationMessage`). */
  showInformation?: (message: string) => void;
  /** Shows an error message (default: `window.showErrorMessage` with an action opening the sidecar). */
  showError?: (message: string, sidecar: vscode.Uri) => void;
  /** The file system atomic writes go through (default: `vscode.workspace.fs`, see `workspaceAtomicFs`). */
  fileSystem?: (sidecar: vscode.Uri) => AtomicWriteFs;
}

interface Entry {
  uri: vscode.Uri;
  sidecar: vscode.Uri;
  data: SidecarData;
  /** The sidecar on disk as last read or written (empty when there is no file). */
  base: SidecarData;
  /** The sidecar's text as last read or written; undefined when there is no file. */
  diskText: string | undefined;
  unsaved: boolean;
  readOnly: boolean;
  error?: SidecarIssue;
  /** Operations on one article run one after another. */
  queue: Promise<unknown>;
  /** The error last shown to the user, so a repeated reload does not repeat the message. */
  reported?: string;
}

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/**
 * Keeps each open article's annotations in memory, in step with its text and its YAML sidecar:
 * - loads through `vscode.workspace.fs` and re-anchors against the current text;
 * - moves annotations with live edits, and re-anchors after the article changed on disk;
 * - `edit` applies a change and saves it at once, atomically; anchors moved by typing are saved with the article;
 * - reloads a sidecar changed on disk, merging by id with unsaved changes and asking about real conflicts;
 * - follows a sidecar deleted on disk (saying so), unless it holds unsaved changes: then it asks, and keeps them meanwhile;
 * - never writes a malformed sidecar: it gets a diagnostic and the article's annotations turn read-only;
 * - moves a sidecar with its article on rename, and keeps it (saying so) when the article is deleted.
 */
export class AnnotationStore extends Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<Entry>>();
  private readonly changed = this.register(new vscode.EventEmitter<vscode.Uri>());
  private readonly diagnostics = this.register(vscode.languages.createDiagnosticCollection('claimlens-sidecar'));
  private sidecarWatcher: vscode.Disposable | undefined;

  /** Fires with the article's uri when its annotations changed (load, edit, outside change, live-edit move). */
  readonly onDidChange: vscode.Event<vscode.Uri> = this.changed.event;

  constructor(private readonly options: AnnotationStoreOptions = {}) {
    super();
    this.watchSidecars();
    // Creations count too: git and many editors replace a file (delete, create), and the watcher folds a write that
    // follows a creation into the creation.
    const articles = this.register(vscode.workspace.createFileSystemWatcher('**/*', false, false, true));
    this.register(articles.onDidChange((uri) => this.articleChangedOnDisk(uri)));
    this.register(articles.onDidCreate((uri) => this.articleChangedOnDisk(uri)));
    this.register(vscode.workspace.onDidChangeTextDocument((event) => this.documentChanged(event)));
    this.register(vscode.workspace.onDidOpenTextDocument((doc) => this.documentOpened(doc)));
    this.register(vscode.workspace.onDidSaveTextDocument((doc) => this.documentSaved(doc)));
    this.register(vscode.workspace.onDidCloseTextDocument((doc) => this.documentClosed(doc)));
    this.register(vscode.workspace.onDidRenameFiles((event) => void this.filesRenamed(event)));
    this.register(vscode.workspace.onDidDeleteFiles((event) => this.filesDeleted(event)));
    this.register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('claimlens.sidecarSuffix')) this.watchSidecars();
      }),
    );
    this.register({ dispose: () => this.sidecarWatcher?.dispose() });
  }

  /** Loads an article's sidecar (once; later calls return the held state). A missing sidecar is an empty one. */
  async load(articleUri: vscode.Uri): Promise<ArticleState> {
    return this.state(await this.entry(articleUri));
  }

  /** The held state of a loaded article. */
  current(articleUri: vscode.Uri): ArticleState | undefined {
    const entry = this.entries.get(articleUri.toString());
    return entry && this.state(entry);
  }

  /**
   * Applies `mutate` to a copy of the article's data, re-anchors it against the current text, and saves the sidecar
   * atomically. Throws when the sidecar is malformed (read-only) or cannot be written; `updated` is set on the
   * annotations the mutation changed.
   */
  async edit(articleUri: vscode.Uri, mutate: (data: SidecarData) => void): Promise<void> {
    const entry = await this.entry(articleUri);
    await this.run(entry, async () => {
      this.assertWritable(entry);
      const text = await this.articleText(entry.uri);
      this.assertWritable(entry);
      const before = entry.data;
      const draft = structuredClone(before);
      mutate(draft);
      touchUpdated(before, draft, new Date().toISOString());
      this.setData(entry, reanchorData(this.openText(entry.uri) ?? text, draft));
      this.changed.fire(entry.uri);
      await this.persist(entry);
    });
  }

  /** Writes held changes now (as saving the article does). */
  async save(articleUri: vscode.Uri): Promise<void> {
    const entry = this.entries.get(articleUri.toString());
    if (entry) await this.run(entry, () => this.persist(entry));
  }

  // -------------------------------------------------------------------------------------------------------------
  // Loading and saving

  private entry(uri: vscode.Uri): Promise<Entry> {
    const key = uri.toString();
    const existing = this.entries.get(key);
    if (existing) return Promise.resolve(existing);
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.read(uri).finally(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    return pending;
  }

  private async read(uri: vscode.Uri): Promise<Entry> {
    const sidecar = this.sidecarUri(uri);
    const [diskText, text] = await Promise.all([this.readText(sidecar), this.articleText(uri)]);
    const empty = emptySidecar(baseName(uri.path));
    const entry: Entry = { uri, sidecar, data: empty, base: empty, diskText, unsaved: false, readOnly: false, queue: Promise.resolve() };
    if (diskText !== undefined) {
      const parsed = parseSidecar(diskText, { articleName: baseName(uri.path) });
      if (parsed.ok) {
        entry.base = parsed.data;
        this.setData(entry, reanchorData(this.openText(uri) ?? text, parsed.data));
      } else {
        this.markMalformed(entry, parsed.error);
      }
    }
    if (this.isDisposed) return entry;
    this.entries.set(uri.toString(), entry);
    this.changed.fire(uri);
    return entry;
  }

  /** Writes the held data if it differs from the file. Runs inside the article's queue. */
  private async persist(entry: Entry): Promise<void> {
    this.assertWritable(entry);
    // The watcher may not have reported an outside change yet: never write over what we have not read.
    const onDisk = await this.readText(entry.sidecar);
    if (onDisk !== entry.diskText) await this.absorb(entry, onDisk);
    this.assertWritable(entry);
    if (entry.diskText === undefined && entry.data.annotations.length === 0 && entry.data.dismissed.length === 0) return;
    const data: SidecarData = { ...entry.data, article: baseName(entry.uri.path) };
    const text = serializeSidecar(data, entry.diskText);
    if (text !== entry.diskText) {
      await writeFileAtomic((this.options.fileSystem ?? workspaceAtomicFs)(entry.sidecar), entry.sidecar.path, encoder.encode(text));
      entry.diskText = text;
    }
    entry.base = data;
    this.refreshUnsaved(entry);
  }

  /**
   * Takes in a sidecar text read from disk that differs from the last one seen. Unsaved changes are merged by id with
   * it (conflicts go to the user); otherwise it replaces the held data. A malformed text makes the article read-only.
   * `undefined` (the file was deleted) goes to `absorbDeletion`.
   */
  private async absorb(entry: Entry, diskText: string | undefined): Promise<void> {
    if (diskText === entry.diskText) return;
    if (diskText === undefined) return this.absorbDeletion(entry);
    const parsed = parseSidecar(diskText, { articleName: baseName(entry.uri.path) });
    if (!parsed.ok) {
      entry.diskText = diskText;
      this.markMalformed(entry, parsed.error);
      this.changed.fire(entry.uri);
      return;
    }
    const theirs = parsed.data;
    const text = await this.articleText(entry.uri);
    let result = theirs;
    if (!sameSidecar(entry.data, entry.base, { ignoreAnchors: true })) {
      const first = mergeSidecars(entry.base, entry.data, theirs);
      if (first.conflicts.length === 0) {
        result = first.data;
      } else {
        const choose = this.options.chooseConflictResolution ?? askConflictResolution;
        const choice = (await choose(entry.uri, first.conflicts)) ?? 'ours';
        // Merge again: typing may have moved anchors while the user was choosing.
        const again = mergeSidecars(entry.base, entry.data, theirs);
        result = resolveConflicts(again.data, again.conflicts, () => choice);
      }
    } else if (!sameSidecar(entry.data, entry.base)) {
      // Only anchors differ (typing in an unsaved article): keep ours for the annotations both sides have.
      result = mergeSidecars(entry.base, entry.data, theirs).data;
    }
    entry.diskText = diskText;
    entry.base = theirs;
    this.clearMalformed(entry);
    this.setData(entry, reanchorData(this.openText(entry.uri) ?? text, result));
    this.changed.fire(entry.uri);
  }

  /**
   * The sidecar was deleted on disk. Without unsaved changes the held annotations follow the deletion (they are in the
   * file's history) and the user is told. With unsaved changes the user is asked; until the answer, and when the
   * question is dismissed, the annotations are kept, unsaved, and the sidecar is written again at the next save.
   * Runs inside the article's queue.
   */
  private async absorbDeletion(entry: Entry): Promise<void> {
    const empty = emptySidecar(baseName(entry.uri.path));
    const held = entry.data.annotations.length + entry.data.dismissed.length;
    const asked = entry.unsaved;
    let keep = false;
    if (asked) {
      const choose = this.options.chooseSidecarDeletion ?? askSidecarDeletion;
      keep = ((await choose(entry.uri, entry.sidecar)) ?? 'keep') === 'keep';
    }
    entry.diskText = undefined;
    entry.base = empty;
    this.clearMalformed(entry);
    if (keep) this.refreshUnsaved(entry);
    else this.setData(entry, empty);
    this.changed.fire(entry.uri);
    if (!asked && held > 0) {
      this.inform(
        `${baseName(entry.sidecar.path)} was deleted on disk, so ClaimLens no longer shows the annotations of ${baseName(entry.uri.path)}. Restore the file (from git, for example) to get them back.`,
      );
    }
  }

  private markMalformed(entry: Entry, error: SidecarIssue): void {
    entry.readOnly = true;
    entry.error = error;
    const position = new vscode.Position(Math.max(0, error.line - 1), Math.max(0, error.col - 1));
    const diagnostic = new vscode.Diagnostic(
      new vscode.Range(position, position.translate(0, 1)),
      `${error.message} ClaimLens will not write this file, and the annotations of ${baseName(entry.uri.path)} are read-only until it is fixed.`,
      vscode.DiagnosticSeverity.Error,
    );
    diagnostic.source = 'ClaimLens';
    this.diagnostics.set(entry.sidecar, [diagnostic]);
    const report = `${error.line}:${error.col}:${error.message}`;
    if (entry.reported === report) return;
    entry.reported = report;
    const message = `ClaimLens cannot read ${baseName(entry.sidecar.path)} (line ${error.line}, column ${error.col}): ${error.message} Its annotations are read-only until the file is fixed.`;
    if (this.options.showError) this.options.showError(message, entry.sidecar);
    else {
      void vscode.window.showErrorMessage(message, 'Open Sidecar').then((choice) => {
        if (choice) void vscode.window.showTextDocument(entry.sidecar);
      });
    }
  }

  private clearMalformed(entry: Entry): void {
    entry.readOnly = false;
    entry.error = undefined;
    entry.reported = undefined;
    this.diagnostics.delete(entry.sidecar);
  }

  private assertWritable(entry: Entry): void {
    if (!entry.readOnly) return;
    const where = entry.error ? ` (line ${entry.error.line}, column ${entry.error.col}: ${entry.error.message})` : '';
    throw new Error(
      `The annotations of ${baseName(entry.uri.path)} are read-only: its sidecar ${baseName(entry.sidecar.path)} is malformed${where}. Fix the file; ClaimLens does not overwrite it.`,
    );
  }

  // -------------------------------------------------------------------------------------------------------------
  // Events

  private documentChanged(event: vscode.TextDocumentChangeEvent): void {
    const entry = this.entries.get(event.document.uri.toString());
    if (!entry || event.contentChanges.length === 0) return;
    const changes: TextChange[] = event.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
    const text = event.document.getText();
    let data = applyLiveEdits(entry.data, text, changes);
    // Not dirty after a change: the document was reloaded from disk or undone to its saved text. Re-anchor fully.
    if (!event.document.isDirty) data = reanchorData(text, data);
    if (sameItemsByIdentity(entry.data, data)) return;
    this.setData(entry, data);
    this.changed.fire(entry.uri);
  }

  /** A document opened after its article was loaded may hold newer text than the file read then. */
  private documentOpened(doc: vscode.TextDocument): void {
    const entry = this.entries.get(doc.uri.toString());
    if (!entry) return;
    const data = reanchorData(doc.getText(), entry.data);
    if (sameItemsByIdentity(entry.data, data)) return;
    this.setData(entry, data);
    this.changed.fire(entry.uri);
  }

  private documentSaved(doc: vscode.TextDocument): void {
    const entry = this.entries.get(doc.uri.toString());
    if (!entry || !entry.unsaved || entry.readOnly) return;
    void this.run(entry, () => this.persist(entry)).catch((error: unknown) => this.reportFailure(entry, error));
  }

  private documentClosed(doc: vscode.TextDocument): void {
    const entry = this.entries.get(doc.uri.toString());
    // Anchors moved by unsaved typing describe text that is gone now; decisions not yet written are kept.
    if (!entry || entry.readOnly || !sameSidecar(entry.data, entry.base, { ignoreAnchors: true })) return;
    this.entries.delete(doc.uri.toString());
  }

  private articleChangedOnDisk(uri: vscode.Uri): void {
    const entry = this.entries.get(uri.toString());
    // An open document is reloaded by VS Code and its change events re-anchor; until then its text is the truth.
    if (!entry) return;
    void this.run(entry, async () => {
      const text = await this.articleText(uri);
      const data = reanchorData(this.openText(uri) ?? text, entry.data);
      if (sameItemsByIdentity(entry.data, data)) return;
      this.setData(entry, data);
      this.changed.fire(uri);
    });
  }

  private sidecarChangedOnDisk(sidecar: vscode.Uri): void {
    const articlePath = articlePathFor(sidecar.path, this.suffixFor(sidecar));
    if (articlePath === undefined) return;
    const article = sidecar.with({ path: articlePath });
    const entry = this.entries.get(article.toString());
    if (!entry) {
      // Not loaded: only refresh a diagnostic we showed for it.
      if (this.diagnostics.has(sidecar)) void this.rediagnose(sidecar, article);
      return;
    }
    // Read even after a deletion: git and many editors replace a file by deleting it and writing it again, and the
    // new file may already be there. Only a sidecar still missing now counts as deleted.
    // A sidecar the store moved with its renamed article is no longer the entry's: its deletion is not news.
    const current = () => entry.sidecar.toString() === sidecar.toString();
    void this.run(entry, async () => {
      if (!current()) return;
      const text = await this.readText(sidecar);
      if (current()) await this.absorb(entry, text);
    }).catch((error: unknown) => this.reportFailure(entry, error));
  }

  private async rediagnose(sidecar: vscode.Uri, article: vscode.Uri): Promise<void> {
    const text = await this.readText(sidecar).catch(() => undefined);
    const parsed = text === undefined ? undefined : parseSidecar(text, { articleName: baseName(article.path) });
    if (!parsed || parsed.ok) this.diagnostics.delete(sidecar);
  }

  private async filesRenamed(event: vscode.FileRenameEvent): Promise<void> {
    for (const { oldUri, newUri } of event.files) {
      try {
        const stat = await vscode.workspace.fs.stat(newUri);
        const blocked = (stat.type & vscode.FileType.File) !== 0 && !(await this.moveSidecar(oldUri, newUri));
        for (const entry of [...this.entries.values()]) {
          const moved = movedUri(entry.uri, oldUri, newUri);
          if (!moved) continue;
          // The new name has a sidecar of its own: forget the held state, the next load reads that file.
          if (blocked) this.entries.delete(entry.uri.toString());
          else this.rekey(entry, moved);
        }
      } catch (error) {
        this.reportFailure(undefined, error);
      }
    }
  }

  /** Moves the sidecar with its article; false when the new name already has a sidecar (neither file is touched). */
  private async moveSidecar(oldArticle: vscode.Uri, newArticle: vscode.Uri): Promise<boolean> {
    const from = this.sidecarUri(oldArticle);
    const to = this.sidecarUri(newArticle);
    if (!(await exists(from))) return true;
    if (await exists(to)) {
      this.inform(`${baseName(newArticle.path)} already has a sidecar; the annotations of ${baseName(oldArticle.path)} stay in ${baseName(from.path)}.`);
      return false;
    }
    const entry = this.entries.get(oldArticle.toString());
    const move = () => Promise.resolve(vscode.workspace.fs.rename(from, to, { overwrite: false }));
    await (entry ? this.run(entry, move) : move());
    return true;
  }

  private rekey(entry: Entry, uri: vscode.Uri): void {
    this.entries.delete(entry.uri.toString());
    this.diagnostics.delete(entry.sidecar);
    entry.uri = uri;
    entry.sidecar = this.sidecarUri(uri);
    entry.data = { ...entry.data, article: baseName(uri.path) };
    this.entries.set(uri.toString(), entry);
    if (entry.readOnly && entry.error) this.markMalformed(entry, entry.error);
    this.refreshUnsaved(entry);
    this.changed.fire(uri);
    // Record the new name in the sidecar (`article:`), unless the file is malformed or absent.
    if (!entry.readOnly && entry.diskText !== undefined) {
      void this.run(entry, () => this.persist(entry)).catch((error: unknown) => this.reportFailure(entry, error));
    }
  }

  private filesDeleted(event: vscode.FileDeleteEvent): void {
    for (const uri of event.files) {
      for (const entry of [...this.entries.values()]) {
        if (movedUri(entry.uri, uri, uri)) this.entries.delete(entry.uri.toString());
      }
      const sidecar = this.sidecarUri(uri);
      void exists(sidecar).then((found) => {
        if (found) {
          this.inform(
            `${baseName(uri.path)} was deleted. Its annotations are kept in ${baseName(sidecar.path)}; delete that file too if they are no longer needed.`,
          );
        }
      });
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Helpers

  private watchSidecars(): void {
    this.sidecarWatcher?.dispose();
    const suffix = readSettings().sidecarSuffix;
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${suffix}`);
    const subscriptions = [
      watcher.onDidCreate((uri) => this.sidecarChangedOnDisk(uri)),
      watcher.onDidChange((uri) => this.sidecarChangedOnDisk(uri)),
      watcher.onDidDelete((uri) => this.sidecarChangedOnDisk(uri)),
    ];
    this.sidecarWatcher = vscode.Disposable.from(watcher, ...subscriptions);
  }

  private run<T>(entry: Entry, operation: () => Promise<T>): Promise<T> {
    const result = entry.queue.then(operation, operation);
    entry.queue = result.catch(() => undefined);
    return result;
  }

  private setData(entry: Entry, data: SidecarData): void {
    entry.data = data;
    this.refreshUnsaved(entry);
  }

  private refreshUnsaved(entry: Entry): void {
    entry.unsaved = !sameSidecar(entry.data, entry.base);
  }

  private state(entry: Entry): ArticleState {
    return { uri: entry.uri, sidecarUri: entry.sidecar, data: entry.data, readOnly: entry.readOnly, error: entry.error, unsaved: entry.unsaved };
  }

  private suffixFor(uri: vscode.Uri): string {
    return this.options.sidecarSuffix?.(uri) ?? readSettings(uri).sidecarSuffix;
  }

  private sidecarUri(article: vscode.Uri): vscode.Uri {
    return article.with({ path: sidecarPathFor(article.path, this.suffixFor(article)) });
  }

  private openText(uri: vscode.Uri): string | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === key)?.getText();
  }

  /** The article's text: the open document's, else the file's (UTF-8, BOM dropped as VS Code does), else ''. */
  private async articleText(uri: vscode.Uri): Promise<string> {
    return this.openText(uri) ?? (await this.readText(uri)) ?? '';
  }

  private async readText(uri: vscode.Uri): Promise<string | undefined> {
    try {
      return decoder.decode(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'EntryNotFound')) return undefined;
      throw error;
    }
  }

  private inform(message: string): void {
    if (this.options.showInformation) this.options.showInformation(message);
    else void vscode.window.showInformationMessage(message);
  }

  private reportFailure(entry: Entry | undefined, error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    const what = entry ? `the annotations of ${baseName(entry.uri.path)}` : 'a sidecar';
    void vscode.window.showErrorMessage(`ClaimLens could not save ${what}: ${reason}`);
  }
}

/** Where `uri` is after `from` was renamed to `to` (`from` a file or a folder), or undefined when it is not under `from`. */
function movedUri(uri: vscode.Uri, from: vscode.Uri, to: vscode.Uri): vscode.Uri | undefined {
  if (uri.scheme !== from.scheme || uri.authority !== from.authority) return undefined;
  if (uri.path === from.path) return to;
  const folder = from.path.endsWith('/') ? from.path : `${from.path}/`;
  return uri.path.startsWith(folder) ? to.with({ path: to.path.replace(/\/?$/, '/') + uri.path.slice(folder.length) }) : undefined;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Whether two data hold the very same item objects (live edits return unmoved items unchanged). */
function sameItemsByIdentity(a: SidecarData, b: SidecarData): boolean {
  return (
    a.annotations.length === b.annotations.length &&
    a.dismissed.length === b.dismissed.length &&
    a.annotations.every((item, i) => item === b.annotations[i]) &&
    a.dismissed.every((item, i) => item === b.dismissed[i])
  );
}

/** Sets `updated` on the annotations a mutation changed without setting it itself. */
function touchUpdated(before: SidecarData, after: SidecarData, now: string): void {
  const previous = new Map(before.annotations.map((a) => [a.id, a]));
  for (const annotation of after.annotations) {
    const old = previous.get(annotation.id);
    if (old && old.updated === annotation.updated && !deepEqual(old, annotation)) annotation.updated = now;
  }
}
