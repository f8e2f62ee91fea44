/**
 * The canonical sidecar layout, the one ClaimLens writes when a file has no comments or hand formatting: a fixed
 * line-per-key subset of YAML that is read and written without building a YAML document (the `yaml` Document API
 * takes about a second on a 5,000-annotation file). Anything outside the subset is left to the Document API:
 * `readCanonical` returns undefined for it, so comments, blank lines and hand formatting always go the slow, safe way.
 *
 * The subset: top-level `version`, `article`, `annotations`, `dismissed`; items of known keys only, one per line,
 * `source` as a nested block; scalars either plain (letters first, a conservative character set, never a YAML
 * keyword) or JSON-style double-quoted strings (valid YAML double-quoted scalars), integers and `true`.
 */

const HEADER = '# ClaimLens annotations (sidecar format version 1; see docs/sidecar-format.md)';

const KEYWORD = /^(?:true|false|null|yes|no|on|off|y|n)$/i;
// YAML 1.2 printable characters; anything else is escaped inside double quotes.
const NON_PRINTABLE = /[\u2028\u2029]|[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\uD800-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** How a string is written: plain, double-quoted as is, or as JSON with escapes. */
const enum Style {
  Plain,
  Quoted,
  Escaped,
}

// Plain: a letter, then letters, numbers, _.,;/()'?!&%=+@- and spaces or colons, each followed by one of those but a space.
const PLAIN_ASCII_RUN = /[A-Za-z](?:[A-Za-z0-9_.,;/()'?!&%=+@-]|[: ](?=[A-Za-z0-9_.,;/()'?!&%=+@:-]))*/y;
const PLAIN_UNICODE_RUN = /\p{L}(?:[\p{L}\p{N}_.,;/()'?!&%=+@-]|[: ](?=[\p{L}\p{N}_.,;/()'?!&%=+@:-]))*/uy;
// What JSON.stringify escapes (quote, backslash, controls, lone surrogates) or what may not be printable in YAML.
const NEEDS_ESCAPE = /[\x00-\x1F"\\\x7F-\x9F\u2028\u2029\uD800-\uDFFF\uFFFE\uFFFF]/g;

/**
 * Whether `text[start, end)` can be written plain and read back as the same string (never a YAML keyword); `end` is
 * the end of `text` or of a line. Sticky regexes on the text, not a loop over its characters: values are often
 * slices, and reading those one character at a time is several times slower.
 */
function isPlainAt(text: string, start: number, end: number): boolean {
  PLAIN_ASCII_RUN.lastIndex = start;
  if (!PLAIN_ASCII_RUN.test(text) || PLAIN_ASCII_RUN.lastIndex !== end) {
    // Where the ASCII run stops, a letter or number of another script may go on.
    const stop = PLAIN_ASCII_RUN.lastIndex === 0 ? start : PLAIN_ASCII_RUN.lastIndex;
    const c = text.charCodeAt(stop);
    if (stop >= end || (c < 128 && !((c === 32 || c === 58) && text.charCodeAt(stop + 1) >= 128))) return false;
    PLAIN_UNICODE_RUN.lastIndex = start;
    if (!PLAIN_UNICODE_RUN.test(text) || PLAIN_UNICODE_RUN.lastIndex !== end) return false;
  }
  return end - start > 5 || !KEYWORD.test(text.slice(start, end));
}

/**
 * How a string is written: plain when that reads back as the same string, double-quoted as is when JSON.stringify
 * would escape nothing and every character is printable, else escaped.
 */
function styleOf(value: string): Style {
  if (isPlainAt(value, 0, value.length)) return Style.Plain;
  NEEDS_ESCAPE.lastIndex = 0;
  return NEEDS_ESCAPE.test(value) ? Style.Escaped : Style.Quoted;
}

const MAYBE_NON_PRINTABLE = /[\x7F-\x9F\u2028\u2029\uD800-\uDFFF\uFFFE\uFFFF]/;

/** A string as a plain scalar when that reads back as the same string, else double-quoted. */
export function canonicalScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const style = styleOf(value);
  if (style === Style.Plain) return value;
  if (style === Style.Quoted) return `"${value}"`;
  const json = JSON.stringify(value);
  return MAYBE_NON_PRINTABLE.test(json) ? json.replace(NON_PRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}

type Plain = Record<string, unknown>;

/**
 * Writes the canonical text for a sidecar already turned into ordered plain records, or undefined when a value falls
 * outside the subset (unknown keys with structured values, for example).
 */
export function writeCanonical(top: Plain, annotations: Plain[], dismissed: Plain[]): string | undefined {
  // Allocated once at its final size: growing an array of 75,000 lines copies it again and again.
  const lines: string[] = new Array(lineCount(top, annotations, dismissed));
  let count = 0;
  lines[count++] = HEADER;
  lines[count++] = '';
  for (const key in top) {
    const value = top[key];
    if (!isScalar(value) || !validKey(key)) return undefined;
    lines[count++] = `${key}: ${canonicalScalar(value)}`;
  }
  const firstLines = new KeyLines('  - ');
  const nextLines = new KeyLines('    ');
  const sourceLines = new KeyLines('      ');
  for (const [key, items] of [['annotations', annotations], ['dismissed', dismissed]] as const) {
    if (items.length === 0) {
      lines[count++] = `${key}: []`;
      continue;
    }
    lines[count++] = `${key}:`;
    for (const item of items) {
      let first = true;
      for (const field in item) {
        const value = item[field];
        if (field === 'source' && isRecord(value)) {
          lines[count++] = first ? '  - source:' : '    source:';
          for (const k in value) {
            const v = value[k];
            const line = isScalar(v) ? sourceLines.line(k, v) : undefined;
            if (line === undefined) return undefined;
            lines[count++] = line;
          }
        } else {
          const line = isScalar(value) ? (first ? firstLines : nextLines).line(field, value) : undefined;
          if (line === undefined) return undefined;
          lines[count++] = line;
        }
        first = false;
      }
    }
  }
  lines[count++] = '';
  return lines.join('\n');
}

/** How many lines writeCanonical writes: one per key, a nested source counted with its keys. */
function lineCount(top: Plain, annotations: Plain[], dismissed: Plain[]): number {
  let count = 5 + Object.keys(top).length;
  for (const items of [annotations, dismissed]) {
    for (const item of items) {
      for (const field in item) {
        const value = item[field];
        count += field === 'source' && isRecord(value) ? 1 + keyCount(value) : 1;
      }
    }
  }
  return count;
}

function keyCount(record: Plain): number {
  let count = 0;
  for (const _key in record) count++;
  return count;
}

/**
 * The `key: value` lines of one indentation: the prefix of each key is built (and the key checked) once, and the last
 * line of each key is kept, so values that repeat from item to item (kind, status, origin, by) are formatted once.
 */
class KeyLines {
  private readonly keys = new Map<string, { prefix: string; value: unknown; line: string }>();

  constructor(private readonly lead: string) {}

  /** The line for `key: value`, or undefined when `key` is not a valid key. */
  line(key: string, value: string | number | boolean): string | undefined {
    let entry = this.keys.get(key);
    if (entry === undefined) {
      if (!validKey(key)) return undefined;
      entry = { prefix: `${this.lead}${key}: `, value: undefined, line: '' };
      this.keys.set(key, entry);
    }
    if (entry.value !== value) {
      entry.value = value;
      entry.line = entry.prefix + canonicalScalar(value);
    }
    return entry.line;
  }
}

// The keys the format knows, each read as the same (internalized) string, which makes property access much faster.
const KNOWN_KEYS = [
  'version', 'article', 'annotations', 'dismissed', 'id', 'kind', 'status', 'quote', 'prefix', 'suffix', 'start', 'end', 'unanchored',
  'cue', 'source', 'note', 'origin', 'rule', 'created', 'updated', 'by', 'name', 'url', 'type',
];
const INTERNED = new Set(KNOWN_KEYS);

/** A key read from a line, with its bit for the duplicate check (0 for keys the format does not know). */
interface LineKey {
  name: string;
  bit: number;
}

/** Spells a key of up to 11 letters a-z as one exact number (base 27), so that a line's key is looked up without slicing it. */
const KEY_BY_CODE = new Map<number, LineKey>();
KNOWN_KEYS.forEach((name, i) => {
  let code = 0;
  for (let k = 0; k < name.length; k++) code = code * 27 + name.charCodeAt(k) - 96;
  KEY_BY_CODE.set(code, { name, bit: 2 ** i });
});

const KEY_NAME = /^(?!(?:true|false|null|yes|no|on|off|y|n)$)[a-z][a-z0-9_-]*$/;

/**
 * The key of `key: value` (or `key:`) starting at `start` in a line ending at `end`; the colon is at `start + name.length`.
 * Undefined unless the key is `[a-z][a-z0-9_-]*`, no keyword, and followed by `: ` or the end of the line.
 */
function keyAt(text: string, start: number, end: number): LineKey | undefined {
  let code = 0;
  let letters = true;
  let i = start;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) code = code * 27 + c - 96;
    else if (i > start && ((c >= 48 && c <= 57) || c === 95 || c === 45)) letters = false;
    else break;
  }
  if (i === start || i >= end || text.charCodeAt(i) !== 58) return undefined;
  if (i + 1 < end && text.charCodeAt(i + 1) !== 32) return undefined;
  const known = letters && i - start <= 11 ? KEY_BY_CODE.get(code) : undefined;
  if (known) return known;
  const name = text.slice(start, i);
  if (KEYWORD.test(name)) return undefined; // `null:` is a null key in YAML, not the string "null"
  return { name, bit: 0 };
}

