/** Reads articles, their sidecars and the workspace file for `export` and `check`. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SidecarData } from '../core/annotations';
import { mergeOptions } from '../core/config/mergeOptions';
import { parseWorkspaceConfig, WORKSPACE_CONFIG_FILE, type WorkspaceOptions } from '../core/config/workspaceConfig';
import type { ExportArticle } from '../core/export/model';
import { prepareArticle } from '../core/export/prepare';
import type { Finding } from '../core/findings';
import { parseSidecar } from '../core/sidecar/format';
import { DEFAULT_SIDECAR_SUFFIX, sidecarPathFor } from '../core/sidecar/paths';
import { decodeArticle } from '../core/text/binary';
import { describeError, expandInputs } from './files';

/** What the caller needs read. */
export interface LoadOptions {
  /** Run the detector to find unreviewed detections (not needed for every format or policy). */
  detect: boolean;
  sidecarSuffix?: string;
}

/** The articles read, or every error that stops the command (each a line for stderr). */
export interface Loaded {
  articles: ExportArticle[];
  errors: string[];
  /** Warnings and notes for stderr that do not stop the command. */
  notes: string[];
  workspace: WorkspaceOptions;
}

/**
 * Finds `.claimlens.yaml` in `cwd` or the nearest folder above it, and parses it. Errors in the file are reported
 * (the command stops: a broken `check:` policy must not pass silently); warnings become notes.
 */
export function loadWorkspaceConfig(cwd: string): { options: WorkspaceOptions; errors: string[]; notes: string[] } {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const file = path.join(dir, WORKSPACE_CONFIG_FILE);
    if (fs.existsSync(file)) {
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (err) {
        return { options: {}, errors: [`${display(file, cwd)}: cannot read: ${describeError(err)}`], notes: [] };
      }
      const result = parseWorkspaceConfig(text);
      const line = (e: { line: number; col: number; message: string }): string => `${display(file, cwd)}:${e.line}:${e.col}: ${e.message}`;
      return {
        options: result.options,
        errors: result.errors.filter((e) => e.severity === 'error').map(line),
        notes: result.errors.filter((e) => e.severity === 'warning').map((e) => `warning: ${line(e)}`),
      };
    }
    if (path.dirname(dir) === dir) return { options: {}, errors: [], notes: [] };
  }
}

/** Expands inputs, reads every article and sidecar, re-anchors and (if asked) detects. Never writes a file. */
export async function loadArticles(inputs: readonly string[], cwd: string, options: LoadOptions): Promise<Loaded> {
  const config = loadWorkspaceConfig(cwd);
  const expanded = expandInputs(inputs, cwd);
  const errors = [...config.errors, ...expanded.errors];
  const notes = [...config.notes, ...expanded.notes];
  if (errors.length > 0) return { articles: [], errors, notes, workspace: config.options };
  let detect: ((text: string) => Finding[]) | undefined;
  if (options.detect) {
    // Loaded only when needed: ClaimReview and some policies never look at detections.
    const { createDetector } = await import('../core/detect/detector');
    const detector = createDetector(mergeOptions({}, config.options));
    detect = (text) => detector.detect(text);
  }
  const suffix = options.sidecarSuffix ?? DEFAULT_SIDECAR_SUFFIX;
  const articles: ExportArticle[] = [];
  for (const file of expanded.files) {
    const shown = display(file, cwd);
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
    articles.push(
      prepareArticle({
        path: shown,
        uri: pathToFileURL(file).href,
        text: decoded.text,
        data: sidecar.data,
        findings: detect ? detect(decoded.text) : [],
      }),
    );
  }
  return { articles, errors, notes, workspace: config.options };
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
