/**
 * The HTML report: one self-contained, printable page (inline CSS, no scripts, no external requests, a CSP that
 * forbids both) showing each article's text with its claims highlighted in the editor's colours.
 */
import type { ClaimKind } from '../findings';
import { escapeHtml, safeUrl } from './escape';
import {
  CLAIM_KINDS, KIND_LABELS, collectArticles, countClaims, statusLabel, visibleStatuses,
  type ExportClaim, type ExportInput, type ExportStatus, type ExportedArticle,
} from './model';
import { KIND_COLORS, STATUS_COLORS } from './palette';

/** The Content-Security-Policy of the report: nothing may load, only the inline stylesheet applies. */
export const HTML_REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

/** Renders the HTML report. */
export function toHtml(input: ExportInput): string {
  const { options } = input;
  const articles = collectArticles(input);
  const statuses = visibleStatuses(options.includeUnreviewed);
  const title = options.title ?? 'ClaimLens report';
  const total = articles.reduce((n, a) => n + a.claims.length, 0);
  const parts: string[] = [];
  parts.push(
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${HTML_REPORT_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${stylesheet()}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">Generated ${escapeHtml(options.generated)}${options.organization ? ` by ${escapeHtml(options.organization)}` : ''}` +
      ` · ${articles.length} article${articles.length === 1 ? '' : 's'} · ${total} claim${total === 1 ? '' : 's'}` +
      `${options.includeUnreviewed === 'marked' ? ' · unreviewed detections included and marked' : ' · unreviewed detections omitted'}</p>`,
    legend(statuses),
    '</header>',
    '<main>',
  );
  articles.forEach((entry, index) => parts.push(articleSection(entry, index + 1, statuses)));
  parts.push('</main>', '</body>', '</html>', '');
  return parts.join('\n');
}

function legend(statuses: ExportStatus[]): string {
  const kinds = CLAIM_KINDS.map((k) => `<li><span class="swatch k-${k}"></span>${escapeHtml(KIND_LABELS[k])}</li>`).join('');
  const stats = statuses.map((s) => `<li><span class="line s-${s}"></span>${escapeHtml(statusLabel(s))}</li>`).join('');
  return `<section class="legend" aria-label="Legend"><h2>Legend</h2><ul class="kinds">${kinds}</ul><ul class="statuses">${stats}</ul></section>`;
}

function articleSection({ article, claims }: ExportedArticle, n: number, statuses: ExportStatus[]): string {
  const counts = countClaims(claims);
  const anchored = claims.filter((c) => !c.unanchored);
  const unanchored = claims.filter((c) => c.unanchored);
  const number = new Map(anchored.map((c, i) => [c, i + 1]));
  const id = (c: ExportClaim): string => `a${n}-c${number.get(c)}`;
  const rows = CLAIM_KINDS.map((k: ClaimKind) => {
    const cells = statuses.map((s) => counts[k][s]);
    return `<tr><th scope="row">${escapeHtml(KIND_LABELS[k])}</th>${cells.map((v) => `<td>${v}</td>`).join('')}<td>${cells.reduce((a, b) => a + b, 0)}</td></tr>`;
  }).join('');
  const out: string[] = [
    `<section class="article" id="a${n}">`,
    `<h2>${escapeHtml(article.path)}</h2>`,
    `<table class="counts"><thead><tr><th scope="col">Kind</th>${statuses.map((s) => `<th scope="col">${escapeHtml(s)}</th>`).join('')}<th scope="col">total</th></tr></thead><tbody>${rows}</tbody></table>`,
    `<div class="text">${highlight(article.text, anchored, id, number)}</div>`,
  ];
  if (anchored.length > 0) {
    out.push('<h3>Claims</h3>', claimTable(anchored, (c) => String(number.get(c)), id, (c) => `${c.line}:${c.column}`));
  } else {
    out.push('<p class="empty">No claims in the text.</p>');
  }
  if (unanchored.length > 0) {
    out.push(
      '<h3>Unanchored annotations</h3>',
      '<p>The quoted text of these annotations is no longer in the article. They are kept until someone re-anchors or deletes them.</p>',
      claimTable(unanchored, (_c) => '–', () => undefined, () => 'not found'),
    );
  }
  out.push('</section>');
  return out.join('\n');
}

function claimTable(claims: ExportClaim[], label: (c: ExportClaim) => string, id: (c: ExportClaim) => string | undefined, where: (c: ExportClaim) => string): string {
  const head = '<thead><tr><th scope="col">#</th><th scope="col">Status</th><th scope="col">Kind</th><th scope="col">Quote</th><th scope="col">Cue</th><th scope="col">Source</th><th scope="col">Note</th><th scope="col">Line:col</th></tr></thead>';
  const rows = claims.map((c) => {
    const anchor = id(c);
    return (
      `<tr${anchor ? ` id="${anchor}"` : ''} class="status-${c.status}">` +
      `<td>${escapeHtml(label(c))}</td>` +
      `<td><span class="line s-${c.status}"></span>${escapeHtml(statusLabel(c.status))}</td>` +
      `<td><span class="swatch k-${c.kind}"></span>${escapeHtml(KIND_LABELS[c.kind])}</td>` +
      `<td class="quote">${escapeHtml(c.quote)}</td>` +
      `<td>${escapeHtml(c.cue ?? '')}</td>` +
      `<td class="source">${sourceHtml(c)}</td>` +
      `<td class="note">${escapeHtml(c.note ?? '')}</td>` +
      `<td>${escapeHtml(where(c))}</td></tr>`
    );
  });
  return `<table class="claims">${head}<tbody>${rows.join('')}</tbody></table>`;
}

function sourceHtml(c: ExportClaim): string {
  if (!c.source) return c.kind === 'attributed' ? '<em>none recorded</em>' : '';
  const href = safeUrl(c.source.url);
  const name = escapeHtml(c.source.name || c.source.url || '');
  if (href) return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${name}</a>`;
  return c.source.url ? `${name} (${escapeHtml(c.source.url)})` : name;
}

/**
 * Escapes the article text and wraps every claim in `<mark>`. Overlapping claims split the text into segments;
 * each segment is coloured by the innermost claim covering it, and each claim starts with a link to its table row.
 */
function highlight(text: string, claims: ExportClaim[], id: (c: ExportClaim) => string, number: Map<ExportClaim, number>): string {
  const bounds = new Set<number>([0, text.length]);
  for (const c of claims) {
    bounds.add(c.start);
    bounds.add(c.end);
  }
  const points = [...bounds].sort((a, b) => a - b);
  const byStart = new Map<number, ExportClaim[]>();
  for (const c of claims) byStart.set(c.start, [...(byStart.get(c.start) ?? []), c]);
  let active: ExportClaim[] = [];
  const out: string[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i];
    const to = points[i + 1];
    active = active.filter((c) => c.end > from);
    const starting = byStart.get(from) ?? [];
    active.push(...starting.filter((c) => c.end > c.start));
    for (const c of starting) {
      out.push(`<a class="ref" href="#${id(c)}">${number.get(c)}</a>`);
    }
    const segment = escapeHtml(text.slice(from, to));
    if (active.length === 0) {
      out.push(segment);
      continue;
    }
    // Innermost: the claim that started last, then the shortest.
    const inner = active.reduce((a, b) => (b.start > a.start || (b.start === a.start && b.end < a.end) ? b : a));
    const titles = active.map((c) => `#${number.get(c)} ${KIND_LABELS[c.kind]}, ${statusLabel(c.status)}`).join('; ');
    out.push(`<mark class="${escapeHtml(`claim k-${inner.kind} s-${inner.status}`)}" title="${escapeHtml(titles)}">${segment}</mark>`);
  }
  // Claims of zero length at the very end of the text still get their reference.
  for (const c of byStart.get(text.length) ?? []) out.push(`<a class="ref" href="#${id(c)}">${number.get(c)}</a>`);
  return out.join('');
}

