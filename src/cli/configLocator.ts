import * as fs from 'node:fs';
import * as path from 'node:path';
import { WORKSPACE_CONFIG_FILE } from '../core/config/workspaceConfig';

/**
 * Finds the `.claimlens.yaml` that governs a folder, the same way for every command: the nearest one in the
 * folder and its ancestors up to the working folder (only the folder itself when it lies outside the working
 * folder), else the working folder's own ancestors. Answers are cached per folder.
 */
export class ConfigLocator {
  private readonly ofFolder = new Map<string, string>();
  private aboveCwd: string | undefined;

  constructor(private readonly cwd: string) {}

  /** The config file governing `folder`, or '' when there is none. */
  locate(folder: string): string {
    const cached = this.ofFolder.get(folder);
    if (cached !== undefined) return cached;
    const candidate = path.join(folder, WORKSPACE_CONFIG_FILE);
    let found: string;
    if (fs.existsSync(candidate)) found = candidate;
    else if (isInside(folder, this.cwd) && folder !== this.cwd) found = this.locate(path.dirname(folder));
    else found = this.locateAboveCwd();
    this.ofFolder.set(folder, found);
    return found;
  }

  private locateAboveCwd(): string {
    if (this.aboveCwd !== undefined) return this.aboveCwd;
    this.aboveCwd = '';
    for (let dir = this.cwd; ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, WORKSPACE_CONFIG_FILE);
      if (fs.existsSync(candidate)) {
        this.aboveCwd = candidate;
        break;
      }
      if (path.dirname(dir) === dir) break;
    }
    return this.aboveCwd;
  }
}

/** True when `child` is `parent` or lies below it. */
export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
