/**
 * The sidecar file format (version 1): parse untrusted YAML into `SidecarData` with positioned errors, and
 * serialize it back, editing the previous document so that comments, blank lines and the user's order survive.
 * See docs/sidecar-format.md.
 */
import { Document, LineCounter, isMap, isNode, isScalar, isSeq, parseDocument } from 'yaml';
import type { YAMLMap, YAMLSeq } from 'yaml';
import { KINDS, ORIGINS, STATUSES } from '../annotations';
import type { Anchor, Annotation, ClaimSource, ClaimStatus, Dismissal, SidecarData } from '../annotations';
import type { ClaimKind } from '../findings';
import { readCanonical, writeCanonical } from './canonical';
import { deepEqual } from './equal';
import { isPlainFileName } from './paths';

/** Larger sidecars are refused unread (a sidecar of 5,000 annotations is about 2.5 MB). */
export const MAX_SIDECAR_CHARS = 8 * 1024 * 1024;
/** YAML aliases allowed before a file is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

/** A problem in a sidecar, positioned 1-based (line and column) as editors show it. */
export interface SidecarIssue {
  message: string;
  line: number;
  col: number;
}

/** The result of reading a sidecar: the data (with warnings about what was normalized or ignored) or the first error. */
export type SidecarParseResult =
  | { ok: true; data: SidecarData; warnings: SidecarIssue[] }
  | { ok: false; error: SidecarIssue };

/** What the reader knows about the file's location. */
export interface SidecarParseOptions {
  /** The file name of the article beside the sidecar; used when the `article:` key is missing or ignored. */
  articleName?: string;
}

/** Key order in the file. Unknown keys follow the known ones, in the order they were read. */
const TOP_KEYS = ['version', 'article', 'annotations', 'dismissed'] as const;
const ANNOTATION_KEYS = [
  'id', 'kind', 'status', 'quote', 'prefix', 'suffix', 'start', 'end', 'unanchored',
  'cue', 'source', 'note', 'origin', 'rule', 'created', 'updated', 'by',
] as const;
const DISMISSAL_KEYS = ['id', 'kind', 'quote', 'prefix', 'suffix', 'start', 'end', 'unanchored', 'rule', 'cue', 'created', 'by'] as const;
const SOURCE_KEYS = ['name', 'url', 'type'] as const;

/** The keys the format knows, per level (the JSON Schema in schemas/sidecar.schema.json lists the same). */
export const SIDECAR_KEYS = { top: TOP_KEYS, annotation: ANNOTATION_KEYS, dismissal: DISMISSAL_KEYS, source: SOURCE_KEYS } as const;

const STATUS_SET: ReadonlySet<string> = new Set(STATUSES);
const TO_STRING = { lineWidth: 0, minContentWidth: 0 } as const;
const PARSE_OPTIONS = { prettyErrors: true, uniqueKeys: true, strict: true } as const;

type Path = (string | number)[];

class FormatError extends Error {
  constructor(message: string, readonly path: Path) {
    super(message);
  }
}

/** Parses sidecar text. Never throws: malformed, hostile or oversized input gives `{ ok: false, error }`. */
export function parseSidecar(text: string, options: SidecarParseOptions = {}): SidecarParseResult {
  if (text.length > MAX_SIDECAR_CHARS) {
    const mb = (text.length / (1024 * 1024)).toFixed(1);
    return failure(`The sidecar is too large (${mb} MB; ClaimLens reads at most ${MAX_SIDECAR_CHARS / (1024 * 1024)} MB). It was not read.`, 1, 1);
  }
  const fast = readCanonicalSidecar(text, options);
  if (fast) return { ok: true, data: fast, warnings: [] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...PARSE_OPTIONS, lineCounter });
  const position = (offset: number | undefined): { line: number; col: number } =>
    offset === undefined ? { line: 1, col: 1 } : lineCounter.linePos(offset);
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const pos = error.linePos?.[0] ?? position(error.pos[0]);
    return failure(`YAML error: ${stripPosition(error.message)}`, pos.line, pos.col);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const pos = position(firstAliasOffset(text));
    const reason = error instanceof Error ? error.message : String(error);
    return failure(`The sidecar uses too many YAML aliases and was not read (${reason}).`, pos.line, pos.col);
  }
  const warnings: SidecarIssue[] = [];
  const locate = (path: Path): { line: number; col: number } => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return position(node.range[0]);
    }
    return { line: 1, col: 1 };
  };
  try {
    const data = readSidecar(value, options, (message, path) => warnings.push({ message, ...locate(path) }));
    return { ok: true, data, warnings };
  } catch (error) {
    if (error instanceof FormatError) {
      const pos = locate(error.path);
      return failure(error.message, pos.line, pos.col);
    }
    throw error;
  }
}

