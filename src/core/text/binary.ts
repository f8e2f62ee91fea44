/**
 * Turns an article file's bytes into text, or refuses them when they are not UTF-8 text.
 *
 * The text keeps a leading BOM as one character (U+FEFF), so offsets into it are the UTF-16 offsets of the
 * file decoded as UTF-8, which is what `scan --json` promises and what Node's `readFileSync(f, 'utf8')` gives.
 */

/** The decoded text, or why the bytes were refused. `replaced` counts invalid sequences shown as U+FFFD. */
export type DecodeResult = { ok: true; text: string; replaced: number } | { ok: false; reason: string };

/** More invalid UTF-8 than this share of the bytes means binary or another encoding, not a typo. */
const MAX_INVALID_RATIO = 0.01;
/** Control characters (other than tab, newlines, form feed, escape) above this share of a sample mean binary. */
const MAX_CONTROL_RATIO = 0.1;
const SAMPLE_BYTES = 64 * 1024;

/** Decodes an article's bytes as UTF-8 (BOM kept), refusing binary data and text in other encodings. */
export function decodeArticle(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, reason: 'the file is UTF-16 text; save it as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `the file is binary (it contains a NUL byte at offset ${nul}), not a text article` };

  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let controls = 0;
  for (const b of sample) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  if (sample.length > 0 && controls / sample.length > MAX_CONTROL_RATIO) {
    return { ok: false, reason: `the file is binary (${controls} control bytes in its first ${sample.length}), not a text article` };
  }

  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), replaced: 0 };
  } catch {
    // not valid UTF-8: measure how bad it is below
  }
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  const replaced = countChar(text, 0xfffd) - countGenuineReplacementChars(bytes);
  if (replaced > Math.max(1, bytes.length * MAX_INVALID_RATIO)) {
    return {
      ok: false,
      reason: `the file is not UTF-8 text (${replaced} invalid byte sequences): it is binary or in another encoding such as Windows-1252; convert it to UTF-8`,
    };
  }
  return { ok: true, text, replaced };
}

function countChar(text: string, code: number): number {
  let n = 0;
  for (let i = text.indexOf(String.fromCharCode(code)); i >= 0; i = text.indexOf(String.fromCharCode(code), i + 1)) n++;
  return n;
}

/** U+FFFD written in the file on purpose (bytes EF BF BD), which the decoder does not count as invalid. */
function countGenuineReplacementChars(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}
