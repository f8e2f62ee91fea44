/**
 * The workspace file `.claimlens.yaml`: detection vocabulary a newsroom shares through git, read by the
 * extension and by the CLI. Parsing is pure (no file system), so it runs in the browser too.
 *
 * ```yaml
 * cues: [briefed, "is quoted as saying"]   # extra reporting cues
 * hedges: [supposedly]                      # extra unverified phrases
 * ignore: ["said to be open"]               # words or phrases never to flag
 * includeModal: false                       # also report may / might / could / likely
 * check:
 *   failOn: [unchecked, disputed, false, no-source]
 * ```
 *
 * Every entry is a literal word or phrase, never a regular expression. Callers parse the file and build
 * their detector once per change of the file, never per detection call: see `mergeOptions`.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { STATUSES, type ClaimStatus } from '../annotations';

/** The detection options the workspace file can set; the shape of the detector's `DetectorOptions`. */
export interface DetectionOptions {
  extraCues?: string[];
  extraHedges?: string[];
  ignore?: string[];
  includeModal?: boolean;
}

/**
 * What `claimlens check` fails on. A status name fails the check when any claim has that status;
 * `no-source` when an attributed claim has no source recorded; `unreviewed` when detections are still pending.
 */
export type CheckCondition = ClaimStatus | 'no-source' | 'unreviewed';

/** Every condition `check.failOn` accepts. */
export const CHECK_CONDITIONS: readonly CheckCondition[] = [...STATUSES, 'no-source', 'unreviewed'];

/** The pre-publication policy of the `check:` section; `failOn` is undefined when the file does not set it. */
export interface CheckPolicy {
  failOn?: CheckCondition[];
}

/** Everything `.claimlens.yaml` holds. A key the file does not set stays undefined, so a merge can tell. */
export interface WorkspaceOptions extends DetectionOptions {
  check?: CheckPolicy;
}

/** A problem in the file, at a 1-based line and column (yaml's convention, as editors show it). */
export interface ConfigError {
  message: string;
  line: number;
  col: number;
  /** Errors drop the offending key (or the whole file, for a syntax error); warnings change nothing. */
  severity: 'error' | 'warning';
}

/** The parsed file: the usable options (bad keys left out) and every problem found. */
export interface WorkspaceConfigResult {
  options: WorkspaceOptions;
  errors: ConfigError[];
}

/** The file name the CLI and the extension look for. */
export const WORKSPACE_CONFIG_FILE = '.claimlens.yaml';

const LIST_KEYS = { cues: 'extraCues', hedges: 'extraHedges', ignore: 'ignore' } as const;
/** The keys the file may hold (schemas/claimlens-config.schema.json lists the same). */
export const WORKSPACE_CONFIG_KEYS: readonly string[] = ['cues', 'hedges', 'ignore', 'includeModal', 'check'];
/** The keys of its `check:` section. */
export const CHECK_KEYS: readonly string[] = ['failOn'];

/** Parses `.claimlens.yaml` text; never throws. A syntax error yields empty options and the error's position. */
export function parseWorkspaceConfig(yamlText: string): WorkspaceConfigResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): { line: number; col: number } => lineCounter.linePos(Math.max(0, Math.min(offset, yamlText.length)));
  const errors: ConfigError[] = [];
  const report = (severity: ConfigError['severity'], message: string, node: Node | null | undefined): void => {
    errors.push({ message, severity, ...at(node?.range?.[0] ?? 0) });
  };

  if (doc.errors.length > 0) {
    for (const e of doc.errors) errors.push({ message: firstLine(e.message), severity: 'error', ...at(e.pos[0]) });
    return { options: {}, errors };
  }
  for (const w of doc.warnings) errors.push({ message: firstLine(w.message), severity: 'warning', ...at(w.pos[0]) });

  const options: WorkspaceOptions = {};
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { options, errors }; // an empty file is fine
  if (!isMap(root)) {
    report('error', 'the file must be a mapping of keys (cues, hedges, ignore, includeModal, check)', root);
    return { options, errors };
  }

  for (const pair of root.items as Pair<unknown, unknown>[]) {
    const keyNode = isScalar(pair.key) ? pair.key : null;
    const key = keyNode ? String(keyNode.value) : '';
    const value = pair.value as Node | null;
    const where = value ?? keyNode;
    if (Object.hasOwn(LIST_KEYS, key)) {
      const list = stringList(key, value, where, report, yamlText);
      if (list) options[LIST_KEYS[key as keyof typeof LIST_KEYS]] = list.map((entry) => entry.phrase);
    } else if (key === 'includeModal') {
      if (isScalar(value) && typeof value.value === 'boolean') options.includeModal = value.value;
      else report('error', `includeModal must be true or false, not ${describe(value)}`, where);
    } else if (key === 'check') {
      const check = checkPolicy(value, where, report, yamlText);
      if (check) options.check = check;
    } else {
      report('warning', `unknown key '${key}' is ignored (known keys: ${WORKSPACE_CONFIG_KEYS.join(', ')})`, keyNode ?? where);
    }
  }
  return { options, errors };
}

