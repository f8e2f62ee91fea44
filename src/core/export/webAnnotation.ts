/**
 * W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): one `AnnotationCollection` whose single
 * embedded `AnnotationPage` holds every claim, so a tool can load the whole file without dereferencing `next` links.
 * Each annotation targets its article with a `TextQuoteSelector` and, when anchored, a `TextPositionSelector`
 * counted in code points as the model requires (not UTF-16 units).
 */
import { codePointOffsets } from './codePoints';
import { safeUrl } from './escape';
import { VERDICT_STATUSES, articleUri, collectArticles, type ExportClaim, type ExportInput } from './model';

/** The JSON-LD context every Web Annotation document names. */
export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

type Json = Record<string, unknown>;

/** Builds the AnnotationCollection as a plain object. */
export function webAnnotationCollection(input: ExportInput): Json {
  const items: Json[] = [];
  const articles = collectArticles(input);
  const collectionId = `urn:claimlens:collection:${hash(articles.map((a) => articleUri(a.article)).join('\n'))}`;
  for (const { article, claims } of articles) {
    const uri = articleUri(article);
    const points = codePointOffsets(article.text, claims.filter((c) => !c.unanchored).flatMap((c) => [c.start, c.end]));
    for (const c of claims) items.push(annotation(c, uri, points));
  }
  const pageId = `${collectionId}:page:1`;
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: input.options.title ?? 'ClaimLens annotations',
    total: items.length,
    generated: input.options.generated,
    generator: GENERATOR,
    first: { id: pageId, type: 'AnnotationPage', partOf: collectionId, startIndex: 0, items },
    last: pageId,
  };
}

/** Renders the Web Annotation export as JSON text. */
export function toWebAnnotation(input: ExportInput): string {
  return jsonLdText(webAnnotationCollection(input));
}

const GENERATOR = { id: 'urn:claimlens:software', type: 'Software', name: 'ClaimLens' };

function annotation(c: ExportClaim, uri: string, points: Map<number, number>): Json {
  const selector: Json[] = [{ type: 'TextQuoteSelector', exact: c.quote, prefix: c.prefix, suffix: c.suffix }];
  // An unanchored claim's offsets are stale, so it is targeted by its quote alone.
  if (!c.unanchored) selector.push({ type: 'TextPositionSelector', start: points.get(c.start), end: points.get(c.end) });
  const body: Json[] = [];
  if (c.note !== undefined && c.note.trim() !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: c.note, format: 'text/plain' });
  body.push({ type: 'TextualBody', purpose: 'assessing', value: c.status });
  body.push({ type: 'TextualBody', purpose: 'tagging', value: c.kind === 'attributed' ? 'attributed claim' : 'unverified statement' });
  if (c.source?.name) body.push({ type: 'TextualBody', purpose: 'identifying', value: c.source.name });
  const link = safeUrl(c.source?.url);
  if (link) body.push({ type: 'SpecificResource', purpose: 'linking', source: link });
  return {
    id: c.reviewed ? `urn:claimlens:annotation:${encodeURIComponent(c.id)}` : `urn:claimlens:detection:${hash(uri)}:${encodeURIComponent(c.id)}`,
    type: 'Annotation',
    // A verdict is an assessment; an open or unreviewed claim is a question still to answer.
    motivation: (VERDICT_STATUSES as readonly string[]).includes(c.status) ? 'assessing' : 'questioning',
    ...(c.created ? { created: c.created } : {}),
    ...(c.updated ? { modified: c.updated } : {}),
    ...(c.by ? { creator: { type: 'Person', name: c.by } } : {}),
    body,
    target: { source: uri, selector },
  };
}

/**
 * JSON text that is safe to paste into an HTML `<script type="application/ld+json">`: `<`, `>` and `&` are written
 * as \u escapes, so untrusted text cannot close the script element. The JSON value is unchanged.
 */
export function jsonLdText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

/** FNV-1a, 32-bit, as 8 hex digits: a short stable id, not a security measure. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