/** Whether `key` is already in `map`, whose known keys so far are the bits of `seen`. */
function isDuplicate(key: LineKey, seen: number, map: Plain): boolean {
  return key.bit === 0 ? key.name in map : (seen & key.bit) !== 0;
}

// A double-quoted scalar without escapes, controls or C1 controls but NEL inside: its value is the inside as is.
const QUOTED_AS_IS = /"[^"\\\x00-\x1F\x7F-\x84\x86-\x9F]*"/y;

/**
 * Reads canonical text into the plain value YAML would give, or undefined when the text is not in the subset
 * (the caller then uses the Document API). Item keys are not checked here: unknown ones are kept like YAML keeps them.
 */
export function readCanonical(text: string): Plain | undefined {
  if (text.includes('\r') || text.includes('\t')) return undefined;
  const n = text.length;
  let pos = text.startsWith(`${HEADER}\n`) ? HEADER.length + 1 : 0;
  while (pos < n && text.charCodeAt(pos) === 10) pos++;
  const top: Plain = {};
  let topSeen = 0;
  let list: Plain[] | undefined;
  let listKey = '';
  let item: Plain | undefined;
  let itemSeen = 0;
  let source: Plain | undefined;
  let sourceSeen = 0;
  // `source:` with nothing under it is null in YAML, not an empty mapping: leave that to the Document API.
  let sourceEmpty = false;
  for (; pos < n; ) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = n;
    if (eol === pos) {
      // Only blank lines may follow a blank line.
      for (let k = pos; k < n; k++) if (text.charCodeAt(k) !== 10) return undefined;
      break;
    }
    let indent = 0;
    while (indent < 7 && pos + indent < eol && text.charCodeAt(pos + indent) === 32) indent++;
    if (indent >= 6) {
      const key = indent === 6 && source ? keyAt(text, pos + 6, eol) : undefined;
      if (!source || !key || isDuplicate(key, sourceSeen, source)) return undefined;
      const value = scalarAt(text, pos + 8 + key.name.length, eol);
      if (value === undefined) return undefined;
      source[key.name] = value;
      sourceSeen |= key.bit;
      sourceEmpty = false;
    } else if (indent === 4 || (indent === 2 && text.charCodeAt(pos + 2) === 45 && text.charCodeAt(pos + 3) === 32)) {
      if (sourceEmpty || !list) return undefined;
      source = undefined;
      if (indent === 2) {
        item = {};
        itemSeen = 0;
        if (list.length === 0) top[listKey] = list;
        list.push(item);
      }
      const key = item ? keyAt(text, pos + 4, eol) : undefined;
      if (!item || !key || isDuplicate(key, itemSeen, item)) return undefined;
      itemSeen |= key.bit;
      const at = pos + 6 + key.name.length;
      if (at >= eol) {
        if (key.name !== 'source') return undefined;
        source = {};
        sourceSeen = 0;
        sourceEmpty = true;
        item.source = source;
      } else {
        const value = scalarAt(text, at, eol);
        if (value === undefined) return undefined;
        item[key.name] = value;
      }
    } else if (indent === 0) {
      if (sourceEmpty) return undefined;
      source = undefined;
      const key = keyAt(text, pos, eol);
      if (!key || isDuplicate(key, topSeen, top)) return undefined;
      topSeen |= key.bit;
      list = undefined;
      item = undefined;
      const at = pos + 2 + key.name.length;
      if (key.name === 'annotations' || key.name === 'dismissed') {
        // `key:` with no items under it is null in YAML; `key: []` is an empty list.
        if (at >= eol) {
          list = [];
          top[key.name] = null;
          listKey = key.name;
        } else if (eol - at === 2 && text.startsWith('[]', at)) {
          top[key.name] = [];
        } else {
          return undefined;
        }
      } else {
        const value = scalarAt(text, at, eol);
        if (value === undefined) return undefined;
        top[key.name] = value;
      }
    } else {
      return undefined;
    }
    pos = eol + 1;
  }
  return sourceEmpty ? undefined : top;
}

