import * as assert from 'node:assert/strict';
import type { Finding } from '../../../src/core/findings';
import { createDetector, DetectorOptions } from '../../../src/core/detect/detector';

/** Findings of one kind for `text`. */
export function detect(text: string, options?: DetectorOptions): Finding[] {
  return createDetector(options).detect(text);
}

/** The single attributed finding in `text`, with its spans checked against the text. */
export function oneAttribution(text: string, options?: DetectorOptions): Finding {
  const found = detect(text, options).filter((f) => f.kind === 'attributed');
  assert.equal(found.length, 1, `expected one attribution in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((f) => f.cue?.text))}`);
  checkSpans(text, found[0]);
  return found[0];
}

/** Asserts that every span's text is the text at its offsets. */
export function checkSpans(text: string, f: Finding): void {
  assert.equal(text.slice(f.start, f.end), f.text);
  for (const s of [f.cue, f.source, f.content]) if (s) assert.equal(text.slice(s.start, s.end), s.text);
}
