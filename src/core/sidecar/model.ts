/** Building annotations and dismissals, and re-attaching orphans. */
import type { Annotation, AnnotationOrigin, ClaimSource, ClaimStatus, Dismissal, SidecarData } from '../annotations';
import type { ClaimKind, Finding } from '../findings';
import { createAnchor } from '../anchor/anchor';

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A fresh random id (`a-` for annotations, `d-` for dismissals, then 12 base-36 characters). */
export function newId(prefix: 'a' | 'd' = 'a'): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let id = `${prefix}-`;
  for (const byte of bytes) id += ID_ALPHABET[byte % 36];
  return id;
}

/** What a new annotation needs besides the text. */
export interface NewAnnotationOptions {
  kind: ClaimKind;
  start: number;
  end: number;
  origin: AnnotationOrigin;
  status?: ClaimStatus;
  cue?: string;
  rule?: string;
  source?: ClaimSource;
  note?: string;
  by?: string;
  /** The creation time (defaults to now). */
  now?: Date;
}

/** A new annotation on `text[start, end)`: fresh id, status `unchecked` unless given, ISO timestamps. */
export function newAnnotation(text: string, options: NewAnnotationOptions): Annotation {
  const time = (options.now ?? new Date()).toISOString();
  const annotation: Annotation = {
    id: newId('a'),
    kind: options.kind,
    status: options.status ?? 'unchecked',
    anchor: createAnchor(text, options.start, options.end),
    origin: options.origin,
    created: time,
    updated: time,
  };
  if (options.cue !== undefined) annotation.cue = options.cue;
  if (options.rule !== undefined) annotation.rule = options.rule;
  if (options.source !== undefined) annotation.source = { ...options.source };
  if (options.note !== undefined) annotation.note = options.note;
  if (options.by !== undefined) annotation.by = options.by;
  return annotation;
}

/** A dismissal of a detection, anchored on the finding's text so it stays dismissed when the text moves. */
export function newDismissal(text: string, finding: Finding, by?: string, now: Date = new Date()): Dismissal {
  const dismissal: Dismissal = {
    id: newId('d'),
    kind: finding.kind,
    anchor: createAnchor(text, finding.start, finding.end),
    rule: finding.rule,
    created: now.toISOString(),
  };
  if (finding.cue) dismissal.cue = finding.cue.text;
  if (by !== undefined) dismissal.by = by;
  return dismissal;
}

/** An empty sidecar for the article named `article`. */
export function emptySidecar(article: string): SidecarData {
  return { version: 1, article, annotations: [], dismissed: [] };
}

/** Attaches an annotation (typically an orphan) to a new selection `text[start, end)`; clears `unanchored`. */
export function reattach(annotation: Annotation, text: string, start: number, end: number, now: Date = new Date()): Annotation {
  if (end <= start) throw new Error('Select the text to attach the annotation to.');
  const attached: Annotation = { ...annotation, anchor: createAnchor(text, start, end), updated: now.toISOString() };
  delete attached.unanchored;
  return attached;
}

/** The annotations whose quote could not be placed in the article (kept, listed, re-attachable). */
export function unanchoredAnnotations(data: SidecarData): Annotation[] {
  return data.annotations.filter((annotation) => annotation.unanchored);
}