/** The scalar in `text[start, end)`, or undefined when it is outside the subset. */
function scalarAt(text: string, start: number, end: number): string | number | boolean | undefined {
  if (start >= end) return undefined;
  const first = text.charCodeAt(start);
  if (first === 34) {
    QUOTED_AS_IS.lastIndex = start;
    if (QUOTED_AS_IS.test(text) && QUOTED_AS_IS.lastIndex === end) return text.slice(start + 1, end - 1);
    return quotedScalar(text.slice(start, end));
  }
  if (first >= 48 && first <= 57) return integerAt(text, start, end);
  if (end - start === 4 && text.startsWith('true', start)) return true;
  if (end - start === 5 && text.startsWith('false', start)) return false;
  return isPlainAt(text, start, end) ? text.slice(start, end) : undefined;
}

/** A double-quoted scalar with escapes, read as JSON (canonical ones are JSON strings), if it is printable YAML. */
function quotedScalar(token: string): string | undefined {
  try {
    const value: unknown = JSON.parse(token);
    return typeof value === 'string' && !/[^\x09\x20-\x7E\x85\xA0-\uFFFF]/.test(token) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A whole number written as YAML and JSON agree on it: `0` or up to 15 digits without a leading zero. */
function integerAt(text: string, start: number, end: number): number | undefined {
  const length = end - start;
  if (length > 15 || (length > 1 && text.charCodeAt(start) === 48)) return undefined;
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    value = value * 10 + c - 48;
  }
  return value;
}

function validKey(key: string): boolean {
  return INTERNED.has(key) || KEY_NAME.test(key);
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) || typeof value === 'boolean';
}

function isRecord(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
