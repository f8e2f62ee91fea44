/** The claim detector: attributed claims (cue, source, content) and unverified statements. */
import type { Finding } from '../findings';
import { detectAll } from './blockModel';
import { compileOptions, CompiledOptions } from './options';

/** How users tune detection (VS Code settings and `.claimlens.yaml`). */
export interface DetectorOptions {
  /** Extra reporting verbs or phrases that signal attribution ("blogged", "posted on X"). */
  extraCues?: string[];
  /** Extra phrases that mark a statement as unverified ("according to leaks"). */
  extraHedges?: string[];
  /** Words or phrases whose matches are not reported. */
  ignore?: string[];
  /** Report plain modal hedges (may, might, could, likely); off by default. */
  includeModal?: boolean;
}

/** A configured detector; configuration is compiled once, in `createDetector`. */
export interface Detector {
  /** All findings in `text`, ordered by start offset. Offsets are UTF-16 code units. */
  detect(text: string): Finding[];
  /** The compiled configuration (used by the incremental detector). */
  readonly compiled: CompiledOptions;
}

/** Creates a detector with the given options compiled once. */
export function createDetector(options: DetectorOptions = {}): Detector {
  const compiled = compileOptions(options);
  return {
    compiled,
    detect(text: string): Finding[] {
      return detectAll(text, compiled);
    },
  };
}
