/** Expands the command line's files and folders into the article files to read. */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The file name endings of articles found in folders (a file named on the command line is read whatever its name). */
export const ARTICLE_EXTENSIONS = ['.txt', '.md'];

/** Sidecar endings, skipped in folders and refused when named: they hold annotations, not an article. */
const SIDECAR_ENDINGS = ['.claims.yaml', '.claims.yml'];

/** The articles to read (absolute paths, each once, in command-line order, folders sorted) and what went wrong. */
export interface ExpandedInputs {
  files: string[];
  /** Inputs that cannot be read: missing, unreadable, sidecars. Each is a complete sentence for stderr. */
  errors: string[];
  /** Harmless surprises, such as a folder without any article. */
  notes: string[];
}

/**
 * Resolves `inputs` against `cwd`. A folder is searched recursively for `.txt` and `.md` files in sorted
 * order, skipping `node_modules`, folders and files whose names start with a dot, and sidecars.
 */
export function expandInputs(inputs: readonly string[], cwd: string): ExpandedInputs {
  const result: ExpandedInputs = { files: [], errors: [], notes: [] };
  const seen = new Set<string>();
  const add = (file: string): void => {
    if (!seen.has(file)) {
      seen.add(file);
      result.files.push(file);
    }
  };
  for (const input of inputs) {
    const full = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch (err) {
      result.errors.push(`${input}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : describeError(err)}`);
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      walk(full, found, result.errors, new Set([realpath(full)]));
      if (found.length === 0) result.notes.push(`${input}: no .txt or .md articles in this folder`);
      for (const file of found.sort(comparePaths)) add(file);
    } else if (isSidecar(full)) {
      result.errors.push(`${input}: is a ClaimLens sidecar (annotations), not an article; name the article instead`);
    } else if (stat.isFile()) {
      add(full);
    } else {
      result.errors.push(`${input}: not a regular file or folder`);
    }
  }
  return result;
}

function walk(dir: string, found: string[], errors: string[], visited: Set<string>): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    errors.push(`${dir}: cannot read this folder: ${describeError(err)}`);
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = fs.statSync(full);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue; // a dangling link in a folder is not the user's input; skip it
      }
    }
    if (isDir) {
      const real = realpath(full);
      if (visited.has(real)) continue; // a link back up the tree
      visited.add(real);
      walk(full, found, errors, visited);
    } else if (isFile && isArticleName(entry.name)) {
      found.push(full);
    }
  }
}

/** True for the names a folder search picks up: `.txt` and `.md`, not sidecars. */
export function isArticleName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !isSidecar(lower);
}

function isSidecar(file: string): boolean {
  const lower = file.toLowerCase();
  return SIDECAR_ENDINGS.some((ending) => lower.endsWith(ending));
}

/** Sorts by path segments, so "a/z.txt" comes before "a-b/a.txt" and the order is the same on every OS. */
function comparePaths(a: string, b: string): number {
  const sa = a.split(path.sep);
  const sb = b.split(path.sep);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    if (sa[i] !== sb[i]) return sa[i] < sb[i] ? -1 : 1;
  }
  return sa.length - sb.length;
}

function realpath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

/** A short, human reason for a file system error ("permission denied"), without a stack. */
export function describeError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    default:
      return e?.message ?? String(err);
  }
}
