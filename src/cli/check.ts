/** `claimlens check`: the pre-publication gate. Exit 1 when claims block publication, 0 when clean, 2 on errors. */
import { checkArticle, formatBlocker, type Blocker } from '../core/check/check';
import { CHECK_CONDITIONS, parseConditionList, resolvePolicy, type CheckCondition, type PolicyFlags } from '../core/check/policy';
import { loadArticles, parseArgs } from './articles';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIo } from './cli';

/** Usage of the check command. */
export const CHECK_USAGE = `usage: claimlens check [--fail-on LIST] [--allow LIST] [--config FILE] [--sidecar-suffix SUFFIX] <files or folders…>

Prints each claim that blocks publication as file:line:col and exits 1; exits 0 when nothing blocks.
LIST is comma-separated from: ${CHECK_CONDITIONS.join(', ')}.
The default policy fails on unreviewed, unchecked, in-progress, disputed, false and no-source; the
check: failOn list of the .claimlens.yaml governing an article replaces it (looked up as scan does, or
--config FILE), --fail-on replaces both, and --allow removes conditions.
`;

/** Runs `check` with its arguments; resolves to the exit code. */
export async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { values: ['fail-on', 'allow', 'sidecar-suffix', 'config'], flags: ['help'] });
  if (args.flags.has('help')) {
    io.stdout.write(CHECK_USAGE);
    return EXIT_OK;
  }
  const errors = [...args.errors];
  const flags: PolicyFlags = {};
  const list = (name: string): CheckCondition[] | undefined => {
    const value = args.values.get(name);
    if (value === undefined) return undefined;
    const parsed = parseConditionList(value);
    for (const u of parsed.unknown) errors.push(`--${name}: unknown condition '${u}' (expected ${CHECK_CONDITIONS.join(', ')})`);
    return parsed.conditions;
  };
  const failOn = list('fail-on');
  const allow = list('allow');
  if (failOn) flags.failOn = failOn;
  if (allow) flags.allow = allow;
  if (args.inputs.length === 0) errors.push('name at least one article file or folder');
  if (errors.length > 0) {
    io.stderr.write(errors.map((e) => `claimlens check: ${e}\n`).join('') + CHECK_USAGE);
    return EXIT_USAGE;
  }
  const sidecarSuffix = args.values.get('sidecar-suffix');
  const config = args.values.get('config');
  // Each article's policy comes from the .claimlens.yaml that governs it; detection runs only where it matters.
  const loaded = await loadArticles(args.inputs, io.cwd, {
    detect: (workspace) => resolvePolicy(workspace.check, flags).failOn.includes('unreviewed'),
    ...(sidecarSuffix ? { sidecarSuffix } : {}),
    ...(config !== undefined ? { config } : {}),
  });
  for (const note of loaded.notes) io.stderr.write(`claimlens check: ${note}\n`);
  if (loaded.errors.length > 0) {
    io.stderr.write(loaded.errors.map((e) => `claimlens check: ${e}\n`).join(''));
    return EXIT_USAGE;
  }
  const blockers: Blocker[] = loaded.articles.flatMap(({ article, workspace }) => checkArticle(article, resolvePolicy(workspace.check, flags)));
  for (const b of blockers) io.stdout.write(`${formatBlocker(b)}\n`);
  const articles = loaded.articles.length;
  const blocked = new Set(blockers.map((b) => b.path)).size;
  const policies = [...new Set(loaded.articles.map(({ workspace }) => resolvePolicy(workspace.check, flags).failOn.join(', ') || 'nothing'))];
  const policyText =
    policies.length === 0 ? resolvePolicy(undefined, flags).failOn.join(', ') : policies.length === 1 ? policies[0] : policies.map((p) => `[${p}]`).join(' or ');
  if (blockers.length === 0) {
    io.stdout.write(`ready to publish: ${articles} article${articles === 1 ? '' : 's'}, nothing blocks (policy fails on: ${policyText})\n`);
    return EXIT_OK;
  }
  io.stdout.write(
    `${blockers.length} claim${blockers.length === 1 ? '' : 's'} block${blockers.length === 1 ? 's' : ''} publication in ${blocked} of ${articles} article${articles === 1 ? '' : 's'} (policy fails on: ${policyText})\n`,
  );
  return EXIT_FINDINGS;
}
