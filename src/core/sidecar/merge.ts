/**
 * Three-way merge of sidecar data by id, for a sidecar that changed on disk (`theirs`) while the editor held unsaved
 * changes (`ours`) to what it last read (`base`). Fields changed on one side only are taken from that side; a field
 * changed differently on both sides, or an item deleted on one side and changed on the other, is a conflict: it is
 * reported, never silently resolved, and the merged data holds the provisional choice described on `MergeConflict`.
 */
import type { Anchor, Annotation, Dismissal, SidecarData } from '../annotations';
import { deepEqual } from './equal';

/** A disagreement the user must settle. */
export interface MergeConflict {
  /** Which list the item is in; `sidecar` for unknown top-level keys. */
  list: 'annotations' | 'dismissed' | 'sidecar';
  /** The item's id (empty for top-level keys). */
  id: string;
  /**
   * `field`: both sides changed `field` differently; the merged data holds ours.
   * `deleted-by-us` / `deleted-by-them`: one side deleted the item, the other changed it; the merged data keeps the
   * changed item (nothing is lost until the user chooses).
   */
  type: 'field' | 'deleted-by-us' | 'deleted-by-them';
  /** The field (`status`, `note`, `source`, or `extra.<key>` for unknown keys); empty for deletions. */
  field: string;
  base: unknown;
  ours: unknown;
  theirs: unknown;
}

/** The merged data and the conflicts still to settle. */
export interface MergeResult {
  data: SidecarData;
  conflicts: MergeConflict[];
}

type Item = Annotation | Dismissal;
type Fields = Map<string, unknown>;

/**
 * Merges by id. Anchors are not user decisions: theirs when only they changed it, ours when only we did (ours follows
 * the live document), and when both changed it ours unless ours is unanchored. `updated` takes the later time.
 */
export function mergeSidecars(base: SidecarData, ours: SidecarData, theirs: SidecarData): MergeResult {
  const conflicts: MergeConflict[] = [];
  const annotations = mergeLists('annotations', base.annotations, ours.annotations, theirs.annotations, conflicts);
  const dismissed = mergeLists('dismissed', base.dismissed, ours.dismissed, theirs.dismissed, conflicts);
  const data: SidecarData = { version: 1, article: ours.article, annotations, dismissed };
  const extra = mergeFields(toFields(base.extra), toFields(ours.extra), toFields(theirs.extra), (field, b, o, t) =>
    conflicts.push({ list: 'sidecar', id: '', type: 'field', field, base: b, ours: o, theirs: t }),
  );
  if (extra.size > 0) data.extra = Object.fromEntries(extra);
  return { data, conflicts };
}

/** Applies the user's choice for each conflict to merged data (`ours` keeps the provisional value, except for deletions). */
export function resolveConflicts(
  merged: SidecarData,
  conflicts: readonly MergeConflict[],
  choose: (conflict: MergeConflict) => 'ours' | 'theirs',
): SidecarData {
  const data: SidecarData = {
    ...merged,
    annotations: merged.annotations.map((a) => ({ ...a })),
    dismissed: merged.dismissed.map((d) => ({ ...d })),
  };
  if (merged.extra) data.extra = { ...merged.extra };
  const drop = new Set<string>();
  for (const conflict of conflicts) {
    const choice = choose(conflict);
    if (conflict.type !== 'field') {
      if ((conflict.type === 'deleted-by-us') === (choice === 'ours')) drop.add(`${conflict.list}:${conflict.id}`);
      continue;
    }
    if (choice === 'ours') continue;
    if (conflict.list === 'sidecar') {
      setField(data as unknown as Record<string, unknown>, conflict.field, conflict.theirs);
      continue;
    }
    const list: Item[] = conflict.list === 'annotations' ? data.annotations : data.dismissed;
    const item = list.find((candidate) => candidate.id === conflict.id);
    if (item) setField(item as unknown as Record<string, unknown>, conflict.field, conflict.theirs);
  }
  data.annotations = data.annotations.filter((a) => !drop.has(`annotations:${a.id}`));
  data.dismissed = data.dismissed.filter((d) => !drop.has(`dismissed:${d.id}`));
  return data;
}

