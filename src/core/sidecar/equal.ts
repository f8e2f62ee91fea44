import type { Annotation, Dismissal, SidecarData } from '../annotations';

/** Structural equality of JSON-like values (what a sidecar holds). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Whether two sidecars hold the same annotations and dismissals, in any order. With `ignoreAnchors`, anchors (which
 * move by themselves as the text changes) are left out: only the editors' decisions are compared.
 */
export function sameSidecar(a: SidecarData, b: SidecarData, options: { ignoreAnchors?: boolean } = {}): boolean {
  if (a === b) return true;
  if (a.article !== b.article && !options.ignoreAnchors) return false;
  if (!deepEqual(a.extra, b.extra)) return false;
  return sameItems(a.annotations, b.annotations, options.ignoreAnchors) && sameItems(a.dismissed, b.dismissed, options.ignoreAnchors);
}

function sameItems(a: readonly (Annotation | Dismissal)[], b: readonly (Annotation | Dismissal)[], ignoreAnchors = false): boolean {
  if (a.length !== b.length) return false;
  const byId = new Map(b.map((item) => [item.id, item]));
  return a.every((item) => {
    const other = byId.get(item.id);
    if (!other) return false;
    if (item === other) return true;
    if (!ignoreAnchors) return deepEqual(item, other);
    const { anchor: _a, unanchored: _u, ...rest } = item;
    const { anchor: _b, unanchored: _v, ...otherRest } = other;
    return deepEqual(rest, otherRest);
  });
}
