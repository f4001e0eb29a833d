/**
 * How deep a bullet line of an item cell sits (`- Close ports<br>  - 80`): a cell has no
 * Markdown lists, so the indentation after the `<br>` tells it, by Markdown's own rule: a bullet
 * indented at least two columns past a bullet before it (past its `- `) is nested under it, one
 * level deeper; one indented less goes back to the level it lines up with. One space more or
 * less (`<br> - b` after a first line that the table trims) is the same level, as in Markdown.
 */

/** The deepest level the DOCX's bullet numbering has (Word's nine levels, 0 to 8). */
export const DEEPEST_BULLET = 8;

/** A tab stops at the next multiple of four columns, as in Markdown. */
export function indentWidth(text: string): number {
  let width = 0;
  for (const char of /^[ \t\u00A0]*/.exec(text)?.[0] ?? '') width = char === '\t' ? width + 4 - (width % 4) : width + 1;
  return width;
}

/**
 * Levels of the bullets of one list, in order: `next(indent)` is the depth of the next bullet.
 * Each level remembers the indent of its first bullet; a bullet is nested under the deepest
 * level it is indented two columns past, and never more than one level below the bullet before it.
 */
export function bulletLevels(): { next(indent: number): number } {
  const indents: number[] = [];
  return {
    next(indent) {
      let depth = 0;
      for (let level = indents.length - 1; level >= 0; level -= 1) {
        if (indent >= (indents[level] ?? 0) + 2) {
          depth = level + 1;
          break;
        }
      }
      if (depth >= indents.length) indents.push(indent);
      else indents.length = depth + 1;
      return depth;
    },
  };
}