function mergeLists<T extends Item>(
  list: 'annotations' | 'dismissed',
  base: readonly T[],
  ours: readonly T[],
  theirs: readonly T[],
  conflicts: MergeConflict[],
): T[] {
  const byId = (items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
  const baseById = byId(base);
  const oursById = byId(ours);
  const theirsById = byId(theirs);
  const ids = [...new Set([...ours.map((i) => i.id), ...theirs.map((i) => i.id), ...base.map((i) => i.id)])];
  const merged: T[] = [];
  for (const id of ids) {
    const b = baseById.get(id);
    const o = oursById.get(id);
    const t = theirsById.get(id);
    if (o && t) {
      merged.push(mergeItem(list, b, o, t, conflicts));
    } else if (o && !t) {
      if (!b) merged.push(o);
      else if (!sameDecision(b, o)) {
        conflicts.push({ list, id, type: 'deleted-by-them', field: '', base: b, ours: o, theirs: undefined });
        merged.push(o);
      }
    } else if (t && !o) {
      if (!b) merged.push(t);
      else if (!sameDecision(b, t)) {
        conflicts.push({ list, id, type: 'deleted-by-us', field: '', base: b, ours: undefined, theirs: t });
        merged.push(t);
      }
    }
  }
  return merged;
}

function mergeItem<T extends Item>(list: 'annotations' | 'dismissed', b: T | undefined, o: T, t: T, conflicts: MergeConflict[]): T {
  const fields = mergeFields(itemFields(b), itemFields(o), itemFields(t), (field, bv, ov, tv) =>
    conflicts.push({ list, id: o.id, type: 'field', field, base: bv, ours: ov, theirs: tv }),
  );
  const result: Record<string, unknown> = { id: o.id };
  const extra: Record<string, unknown> = {};
  for (const [field, value] of fields) {
    if (field.startsWith('extra.')) extra[field.slice(6)] = value;
    else result[field] = value;
  }
  if (Object.keys(extra).length > 0) result.extra = extra;
  const placement = mergeAnchor(b, o, t);
  result.anchor = placement.anchor;
  if (placement.unanchored) result.unanchored = true;
  if ('updated' in o || 'updated' in t) {
    const times = [(o as Annotation).updated, (t as Annotation).updated].filter((x): x is string => typeof x === 'string');
    result.updated = times.sort().at(-1) ?? '';
  }
  return result as unknown as T;
}

function mergeAnchor(b: Item | undefined, o: Item, t: Item): { anchor: Anchor; unanchored?: boolean } {
  const oursChanged = !b || !deepEqual(b.anchor, o.anchor) || Boolean(b.unanchored) !== Boolean(o.unanchored);
  const theirsChanged = !b || !deepEqual(b.anchor, t.anchor) || Boolean(b.unanchored) !== Boolean(t.unanchored);
  const pick = theirsChanged && (!oursChanged || o.unanchored) ? t : o;
  return { anchor: pick.anchor, unanchored: pick.unanchored };
}

function mergeFields(
  base: Fields,
  ours: Fields,
  theirs: Fields,
  conflict: (field: string, base: unknown, ours: unknown, theirs: unknown) => void,
): Fields {
  const merged: Fields = new Map();
  for (const field of new Set([...ours.keys(), ...theirs.keys(), ...base.keys()])) {
    const b = base.get(field);
    const o = ours.get(field);
    const t = theirs.get(field);
    let value: unknown;
    if (deepEqual(o, t) || deepEqual(t, b)) value = o;
    else if (deepEqual(o, b)) value = t;
    else {
      conflict(field, b, o, t);
      value = o;
    }
    if (value !== undefined) merged.set(field, value);
  }
  return merged;
}

const NOT_DECISIONS = new Set(['id', 'anchor', 'unanchored', 'updated', 'extra']);

/** An item's user-decided fields (anchors move by themselves and are not decisions), unknown keys as `extra.<key>`. */
function itemFields(item: Item | undefined): Fields {
  const fields: Fields = new Map();
  if (!item) return fields;
  for (const [key, value] of Object.entries(item)) {
    if (!NOT_DECISIONS.has(key) && value !== undefined) fields.set(key, value);
  }
  for (const [key, value] of Object.entries(item.extra ?? {})) fields.set(`extra.${key}`, value);
  return fields;
}

function toFields(extra: Record<string, unknown> | undefined): Fields {
  return new Map(Object.entries(extra ?? {}).filter(([, v]) => v !== undefined));
}

function sameDecision(a: Item, b: Item): boolean {
  const fa = itemFields(a);
  const fb = itemFields(b);
  return deepEqual(Object.fromEntries(fa), Object.fromEntries(fb));
}

function setField(target: Record<string, unknown>, field: string, value: unknown): void {
  if (field.startsWith('extra.') || !('id' in target)) {
    const key = field.startsWith('extra.') ? field.slice(6) : field;
    const extra = { ...((target.extra as Record<string, unknown> | undefined) ?? {}) };
    if (value === undefined) delete extra[key];
    else extra[key] = value;
    target.extra = extra;
    return;
  }
  if (value === undefined) delete target[field];
  else target[field] = value;
}
