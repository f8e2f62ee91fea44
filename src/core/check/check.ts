/** The pre-publication check: which claims of an article block publication under a policy, and why. */
import { collectClaims, type ExportArticle, type ExportClaim } from '../export/model';
import type { CheckCondition, PublicationPolicy } from './policy';

/** One claim that blocks publication. */
export interface Blocker {
  path: string;
  claim: ExportClaim;
  /** Every condition of the policy the claim meets, in policy order. */
  reasons: CheckCondition[];
}

/** The conditions a claim meets, whatever the policy. */
export function conditionsOf(claim: ExportClaim): CheckCondition[] {
  const met: CheckCondition[] = [claim.status];
  // A reviewed attributed claim needs its source recorded; a pending detection is already `unreviewed`.
  if (claim.reviewed && claim.kind === 'attributed' && !(claim.source?.name ?? '').trim()) met.push('no-source');
  return met;
}

/** The blockers of one article, in text order (unanchored annotations last). */
export function checkArticle(article: ExportArticle, policy: PublicationPolicy): Blocker[] {
  const blockers: Blocker[] = [];
  for (const claim of collectClaims(article, { includeUnreviewed: 'marked' })) {
    const met = conditionsOf(claim);
    const reasons = policy.failOn.filter((c) => met.includes(c));
    if (reasons.length > 0) blockers.push({ path: article.path, claim, reasons });
  }
  return blockers;
}

const REASON_TEXT: Record<CheckCondition, string> = {
  unreviewed: 'unreviewed detection',
  unchecked: 'unchecked',
  'in-progress': 'check in progress',
  verified: 'verified',
  disputed: 'disputed',
  false: 'false',
  inconclusive: 'inconclusive',
  'no-source': 'no source recorded',
};

/** One `file:line:col: reasons: kind "quote" [id]` line, the shape editors and CI logs turn into links. */
export function formatBlocker(blocker: Blocker): string {
  const { claim } = blocker;
  const quote = oneLine(claim.quote, 80);
  const where = `${oneLine(blocker.path, Infinity)}:${claim.line}:${claim.column}`;
  const reasons = blocker.reasons.map((r) => REASON_TEXT[r]).join(', ');
  const kind = claim.kind === 'attributed' ? 'attributed claim' : 'unverified statement';
  return `${where}: ${reasons}: ${kind} "${quote}" [${oneLine(claim.id, 60)}]${claim.unanchored ? ' (unanchored: its text is no longer in the article)' : ''}`;
}

/** Collapses whitespace and control characters (so a hostile quote cannot forge output lines) and shortens. */
function oneLine(text: string, max: number): string {
  const flat = text.replace(/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
