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

const PLAIN = /^\p{L}[\p{L}\p{N} _.,;/()'?!&%=+@:-]*$/u;
const KEYWORD = /^(?:true|false|null|yes|no|on|off|y|n)$/i;
// YAML 1.2 printable characters; anything else is escaped inside double quotes.
const NON_PRINTABLE = /[\u2028\u2029]|[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\uD800-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// ASCII characters allowed in a plain scalar after the first (a letter): letters, digits, space and _.,;/()'?!&%=+@:-
const PLAIN_ASCII = new Uint8Array(128);
for (const c of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _.,;/()'?!&%=+@:-") PLAIN_ASCII[c.charCodeAt(0)] = 1;

/** Whether `value` can be written plain and read back as the same string (checked on ASCII first, fast). */
function isPlain(value: string): boolean {
  const n = value.length;
  if (n === 0) return false;
  const first = value.charCodeAt(0);
  if (first >= 128) return isPlainSlow(value);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122))) return false;
  let previous = first;
  for (let i = 1; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128) return isPlainSlow(value);
    if (PLAIN_ASCII[c] === 0) return false;
    // no ": ", no two spaces in a row
    if (c === 32 && (previous === 58 || previous === 32)) return false;
    previous = c;
  }
  if (previous === 32 || previous === 58) return false;
  return n > 5 || !KEYWORD.test(value);
}

function isPlainSlow(value: string): boolean {
  return PLAIN.test(value) && !KEYWORD.test(value) && !value.endsWith(' ') && !/: |:$| {2}/.test(value);
}

const MAYBE_NON_PRINTABLE = /[\x7F-\x9F\u2028\u2029\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Whether JSON.stringify would escape a character of `value` (quote, backslash, control, lone surrogate) or the
 * result would need a printable check (MAYBE_NON_PRINTABLE); otherwise the double-quoted form is `"value"` as is.
 */
function needsEscape(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x7f) {
      if (c < 0x20 || c === 34 || c === 92) return true;
    } else if (c <= 0x9f || c === 0x2028 || c === 0x2029 || (c >= 0xd800 && c <= 0xdfff) || c >= 0xfffe) {
      return true;
    }
  }
  return false;
}

/** A string as a plain scalar when that reads back as the same string, else double-quoted. */
export function canonicalScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  if (isPlain(value)) return value;
  if (!needsEscape(value)) return `"${value}"`;
  const json = JSON.stringify(value);
  return MAYBE_NON_PRINTABLE.test(json) ? json.replace(NON_PRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}

type Plain = Record<string, unknown>;

/**
 * Writes the canonical text for a sidecar already turned into ordered plain records, or undefined when a value falls
 * outside the subset (unknown keys with structured values, for example).
 */
export function writeCanonical(top: Plain, annotations: Plain[], dismissed: Plain[]): string | undefined {
  const lines = [HEADER, ''];
  for (const key in top) {
    const value = top[key];
    if (!isScalar(value) || !validKey(key)) return undefined;
    lines.push(`${key}: ${canonicalScalar(value)}`);
  }
  for (const [key, items] of [['annotations', annotations], ['dismissed', dismissed]] as const) {
    if (items.length === 0) {
      lines.push(`${key}: []`);
      continue;
    }
    lines.push(`${key}:`);
    for (const item of items) {
      let first = true;
      for (const field in item) {
        const value = item[field];
        if (!validKey(field)) return undefined;
        const lead = first ? '  - ' : '    ';
        if (field === 'source' && isRecord(value)) {
          lines.push(`${lead}source:`);
          for (const k in value) {
            const v = value[k];
            if (!isScalar(v) || !validKey(k)) return undefined;
            lines.push(linePrefix(SOURCE_PREFIX, '      ', k) + canonicalScalar(v));
          }
        } else if (isScalar(value)) {
          lines.push(linePrefix(first ? FIRST_PREFIX : NEXT_PREFIX, lead, field) + canonicalScalar(value));
        } else {
          return undefined;
        }
        first = false;
      }
    }
  }
  lines.push('');
  return lines.join('\n');
}

// `lead + key + ': '` for the known keys, one flat string each (fewer pieces for the final join to copy).
const FIRST_PREFIX = new Map<string, string>();
const NEXT_PREFIX = new Map<string, string>();
const SOURCE_PREFIX = new Map<string, string>();

function linePrefix(cache: Map<string, string>, lead: string, key: string): string {
  let prefix = cache.get(key);
  if (prefix === undefined) {
    prefix = `${lead}${key}: `;
    if (!INTERNED.has(key)) return prefix;
    cache.set(key, prefix);
  }
  return prefix;
}

