import * as vscode from 'vscode';
import { STATUSES, type Annotation, type ClaimStatus, type SidecarData } from '../core/annotations';
import { SCAN_CHUNK, SCAN_SLICE_MS, summariseClaims, type TreeClaim } from '../core/editor/articleSummary';
import type { Detector } from '../core/detect/detector';
import type { Finding } from '../core/findings';
import { reconcile } from '../core/review/reconcile';
import { decodeArticle } from '../core/text/binary';
import { isSidecarPath } from '../core/sidecar/paths';
import type { ClaimArgs } from './claimTarget';
import { statusColorId } from '../core/editor/theme';
import { Disposable } from './dispose';
import type { ReviewSnapshot, ReviewState } from './reviewState';
import type { GroupBy, Settings } from './settings';

/** Files the background scan reads at most. */
const SCAN_LIMIT = 5000;

/** What the tree knows about one article. */
export interface ArticleSummary {
  uri: vscode.Uri;
  claims: TreeClaim[];
}

/** A group node: an article, a status, a source, or the Unanchored group. */
export interface GroupNode {
  type: 'group';
  key: string;
  label: string;
  contextValue: 'article' | 'status' | 'source' | 'unanchored';
  uri?: vscode.Uri;
  status?: ClaimStatus | 'pending';
  children: ClaimNode[];
}

/** A claim node; `claim` holds the arguments its commands and context menu items receive. */
export interface ClaimNode {
  type: 'claim';
  key: string;
  claim: ClaimArgs;
  article: vscode.Uri;
  item: TreeClaim;
  /** Shown as the description when the group does not already say which article this is. */
  showArticle: boolean;
}

export type ClaimsNode = GroupNode | ClaimNode;

/** A workspace article as read for the scan; text, detector and data are missing when it is open or unreadable. */
interface LoadedFile {
  uri: vscode.Uri;
  text?: string;
  detector?: Detector;
  data?: SidecarData;
}

const STATUS_LABELS: Record<ClaimStatus | 'pending', string> = {
  pending: 'Not reviewed',
  unchecked: 'Unchecked',
  'in-progress': 'In progress',
  verified: 'Verified',
  disputed: 'Disputed',
  false: 'False',
  inconclusive: 'Inconclusive',
};

const STATUS_ICONS: Record<ClaimStatus | 'pending', string> = {
  pending: 'circle-large-outline',
  unchecked: 'circle-outline',
  'in-progress': 'sync',
  verified: 'pass',
  disputed: 'warning',
  false: 'error',
  inconclusive: 'question',
};

/** Summarises reconciled findings and annotations for the tree. */
export function summarise(uri: vscode.Uri, pending: readonly Finding[], annotations: readonly Annotation[]): ArticleSummary {
  return { uri, claims: summariseClaims(pending, annotations) };
}

