/**
 * schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview) for every claim with a verdict.
 *
 * Rating scale (bestRating 5, worstRating 1), mapping each verdict to a number and the `alternateName` readers see:
 *   verified → 5 "True" · inconclusive → 3 "Unproven" · disputed → 2 "Disputed" · false → 1 "False".
 * Claims that are unchecked, in progress or unreviewed have no verdict and are not published.
 */
import type { ClaimStatus } from '../annotations';
import { VERDICT_STATUSES, articleUri, collectArticles, type ExportClaim, type ExportInput } from './model';
import { safeUrl } from './escape';
import { jsonLdText } from './webAnnotation';

/** A verdict's place on the rating scale. */
export interface RatingMapping {
  ratingValue: number;
  alternateName: string;
}

/** The scale's ends. */
export const BEST_RATING = 5;
export const WORST_RATING = 1;

/** How each verdict is rated. */
export const VERDICT_RATINGS: Record<Verdict, RatingMapping> = {
  verified: { ratingValue: 5, alternateName: 'True' },
  inconclusive: { ratingValue: 3, alternateName: 'Unproven' },
  disputed: { ratingValue: 2, alternateName: 'Disputed' },
  false: { ratingValue: 1, alternateName: 'False' },
};

type Json = Record<string, unknown>;

/** Builds the ClaimReview graph as a plain object. */
export function claimReviewGraph(input: ExportInput): Json {
  const { options } = input;
  const graph: Json[] = [];
  for (const { article, claims } of collectArticles({ ...input, options: { ...options, includeUnreviewed: 'omit' } })) {
    for (const c of claims) {
      if (isVerdict(c.status)) graph.push(review(c, c.status, articleUri(article), options.organization, options.generated));
    }
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** Renders the ClaimReview export as JSON text. */
export function toClaimReview(input: ExportInput): string {
  return jsonLdText(claimReviewGraph(input));
}

type Verdict = Extract<ClaimStatus, 'verified' | 'disputed' | 'false' | 'inconclusive'>;

function isVerdict(status: ExportClaim['status']): status is Verdict {
  return (VERDICT_STATUSES as readonly string[]).includes(status);
}

function review(c: ExportClaim, verdict: Verdict, uri: string, organization: string | undefined, generated: string): Json {
  const rating = VERDICT_RATINGS[verdict];
  const claim: Json = { '@type': 'Claim' };
  if (c.source?.name) {
    const url = safeUrl(c.source.url);
    claim.author = { '@type': isOrganization(c.source.type) ? 'Organization' : 'Person', name: c.source.name, ...(url ? { url } : {}) };
  }
  claim.appearance = { '@type': 'CreativeWork', url: uri };
  return {
    '@type': 'ClaimReview',
    datePublished: generated.slice(0, 10),
    ...(c.updated ? { dateModified: c.updated } : {}),
    claimReviewed: c.quote,
    author: { '@type': 'Organization', name: organization && organization.trim() !== '' ? organization : 'Unnamed organisation' },
    reviewRating: { '@type': 'Rating', ratingValue: rating.ratingValue, bestRating: BEST_RATING, worstRating: WORST_RATING, alternateName: rating.alternateName },
    itemReviewed: claim,
    ...(c.note !== undefined && c.note.trim() !== '' ? { reviewBody: c.note } : {}),
    identifier: c.id,
  };
}

function isOrganization(type: string | undefined): boolean {
  return type !== undefined && /org|agency|company|government|ministry|institut|department|office|party|newspaper|outlet/i.test(type);
}
