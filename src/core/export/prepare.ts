/** Turns an article and its sidecar, as read from disk, into an export article with current anchors. */
import type { SidecarData } from '../annotations';
import { reanchorData } from '../anchor/reanchor';
import type { Finding } from '../findings';
import { reconcile } from '../review/reconcile';
import type { ExportArticle } from './model';

/** What a reader has for one article. */
export interface ArticleSource {
  path: string;
  uri?: string;
  text: string;
  /** The sidecar's data; undefined when the article has no sidecar yet. */
  data: SidecarData | undefined;
  /** The detector's findings for `text` (empty when unreviewed detections are not needed). */
  findings: Finding[];
}

/**
 * Re-anchors the sidecar against the current text (a sidecar on disk may predate the last edit) and keeps the
 * detections no annotation or dismissal covers as pending.
 */
export function prepareArticle(source: ArticleSource): ExportArticle {
  const name = source.path.slice(source.path.lastIndexOf('/') + 1);
  const data = source.data ? reanchorData(source.text, source.data) : { version: 1 as const, article: name, annotations: [], dismissed: [] };
  const { pending } = reconcile(source.findings, data);
  return { path: source.path, ...(source.uri ? { uri: source.uri } : {}), text: source.text, data, pending };
}
