/**
 * The pre-publication policy: which conditions block publication. The `.claimlens.yaml` `check:` section
 * (`failOn`) and the command line's flags feed it; flags win over the file, the file over the default.
 */
import { CHECK_CONDITIONS, type CheckCondition } from '../config/workspaceConfig';

export { CHECK_CONDITIONS, type CheckCondition };

/** What blocks publication. */
export interface PublicationPolicy {
  failOn: readonly CheckCondition[];
}

/**
 * By default anything not yet decided (unreviewed detections, unchecked or in-progress claims), anything found
 * wrong (disputed, false) and attributed claims without a recorded source block publication. Inconclusive and
 * verified claims pass.
 */
export const DEFAULT_FAIL_ON: readonly CheckCondition[] = ['unreviewed', 'unchecked', 'in-progress', 'disputed', 'false', 'no-source'];

/** Overrides from the command line: `failOn` replaces the list, `allow` then removes conditions from it. */
export interface PolicyFlags {
  failOn?: readonly CheckCondition[];
  allow?: readonly CheckCondition[];
}

/** Resolves the policy from the workspace file's `check:` section (if any) and command-line flags. */
export function resolvePolicy(workspace: { failOn?: readonly CheckCondition[] } | undefined, flags: PolicyFlags = {}): PublicationPolicy {
  const base = flags.failOn ?? workspace?.failOn ?? DEFAULT_FAIL_ON;
  const allowed = new Set(flags.allow ?? []);
  // Keep the canonical order so output does not depend on how the list was written.
  return { failOn: CHECK_CONDITIONS.filter((c) => base.includes(c) && !allowed.has(c)) };
}

/** Parses a comma-separated condition list ("unchecked,no-source"); unknown names are returned separately. */
export function parseConditionList(text: string): { conditions: CheckCondition[]; unknown: string[] } {
  const conditions: CheckCondition[] = [];
  const unknown: string[] = [];
  for (const raw of text.split(',')) {
    const name = raw.trim();
    if (name === '') continue;
    if ((CHECK_CONDITIONS as readonly string[]).includes(name)) {
      if (!conditions.includes(name as CheckCondition)) conditions.push(name as CheckCondition);
    } else {
      unknown.push(name);
    }
  }
  return { conditions, unknown };
}
