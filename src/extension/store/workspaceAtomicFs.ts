import * as fs from 'node:fs/promises';
import * as vscode from 'vscode';
import type { AtomicWriteFs } from '../../core/sidecar/atomicWrite';

/**
 * `AtomicWriteFs` over `vscode.workspace.fs`, for files under `base`'s scheme and authority. VS Code's file service
 * implements `rename(…, { overwrite: true })` as delete-then-rename, which is not atomic; for `file:` URIs (the
 * extension host runs beside the files, also in remote workspaces) the final rename therefore uses the operating
 * system's atomic rename. Virtual file systems get the workspace.fs rename, the best they offer.
 */
export function workspaceAtomicFs(base: vscode.Uri): AtomicWriteFs {
  const at = (path: string) => base.with({ path });
  return {
    writeFile: async (path, data) => vscode.workspace.fs.writeFile(at(path), data),
    rename: async (from, to) => {
      if (base.scheme === 'file') await fs.rename(at(from).fsPath, at(to).fsPath);
      else await vscode.workspace.fs.rename(at(from), at(to), { overwrite: true });
    },
    delete: async (path) => vscode.workspace.fs.delete(at(path), { useTrash: false }),
  };
}
