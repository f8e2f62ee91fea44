/**
 * `claimlens scan`: finds attributed claims and unverified statements in articles and prints them for people
 * or, with `--json`, as the version 1 contract documented in docs/cli.md.
 *
 * Every file that can be read is scanned and reported; each problem (a missing input, a binary file, a
 * broken `.claimlens.yaml`) is reported on stderr, and the exit code is then 2, like grep's.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CliIo } from './cli';
import { display, parseArgs } from './articles';
import { ConfigLocator } from './configLocator';
import { describeError, expandInputs } from './files';
import { mergeOptions } from '../core/config/mergeOptions';
import { parseWorkspaceConfig, WORKSPACE_CONFIG_FILE, type WorkspaceOptions } from '../core/config/workspaceConfig';
import { createDetector, type Detector } from '../core/detect/detector';
import type { ClaimKind, Finding, TextSpan } from '../core/findings';
import { decodeArticle } from '../core/text/binary';
import { LineIndex } from '../core/text/lineIndex';

const EXIT_OK = 0;
const EXIT_USAGE = 2;

/** The usage text of `claimlens scan`. */
export const SCAN_USAGE = `usage: claimlens scan [--json] [--kind attributed|unverified] [--include-modal] [--config FILE] <files or folders…>

  --json           print the version 1 JSON contract (docs/cli.md) instead of lines for people
  --kind K         report only attributed claims or only unverified statements
  --include-modal  also report plain modal hedges (may, might, could, likely)
  --config FILE    use this .claimlens.yaml for every file instead of looking one up
Folders are searched recursively for .txt and .md articles. Exit code 0, or 2 on a usage or read error.
`;

/** The scan --json document, version 1. */
export interface ScanReport {
  version: 1;
  files: { path: string; findings: Finding[] }[];
}

interface ScanArgs {
  json: boolean;
  kind?: ClaimKind;
  includeModal: boolean;
  config?: string;
  inputs: string[];
}

/** Runs `claimlens scan` with the arguments after the command name; `env` decides colour (NO_COLOR). */
export async function runScan(argv: readonly string[], io: CliIo, env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
  const parsed = parseScanArgs(argv);
  if (parsed === 'help') {
    io.stdout.write(SCAN_USAGE);
    return EXIT_OK;
  }
  if (typeof parsed === 'string') {
    io.stderr.write(`claimlens scan: ${parsed}\n${SCAN_USAGE}`);
    return EXIT_USAGE;
  }
  const args = parsed;
  let failed = false;
  const problem = (message: string): void => {
    failed = true;
    io.stderr.write(`claimlens scan: ${message}\n`);
  };

  const detectors = new DetectorsByConfig(io.cwd, args.includeModal, io.stderr);
  if (args.config !== undefined && !detectors.useFixedConfig(path.resolve(io.cwd, args.config), args.config)) return EXIT_USAGE;

  const expanded = expandInputs(args.inputs, io.cwd);
  for (const error of expanded.errors) problem(error);
  for (const note of expanded.notes) io.stderr.write(`claimlens scan: note: ${note}\n`);

  const report: ScanReport = { version: 1, files: [] };
  const colour = io.stdout.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '');
  let total = 0;
  let scanned = 0;
  for (const file of expanded.files) {
    const shown = display(file, io.cwd);
    const detector = detectors.forFile(file);
    if (detector === undefined) {
      failed = true; // the broken config was reported once, where it was read
      io.stderr.write(`claimlens scan: ${shown}: not scanned because its ${WORKSPACE_CONFIG_FILE} has errors\n`);
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file);
    } catch (err) {
      problem(`${shown}: cannot read: ${describeError(err)}`);
      continue;
    }
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) {
      problem(`${shown}: refused: ${decoded.reason}`);
      continue;
    }
    if (decoded.replaced > 0) io.stderr.write(`claimlens scan: warning: ${shown}: ${decoded.replaced} invalid UTF-8 byte(s) read as U+FFFD\n`);
    const findings = detector
      .detect(decoded.text)
      .filter((f) => args.kind === undefined || f.kind === args.kind)
      .sort((a, b) => a.start - b.start || a.end - b.end);
    total += findings.length;
    scanned++;
    if (args.json) report.files.push({ path: shown, findings: findings.map(contractFinding) });
    else if (findings.length > 0) {
      const lines = new LineIndex(decoded.text);
      for (const f of findings) io.stdout.write(humanLine(shown, decoded.text, lines, f, colour));
    }
  }

  if (args.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    const skipped = expanded.files.length - scanned;
    io.stdout.write(`${total} finding${total === 1 ? '' : 's'} in ${scanned} file${scanned === 1 ? '' : 's'}${skipped > 0 ? ` (${skipped} not scanned)` : ''}\n`);
  }
  return failed ? EXIT_USAGE : EXIT_OK;
}

function parseScanArgs(argv: readonly string[]): ScanArgs | 'help' | string {
  const dashDash = argv.indexOf('--');
  const options = dashDash < 0 ? argv : argv.slice(0, dashDash);
  if (options.includes('-h') || options.includes('--help')) return 'help';
  const parsed = parseArgs(argv, { values: ['kind', 'config'], flags: ['json', 'include-modal'] });
  if (parsed.errors.length > 0) return parsed.errors[0];
  const kind = parsed.values.get('kind');
  if (kind !== undefined && kind !== 'attributed' && kind !== 'unverified') return `--kind must be attributed or unverified, not '${kind}'`;
  const config = parsed.values.get('config');
  if (config === '') return '--config needs a file';
  if (parsed.inputs.length === 0) return 'name at least one file or folder to scan';
  return { json: parsed.flags.has('json'), includeModal: parsed.flags.has('include-modal'), kind, config, inputs: parsed.inputs };
}

