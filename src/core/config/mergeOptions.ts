/**
 * Combines the user's VS Code settings with the workspace file into the options of one detector.
 *
 * Build the detector from the result once per change (a settings change filtered with `affectsConfiguration`,
 * or a change of `.claimlens.yaml`), never per keystroke: `createDetector` compiles the vocabulary into its
 * matchers, and `sameOptions` tells whether a change needs a new detector at all.
 */
import type { DetectionOptions, WorkspaceOptions } from './workspaceConfig';

/** The `claimlens.detection.*` settings, as read from VS Code (values may be missing or mistyped by hand). */
export interface DetectionSettings {
  extraCues?: readonly unknown[];
  extraHedges?: readonly unknown[];
  ignore?: readonly unknown[];
  showModal?: unknown;
}

/**
 * Merges settings and the workspace file: word lists are joined (settings first, duplicates dropped), and
 * modal hedges are included when either side asks for them, because they only add weaker findings.
 */
export function mergeOptions(settings: DetectionSettings, workspace?: WorkspaceOptions): Required<DetectionOptions> {
  return {
    extraCues: join(settings.extraCues, workspace?.extraCues),
    extraHedges: join(settings.extraHedges, workspace?.extraHedges),
    ignore: join(settings.ignore, workspace?.ignore),
    includeModal: settings.showModal === true || workspace?.includeModal === true,
  };
}

/** True when two option sets build the same detector, so a caller can keep the one it has. */
export function sameOptions(a: DetectionOptions, b: DetectionOptions): boolean {
  const list = (x: string[] | undefined): string => JSON.stringify(x ?? []);
  return (
    list(a.extraCues) === list(b.extraCues) &&
    list(a.extraHedges) === list(b.extraHedges) &&
    list(a.ignore) === list(b.ignore) &&
    (a.includeModal ?? false) === (b.includeModal ?? false)
  );
}

function join(first: readonly unknown[] | undefined, second: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const value of [...(Array.isArray(first) ? first : []), ...(second ?? [])]) {
    if (typeof value !== 'string') continue;
    const phrase = value.trim().replace(/\s+/g, ' ');
    if (phrase !== '' && !out.includes(phrase)) out.push(phrase);
  }
  return out;
}
