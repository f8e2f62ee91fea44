/** Escaping for untrusted sidecar and article text: sidecars arrive through git from other people. */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/**
 * Escapes text for inline Markdown (CommonMark / GitHub): HTML-significant characters become entities, Markdown
 * emphasis, code, link and table punctuation is backslash-escaped, and line breaks become `<br>` so that a note
 * cannot start a new block (every escaped value follows our own markup on its line, so block markers are inert).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c])
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '<br>')
    // Where the text starts a line (a blockquote), a heading, list or setext marker must stay literal.
    .replace(/^\s+/, '')
    .replace(/^([#+\-=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** The URL when it is an absolute http(s) URL safe to link to, else undefined (no `javascript:`, no `data:`). */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const trimmed = url.trim();
  if (!/^https?:\/\/[^\s/?#]+/i.test(trimmed)) return undefined;
  // Percent-encode what would end a Markdown link destination or an HTML attribute.
  return trimmed.replace(/[\s()<>"'`\\[\]{}|^]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
