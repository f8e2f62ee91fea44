/** Every command the extension contributes. Kept free of `vscode` so the manifest test can read it in plain Node. */
export const COMMAND_IDS = [
  'claimlens.markAttributed',
  'claimlens.markUnverified',
  'claimlens.acceptDetection',
  'claimlens.dismissDetection',
  'claimlens.setSource',
  'claimlens.setStatus',
  'claimlens.editNote',
  'claimlens.removeAnnotation',
  'claimlens.nextClaim',
  'claimlens.previousClaim',
  'claimlens.reattach',
  'claimlens.toggleHighlights',
  'claimlens.openSidecar',
  'claimlens.rescan',
  'claimlens.revealClaim',
  'claimlens.groupByArticle',
  'claimlens.groupByStatus',
  'claimlens.groupBySource',
  'claimlens.export',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];

/** The commands a hover may link to: only these run from a `command:` link in a hover's Markdown. */
export const HOVER_COMMAND_IDS: readonly CommandId[] = [
  'claimlens.acceptDetection',
  'claimlens.dismissDetection',
  'claimlens.setSource',
  'claimlens.setStatus',
  'claimlens.editNote',
];
