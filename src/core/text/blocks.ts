/**
 * Splits text into blocks: one per line, so that a block never spans a line break. Blocks tile the text:
 * each covers its line and the line's terminator, which makes re-splitting an edited region local.
 */
export interface Block {
  /** First offset of the line. */
  start: number;
  /** End of the line's text, before its terminator. */
  end: number;
  /** End of the terminator (the next block's start). */
  next: number;
}

/** Splits `text` (or the part from `from` to `to`, which must start at a line start) into line blocks. */
export function splitBlocks(text: string, from = 0, to = text.length): Block[] {
  const out: Block[] = [];
  let start = from;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const end = i;
      i += c === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      out.push({ start, end, next: i });
      start = i;
    } else {
      i++;
    }
  }
  if (start < to || out.length === 0 || start === text.length) out.push({ start, end: to, next: to });
  return out;
}

/** Length of the Markdown line prefix (indent, `#`, `>`, list bullets, numbering) before the prose begins. */
export function markdownPrefixLength(text: string, start: number, end: number): number {
  let i = start;
  for (let guard = 0; guard < 8 && i < end; guard++) {
    const before = i;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 0xfeff)) i++;
    const c = text.charCodeAt(i);
    if (c === 35 /* # */) {
      let j = i;
      while (j < end && text.charCodeAt(j) === 35) j++;
      if (j - i <= 6 && (j === end || text.charCodeAt(j) === 32)) i = j;
    } else if (c === 62 /* > */) {
      i++;
    } else if ((c === 45 || c === 42 || c === 43) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) {
      i++;
    } else if (c >= 48 && c <= 57) {
      let j = i;
      while (j < end && j - i < 4 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const d = text.charCodeAt(j);
      if ((d === 46 || d === 41) && text.charCodeAt(j + 1) === 32) i = j + 1;
    }
    if (i === before) break;
  }
  return i - start;
}
