import * as vscode from 'vscode';
import type { Annotation, ClaimStatus, ClaimSource } from '../core/annotations';
import type { Claim } from '../core/editor/claimIndex';
import type { ClaimKind, Finding } from '../core/findings';
import type { ReviewSnapshot, ReviewState } from './reviewState';

/**
 * The arguments every claim command accepts, so hovers, code actions, the Claims view and tests can drive
 * them without the quick pick or input box. Without `id` or `start`, the command acts on the cursor.
 */
export interface ClaimArgs {
  /** The article (a uri string or Uri); the active editor's document when omitted. */
  uri?: string | vscode.Uri;
  /** An annotation id. */
  id?: string;
  /** A detection's or a selection's range, in UTF-16 offsets. */
  start?: number;
  end?: number;
  kind?: ClaimKind;
  /** Set Status: the status to set, skipping the quick pick. */
  status?: ClaimStatus;
  /** Set Source: a name, or a name with a URL, skipping the input boxes. */
  source?: string | ClaimSource;
  /** Edit Note: the note to set ('' clears it), skipping the input box. */
  note?: string;
}

/** A Claims view node carries its target in `claim`; a command may receive either shape. */
export function argsOf(value: unknown): ClaimArgs {
  if (!value || typeof value !== 'object') return {};
  const holder = value as { claim?: unknown };
  if (holder.claim && typeof holder.claim === 'object') return holder.claim as ClaimArgs;
  return value as ClaimArgs;
}

/** What a claim command acts on. */
export interface ResolvedTarget {
  doc: vscode.TextDocument;
  snapshot: ReviewSnapshot;
  /** The annotation, when the target is (or overlaps) a stored one. */
  annotation?: Annotation;
  /** The pending detection, when the target is one. */
  finding?: Finding;
}

/** The article document named by the arguments, or the active editor's. */
export async function documentOf(args: ClaimArgs): Promise<vscode.TextDocument | undefined> {
  if (args.uri) {
    const uri = typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : args.uri;
    return vscode.workspace.openTextDocument(uri);
  }
  return vscode.window.activeTextEditor?.document;
}

/** The offset range the arguments name, or the active editor's selection in that document. */
export function rangeOf(doc: vscode.TextDocument, args: ClaimArgs): { start: number; end: number } | undefined {
  if (typeof args.start === 'number' && typeof args.end === 'number') return { start: args.start, end: args.end };
  const editor = vscode.window.activeTextEditor;
  if (editor && editor.document === doc) {
    return { start: doc.offsetAt(editor.selection.start), end: doc.offsetAt(editor.selection.end) };
  }
  return undefined;
}

/** Prefers the innermost claim: the one that starts last, then the shortest. */
function innermost<T extends Claim>(claims: T[]): T | undefined {
  return [...claims].sort((a, b) => b.start - a.start || a.end - b.end)[0];
}

/** Finds the annotation or detection the arguments (or the cursor) point at. */
export async function resolveTarget(review: ReviewState, args: ClaimArgs): Promise<ResolvedTarget | undefined> {
  const doc = await documentOf(args);
  if (!doc) return undefined;
  const snapshot = review.snapshot(doc) ?? (await review.open(doc));
  if (!snapshot) return undefined;
  if (args.id) {
    const annotation = [...snapshot.annotations, ...snapshot.unanchored].find((a) => a.id === args.id);
    return annotation ? { doc, snapshot, annotation } : undefined;
  }
  const range = rangeOf(doc, args);
  if (!range) return undefined;
  const explicit = typeof args.start === 'number';
  const claims = snapshot
    .window(range.start, range.end)
    .claims
    .filter((c) => (explicit ? c.start <= range.end && range.start <= c.end : c.start <= range.start && range.start <= c.end))
    .filter((c) => !args.kind || c.kind === args.kind);
  const exact = claims.filter((c) => c.start === range.start && c.end === range.end);
  const pick = (type: Claim['type']) => innermost((exact.length ? exact : claims).filter((c) => c.type === type));
  const pending = pick('pending');
  const stored = pick('annotation');
  return {
    doc,
    snapshot,
    finding: pending?.type === 'pending' ? pending.finding : undefined,
    annotation: stored?.type === 'annotation' ? stored.annotation : undefined,
  };
}
