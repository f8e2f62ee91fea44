import * as vscode from 'vscode';
import type { Finding } from './core/findings';
import { AnnotateCommands } from './extension/annotateCommands';
import { ClaimsTree } from './extension/claimsTree';
import { ClaimCodeActions } from './extension/codeActions';
import { Commands, editorCommands } from './extension/commands';
import { ContextKeys } from './extension/contextKeys';
import { ExportCommand } from './extension/exportCommand';
import { Decorations } from './extension/decorations';
import { ClaimDiagnostics } from './extension/diagnostics';
import { ArticleDocuments } from './extension/documents';
import { Hovers } from './extension/hovers';
import { Navigation } from './extension/navigation';
import { ReviewState, type ReviewSnapshot } from './extension/reviewState';
import { Settings } from './extension/settings';
import { StatusBar } from './extension/statusBar';
import { AnnotationStore } from './extension/store/annotationStore';

/** What `activate` returns: a small API the integration tests use to observe the extension. */
export interface ClaimLensApi {
  /** Milliseconds spent in `activate`, measured with performance marks. */
  readonly activationMs: number;
  /** Milliseconds each activation step took (feature constructors), for finding what activation spends. */
  readonly activationSteps: Readonly<Record<string, number>>;
  /** Whether highlights are currently shown. */
  highlightsEnabled(): boolean;
  /** The ranges last decorated in the document's visible editors, per decoration style. */
  decorationsFor(uri: vscode.Uri): Record<string, vscode.Range[]>;
  /** Fires with a document's uri after its visible editors were decorated. */
  readonly onDidUpdateDecorations: vscode.Event<vscode.Uri>;
  /** The detector's findings for an open article (undefined until it was first detected). */
  findings(uri: vscode.Uri): readonly Finding[] | undefined;
  /** Detections, annotations and unanchored annotations of an open article, detecting it first if needed. */
  review(uri: vscode.Uri): Promise<ReviewSnapshot | undefined>;
  /** Fires with an article's uri when its findings or annotations changed. */
  readonly onDidChangeReview: vscode.Event<vscode.Uri>;
  /** The Claims view's data provider. */
  readonly claimsTree: ClaimsTree;
  /** The status bar text for the active article ('' when hidden). */
  statusBarText(): string;
  /** The diagnostics ClaimLens lists for an article. */
  diagnostics(uri: vscode.Uri): readonly vscode.Diagnostic[];
  /** The annotation store (sidecars, anchoring, outside changes). */
  readonly store: AnnotationStore;
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

export function activate(context: vscode.ExtensionContext): ClaimLensApi {
  performance.mark('claimlens:activate:start');
  // Each step is timed, so activation cost is measured per feature, not guessed.
  const steps: Record<string, number> = {};
  const timed = <T>(name: string, make: () => T): T => {
    const t0 = performance.now();
    const value = make();
    steps[name] = performance.now() - t0;
    return value;
  };
  const settings = timed('settings', () => new Settings());
  const documents = timed('documents', () => new ArticleDocuments(settings));
  const store = timed('store', () => new AnnotationStore());
  const review = timed('review', () => new ReviewState(documents, store));
  const decorations = timed('decorations', () => new Decorations(review, settings, context.extensionUri));
  const tree = timed('claimsTree', () => new ClaimsTree(review, settings));
  const diagnostics = timed('diagnostics', () => new ClaimDiagnostics(review, settings));
  const statusBar = timed('statusBar', () => new StatusBar(review));
  const annotate = new AnnotateCommands(review, settings);
  const navigation = new Navigation(review, settings);
  const exporter = timed('export', () => new ExportCommand(documents, store, settings));
  context.subscriptions.push(
    settings,
    documents,
    store,
    review,
    decorations,
    timed('hovers', () => new Hovers(review, decorations, settings)),
    timed('codeActions', () => new ClaimCodeActions(review, settings)),
    diagnostics,
    statusBar,
    timed('contextKeys', () => new ContextKeys(review)),
    tree,
    exporter,
    timed('commands', () =>
      new Commands({
        ...editorCommands({ annotate, navigation, decorations, documents, tree }),
        'claimlens.export': (args?: unknown) => exporter.run(args),
      }),
    ),
  );
  const measure = performance.measure('claimlens:activate', 'claimlens:activate:start');
  return {
    activationMs: measure.duration,
    activationSteps: steps,
    highlightsEnabled: () => decorations.highlightsEnabled,
    decorationsFor: (uri) => decorations.decorationsFor(uri),
    onDidUpdateDecorations: decorations.onDidUpdateDecorations,
    findings: (uri) => {
      const doc = openDocument(uri);
      return doc && documents.current(doc);
    },
    review: async (uri) => {
      const doc = openDocument(uri) ?? (await vscode.workspace.openTextDocument(uri));
      return review.snapshot(doc) ?? review.open(doc);
    },
    onDidChangeReview: review.onDidChange,
    claimsTree: tree,
    statusBarText: () => statusBar.text,
    diagnostics: (uri) => diagnostics.get(uri),
    store,
  };
}

export function deactivate(): void {}
