/**
 * Combines the user's VS Code settings with the workspace file into the options of one detector.
 *
 * Build the detector from the result once per change (a settings change filtered with `affectsConfiguration`,
 * or a change of `.claimlens.yaml`), never per keystroke: `createDetector` compiles the vocabulary into its
 * matchers.
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

function join(first: readonly unknown[] | undefined, second: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const value of [...(Array.isArray(first) ? first : []), ...(second ?? [])]) {
    if (typeof value !== 'string') continue;
    const phrase = value.trim().replace(/\s+/g, ' ');
    if (phrase !== '' && !out.includes(phrase)) out.push(phrase);
  }
  return out;
}
