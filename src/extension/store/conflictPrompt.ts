import * as vscode from 'vscode';
import type { MergeConflict } from '../../core/sidecar/merge';
import { baseName } from '../../core/sidecar/paths';

/** How the user settles all conflicts of one merge. */
export type ConflictChoice = 'ours' | 'theirs';

const KEEP_MINE = 'Keep My Changes';
const TAKE_THEIRS = 'Take Changes on Disk';

/** One line per conflict, for the prompt's detail (sidecar text is shown as plain text, never as Markdown). */
export function describeConflict(conflict: MergeConflict): string {
  const show = (value: unknown) => (value === undefined ? '(none)' : JSON.stringify(value).slice(0, 80));
  if (conflict.type === 'deleted-by-them') return `${conflict.id}: deleted on disk, changed here`;
  if (conflict.type === 'deleted-by-us') return `${conflict.id}: deleted here, changed on disk`;
  const where = conflict.list === 'sidecar' ? conflict.field : `${conflict.id} ${conflict.field}`;
  return `${where}: here ${show(conflict.ours)}, on disk ${show(conflict.theirs)}`;
}

/** Asks, in a modal warning, whether to keep this window's changes or take the file's for every conflict. */
export async function askConflictResolution(article: vscode.Uri, conflicts: readonly MergeConflict[]): Promise<ConflictChoice | undefined> {
  const lines = conflicts.slice(0, 8).map(describeConflict);
  if (conflicts.length > lines.length) lines.push(`… and ${conflicts.length - lines.length} more`);
  const choice = await vscode.window.showWarningMessage(
    `The annotations of ${baseName(article.path)} changed on disk while this window had unsaved changes to them. ${conflicts.length} conflicting change(s):`,
    { modal: true, detail: lines.join('\n') },
    KEEP_MINE,
    TAKE_THEIRS,
  );
  return choice === KEEP_MINE ? 'ours' : choice === TAKE_THEIRS ? 'theirs' : undefined;
}

/** What to do with unsaved annotations whose sidecar was deleted on disk. */
export type DeletionChoice = 'keep' | 'discard';

const KEEP_ANNOTATIONS = 'Keep My Annotations';
const DISCARD_ANNOTATIONS = 'Discard Them';

/**
 * Asks, in a modal warning, whether to keep this window's annotations (the sidecar is written again when the article is
 * saved) or follow the deletion. `undefined` (dismissed) means keep.
 */
export async function askSidecarDeletion(article: vscode.Uri, sidecar: vscode.Uri): Promise<DeletionChoice | undefined> {
  const choice = await vscode.window.showWarningMessage(
    `${baseName(sidecar.path)} was deleted on disk while this window had unsaved changes to the annotations of ${baseName(article.path)}.`,
    {
      modal: true,
      detail: `Keep them: they stay here and ${baseName(sidecar.path)} is written again when you save the article. Discard them: follow the deletion.`,
    },
    KEEP_ANNOTATIONS,
    DISCARD_ANNOTATIONS,
  );
  return choice === KEEP_ANNOTATIONS ? 'keep' : choice === DISCARD_ANNOTATIONS ? 'discard' : undefined;
}