/**
 * Serializes sidecar data. With `previousText` (a well-formed sidecar), edits that document in place: comments,
 * blank lines, quoting, unknown keys and the order of existing annotations survive; new annotations are inserted
 * in position order; removed ones are removed. Without it, writes a fresh file sorted by start, then id.
 */
export function serializeSidecar(data: SidecarData, previousText?: string): string {
  if (previousText === undefined || previousText.trim() === '') {
    const annotations = [...data.annotations].sort(compareByPosition);
    const dismissed = [...data.dismissed].sort(compareByPosition);
    const canonical = writeCanonicalSidecar(data, annotations, dismissed);
    if (canonical !== undefined) return remember(canonical, annotations, dismissed);
  } else if (previousText.length <= MAX_SIDECAR_CHARS) {
    // A previous file in the canonical layout holds nothing but what we write: rewrite it in its own order.
    const order = canonicalOrder(previousText);
    if (order) {
      const annotations = keepOrder(data.annotations, order.annotations);
      const dismissed = keepOrder(data.dismissed, order.dismissed);
      const canonical = writeCanonicalSidecar(data, annotations, dismissed);
      if (canonical !== undefined) return remember(canonical, annotations, dismissed);
    }
    const doc = parseDocument(previousText, PARSE_OPTIONS);
    if (doc.errors.length === 0 && isMap(doc.contents)) {
      editDocument(doc, data);
      return doc.toString(TO_STRING);
    }
  }
  const doc = new Document(sidecarToPlain(data));
  for (const key of ['annotations', 'dismissed']) {
    const seq = doc.get(key, true);
    if (isSeq(seq)) seq.items.forEach(styleAnchor);
  }
  doc.commentBefore = ' ClaimLens annotations (sidecar format version 1; see docs/sidecar-format.md)';
  return doc.toString(TO_STRING);
}

/** The ids of a file's annotations and dismissals, in the file's order. */
interface ItemOrder {
  annotations: readonly string[];
  dismissed: readonly string[];
}

/** The texts this module wrote last, with their item order, so editing them again needs no re-reading. */
const written: { text: string; order: ItemOrder }[] = [];

/** Remembers `text` and returns it, or the equal text remembered before: the caller then holds the very string compared later. */
function remember(text: string, annotations: readonly { id: string }[], dismissed: readonly { id: string }[]): string {
  const index = written.findIndex((entry) => entry.text.length === text.length && entry.text === text);
  const same = index === -1 ? text : written[index].text;
  if (index !== -1) written.splice(index, 1);
  written.unshift({ text: same, order: itemOrder(annotations, dismissed) });
  written.length = Math.min(written.length, 4);
  return same;
}

/** The item order of a canonical text that holds nothing but what ClaimLens writes, or undefined. */
function canonicalOrder(text: string): ItemOrder | undefined {
  const known = written.find((entry) => entry.text === text);
  if (known) return known.order;
  const previous = readCanonicalSidecar(text, {});
  return previous && writeCanonicalSidecar(previous, previous.annotations, previous.dismissed) === text ? itemOrder(previous.annotations, previous.dismissed) : undefined;
}

function itemOrder(annotations: readonly { id: string }[], dismissed: readonly { id: string }[]): ItemOrder {
  return { annotations: annotations.map(({ id }) => id), dismissed: dismissed.map(({ id }) => id) };
}

/** Reads text in the canonical layout (see canonical.ts) without a YAML document; undefined when it is not, or needs a positioned message. */
function readCanonicalSidecar(text: string, options: SidecarParseOptions): SidecarData | undefined {
  const value = readCanonical(text);
  if (!value) return undefined;
  let warned = false;
  try {
    const data = readSidecar(value, options, () => (warned = true));
    return warned ? undefined : data;
  } catch (error) {
    if (error instanceof FormatError) return undefined;
    throw error;
  }
}