function stylesheet(): string {
  // As in the editor: a reviewed claim has its kind's fill and a solid underline in its status colour; an unreviewed
  // detection is underlined dashed or dotted in its kind's colour. Unlike the editor it keeps a fill, so that it
  // still shows on paper.
  const kindRules = CLAIM_KINDS.map(
    (k) =>
      `.k-${k}{background:${KIND_COLORS[k].background};box-shadow:inset 0 0 0 1px ${KIND_COLORS[k].border.slice(0, 7)}40}` +
      `mark.k-${k}.s-unreviewed{border-bottom:2px ${KIND_COLORS[k].pendingStyle} ${KIND_COLORS[k].border}}`,
  );
  const statusRules = (Object.keys(STATUS_COLORS) as ExportStatus[]).map(
    (s) =>
      `${s === 'unreviewed' ? '' : `mark.s-${s}{border-bottom:2px solid ${STATUS_COLORS[s]}}`}` +
      `.line.s-${s}{border-top:3px ${s === 'unreviewed' ? 'dashed' : 'solid'} ${STATUS_COLORS[s]}}`,
  );
  return [
    'body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff;margin:0 auto;max-width:60rem;padding:1.5rem}',
    'h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.25rem;border-bottom:1px solid #d0d7de;padding-bottom:.25rem;margin-top:2rem;word-break:break-all}h3{font-size:1.05rem}',
    '.meta{color:#59636e;margin:0 0 1rem}',
    '.legend{border:1px solid #d0d7de;border-radius:6px;padding:.5rem 1rem;margin-bottom:1rem}.legend h2{font-size:1rem;border:0;margin:.25rem 0}',
    '.legend ul{list-style:none;padding:0;margin:.25rem 0;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem}',
    '.swatch{display:inline-block;width:1.6em;height:1em;vertical-align:-.15em;margin-right:.4em;border-radius:2px}',
    '.line{display:inline-block;width:1.6em;height:0;vertical-align:.2em;margin-right:.4em}',
    '.text{white-space:pre-wrap;overflow-wrap:anywhere;font:15px/1.7 Georgia,"Times New Roman",serif;border:1px solid #d0d7de;border-radius:6px;padding:1rem;background:#fff}',
    'mark.claim{color:inherit;border-radius:2px;padding:0 1px}',
    'a.ref{font:bold 10px/1 system-ui,sans-serif;vertical-align:super;color:#59636e;text-decoration:none;margin-right:1px}',
    'table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}',
    'table.counts td{text-align:right}table.claims{width:100%}td.quote{font-family:Georgia,serif;min-width:14em}td.note{white-space:pre-wrap;min-width:10em}',
    // Sources and notes may hold long unbroken text (URLs, markup shown as text): let only those break anywhere.
    'table.claims td.source,table.claims td.note,table.claims td.quote{overflow-wrap:anywhere}table.claims td:first-child,table.claims td:last-child{white-space:nowrap}',
    'tr:target{outline:2px solid #0969da}',
    ...kindRules,
    ...statusRules,
    '@media print{body{max-width:none;padding:0;font-size:11pt}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}section.article{break-before:page}.legend{break-inside:avoid}tr{break-inside:avoid}a.ref{color:#59636e}}',
  ].join('\n');
}
