/** Converts UTF-16 offsets into code-point offsets, as the W3C Web Annotation selectors count positions. */

/** Maps each UTF-16 offset to the number of code points before it, in one pass over the text. */
export function codePointOffsets(text: string, offsets: readonly number[]): Map<number, number> {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const result = new Map<number, number>();
  let unit = 0;
  let points = 0;
  for (const target of sorted) {
    const goal = Math.max(0, Math.min(target, text.length));
    while (unit < goal) {
      const c = text.charCodeAt(unit);
      // A high surrogate followed by a low one is one code point: step over both.
      const pair = c >= 0xd800 && c <= 0xdbff && unit + 1 < text.length && isLow(text.charCodeAt(unit + 1));
      unit += pair ? 2 : 1;
      points++;
    }
    // An offset inside a pair (never produced by our anchors) counts the pair as passed.
    result.set(target, points);
  }
  return result;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
