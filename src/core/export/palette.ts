/**
 * The colours of claim kinds and statuses, as the editor draws them: these are the light and dark defaults of the
 * `claimlens.*` theme colours in package.json (a unit test keeps the two equal). The HTML report, a light page
 * meant for printing, uses the light values; the editor reads the theme colours, so users' themes still apply.
 */
import type { ClaimKind } from '../findings';
import type { ExportStatus } from './model';

/** A theme colour's defaults (#rrggbb or #rrggbbaa). */
export interface ThemeDefaults {
  light: string;
  dark: string;
}

/** The editor's theme colours by id (without the `claimlens.` prefix). */
export const THEME_COLORS = {
  attributedBackground: { light: '#0066bf1a', dark: '#3794ff26' },
  attributedBorder: { light: '#0066bfb3', dark: '#3794ffb3' },
  unverifiedBackground: { light: '#bf880026', dark: '#cca70026' },
  unverifiedBorder: { light: '#bf8800cc', dark: '#cca700cc' },
  'status.uncheckedForeground': { light: '#6e6e6e', dark: '#a0a0a0' },
  'status.inProgressForeground': { light: '#0066bf', dark: '#3794ff' },
  'status.verifiedForeground': { light: '#388a34', dark: '#89d185' },
  'status.disputedForeground': { light: '#b05f00', dark: '#e2a03f' },
  'status.falseForeground': { light: '#c72e0f', dark: '#f14c4c' },
  'status.inconclusiveForeground': { light: '#8a3ec2', dark: '#b180d7' },
  pendingForeground: { light: '#bf8800', dark: '#cca700' },
} as const satisfies Record<string, ThemeDefaults>;

/** How a claim kind is highlighted: the fill of a reviewed claim, and the underline of an unreviewed detection. */
export interface KindColors {
  background: string;
  border: string;
  /** The editor underlines unreviewed detections dashed (attributed) or dotted (unverified). */
  pendingStyle: 'dashed' | 'dotted';
}

/** Highlight colours per claim kind (light theme): blue for attributed claims, amber for unverified statements. */
export const KIND_COLORS: Record<ClaimKind, KindColors> = {
  attributed: { background: THEME_COLORS.attributedBackground.light, border: THEME_COLORS.attributedBorder.light, pendingStyle: 'dashed' },
  unverified: { background: THEME_COLORS.unverifiedBackground.light, border: THEME_COLORS.unverifiedBorder.light, pendingStyle: 'dotted' },
};

/** The colour of a status (light theme): the solid underline of a reviewed claim, and its legend line. */
export const STATUS_COLORS: Record<ExportStatus, string> = {
  unreviewed: THEME_COLORS.pendingForeground.light,
  unchecked: THEME_COLORS['status.uncheckedForeground'].light,
  'in-progress': THEME_COLORS['status.inProgressForeground'].light,
  verified: THEME_COLORS['status.verifiedForeground'].light,
  disputed: THEME_COLORS['status.disputedForeground'].light,
  false: THEME_COLORS['status.falseForeground'].light,
  inconclusive: THEME_COLORS['status.inconclusiveForeground'].light,
};