type Report = (severity: ConfigError['severity'], message: string, node: Node | null | undefined) => void;

/** A list of distinct non-empty strings with their nodes, or undefined (error reported) when the value is not one. */
function stringList(key: string, value: Node | null, where: Node | null, report: Report, source: string): { phrase: string; node: Node }[] | undefined {
  if (value === null || (isScalar(value) && value.value === null)) return []; // `cues:` with nothing after it
  if (!isSeq(value)) {
    report('error', `${key} must be a list of words or phrases, not ${describe(value)}`, where);
    return undefined;
  }
  const out: { phrase: string; node: Node }[] = [];
  for (const item of value.items as (Node | null)[]) {
    if (isScalar(item) && (typeof item.value === 'string' || item.value === null || plainSource(item, source) !== undefined)) {
      // `false`, `42` or `on` in a list of words mean the words, not YAML's boolean or number
      const raw = typeof item.value === 'string' ? item.value : item.value === null ? '' : (plainSource(item, source) ?? '');
      const phrase = raw.trim().replace(/\s+/g, ' ');
      if (phrase === '') report('warning', `an empty entry in ${key} is ignored`, item);
      else if (!out.some((entry) => entry.phrase === phrase)) out.push({ phrase, node: item });
    } else {
      report('error', `each entry of ${key} must be a word or phrase in quotes or plain text, not ${describe(item)}`, item ?? value);
    }
  }
  return out;
}

function checkPolicy(value: Node | null, where: Node | null, report: Report, source: string): CheckPolicy | undefined {
  if (value === null || (isScalar(value) && value.value === null)) return {};
  if (!isMap(value)) {
    report('error', `check must be a mapping (for example "check: { failOn: [unchecked, disputed] }"), not ${describe(value)}`, where);
    return undefined;
  }
  const policy: CheckPolicy = {};
  for (const pair of value.items as Pair<unknown, unknown>[]) {
    const keyNode = isScalar(pair.key) ? pair.key : null;
    const key = keyNode ? String(keyNode.value) : '';
    const item = pair.value as Node | null;
    if (key !== 'failOn') {
      report('warning', `unknown key 'check.${key}' is ignored (known keys: ${CHECK_KEYS.join(', ')})`, keyNode ?? item);
      continue;
    }
    const list = stringList('check.failOn', item, item ?? keyNode, report, source);
    if (!list) continue;
    const conditions: CheckCondition[] = [];
    for (const { phrase, node } of list) {
      if ((CHECK_CONDITIONS as readonly string[]).includes(phrase)) conditions.push(phrase as CheckCondition);
      else report('error', `check.failOn: unknown condition '${phrase}' (expected one of ${CHECK_CONDITIONS.join(', ')})`, node);
    }
    policy.failOn = conditions;
  }
  return policy;
}

/** The source text of a plain (unquoted) number or boolean scalar, or undefined for anything else. */
function plainSource(node: Node, source: string): string | undefined {
  if (!isScalar(node) || node.type !== 'PLAIN' || !node.range || (typeof node.value !== 'number' && typeof node.value !== 'boolean')) return undefined;
  return source.slice(node.range[0], node.range[1]);
}

/** How a value reads in an error message: "a number (42)", "a list", "nothing". */
function describe(node: Node | null | undefined): string {
  if (node === null || node === undefined) return 'nothing';
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a mapping';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'nothing';
    if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
    if (typeof v === 'number') return `a number (${v})`;
    if (typeof v === 'boolean') return `${v}`;
  }
  return 'an unsupported value';
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}
