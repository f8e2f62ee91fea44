/** Every command the extension contributes. Kept free of `vscode` so the manifest test can read it in plain Node. */
export const COMMAND_IDS = ['claimlens.toggleHighlights', 'claimlens.rescan'] as const;

export type CommandId = (typeof COMMAND_IDS)[number];