// The keys the format knows, so that split keys are the same (internalized) strings: much faster property access.
const INTERNED = new Map(
  ['version', 'article', 'annotations', 'dismissed', 'id', 'kind', 'status', 'quote', 'prefix', 'suffix', 'start', 'end', 'unanchored',
    'cue', 'source', 'note', 'origin', 'rule', 'created', 'updated', 'by', 'name', 'url', 'type'].map((k) => [k, k]),
);

const KEY_NAME = /^(?!(?:true|false|null|yes|no|on|off|y|n)$)[a-z][a-z0-9_-]*$/;

/** Splits `key: value` (or `key:`) in `text[start, end)`; undefined unless the key is `[a-z][a-z0-9_-]*` and no keyword. */
function splitKey(text: string, start: number, end: number): [string, string] | undefined {
  const colon = text.indexOf(':', start);
  if (colon <= start || colon >= end) return undefined;
  for (let i = start; i < colon; i++) {
    const c = text.charCodeAt(i);
    const ok = (c >= 97 && c <= 122) || (i > start && ((c >= 48 && c <= 57) || c === 95 || c === 45));
    if (!ok) return undefined;
  }
  if (colon + 1 < end && text.charCodeAt(colon + 1) !== 32) return undefined;
  const raw = text.slice(start, colon);
  let key = INTERNED.get(raw);
  if (key === undefined) {
    if (KEYWORD.test(raw)) return undefined; // `null:` is a null key in YAML, not the string "null"
    key = raw;
  }
  return [key, colon + 1 < end ? text.slice(colon + 2, end) : ''];
}

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
  let list: Plain[] | undefined;
  let listKey = '';
  let item: Plain | undefined;
  let source: Plain | undefined;
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
      const match = indent === 6 ? splitKey(text, pos + 6, eol) : undefined;
      if (!source || !match || match[0] in source) return undefined;
      const value = scalarValue(match[1]);
      if (value === undefined) return undefined;
      source[match[0]] = value;
    } else if (indent === 4 || (indent === 2 && text.charCodeAt(pos + 2) === 45 && text.charCodeAt(pos + 3) === 32)) {
      source = undefined;
      if (!list) return undefined;
      if (indent === 2) {
        item = {};
        list.push(item);
        top[listKey] = list;
      }
      const match = splitKey(text, pos + 4, eol);
      if (!item || !match || match[0] in item) return undefined;
      if (match[1] === '') {
        if (match[0] !== 'source') return undefined;
        source = {};
        item.source = source;
      } else {
        const value = scalarValue(match[1]);
        if (value === undefined) return undefined;
        item[match[0]] = value;
      }
    } else if (indent === 0) {
      source = undefined;
      const match = splitKey(text, pos, eol);
      if (!match || match[0] in top) return undefined;
      list = undefined;
      item = undefined;
      if (match[0] === 'annotations' || match[0] === 'dismissed') {
        if (match[1] !== '' && match[1] !== '[]') return undefined;
        list = [];
        listKey = match[0];
        // `key:` with no items under it is null in YAML; `key: []` is an empty list.
        top[listKey] = match[1] === '[]' ? list : null;
        if (match[1] === '[]') list = undefined;
      } else {
        const value = scalarValue(match[1]);
        if (value === undefined) return undefined;
        top[match[0]] = value;
      }
    } else {
      return undefined;
    }
    pos = eol + 1;
  }
  // `source:` with nothing under it is null in YAML, not an empty mapping: leave that to the Document API.
  for (const key of ['annotations', 'dismissed']) {
    const value = top[key];
    if (Array.isArray(value) && value.some((entry: Plain) => isRecord(entry.source) && Object.keys(entry.source).length === 0)) return undefined;
  }
  return top;
}

function scalarValue(token: string): string | number | boolean | undefined {
  if (token.charCodeAt(0) === 34) {
    // Fast path: no escapes, quotes, control or non-printable characters inside, so JSON.parse would give the inside as is.
    const last = token.length - 1;
    if (last > 0 && token.charCodeAt(last) === 34) {
      let i = 1;
      for (; i < last; i++) {
        const c = token.charCodeAt(i);
        if (c < 0x20 || c === 34 || c === 92 || (c >= 0x7f && c <= 0x9f && c !== 0x85)) break;
      }
      if (i === last) return token.slice(1, last);
    }
    try {
      const value: unknown = JSON.parse(token);
      return typeof value === 'string' && !/[^\x09\x20-\x7E\x85\xA0-\uFFFF]/.test(token) ? value : undefined;
    } catch {
      return undefined;
    }
  }
  const first = token.charCodeAt(0);
  if (first >= 48 && first <= 57) return /^(?:0|[1-9][0-9]{0,14})$/.test(token) ? Number(token) : undefined;
  if (token === 'true') return true;
  if (token === 'false') return false;
  return isPlain(token) ? token : undefined;
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