function oneLine(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * The Claims view: every article's claims, grouped by article, status or source, with counts on the groups and
 * an Unanchored group. The workspace scan runs in the background, in chunks, the first time the view is shown.
 */
export class ClaimsTree extends Disposable implements vscode.TreeDataProvider<ClaimsNode> {
  private readonly summaries = new Map<string, ArticleSummary>();
  /** Articles whose sidecar the scan is loading right now. */
  private readonly reading = new Set<string>();
  private readonly changed = this.register(new vscode.EventEmitter<ClaimsNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  private readonly scanned = this.register(new vscode.EventEmitter<number>());
  /** Fires with the number of articles after each completed workspace scan. */
  readonly onDidScan = this.scanned.event;
  private scanning?: Promise<number>;
  private scanGeneration = 0;
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private groupBy: GroupBy;
  readonly view: vscode.TreeView<ClaimsNode>;

  constructor(
    private readonly review: ReviewState,
    private readonly settings: Settings,
  ) {
    super();
    this.groupBy = settings.get().groupBy;
    void vscode.commands.executeCommand('setContext', 'claimlens.groupBy', this.groupBy);
    this.view = this.register(vscode.window.createTreeView('claimlens.claims', { treeDataProvider: this, showCollapseAll: true }));
    this.register(review.onDidChange((uri) => this.onArticleChanged(uri)));
    this.register(
      settings.onDidChange((change) => {
        if (change.claimsView) this.setGroupBy(settings.get().groupBy);
        if (change.articles || change.detection || change.sidecar) void this.scan(true);
      }),
    );
  }

  /** The current grouping. */
  get grouping(): GroupBy {
    return this.groupBy;
  }

  /** Switches the grouping (the view's title buttons). */
  setGroupBy(groupBy: GroupBy): void {
    if (groupBy === this.groupBy) return;
    this.groupBy = groupBy;
    void vscode.commands.executeCommand('setContext', 'claimlens.groupBy', groupBy);
    this.changed.fire(undefined);
  }

  /** Scans the workspace's articles (once, unless `force`); resolves to the number of articles summarised. */
  scan(force = false): Promise<number> {
    if (this.scanning && !force) return this.scanning;
    const generation = ++this.scanGeneration;
    this.scanning = Promise.resolve(
      vscode.window.withProgress({ location: { viewId: 'claimlens.claims' }, title: 'Scanning articles' }, () => this.runScan(generation)),
    );
    return this.scanning;
  }

  getTreeItem(node: ClaimsNode): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.key;
      item.contextValue = node.contextValue;
      const n = node.children.length;
      item.description = `${n}`;
      item.tooltip = `${node.label}: ${n} claim${n === 1 ? '' : 's'}`;
      if (node.contextValue === 'article') {
        item.resourceUri = node.uri;
        item.iconPath = vscode.ThemeIcon.File;
        const pending = node.children.filter((c) => c.item.status === 'pending').length;
        item.description = pending ? `${n} · ${pending} not reviewed` : `${n}`;
      } else if (node.contextValue === 'status' && node.status) {
        item.iconPath = new vscode.ThemeIcon(STATUS_ICONS[node.status], new vscode.ThemeColor(statusColorId(node.status)));
      } else if (node.contextValue === 'unanchored') {
        item.iconPath = new vscode.ThemeIcon('debug-disconnect');
        item.tooltip = 'Annotations whose quote is no longer in the article. Select the text and run Re-attach Unanchored Annotation to Selection.';
      } else {
        item.iconPath = new vscode.ThemeIcon('person');
      }
      return item;
    }
    const c = node.item;
    const item = new vscode.TreeItem(oneLine(c.text), vscode.TreeItemCollapsibleState.None);
    item.id = node.key;
    item.contextValue = c.unanchored ? 'claim.unanchored' : c.status === 'pending' ? 'claim.pending' : 'claim.annotation';
    const where = node.showArticle ? ` · ${vscode.workspace.asRelativePath(node.article, false)}` : '';
    item.description = `${c.kind} · ${STATUS_LABELS[c.status]}${c.source ? ` · ${oneLine(c.source, 30)}` : ''}${where}`;
    // The shape says the status (readable without colour), the colour repeats it.
    item.iconPath = new vscode.ThemeIcon(STATUS_ICONS[c.status], new vscode.ThemeColor(statusColorId(c.status)));
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(`${c.kind === 'attributed' ? 'Attributed claim' : 'Unverified statement'} · ${STATUS_LABELS[c.status]}\n\n${oneLine(c.text, 400)}`);
    item.tooltip = tooltip;
    if (!c.unanchored) item.command = { title: 'Reveal Claim', command: 'claimlens.revealClaim', arguments: [node.claim] };
    return item;
  }

  getChildren(node?: ClaimsNode): ClaimsNode[] {
    if (node) return node.type === 'group' ? node.children : [];
    // The scan starts the first time anyone looks at the tree, never at activation.
    void this.scan();
    return this.roots();
  }

  getParent(): undefined {
    return undefined;
  }

  /** The top-level groups for the current grouping. */
  roots(): GroupNode[] {
    const articles = [...this.summaries.values()].sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
    const unanchored: ClaimNode[] = [];
    const groups = new Map<string, GroupNode>();
    const group = (key: string, make: () => Omit<GroupNode, 'children' | 'type' | 'key'>): GroupNode => {
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { type: 'group', key, children: [], ...make() }));
      return g;
    };
    if (this.groupBy === 'status') for (const s of ['pending', ...STATUSES] as const) group(`status:${s}`, () => ({ label: STATUS_LABELS[s], contextValue: 'status', status: s }));
    for (const article of articles) {
      const articleKey = article.uri.toString();
      for (const c of article.claims) {
        const claimKey = `${articleKey}#${c.id ?? `${c.kind}:${c.start}-${c.end}`}`;
        const claim: ClaimArgs = c.id ? { uri: articleKey, id: c.id } : { uri: articleKey, start: c.start, end: c.end, kind: c.kind };
        if (c.unanchored) {
          unanchored.push({ type: 'claim', key: `unanchored:${claimKey}`, claim, article: article.uri, item: c, showArticle: true });
          continue;
        }
        let g: GroupNode;
        if (this.groupBy === 'article') {
          g = group(`article:${articleKey}`, () => ({ label: vscode.workspace.asRelativePath(article.uri, false), contextValue: 'article', uri: article.uri }));
        } else if (this.groupBy === 'status') {
          g = group(`status:${c.status}`, () => ({ label: STATUS_LABELS[c.status], contextValue: 'status', status: c.status }));
        } else {
          const source = c.source?.trim() || '(no source)';
          g = group(`source:${source.toLowerCase()}`, () => ({ label: source, contextValue: 'source' }));
        }
        g.children.push({ type: 'claim', key: `${g.key}/${claimKey}`, claim, article: article.uri, item: c, showArticle: this.groupBy !== 'article' });
      }
    }
    let roots = [...groups.values()].filter((g) => g.children.length > 0);
    if (this.groupBy === 'source') roots = roots.sort((a, b) => b.children.length - a.children.length || a.label.localeCompare(b.label));
    if (unanchored.length) roots.push({ type: 'group', key: 'unanchored', label: 'Unanchored', contextValue: 'unanchored', children: unanchored });
    return roots;
  }

  override dispose(): void {
    this.scanGeneration++;
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    super.dispose();
  }

  private globs(): { include: string; exclude: string | undefined } {
    const s = this.settings.get();
    const byLanguage: Record<string, string[]> = { plaintext: ['**/*.txt'], markdown: ['**/*.md', '**/*.markdown'], 'claimlens-article': ['**/*.article'] };
    const patterns = [...new Set([...s.languages.flatMap((l) => byLanguage[l] ?? []), ...s.include])];
    return { include: `{${patterns.join(',')}}`, exclude: s.exclude.length ? `{${s.exclude.join(',')}}` : undefined };
  }

  private async runScan(generation: number): Promise<number> {
    const { include, exclude } = this.globs();
    const files = await vscode.workspace.findFiles(include, exclude, SCAN_LIMIT);
    const seen = new Set<string>();
    let slice = performance.now();
    // Yields whenever the scan has worked SCAN_SLICE_MS in one go, so typing and hovers never wait on it.
    const breathe = async () => {
      if (performance.now() - slice < SCAN_SLICE_MS) return;
      await new Promise((resolve) => setTimeout(resolve, 0));
      slice = performance.now();
    };
    for (let i = 0; i < files.length; i += SCAN_CHUNK) {
      if (generation !== this.scanGeneration) return seen.size;
      const chunk = files.slice(i, i + SCAN_CHUNK).filter((uri) => !isSidecarPath(uri.path, this.settings.get(uri).sidecarSuffix));
      // Reads run concurrently; the detection of each article runs alone, between yields.
      const loaded = await Promise.all(chunk.map((uri) => this.loadFile(uri)));
      slice = performance.now();
      for (const file of loaded) {
        seen.add(file.uri.toString());
        const summary = this.summariseLoaded(file);
        if (summary) this.summaries.set(file.uri.toString(), summary);
        else this.summaries.delete(file.uri.toString());
        await breathe();
      }
      this.scheduleRefresh();
    }
    for (const key of [...this.summaries.keys()]) if (!seen.has(key) && !this.openSnapshot(vscode.Uri.parse(key))) this.summaries.delete(key);
    this.scheduleRefresh();
    this.scanned.fire(this.summaries.size);
    return this.summaries.size;
  }

  private openSnapshot(uri: vscode.Uri): ReviewSnapshot | undefined {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return doc && this.review.documents.isArticle(doc) ? this.review.snapshot(doc) : undefined;
  }

  /** An article's text, detector and sidecar, read without blocking (the detection itself is left for later). */
  private async loadFile(uri: vscode.Uri): Promise<LoadedFile> {
    if (this.openSnapshot(uri)) return { uri };
    try {
      const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri));
      if (!decoded.ok) return { uri };
      const detector = await this.review.documents.detectorFor(uri);
      let data: SidecarData = { version: 1, article: '', annotations: [], dismissed: [] };
      this.reading.add(uri.toString());
      try {
        data = (await this.review.store.load(uri)).data;
      } catch {
        // No readable sidecar: the article's detections alone.
      } finally {
        this.reading.delete(uri.toString());
      }
      return { uri, text: decoded.text, detector, data };
    } catch {
      return { uri };
    }
  }

  /** An article's summary: from the open document when there is one, else from what `loadFile` read. */
  private summariseLoaded(file: LoadedFile): ArticleSummary | undefined {
    const open = this.openSnapshot(file.uri);
    if (open) return summarise(file.uri, open.pending, [...open.annotations, ...open.unanchored]);
    if (file.text === undefined || !file.detector || !file.data) return undefined;
    const { annotations, pending } = reconcile(file.detector.detect(file.text), file.data);
    return summarise(file.uri, pending, annotations);
  }

  private async summariseFile(uri: vscode.Uri): Promise<ArticleSummary | undefined> {
    return this.summariseLoaded(await this.loadFile(uri));
  }

  private onArticleChanged(uri: vscode.Uri): void {
    // Until someone looks at the tree there is nothing to keep current: the first scan reads every article anyway.
    // The store announces the sidecars the scan itself loads; those are summarised by the scan.
    if (!this.scanning || this.reading.has(uri.toString())) return;
    const open = this.openSnapshot(uri);
    if (open) {
      this.summaries.set(uri.toString(), summarise(uri, open.pending, [...open.annotations, ...open.unanchored]));
      this.scheduleRefresh();
    } else if (this.summaries.has(uri.toString())) {
      void this.summariseFile(uri).then((s) => {
        if (s) this.summaries.set(uri.toString(), s);
        this.scheduleRefresh();
      });
    }
  }

  private scheduleRefresh(): void {
    if (this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.changed.fire(undefined);
    }, 100);
  }
}
