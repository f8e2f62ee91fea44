import * as vscode from 'vscode';
import { COMMAND_IDS, type CommandId } from './commandIds';
import { Disposable } from './dispose';
import type { AnnotateCommands } from './annotateCommands';
import type { ClaimsTree } from './claimsTree';
import type { Decorations } from './decorations';
import type { ArticleDocuments } from './documents';
import type { Navigation } from './navigation';

/** A command handler; its arguments are whatever VS Code or a caller passes. */
export type CommandHandler = (...args: any[]) => unknown;

/** Registers one handler per contributed command; the table type makes a missing handler a compile error. */
export class Commands extends Disposable {
  constructor(handlers: Record<CommandId, CommandHandler>) {
    super();
    for (const id of COMMAND_IDS) {
      this.register(vscode.commands.registerCommand(id, handlers[id]));
    }
  }
}

/** The editor commands: everything but the commands other modules (export) contribute. */
export type EditorCommandId = Exclude<CommandId, 'claimlens.export'>;

/** What the editor command handlers act through. */
export interface EditorCommandDeps {
  annotate: AnnotateCommands;
  navigation: Navigation;
  decorations: Decorations;
  documents: ArticleDocuments;
  tree: ClaimsTree;
}

/** The editor's command table, Error Lens style: one line per command, the logic in its handler module. */
export function editorCommands(d: EditorCommandDeps): Record<EditorCommandId, CommandHandler> {
  return {
    'claimlens.markAttributed': (args?: unknown) => d.annotate.mark('attributed', args),
    'claimlens.markUnverified': (args?: unknown) => d.annotate.mark('unverified', args),
    'claimlens.acceptDetection': (args?: unknown) => d.annotate.accept(args),
    'claimlens.dismissDetection': (args?: unknown) => d.annotate.dismiss(args),
    'claimlens.setSource': (args?: unknown) => d.annotate.setSource(args),
    'claimlens.setStatus': (args?: unknown) => d.annotate.setStatus(args),
    'claimlens.editNote': (args?: unknown) => d.annotate.editNote(args),
    'claimlens.removeAnnotation': (args?: unknown) => d.annotate.remove(args),
    'claimlens.nextClaim': () => d.navigation.step(1),
    'claimlens.previousClaim': () => d.navigation.step(-1),
    'claimlens.reattach': (args?: unknown) => d.annotate.reattach(args),
    'claimlens.toggleHighlights': () => {
      d.decorations.setEnabled(!d.decorations.highlightsEnabled);
      return d.decorations.highlightsEnabled;
    },
    'claimlens.openSidecar': (args?: unknown) => d.annotate.openSidecar(args),
    'claimlens.rescan': () => {
      d.documents.reset();
      return d.tree.scan(true);
    },
    'claimlens.revealClaim': (args?: unknown) => d.navigation.reveal(args),
    'claimlens.groupByArticle': () => d.tree.setGroupBy('article'),
    'claimlens.groupByStatus': () => d.tree.setGroupBy('status'),
    'claimlens.groupBySource': () => d.tree.setGroupBy('source'),
  };
}
