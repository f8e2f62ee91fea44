/**
 * `ClaimLens: Export…`: asks for a format, a scope (this article or the workspace) and whether to include
 * unreviewed detections, then a destination; writes the export with progress (cancellable for the workspace) and
 * offers to open it. Tests and other extensions pass an `ExportRequest` to skip every prompt.
 */
import * as vscode from 'vscode';
import { EXPORT_FORMATS, FORMAT_NAMES, isExportFormat, type ExportFormat } from '../core/export/formatNames';
import type { ExportArticle, IncludeUnreviewed } from '../core/export/model';
import { prepareArticle } from '../core/export/prepare';
import type { SidecarData } from '../core/annotations';
import { parseSidecar } from '../core/sidecar/format';
import { isSidecarPath, sidecarPathFor } from '../core/sidecar/paths';
import { decodeArticle } from '../core/text/binary';
import { Disposable } from './dispose';
import type { ArticleDocuments } from './documents';
import type { ReviewStore } from './reviewState';
import type { Settings } from './settings';

/** What to export; any field left out is asked for (or, with `out` given, defaulted). */
export interface ExportRequest {
  format?: ExportFormat;
  scope?: 'article' | 'workspace';
  /** The article for `scope: 'article'`; defaults to the active editor's document. */
  uri?: vscode.Uri | string;
  includeUnreviewed?: IncludeUnreviewed;
  /** Where to write; skips the save dialog. */
  out?: vscode.Uri | string;
}

/** What an export wrote. */
export interface ExportResult {
  uri: vscode.Uri;
  format: ExportFormat;
  articles: number;
}

/**
 * The renderers, from their own bundle (kept out of dist/extension.js by esbuild.mjs; under tsc the module sits
 * beside this one), loaded on the first export.
 */
function loadRenderer(): typeof import('./exportRender') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./exportRender') as typeof import('./exportRender');
}

/** Thrown when the user cancels a prompt or the progress notification. */
class Cancelled extends Error {}

export class ExportCommand extends Disposable {
  constructor(
    private readonly documents: ArticleDocuments,
    private readonly store: ReviewStore,
    private readonly settings: Settings,
  ) {
    super();
  }

  /**
   * Runs the command. `arg` is an `ExportRequest` from code, a `Uri` from an explorer or editor menu, or nothing
   * from the palette. Resolves to what was written, or undefined when the user cancelled.
   */
  async run(arg?: unknown): Promise<ExportResult | undefined> {
    const programmatic = isRequest(arg);
    const request: ExportRequest = programmatic ? arg : arg instanceof vscode.Uri ? { scope: 'article', uri: arg } : {};
    try {
      return await this.export(request);
    } catch (err) {
      if (err instanceof Cancelled) return undefined;
      const message = err instanceof Error ? err.message : String(err);
      void vscode.window.showErrorMessage(`ClaimLens: export failed: ${message}`);
      if (programmatic) throw err;
      return undefined;
    }
  }

