import * as vscode from 'vscode';
import type { SidecarData } from '../core/annotations';
import type { Finding } from '../core/findings';
import { ArticleReview } from '../core/editor/articleReview';
import { Disposable } from './dispose';
import type { ArticleDocuments } from './documents';

/** What the editor features need from the sidecar store (`AnnotationStore` satisfies it). */
export interface ReviewStore {
  readonly onDidChange: vscode.Event<vscode.Uri>;
  load(articleUri: vscode.Uri): Promise<StoredArticle>;
  current(articleUri: vscode.Uri): StoredArticle | undefined;
  edit(articleUri: vscode.Uri, mutate: (data: SidecarData) => void): Promise<void>;
}

/** One article's sidecar as the store holds it: anchors valid for the current document text. */
export interface StoredArticle {
  data: SidecarData;
  readOnly: boolean;
  error?: { message: string; line: number; col: number };
}

const EMPTY: SidecarData = { version: 1, article: '', annotations: [], dismissed: [] };

/** Everything the editor shows for one article at one document version. */
export class ReviewSnapshot extends ArticleReview {
  constructor(
    readonly uri: vscode.Uri,
    readonly version: number,
    findings: readonly Finding[],
    stored: StoredArticle | undefined,
  ) {
    super(findings, stored?.data ?? EMPTY);
    this.readOnly = stored?.readOnly ?? false;
    this.error = stored?.error;
  }

  /** True when the sidecar is malformed and must not be written. */
  readonly readOnly: boolean;
  /** Why the sidecar could not be read, positioned. */
  readonly error?: StoredArticle['error'];
}

/**
 * Joins the detector's findings and the sidecar's annotations into one snapshot per article (via `reconcile`),
 * cached per document version and store change, and tells listeners when an article's snapshot changed.
 */
export class ReviewState extends Disposable {
  private readonly cache = new Map<string, { version: number; generation: number; snapshot: ReviewSnapshot }>();
  private readonly generations = new Map<string, number>();
  private readonly changed = this.register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires with an article's uri when its findings or annotations changed. */
  readonly onDidChange = this.changed.event;

  constructor(
    readonly documents: ArticleDocuments,
    readonly store: ReviewStore,
  ) {
    super();
    this.register(documents.onDidChangeFindings((uri) => this.invalidate(uri)));
    this.register(store.onDidChange((uri) => this.invalidate(uri)));
    this.register(vscode.workspace.onDidCloseTextDocument((doc) => this.drop(doc.uri)));
  }

  /** Starts detection and sidecar loading for an article; resolves once both are available. */
  async open(doc: vscode.TextDocument): Promise<ReviewSnapshot | undefined> {
    if (!this.documents.isArticle(doc)) return undefined;
    const [findings] = await Promise.all([this.documents.ensure(doc), this.loadStore(doc.uri)]);
    if (!findings) return undefined;
    return this.snapshot(doc);
  }

  /** The article's snapshot now, or undefined when it was never opened or is not an article. */
  snapshot(doc: vscode.TextDocument): ReviewSnapshot | undefined {
    const findings = this.documents.current(doc);
    if (!findings) return undefined;
    const key = doc.uri.toString();
    const generation = this.generations.get(key) ?? 0;
    const cached = this.cache.get(key);
    if (cached && cached.version === doc.version && cached.generation === generation && cached.snapshot.findings === findings) {
      return cached.snapshot;
    }
    const snapshot = new ReviewSnapshot(doc.uri, doc.version, findings, this.store.current(doc.uri));
    this.cache.set(key, { version: doc.version, generation, snapshot });
    return snapshot;
  }

  private async loadStore(uri: vscode.Uri): Promise<void> {
    if (this.store.current(uri)) return;
    try {
      await this.store.load(uri);
    } catch {
      // A missing or unreadable sidecar leaves the article with detections only; the store reports parse errors.
    }
  }

  private invalidate(uri: vscode.Uri): void {
    const key = uri.toString();
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.cache.delete(key);
    this.changed.fire(uri);
  }

  private drop(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
    this.generations.delete(uri.toString());
  }
}
