/** The theme colour and icon names the editor features use; `package.json` contributes each colour. */
import { STATUSES, type ClaimStatus } from '../annotations';

/** A claim's status as shown: recorded statuses, or `pending` for a detection nobody reviewed yet. */
export type ShownStatus = ClaimStatus | 'pending';

/** Every status shown, pending first. */
export const SHOWN_STATUSES: readonly ShownStatus[] = ['pending', ...STATUSES];

/** The theme colour that carries a status (gutter, ruler, underline, tree icon). */
export function statusColorId(status: ShownStatus): string {
  if (status === 'pending') return 'claimlens.pendingForeground';
  const camel = status.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  return `claimlens.status.${camel}Foreground`;
}

/** The fill and underline colours of each kind, and the cue and source marks. */
export const KIND_COLORS = {
  attributed: { background: 'claimlens.attributedBackground', border: 'claimlens.attributedBorder' },
  unverified: { background: 'claimlens.unverifiedBackground', border: 'claimlens.unverifiedBorder' },
} as const;
export const CUE_COLOR = 'claimlens.cueForeground';
export const SOURCE_COLOR = 'claimlens.sourceBorder';

/** The gutter icon of a status, under media/ (one per theme kind). */
export function gutterIconPath(status: ShownStatus, theme: 'light' | 'dark'): string {
  return `media/gutter/${status}-${theme}.svg`;
}