  private async export(request: ExportRequest): Promise<ExportResult> {
    const format = request.format ?? (await this.pickFormat());
    if (!isExportFormat(format)) throw new Error(`unknown format '${String(format)}' (expected ${EXPORT_FORMATS.join(', ')})`);
    const active = this.activeArticle(request.uri);
    const scope = request.scope ?? (await this.pickScope(active));
    if (scope === 'article' && !active) throw new Error('open an article (a text or Markdown file) to export it, or export the workspace');
    const settingsScope = active ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    const config = vscode.workspace.getConfiguration('claimlens.export', settingsScope);
    const includeUnreviewed =
      request.includeUnreviewed ?? (format === 'claimreview' ? 'omit' : await this.pickUnreviewed(config.get<string>('includeUnreviewed') === 'omit' ? 'omit' : 'marked', request.out !== undefined));
    const target = toUri(request.out) ?? (await this.pickDestination(format, scope, active));

    const cancellable = scope === 'workspace';
    const articles = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `ClaimLens: exporting ${FORMAT_NAMES[format].label}`, cancellable },
      async (progress, token) => {
        const uris = scope === 'article' ? [active!] : await this.workspaceArticles();
        if (uris.length === 0) throw new Error('no articles found in the workspace');
        const out: ExportArticle[] = [];
        for (const [i, uri] of uris.entries()) {
          if (token.isCancellationRequested) throw new Cancelled();
          progress.report({ message: `${i + 1} of ${uris.length}: ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / uris.length });
          const article = await this.readArticle(uri, includeUnreviewed === 'marked' && format !== 'claimreview');
          if (article) out.push(article);
        }
        if (token.isCancellationRequested) throw new Cancelled();
        return out;
      },
    );
    const organization = config.get<string>('organization')?.trim();
    if (format === 'claimreview' && !organization) {
      void vscode.window.showWarningMessage('ClaimLens: ClaimReview names the reviewing organisation as its author; set claimlens.export.organization.');
    }
    const text = loadRenderer().renderExport(format, {
      articles,
      options: { includeUnreviewed, generated: new Date().toISOString(), ...(organization ? { organization } : {}) },
    });
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    void this.offerToOpen(target, format, articles.length);
    return { uri: target, format, articles: articles.length };
  }

  /** Reads an article (the open document's text when it is open) with its sidecar, re-anchored and reconciled. */
  private async readArticle(uri: vscode.Uri, detect: boolean): Promise<ExportArticle | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    let text: string;
    if (open) {
      text = open.getText();
    } else {
      const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri));
      if (!decoded.ok) return undefined; // a binary file matched by a glob is not an article
      text = decoded.text;
    }
    const data = await this.sidecarData(uri);
    const findings = detect ? (await this.documents.detectorFor(uri)).detect(text) : [];
    return prepareArticle({
      path: vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1),
      uri: uri.toString(),
      text,
      data,
      findings,
    });
  }

  /**
   * The article's annotations: the store's copy when it holds the article (anchors follow unsaved edits), else the
   * sidecar read from disk (re-anchored by `prepareArticle`). A malformed sidecar stops the export; it is never written.
   */
  private async sidecarData(uri: vscode.Uri): Promise<SidecarData | undefined> {
    const stored = this.store.current(uri);
    if (stored?.error) throw malformed(uri, stored.error);
    if (stored) return stored.data;
    const sidecar = uri.with({ path: sidecarPathFor(uri.path, this.settings.get(uri).sidecarSuffix) });
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(sidecar);
    } catch (err) {
      if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
      throw err;
    }
    const parsed = parseSidecar(new TextDecoder().decode(bytes), { articleName: uri.path.slice(uri.path.lastIndexOf('/') + 1) });
    if (!parsed.ok) throw malformed(uri, parsed.error);
    return parsed.data;
  }

  /** The workspace's articles, as the Claims view finds them: article languages and includes, minus excludes. */
  private async workspaceArticles(): Promise<vscode.Uri[]> {
    const s = this.settings.get();
    const byLanguage: Record<string, string[]> = { plaintext: ['**/*.txt'], markdown: ['**/*.md', '**/*.markdown'], 'claimlens-article': ['**/*.article'] };
    const patterns = [...new Set([...s.languages.flatMap((l) => byLanguage[l] ?? []), ...s.include])];
    if (patterns.length === 0) return [];
    const files = await vscode.workspace.findFiles(`{${patterns.join(',')}}`, s.exclude.length ? `{${s.exclude.join(',')}}` : undefined);
    return files
      .filter((uri) => !isSidecarPath(uri.path, this.settings.get(uri).sidecarSuffix))
      .sort((a, b) => (a.toString() < b.toString() ? -1 : a.toString() > b.toString() ? 1 : 0));
  }

  private activeArticle(requested: vscode.Uri | string | undefined): vscode.Uri | undefined {
    const uri = toUri(requested);
    if (uri) return uri;
    const doc = vscode.window.activeTextEditor?.document;
    return doc && this.documents.isArticle(doc) ? doc.uri : undefined;
  }

  private async pickFormat(): Promise<ExportFormat> {
    const picked = await vscode.window.showQuickPick(
      EXPORT_FORMATS.map((format) => ({ label: FORMAT_NAMES[format].label, description: FORMAT_NAMES[format].description, format })),
      { title: 'ClaimLens: Export (1/3)', placeHolder: 'Choose a format' },
    );
    if (!picked) throw new Cancelled();
    return picked.format;
  }

  private async pickScope(active: vscode.Uri | undefined): Promise<'article' | 'workspace'> {
    const items: (vscode.QuickPickItem & { scope: 'article' | 'workspace' })[] = [];
    if (active) items.push({ label: 'This article', description: vscode.workspace.asRelativePath(active), scope: 'article' });
    items.push({ label: 'Every article in the workspace', scope: 'workspace' });
    const picked = await vscode.window.showQuickPick(items, { title: 'ClaimLens: Export (2/3)', placeHolder: 'What to export' });
    if (!picked) throw new Cancelled();
    return picked.scope;
  }

  private async pickUnreviewed(preferred: IncludeUnreviewed, skip: boolean): Promise<IncludeUnreviewed> {
    if (skip) return preferred;
    const items: (vscode.QuickPickItem & { value: IncludeUnreviewed })[] = [
      { label: 'Include unreviewed detections, marked as such', value: 'marked' },
      { label: 'Leave unreviewed detections out', value: 'omit' },
    ];
    if (preferred === 'omit') items.reverse();
    items[0].description = '(setting claimlens.export.includeUnreviewed)';
    const picked = await vscode.window.showQuickPick(items, { title: 'ClaimLens: Export (3/3)', placeHolder: 'Detections nobody has reviewed yet' });
    if (!picked) throw new Cancelled();
    return picked.value;
  }

  private async pickDestination(format: ExportFormat, scope: 'article' | 'workspace', active: vscode.Uri | undefined): Promise<vscode.Uri> {
    const { extension, label } = FORMAT_NAMES[format];
    const target = await vscode.window.showSaveDialog({
      title: 'ClaimLens: Export',
      saveLabel: 'Export',
      defaultUri: defaultDestination(format, scope, active),
      filters: { [label]: [extension.slice(1)] },
    });
    if (!target) throw new Cancelled();
    return target;
  }

  private async offerToOpen(target: vscode.Uri, format: ExportFormat, articles: number): Promise<void> {
    const open = format === 'html' ? 'Open in Browser' : 'Open';
    const choice = await vscode.window.showInformationMessage(
      `ClaimLens exported ${articles} article${articles === 1 ? '' : 's'} to ${vscode.workspace.asRelativePath(target)}.`,
      open,
    );
    if (choice !== open) return;
    if (format === 'html') await vscode.env.openExternal(target);
    else await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
  }
}

/** What each format's file is called: `story-claims.md` beside the article, `claimlens-claims.md` for the workspace. */
const FILE_SUFFIX: Record<ExportFormat, string> = { md: 'claims', html: 'claims', csv: 'claims', webannotation: 'annotations', claimreview: 'claimreview' };

function defaultDestination(format: ExportFormat, scope: 'article' | 'workspace', active: vscode.Uri | undefined): vscode.Uri | undefined {
  const name = (stem: string): string => `${stem}-${FILE_SUFFIX[format]}${FORMAT_NAMES[format].extension}`;
  if (scope === 'article' && active) {
    const file = active.path.slice(active.path.lastIndexOf('/') + 1);
    const stem = file.includes('.') ? file.slice(0, file.lastIndexOf('.')) : file;
    return vscode.Uri.joinPath(active, '..', name(stem));
  }
  const folder = (active && vscode.workspace.getWorkspaceFolder(active)?.uri) ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder && vscode.Uri.joinPath(folder, name('claimlens'));
}

function malformed(uri: vscode.Uri, error: { line: number; col: number; message: string }): Error {
  return new Error(`${vscode.workspace.asRelativePath(uri)}'s sidecar is malformed (line ${error.line}, column ${error.col}: ${error.message}); it was left untouched`);
}

function isRequest(arg: unknown): arg is ExportRequest {
  return typeof arg === 'object' && arg !== null && !(arg instanceof vscode.Uri) && ('format' in arg || 'scope' in arg || 'out' in arg || 'uri' in arg || 'includeUnreviewed' in arg);
}

function toUri(value: vscode.Uri | string | undefined): vscode.Uri | undefined {
  if (value === undefined) return undefined;
  if (value instanceof vscode.Uri) return value;
  // A string is a URI when it has a scheme, else a file path.
  return /^[a-z][a-z0-9+.-]+:/i.test(value) ? vscode.Uri.parse(value) : vscode.Uri.file(value);
}
