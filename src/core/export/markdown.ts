/** The Markdown report: a per-article summary and claim list that reads well on GitHub. */
import { escapeMarkdown, safeUrl } from './escape';
import { CLAIM_KINDS, KIND_LABELS, collectArticles, countClaims, statusLabel, visibleStatuses, type ExportClaim, type ExportInput } from './model';

/** Renders the Markdown report. */
export function toMarkdown(input: ExportInput): string {
  const { options } = input;
  const articles = collectArticles(input);
  const statuses = visibleStatuses(options.includeUnreviewed);
  const total = articles.reduce((n, a) => n + a.claims.length, 0);
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(options.title ?? 'ClaimLens report')}`, '');
  out.push(
    `Generated ${escapeMarkdown(options.generated)}` +
      `${options.organization ? ` by ${escapeMarkdown(options.organization)}` : ''}` +
      ` · ${plural(articles.length, 'article')} · ${plural(total, 'claim')}` +
      (options.includeUnreviewed === 'marked' ? ' (unreviewed detections included, marked *unreviewed*)' : ' (unreviewed detections omitted)'),
    '',
  );
  for (const { article, claims } of articles) {
    out.push(`## ${escapeMarkdown(article.path)}`, '');
    const counts = countClaims(claims);
    out.push(`| Kind | ${statuses.join(' | ')} | Total |`, `| --- |${statuses.map(() => ' ---: |').join('')} ---: |`);
    for (const kind of CLAIM_KINDS) {
      const row = statuses.map((s) => counts[kind][s]);
      out.push(`| ${KIND_LABELS[kind]} | ${row.join(' | ')} | ${sum(row)} |`);
    }
    const totals = statuses.map((s) => counts.attributed[s] + counts.unverified[s]);
    out.push(`| **Total** | ${totals.join(' | ')} | **${sum(totals)}** |`, '');

    const anchored = claims.filter((c) => !c.unanchored);
    const unanchored = claims.filter((c) => c.unanchored);
    if (claims.length === 0) out.push('No claims recorded.', '');
    if (anchored.length > 0) {
      out.push('### Claims', '');
      anchored.forEach((c, i) => out.push(...claimItem(c, i + 1, `line ${c.line}, column ${c.column}`)));
    }
    if (unanchored.length > 0) {
      out.push('### Unanchored annotations', '', 'The quoted text of these annotations is no longer in the article. They are kept until someone re-anchors or deletes them.', '');
      unanchored.forEach((c, i) => out.push(...claimItem(c, i + 1, 'not found in the text')));
    }
  }
  return out.join('\n');
}

function claimItem(c: ExportClaim, n: number, where: string): string[] {
  const lines = [`${n}. **${escapeMarkdown(statusLabel(c.status))}** · ${KIND_LABELS[c.kind]} · ${where}`, `   > ${escapeMarkdown(c.quote)}`, ''];
  if (c.cue !== undefined) lines.push(`   - Cue: ${escapeMarkdown(c.cue)}`);
  if (c.source !== undefined) lines.push(`   - Source: ${sourceMarkdown(c.source.name, c.source.url)}`);
  else if (c.kind === 'attributed') lines.push('   - Source: *none recorded*');
  if (c.note !== undefined && c.note.trim() !== '') lines.push(`   - Note: ${escapeMarkdown(c.note)}`);
  if (c.by !== undefined) lines.push(`   - Reviewed by: ${escapeMarkdown(c.by)}`);
  lines.push(`   - Id: ${escapeMarkdown(c.id)}`, '');
  return lines;
}

function sourceMarkdown(name: string, url: string | undefined): string {
  const href = safeUrl(url);
  const label = escapeMarkdown(name || url || '');
  if (href) return `[${label}](${href})`;
  return url ? `${label} (${escapeMarkdown(url)})` : label;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