function writeCanonicalSidecar(data: SidecarData, annotations: readonly Annotation[], dismissed: readonly Dismissal[]): string | undefined {
  return writeCanonical({ ...topToPlain(data), ...extraToPlain(data.extra, TOP_KEYS) }, annotations.map(annotationToPlain), dismissed.map(dismissalToPlain));
}

/** `items` in the order of `previous` (by id); new items are inserted before the first kept item that starts later. */
function keepOrder<T extends { id: string; anchor: Anchor }>(items: readonly T[], previous: readonly string[]): T[] {
  const byId = new Map<string, T>();
  for (const item of items) byId.set(item.id, item);
  const ordered: T[] = [];
  for (const id of previous) {
    const item = byId.get(id);
    if (item) {
      ordered.push(item);
      byId.delete(id);
    }
  }
  for (const item of [...byId.values()].sort(compareByPosition)) {
    const index = ordered.findIndex((other) => compareByPosition(other, item) > 0);
    if (index === -1) ordered.push(item);
    else ordered.splice(index, 0, item);
  }
  return ordered;
}

/** Orders annotations and dismissals as the file does: by start, then id. */
export function compareByPosition(a: { id: string; anchor: Anchor }, b: { id: string; anchor: Anchor }): number {
  return a.anchor.start - b.anchor.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

type Warn = (message: string, path: Path) => void;

function failure(message: string, line: number, col: number): SidecarParseResult {
  return { ok: false, error: { message, line, col } };
}

function stripPosition(message: string): string {
  return message.replace(/ at line \d+, column \d+[\s\S]*$/, '').split('\n')[0];
}

function firstAliasOffset(text: string): number | undefined {
  const match = /(^|[\s[{,:-])\*[^\s,[\]{}]/.exec(text);
  return match ? match.index + match[1].length : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readSidecar(value: unknown, options: SidecarParseOptions, warn: Warn): SidecarData {
  if (value === null || value === undefined) {
    return { version: 1, article: options.articleName ?? '', annotations: [], dismissed: [] };
  }
  if (!isRecord(value)) throw new FormatError('A sidecar must be a YAML mapping with version, article, annotations and dismissed.', []);
  if (value.version === undefined) throw new FormatError('The sidecar has no `version:` key (expected `version: 1`).', []);
  if (value.version !== 1) {
    throw new FormatError(`Unsupported sidecar version ${JSON.stringify(value.version)}: this ClaimLens reads version 1.`, ['version']);
  }
  let article = options.articleName ?? '';
  if (value.article !== undefined && value.article !== null) {
    if (typeof value.article !== 'string') throw new FormatError('`article` must be a file name.', ['article']);
    if (isPlainFileName(value.article)) {
      if (options.articleName === undefined) article = value.article;
    } else {
      warn(`\`article: ${value.article}\` is not a file in this folder; it is ignored (a sidecar belongs to the article beside it).`, ['article']);
    }
  }
  const annotations = readList(value.annotations, 'annotations', (item, path) => readAnnotation(item, path, warn));
  const dismissed = readList(value.dismissed, 'dismissed', (item, path) => readDismissal(item, path));
  const data: SidecarData = { version: 1, article, annotations, dismissed };
  const extra = extraKeys(value, TOP_KEYS);
  if (extra) data.extra = extra;
  return data;
}

function readList<T extends { id: string }>(value: unknown, key: string, read: (item: Record<string, unknown>, path: Path) => T): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new FormatError(`\`${key}\` must be a list.`, [key]);
  const seen = new Set<string>();
  return value.map((item, index) => {
    const path = [key, index];
    if (!isRecord(item)) throw new FormatError(`Each entry of \`${key}\` must be a mapping.`, path);
    const result = read(item, path);
    if (seen.has(result.id)) throw new FormatError(`Duplicate id \`${result.id}\` in \`${key}\`: ids must be unique.`, [...path, 'id']);
    seen.add(result.id);
    return result;
  });
}

function readAnnotation(item: Record<string, unknown>, path: Path, warn: Warn): Annotation {
  const annotation: Annotation = {
    id: requiredString(item, 'id', path),
    kind: oneOf(item, 'kind', KINDS, path) as ClaimKind,
    status: readStatus(item, path, warn),
    anchor: readAnchor(item, path),
    origin: item.origin === undefined ? 'manual' : oneOf(item, 'origin', ORIGINS, path),
    created: optionalString(item, 'created', path) ?? '',
    updated: optionalString(item, 'updated', path) ?? '',
  };
  assignOptional(annotation, 'cue', optionalString(item, 'cue', path));
  assignOptional(annotation, 'note', optionalString(item, 'note', path));
  assignOptional(annotation, 'rule', optionalString(item, 'rule', path));
  assignOptional(annotation, 'by', optionalString(item, 'by', path));
  if (item.source !== undefined && item.source !== null) annotation.source = readSource(item.source, [...path, 'source']);
  if (readBoolean(item, 'unanchored', path)) annotation.unanchored = true;
  const extra = extraKeys(item, ANNOTATION_KEYS);
  if (extra) annotation.extra = extra;
  return annotation;
}

function readDismissal(item: Record<string, unknown>, path: Path): Dismissal {
  const dismissal: Dismissal = {
    id: requiredString(item, 'id', path),
    kind: oneOf(item, 'kind', KINDS, path) as ClaimKind,
    anchor: readAnchor(item, path),
    created: optionalString(item, 'created', path) ?? '',
  };
  assignOptional(dismissal, 'rule', optionalString(item, 'rule', path));
  assignOptional(dismissal, 'cue', optionalString(item, 'cue', path));
  assignOptional(dismissal, 'by', optionalString(item, 'by', path));
  if (readBoolean(item, 'unanchored', path)) dismissal.unanchored = true;
  const extra = extraKeys(item, DISMISSAL_KEYS);
  if (extra) dismissal.extra = extra;
  return dismissal;
}

function readAnchor(item: Record<string, unknown>, path: Path): Anchor {
  const quote = requiredString(item, 'quote', path);
  if (quote.length === 0) throw new FormatError('`quote` must not be empty.', [...path, 'quote']);
  const start = offset(item, 'start', path);
  const end = offset(item, 'end', path);
  if (end < start) throw new FormatError('`end` must not be less than `start`.', [...path, 'end']);
  return { quote, prefix: optionalString(item, 'prefix', path) ?? '', suffix: optionalString(item, 'suffix', path) ?? '', start, end };
}

function readSource(value: unknown, path: Path): ClaimSource {
  if (!isRecord(value)) throw new FormatError('`source` must be a mapping with `name` (and optionally `url` and `type`).', path);
  const source: ClaimSource = { name: requiredString(value, 'name', path) };
  assignOptional(source, 'url', optionalString(value, 'url', path));
  assignOptional(source, 'type', optionalString(value, 'type', path));
  for (const key of Object.keys(value)) {
    if (!(SOURCE_KEYS as readonly string[]).includes(key)) throw new FormatError(`Unknown key \`${key}\` in \`source\` (expected name, url, type).`, [...path, key]);
  }
  return source;
}

/** Statuses are matched case-insensitively, with spaces or underscores read as hyphens ("In progress"); anything else is an error. */
function readStatus(item: Record<string, unknown>, path: Path, warn: Warn): ClaimStatus {
  const raw = item.status;
  if (raw === undefined || raw === null) return 'unchecked';
  if (typeof raw !== 'string') throw new FormatError(`\`status\` must be one of: ${STATUSES.join(', ')}.`, [...path, 'status']);
  if (STATUS_SET.has(raw)) return raw as ClaimStatus;
  const normalized = raw.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (!(STATUSES as readonly string[]).includes(normalized)) {
    throw new FormatError(`Unknown status \`${raw}\`: expected one of ${STATUSES.join(', ')}.`, [...path, 'status']);
  }
  if (normalized !== raw) warn(`Status \`${raw}\` is read as \`${normalized}\`.`, [...path, 'status']);
  return normalized as ClaimStatus;
}

function requiredString(item: Record<string, unknown>, key: string, path: Path): string {
  const value = optionalString(item, key, path);
  if (value === undefined) throw new FormatError(`Missing \`${key}\`.`, path);
  return value;
}

/** Free text fields accept numbers and booleans (YAML reads `note: 42` as a number) and keep them as text. */
function optionalString(item: Record<string, unknown>, key: string, path: Path): string | undefined {
  const value = item[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new FormatError(`\`${key}\` must be text.`, [...path, key]);
}

function oneOf<T extends string>(item: Record<string, unknown>, key: string, allowed: readonly T[], path: Path): T {
  const value = item[key];
  if (value === undefined || value === null) throw new FormatError(`Missing \`${key}\` (one of ${allowed.join(', ')}).`, path);
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new FormatError(`\`${key}\` must be one of ${allowed.join(', ')}.`, [...path, key]);
  }
  return value as T;
}

function offset(item: Record<string, unknown>, key: string, path: Path): number {
  const value = item[key];
  if (value === undefined || value === null) throw new FormatError(`Missing \`${key}\` (a character offset).`, path);
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new FormatError(`\`${key}\` must be a whole number ≥ 0.`, [...path, key]);
  }
  return value;
}

function readBoolean(item: Record<string, unknown>, key: string, path: Path): boolean {
  const value = item[key];
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') throw new FormatError(`\`${key}\` must be true or false.`, [...path, key]);
  return value;
}

function assignOptional<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

const KNOWN_KEY_SETS = new Map<readonly string[], Set<string>>();

function extraKeys(item: Record<string, unknown>, known: readonly string[]): Record<string, unknown> | undefined {
  let set = KNOWN_KEY_SETS.get(known);
  if (!set) KNOWN_KEY_SETS.set(known, (set = new Set(known)));
  const extra: Record<string, unknown> = {};
  let any = false;
  for (const key in item) {
    const value = item[key];
    if (!set.has(key)) {
      extra[key] = value;
      any = true;
    }
  }
  return any ? extra : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

type Plain = Record<string, unknown>;

function sidecarToPlain(data: SidecarData): Plain {
  return {
    ...topToPlain(data),
    annotations: [...data.annotations].sort(compareByPosition).map(annotationToPlain),
    dismissed: [...data.dismissed].sort(compareByPosition).map(dismissalToPlain),
    ...extraToPlain(data.extra, TOP_KEYS),
  };
}

function topToPlain(data: SidecarData): Plain {
  return { version: 1, article: data.article };
}

function annotationToPlain(a: Annotation): Plain {
  const anchor = a.anchor;
  const plain: Plain = { id: a.id, kind: a.kind, status: a.status, quote: anchor.quote, prefix: anchor.prefix, suffix: anchor.suffix, start: anchor.start, end: anchor.end };
  if (a.unanchored) plain.unanchored = true;
  if (a.cue !== undefined) plain.cue = a.cue;
  if (a.source) {
    const source: Plain = { name: a.source.name };
    if (a.source.url !== undefined) source.url = a.source.url;
    if (a.source.type !== undefined) source.type = a.source.type;
    plain.source = source;
  }
  if (a.note !== undefined) plain.note = a.note;
  plain.origin = a.origin;
  if (a.rule !== undefined) plain.rule = a.rule;
  if (a.created) plain.created = a.created;
  if (a.updated) plain.updated = a.updated;
  if (a.by !== undefined) plain.by = a.by;
  if (a.extra) addExtra(plain, a.extra, ANNOTATION_KEYS);
  return plain;
}

function dismissalToPlain(d: Dismissal): Plain {
  const anchor = d.anchor;
  const plain: Plain = { id: d.id, kind: d.kind, quote: anchor.quote, prefix: anchor.prefix, suffix: anchor.suffix, start: anchor.start, end: anchor.end };
  if (d.unanchored) plain.unanchored = true;
  if (d.rule !== undefined) plain.rule = d.rule;
  if (d.cue !== undefined) plain.cue = d.cue;
  if (d.created) plain.created = d.created;
  if (d.by !== undefined) plain.by = d.by;
  if (d.extra) addExtra(plain, d.extra, DISMISSAL_KEYS);
  return plain;
}

function extraToPlain(extra: Record<string, unknown> | undefined, known: readonly string[]): Plain {
  const plain: Plain = {};
  if (extra) addExtra(plain, extra, known);
  return plain;
}

/** Adds the unknown keys of `extra` (defined ones, in their order) after the known ones; `__proto__` is never copied. */
function addExtra(plain: Plain, extra: Record<string, unknown>, known: readonly string[]): void {
  for (const [key, value] of Object.entries(extra)) {
    if (!known.includes(key) && value !== undefined && key !== '__proto__') plain[key] = value;
  }
}

function editDocument(doc: Document, data: SidecarData): void {
  const root = doc.contents as YAMLMap;
  syncMap(doc, root, { ...topToPlain(data), ...extraToPlain(data.extra, TOP_KEYS) }, ['annotations', 'dismissed']);
  syncList(doc, root, 'annotations', data.annotations, annotationToPlain);
  syncList(doc, root, 'dismissed', data.dismissed, dismissalToPlain);
}

function keyOf(node: unknown): unknown {
  return isScalar(node) ? node.value : node;
}

/**
 * Makes `map` hold exactly `plain` (plus the `keep` keys), touching only what differs so comments survive.
 * A key the map lacks is inserted after the key that precedes it in `plain`, so known keys keep their usual order.
 */
function syncMap(doc: Document, map: YAMLMap, plain: Plain, keep: readonly string[] = []): void {
  let previous = -1;
  for (const [key, value] of Object.entries(plain)) {
    const index = map.items.findIndex((pair) => keyOf(pair.key) === key);
    if (index === -1) {
      map.items.splice(previous + 1, 0, doc.createPair(key, value));
      previous += 1;
    } else {
      setValue(doc, map, key, value);
      previous = index;
    }
  }
  for (const pair of [...map.items]) {
    const key = keyOf(pair.key);
    if (typeof key !== 'string' || (!(key in plain) && !keep.includes(key))) map.delete(pair.key);
  }
}

function setValue(doc: Document, map: YAMLMap, key: string, value: unknown): void {
  const existing = map.get(key, true);
  if (isRecord(value) && isMap(existing)) {
    syncMap(doc, existing, value);
    styleAnchor(existing);
    return;
  }
  if (isScalar(existing) && (value === null || typeof value !== 'object')) {
    if (existing.value !== value) {
      existing.value = value;
      // A block scalar for a one-line value would read back with a trailing newline.
      const block = existing.type === 'BLOCK_LITERAL' || existing.type === 'BLOCK_FOLDED';
      if (block && (typeof value !== 'string' || !value.includes('\n'))) existing.type = undefined;
    }
    return;
  }
  if (isNode(existing) && deepEqual(existing.toJSON(), value)) return;
  map.set(key, doc.createNode(value));
}

function syncList<T extends { id: string; anchor: Anchor }>(
  doc: Document,
  root: YAMLMap,
  key: string,
  items: readonly T[],
  toPlain: (item: T) => Plain,
): void {
  const existing = root.get(key, true);
  if (!isSeq(existing)) {
    root.set(key, doc.createNode([...items].sort(compareByPosition).map(toPlain)));
    return;
  }
  const seq = existing as YAMLSeq;
  const wanted = new Map(items.map((item) => [item.id, item]));
  const kept = new Set<string>();
  seq.items = seq.items.filter((node) => {
    const id = isMap(node) ? keyOf(node.get('id', true)) : undefined;
    const item = typeof id === 'string' && !kept.has(id) ? wanted.get(id) : undefined;
    if (!item || !isMap(node)) return false;
    syncMap(doc, node, toPlain(item));
    styleAnchor(node);
    kept.add(item.id);
    return true;
  });
  const added = [...items].filter((item) => !kept.has(item.id)).sort(compareByPosition);
  if (added.length > 0 && seq.flow) seq.flow = false;
  for (const item of added) {
    const index = seq.items.findIndex((node) => {
      const other = isMap(node) ? wanted.get(String(keyOf(node.get('id', true)))) : undefined;
      return other !== undefined && compareByPosition(other, item) > 0;
    });
    const node = doc.createNode(toPlain(item));
    styleAnchor(node);
    if (index === -1) seq.items.push(node);
    else seq.items.splice(index, 0, node);
  }
}

/** Quotes and context with line breaks are written double-quoted (`"a\\nb"`): block scalars would hide their exact whitespace. */
function styleAnchor(node: unknown): void {
  if (!isMap(node)) return;
  for (const key of ['quote', 'prefix', 'suffix']) {
    const scalar = node.get(key, true);
    if (isScalar(scalar) && typeof scalar.value === 'string' && /[\n\r\t]/.test(scalar.value)) scalar.type = 'QUOTE_DOUBLE';
  }
}
