import * as vscode from 'vscode';
import type { ClaimKind } from '../core/findings';
import type { DetectionSettings } from '../core/config/mergeOptions';
import { Disposable } from './dispose';

/** How the Claims view groups its nodes. */
export type GroupBy = 'article' | 'status' | 'source';

/** The `claimlens.*` settings the editor features read, typed and with defaults applied. */
export interface EditorSettings {
  highlightsEnabled: boolean;
  kinds: ClaimKind[];
  showDetections: boolean;
  markCueAndSource: boolean;
  gutterIcons: boolean;
  languages: string[];
  include: string[];
  exclude: string[];
  detection: DetectionSettings;
  sidecarSuffix: string;
  reviewer: string;
  diagnostics: boolean;
  groupBy: GroupBy;
}

/** Which parts of the configuration a change touched, so each feature rebuilds only what it must. */
export interface SettingsChange {
  highlights: boolean;
  articles: boolean;
  detection: boolean;
  diagnostics: boolean;
  claimsView: boolean;
  sidecar: boolean;
}

const KINDS: readonly ClaimKind[] = ['attributed', 'unverified'];

function stringList(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : fallback;
}

/** Reads the settings for `scope` (a document uri for resource-scoped settings). */
export function readSettings(scope?: vscode.Uri): EditorSettings {
  const c = vscode.workspace.getConfiguration('claimlens', scope);
  const groupBy = c.get<string>('claimsView.groupBy');
  const suffix = c.get<string>('sidecarSuffix');
  return {
    highlightsEnabled: c.get<boolean>('highlights.enabled') !== false,
    kinds: stringList(c.get('highlights.kinds'), [...KINDS]).filter((k): k is ClaimKind => (KINDS as string[]).includes(k)),
    showDetections: c.get<boolean>('highlights.showDetections') !== false,
    markCueAndSource: c.get<boolean>('highlights.markCueAndSource') !== false,
    gutterIcons: c.get<boolean>('highlights.gutterIcons') !== false,
    languages: stringList(c.get('articles.languages'), ['plaintext', 'markdown', 'claimlens-article']),
    include: stringList(c.get('articles.include'), []),
    exclude: stringList(c.get('articles.exclude'), ['**/node_modules/**', '**/.git/**']),
    detection: {
      extraCues: c.get<unknown[]>('detection.extraCues'),
      extraHedges: c.get<unknown[]>('detection.extraHedges'),
      ignore: c.get<unknown[]>('detection.ignore'),
      showModal: c.get('detection.showModal'),
    },
    sidecarSuffix: typeof suffix === 'string' && suffix.trim() !== '' ? suffix : '.claims.yaml',
    reviewer: c.get<string>('reviewer') ?? '',
    diagnostics: c.get<boolean>('diagnostics.enabled') === true,
    groupBy: groupBy === 'status' || groupBy === 'source' ? groupBy : 'article',
  };
}

/** Classifies a configuration change by the sections it affects. */
export function classifyChange(event: vscode.ConfigurationChangeEvent): SettingsChange | undefined {
  const affects = (section: string) => event.affectsConfiguration(`claimlens.${section}`);
  const change: SettingsChange = {
    highlights: affects('highlights'),
    articles: affects('articles'),
    detection: affects('detection'),
    diagnostics: affects('diagnostics'),
    claimsView: affects('claimsView'),
    sidecar: affects('sidecarSuffix'),
  };
  return Object.values(change).some(Boolean) ? change : undefined;
}

/** Fires a classified change whenever a `claimlens.*` setting changes, and ignores every other setting. */
export class Settings extends Disposable {
  private readonly changed = this.register(new vscode.EventEmitter<SettingsChange>());
  readonly onDidChange = this.changed.event;
  /** Settings per scope, read once: hovers, selection changes and refreshes ask often, configuration changes rarely. */
  private readonly cache = new Map<string, EditorSettings>();

  constructor() {
    super();
    this.register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        const change = classifyChange(event);
        if (!change) return;
        this.cache.clear();
        this.changed.fire(change);
      }),
    );
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.cache.clear()));
  }

  /** The current settings for a document (resource scope) or the window. */
  get(scope?: vscode.Uri): EditorSettings {
    const folder = scope && vscode.workspace.getWorkspaceFolder(scope);
    // Resource settings differ per folder (and per language, which ClaimLens does not use), so the folder is the key.
    const key = folder ? folder.uri.toString() : scope ? `file:${scope.toString()}` : '';
    let settings = this.cache.get(key);
    if (!settings) {
      settings = readSettings(scope);
      if (this.cache.size > 200) this.cache.clear();
      this.cache.set(key, settings);
    }
    return settings;
  }
}
