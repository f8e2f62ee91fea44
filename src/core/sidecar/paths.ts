/** Where an article's sidecar lives: beside it, named after it (`story.txt` → `story.txt.claims.yaml`). */

/** The default sidecar suffix (the `claimlens.sidecarSuffix` setting). */
export const DEFAULT_SIDECAR_SUFFIX = '.claims.yaml';

/** The sidecar path for an article path (a file path or a URI path; `/` or `\` separated). */
export function sidecarPathFor(articlePath: string, suffix: string = DEFAULT_SIDECAR_SUFFIX): string {
  return articlePath + suffix;
}

/** The article path a sidecar path belongs to, or undefined when the path does not end with the suffix. */
export function articlePathFor(sidecarPath: string, suffix: string = DEFAULT_SIDECAR_SUFFIX): string | undefined {
  if (!suffix || !sidecarPath.endsWith(suffix)) return undefined;
  const article = sidecarPath.slice(0, -suffix.length);
  const name = baseName(article);
  return name === '' || name === '.' || name === '..' ? undefined : article;
}

/** Whether a path is a sidecar (ends with the suffix and names an article). */
export function isSidecarPath(path: string, suffix: string = DEFAULT_SIDECAR_SUFFIX): boolean {
  return articlePathFor(path, suffix) !== undefined;
}

/** The last segment of a `/` or `\` separated path. */
export function baseName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(cut + 1);
}

/**
 * Whether `name` is a plain file name in the sidecar's own folder: no separators, not `.` or `..`,
 * no drive letter. The sidecar's `article:` key is ignored otherwise (it belongs to the article beside it).
 */
export function isPlainFileName(name: string): boolean {
  return name.length > 0 && name !== '.' && name !== '..' && !/[/\\]/.test(name) && !/^[A-Za-z]:/.test(name) && !name.includes('\0');
}
