/**
 * Atomic replacement of a file: write a temporary file beside it, then rename it over the target. A process killed
 * at any moment leaves the old file or the new one, never a torn one. The file system is passed in, so the same
 * routine runs on Node (tests, CLI) and on `vscode.workspace.fs` (remote and virtual workspaces).
 */

/** The three operations the routine needs. Paths are `/`-separated; `rename` must replace `to` if it exists. */
export interface AtomicWriteFs {
  writeFile(path: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  delete(path: string): Promise<void>;
}

/** The temporary file used while writing `path`: hidden, in the same folder (so the rename stays on one volume). */
export function tempPathFor(path: string, token: string): string {
  const cut = path.lastIndexOf('/') + 1;
  return `${path.slice(0, cut)}.${path.slice(cut)}.${token}.tmp`;
}

/** Whether `path` is one of the temporary files `writeFileAtomic` creates. */
export function isTempPath(path: string): boolean {
  return /\/?\.[^/]+\.[0-9a-z]{8}\.tmp$/.test(path);
}

/** Writes `data` to `path` atomically; on failure the temporary file is removed and the target is untouched. */
export async function writeFileAtomic(fs: AtomicWriteFs, path: string, data: Uint8Array): Promise<void> {
  const temp = tempPathFor(path, Math.random().toString(36).slice(2, 10).padEnd(8, '0'));
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, path);
  } catch (error) {
    await fs.delete(temp).catch(() => undefined);
    throw error;
  }
}
