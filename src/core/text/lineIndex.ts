/** Maps UTF-16 offsets of a text to 0-based line and character positions (the shape VS Code uses) and back. */
export class LineIndex {
  /** Offset at which each line starts; a line ends at "\n", "\r\n" or a lone "\r". */
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0d) {
        if (text.charCodeAt(i + 1) === 0x0a) i++;
        this.starts.push(i + 1);
      } else if (c === 0x0a) {
        this.starts.push(i + 1);
      }
    }
  }

  /** The number of lines (an empty text has one). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** The 0-based line and character of `offset`, clamped to the text. */
  positionAt(offset: number): { line: number; character: number } {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: at - this.starts[lo] };
  }

  /** The offset of a 0-based line and character, clamped to the text and to the end of that line. */
  offsetAt(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    const start = this.starts[line];
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    let end = next;
    if (line + 1 < this.starts.length) {
      end--; // before the line break
      if (this.text.charCodeAt(end) === 0x0a && end > start && this.text.charCodeAt(end - 1) === 0x0d) end--;
    }
    return Math.max(start, Math.min(start + Math.max(0, character), end));
  }
}
