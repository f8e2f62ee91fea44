/**
 * The colours of claim kinds and statuses, shared by the editor's decorations and the HTML report so that a
 * printed report looks like the editor. Backgrounds are translucent so text stays readable on light and dark themes.
 */
import type { ClaimKind } from '../findings';
import type { ExportStatus } from './model';

/** How a claim kind is highlighted: a translucent background and a solid border of the same hue. */
export interface KindColors {
  background: string;
  border: string;
}

/** Highlight colours per claim kind: amber for attributed claims, blue for unverified statements. */
export const KIND_COLORS: Record<ClaimKind, KindColors> = {
  attributed: { background: 'rgba(255, 179, 0, 0.30)', border: '#b07800' },
  unverified: { background: 'rgba(56, 139, 253, 0.25)', border: '#1f6feb' },
};

/** The colour marking a claim's status (underline in the editor and the report, a dot in legends). */
export const STATUS_COLORS: Record<ExportStatus, string> = {
  unreviewed: '#8c959f',
  unchecked: '#57606a',
  'in-progress': '#bf8700',
  verified: '#1a7f37',
  disputed: '#bc4c00',
  false: '#cf222e',
  inconclusive: '#8250df',
};

/** Whether the status underline is dashed (not yet decided) or solid (decided). */
export const STATUS_DASHED: Record<ExportStatus, boolean> = {
  unreviewed: true,
  unchecked: true,
  'in-progress': true,
  verified: false,
  disputed: false,
  false: false,
  inconclusive: false,
};
