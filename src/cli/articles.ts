/** Reads articles, their sidecars and the workspace file for `export` and `check`. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SidecarData } from '../core/annotations';
import { mergeOptions } from '../core/config/mergeOptions';
import { parseWorkspaceConfig, type WorkspaceOptions } from '../core/config/workspaceConfig';
import type { ExportArticle } from '../core/export/model';
import { prepareArticle } from '../core/export/prepare';
import { createDetector, type Detector } from '../core/detect/detector';
import type { Finding } from '../core/findings';
import { parseSidecar } from '../core/sidecar/format';
import { DEFAULT_SIDECAR_SUFFIX, sidecarPathFor } from '../core/sidecar/paths';
import { decodeArticle } from '../core/text/binary';
import { ConfigLocator } from './configLocator';
import { describeError, expandInputs } from './files';

/** What the caller needs read. */
export interface LoadOptions {
  /**
   * Whether to run the detector for unreviewed detections (not every format or policy needs them); a function
   * decides per article from the `.claimlens.yaml` that governs it.
   */
  detect: boolean | ((workspace: WorkspaceOptions) => boolean);
  sidecarSuffix?: string;
  /** A `.claimlens.yaml` to use for every article instead of looking one up (`--config`). */
  config?: string;
}

/** One article read, with the workspace options that govern it. */
export interface LoadedArticle {
  article: ExportArticle;
  workspace: WorkspaceOptions;
}

/** The articles read, or every error that stops the command (each a line for stderr). */
export interface Loaded {
  articles: LoadedArticle[];
  errors: string[];
  /** Warnings and notes for stderr that do not stop the command. */
  notes: string[];
}

/**
 * The `.claimlens.yaml` governing each article, found by the `ConfigLocator` that `scan` uses too, or one fixed file.
 * Each file is parsed once; its errors stop the command (a broken `check:` policy must not pass silently).
 */
class ConfigLookup {
  private readonly parsed = new Map<string, { options: WorkspaceOptions; ok: boolean }>();
  private readonly locator: ConfigLocator;

  constructor(
    private readonly cwd: string,
    private readonly errors: string[],
    private readonly notes: string[],
    private readonly fixed?: string,
  ) {
    this.locator = new ConfigLocator(cwd);
  }

  /** The options for an article, or undefined when its config cannot be used (errors already reported). */
  forArticle(file: string): WorkspaceOptions | undefined {
    const config = this.fixed ?? this.locator.locate(path.dirname(file));
    let entry = this.parsed.get(config);
    if (!entry) {
      entry = config === '' ? { options: {}, ok: true } : this.parse(config);
      this.parsed.set(config, entry);
    }
    return entry.ok ? entry.options : undefined;
  }


  private parse(config: string): { options: WorkspaceOptions; ok: boolean } {
    const shown = display(config, this.cwd);
    let text: string;
    try {
      text = fs.readFileSync(config, 'utf8');
    } catch (err) {
      this.errors.push(`${shown}: cannot read: ${describeError(err)}`);
      return { options: {}, ok: false };
    }
    const result = parseWorkspaceConfig(text);
    for (const e of result.errors) {
      const line = `${shown}:${e.line}:${e.col}: ${e.message}`;
      if (e.severity === 'error') this.errors.push(line);
      else this.notes.push(`warning: ${line}`);
    }
    return { options: result.options, ok: !result.errors.some((e) => e.severity === 'error') };
  }
}

/** Expands inputs, reads every article and sidecar, re-anchors and (if asked) detects. Never writes a file. */
export async function loadArticles(inputs: readonly string[], cwd: string, options: LoadOptions): Promise<Loaded> {
  const expanded = expandInputs(inputs, cwd);
  const errors = [...expanded.errors];
  const notes = [...expanded.notes];
  const fixed = options.config === undefined ? undefined : path.resolve(cwd, options.config);
  if (fixed !== undefined && !(fs.existsSync(fixed) && fs.statSync(fixed).isFile())) errors.push(`--config ${options.config}: no such file`);
  if (errors.length > 0) return { articles: [], errors, notes };
  const configs = new ConfigLookup(cwd, errors, notes, fixed);
  // One detector per config file: the lookup hands out the same options object for every article it governs.
  const detectors = new Map<WorkspaceOptions, Detector>();
  const suffix = options.sidecarSuffix ?? DEFAULT_SIDECAR_SUFFIX;
  const articles: LoadedArticle[] = [];
  for (const file of expanded.files) {
    const shown = display(file, cwd);
    const workspace = configs.forArticle(file);
    if (!workspace) continue; // its config's errors are already reported
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file);
    } catch (err) {
      errors.push(`${shown}: cannot read: ${describeError(err)}`);
      continue;
    }
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) {
      errors.push(`${shown}: ${decoded.reason}`);
      continue;
    }
    const sidecar = readSidecar(file, suffix, cwd);
    if ('error' in sidecar) {
      errors.push(sidecar.error);
      continue;
    }
    let findings: Finding[] = [];
    if (typeof options.detect === 'function' ? options.detect(workspace) : options.detect) {
      let detector = detectors.get(workspace);
      if (!detector) {
        detector = createDetector(mergeOptions({}, workspace));
        detectors.set(workspace, detector);
      }
      findings = detector.detect(decoded.text);
    }
    articles.push({
      article: prepareArticle({ path: shown, uri: pathToFileURL(file).href, text: decoded.text, data: sidecar.data, findings }),
      workspace,
    });
  }
  return { articles, errors, notes };
}

/** Reads the sidecar beside `file`: its data, undefined when there is none, or a positioned error. */
function readSidecar(file: string, suffix: string, cwd: string): { data: SidecarData | undefined } | { error: string } {
  const sidecarPath = sidecarPathFor(file, suffix);
  let text: string;
  try {
    text = fs.readFileSync(sidecarPath, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { data: undefined };
    return { error: `${display(sidecarPath, cwd)}: cannot read the sidecar: ${describeError(err)}` };
  }
  const parsed = parseSidecar(text, { articleName: path.basename(file) });
  if (!parsed.ok) {
    const { line, col, message } = parsed.error;
    return { error: `${display(sidecarPath, cwd)}:${line}:${col}: malformed sidecar, left untouched: ${message}` };
  }
  return { data: parsed.data };
}

/** A path as reports show it: relative to `cwd`, with forward slashes. */
export function display(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return (rel === '' ? path.basename(file) : rel).split(path.sep).join('/');
}

/** A tiny option parser: `--name value`, `--name=value` and boolean flags; everything else is an input. */
export function parseArgs(
  argv: readonly string[],
  spec: { values: readonly string[]; flags?: readonly string[] },
): { values: Map<string, string>; flags: Set<string>; inputs: string[]; errors: string[] } {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const inputs: string[] = [];
  const errors: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      inputs.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      inputs.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (spec.values.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) errors.push(`--${name} needs a value`);
      else values.set(name, value);
    } else if (spec.flags?.includes(name) && eq < 0) {
      flags.add(name);
    } else {
      errors.push(`unknown option --${name}`);
    }
  }
  return { values, flags, inputs, errors };
}
