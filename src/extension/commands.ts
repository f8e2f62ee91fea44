import * as vscode from 'vscode';
import { COMMAND_IDS, type CommandId } from './commandIds';
import { Disposable } from './dispose';

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