/**
 * One detector per `.claimlens.yaml` (built once, reused for every file it governs). The nearest file wins:
 * the article's folder and its ancestors up to the working folder (only its own folder for an article outside
 * it), else the working folder's ancestors, as `claimlens check` looks. `undefined` means the config has
 * errors and its files are not scanned.
 */
class DetectorsByConfig {
  private readonly byConfig = new Map<string, Detector | undefined>();
  private readonly locator: ConfigLocator;
  private fixed: string | undefined;

  constructor(
    private readonly cwd: string,
    private readonly includeModal: boolean,
    private readonly stderr: CliIo['stderr'],
  ) {
    this.locator = new ConfigLocator(cwd);
  }

  /** Uses `file` for every article (--config); false, after a message, when it is missing or has errors. */
  useFixedConfig(file: string, shown: string): boolean {
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      this.stderr.write(`claimlens scan: --config ${shown}: no such file\n`);
      return false;
    }
    this.fixed = file;
    return this.detectorFor(file, shown) !== undefined;
  }

  forFile(article: string): Detector | undefined {
    const config = this.fixed ?? this.locator.locate(path.dirname(article));
    return this.detectorFor(config, config === '' ? '' : display(config, this.cwd));
  }

  private detectorFor(config: string, shown: string): Detector | undefined {
    if (this.byConfig.has(config)) return this.byConfig.get(config);
    let options: WorkspaceOptions = {};
    let usable = true;
    if (config !== '') {
      let text: string;
      try {
        text = fs.readFileSync(config, 'utf8');
      } catch (err) {
        this.stderr.write(`claimlens scan: ${shown}: cannot read: ${describeError(err)}\n`);
        this.byConfig.set(config, undefined);
        return undefined;
      }
      const parsed = parseWorkspaceConfig(text);
      for (const e of parsed.errors) this.stderr.write(`claimlens scan: ${shown}:${e.line}:${e.col}: ${e.severity}: ${e.message}\n`);
      usable = !parsed.errors.some((e) => e.severity === 'error');
      options = parsed.options;
    }
    const detector = usable ? createDetector(mergeOptions({ showModal: this.includeModal }, options)) : undefined;
    this.byConfig.set(config, detector);
    return detector;
  }
}

/** The finding with exactly the contract's fields (and the optional ones it allows), in the documented order. */
function contractFinding(f: Finding): Finding {
  const span = (s: TextSpan | null): TextSpan | null => (s ? { start: s.start, end: s.end, text: s.text } : null);
  const out: Finding = {
    kind: f.kind,
    start: f.start,
    end: f.end,
    text: f.text,
    cue: span(f.cue),
    source: span(f.source),
    content: span(f.content),
    category: f.category,
    rule: f.rule,
  };
  if (f.sourceVague !== undefined) out.sourceVague = f.sourceVague;
  if (f.resolvedSource) out.resolvedSource = span(f.resolvedSource)!;
  return out;
}

const ANSI = { bold: '\x1b[1m', dim: '\x1b[2m', cyan: '\x1b[36m', yellow: '\x1b[33m', reset: '\x1b[0m' };

/**
 * `file:line:col  kind  "cue"  "source"  text`, with 1-based line and column (UTF-16 units, a BOM not
 * counted, as editors show it), cue and source quoted (`-` when absent) and the cue emphasised in the text.
 */
function humanLine(file: string, text: string, lines: LineIndex, f: Finding, colour: boolean): string {
  const pos = lines.positionAt(f.start);
  const col = pos.character + 1 - (pos.line === 0 && text.charCodeAt(0) === 0xfeff && f.start > 0 ? 1 : 0);
  const quoted = (s: TextSpan | null): string => (s ? JSON.stringify(oneLine(s.text)) : '-');
  let body: string;
  if (f.cue && f.cue.start >= f.start && f.cue.end <= f.end) {
    const [open, close] = colour ? [ANSI.bold + ANSI.yellow, ANSI.reset] : ['[[', ']]'];
    body = oneLine(text.slice(f.start, f.cue.start)) + open + oneLine(f.cue.text) + close + oneLine(text.slice(f.cue.end, f.end));
  } else {
    body = oneLine(f.text);
  }
  const where = `${file}:${pos.line + 1}:${col}`;
  if (!colour) return `${where}  ${f.kind}  ${quoted(f.cue)}  ${quoted(f.source)}  ${body}\n`;
  const kindColour = f.kind === 'attributed' ? ANSI.cyan : ANSI.yellow;
  return `${ANSI.dim}${where}${ANSI.reset}  ${kindColour}${f.kind}${ANSI.reset}  ${quoted(f.cue)}  ${quoted(f.source)}  ${body}\n`;
}

/** Collapses line breaks, tabs and runs of spaces so one finding prints on one line; control characters go. */
function oneLine(s: string): string {
  // escape sequences in an article must not drive the terminal
  return s.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}
