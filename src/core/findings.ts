/** What the detector reports. These shapes are the `scan --json` contract (version 1): keep them stable. */

/** The two kinds of claim ClaimLens highlights. */
export type ClaimKind = 'attributed' | 'unverified';

/** A range of the article text: UTF-16 offsets, end exclusive, with the text it covers. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** One detection: an attributed claim (cue, source, content) or an unverified statement (cue only). */
export interface Finding {
  kind: ClaimKind;
  start: number;
  end: number;
  text: string;
  /** The words that signal the claim ("according to", "said", "reportedly"); null for a continued quote. */
  cue: TextSpan | null;
  /** Who the claim is attributed to; always null for unverified statements. */
  source: TextSpan | null;
  /** What is claimed, without the attribution frame; null where it does not apply. */
  content: TextSpan | null;
  /**
   * Attributed: e.g. "direct-quote", "indirect", "according-to", "continued-quote".
   * Unverified: "evidential", "vague-reporting" or "modal" (modal hedges are hidden by default).
   */
  category: string;
  /** The id of the rule that produced the finding, so a hover can say why the text was flagged. */
  rule: string;
  /** True when the source is vague ("officials", "experts", "some sources"). */
  sourceVague?: boolean;
  /** For a pronoun source ("he added"): the nearest preceding named source it most likely refers to. */
  resolvedSource?: TextSpan;
}
