/** `claimlens check`: the pre-publication gate. Exit 1 when claims block publication, 0 when clean, 2 on errors. */
import { checkArticle, formatBlocker, type Blocker } from '../core/check/check';
import { CHECK_CONDITIONS, parseConditionList, resolvePolicy, type CheckCondition, type PolicyFlags } from '../core/check/policy';
import { loadArticles, loadWorkspaceConfig, parseArgs } from './articles';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIo } from './cli';

/** Usage of the check command. */
export const CHECK_USAGE = `usage: claimlens check [--fail-on LIST] [--allow LIST] [--sidecar-suffix SUFFIX] <files or folders…>

Prints each claim that blocks publication as file:line:col and exits 1; exits 0 when nothing blocks.
LIST is comma-separated from: ${CHECK_CONDITIONS.join(', ')}.
The default policy fails on unreviewed, unchecked, in-progress, disputed, false and no-source; the
check: failOn list of .claimlens.yaml replaces it, --fail-on replaces both, and --allow removes conditions.
`;

/** Runs `check` with its arguments; resolves to the exit code. */
export async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { values: ['fail-on', 'allow', 'sidecar-suffix'], flags: ['help'] });
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
  // The workspace file is read with the articles; resolve the policy from it before deciding whether to detect.
  const sidecarSuffix = args.values.get('sidecar-suffix');
  const policy = resolvePolicy(loadWorkspaceConfig(io.cwd).options.check, flags);
  const loaded = await loadArticles(args.inputs, io.cwd, {
    detect: policy.failOn.includes('unreviewed'),
    ...(sidecarSuffix ? { sidecarSuffix } : {}),
  });
  for (const note of loaded.notes) io.stderr.write(`claimlens check: ${note}\n`);
  if (loaded.errors.length > 0) {
    io.stderr.write(loaded.errors.map((e) => `claimlens check: ${e}\n`).join(''));
    return EXIT_USAGE;
  }
  const blockers: Blocker[] = loaded.articles.flatMap((article) => checkArticle(article, policy));
  for (const b of blockers) io.stdout.write(`${formatBlocker(b)}\n`);
  const articles = loaded.articles.length;
  const blocked = new Set(blockers.map((b) => b.path)).size;
  const policyText = policy.failOn.length > 0 ? policy.failOn.join(', ') : 'nothing';
  if (blockers.length === 0) {
    io.stdout.write(`ready to publish: ${articles} article${articles === 1 ? '' : 's'}, nothing blocks (policy fails on: ${policyText})\n`);
    return EXIT_OK;
  }
  io.stdout.write(
    `${blockers.length} claim${blockers.length === 1 ? '' : 's'} block${blockers.length === 1 ? 's' : ''} publication in ${blocked} of ${articles} article${articles === 1 ? '' : 's'} (policy fails on: ${policyText})\n`,
  );
  return EXIT_FINDINGS;
}
