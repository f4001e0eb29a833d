/**
 * Customer text is data: before any string reaches docx it loses what XML 1.0 cannot hold,
 * and anchors become names Word accepts for bookmarks.
 */

/**
 * C0 controls but tab, LF and CR; U+FFFE/U+FFFF; surrogates without their partner. Word refuses
 * the whole document for one of these, so they are dropped, and everything else (emoji,
 * right-to-left scripts, combining marks) is kept as written.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(value: string): string {
  return value.replace(FORBIDDEN, '');
}

/** Lines of a multi-line value (comments, addresses), any newline convention. */
export function linesOf(value: string): string[] {
  return cleanText(value).split(/\r\n|\r|\n/);
}

const MAX_BOOKMARK = 40;

/**
 * Word bookmark names: letters, digits and `_`, at most 40 characters, starting with a letter
 * (a leading `_` would make it a hidden bookmark). Every anchor gets one, unique, in the order
 * it is first asked for, so the same view always gives the same names.
 */
export class BookmarkNames {
  private readonly byAnchor = new Map<string, string>();
  private readonly taken = new Set<string>();

  /** The name for an anchor, made on first use. */
  nameFor(anchor: string): string {
    const known = this.byAnchor.get(anchor);
    if (known !== undefined) return known;
    // Accents are dropped rather than the letters (ü → u); other scripts become `_`.
    let base = anchor
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '');
    if (!/^[A-Za-z]/.test(base)) base = `a${base}`;
    base = base.slice(0, MAX_BOOKMARK);
    let name = base;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) {
      const suffix = `_${n}`;
      name = base.slice(0, MAX_BOOKMARK - suffix.length) + suffix;
    }
    // Word compares bookmark names without regard to case.
    this.taken.add(name.toLowerCase());
    this.byAnchor.set(anchor, name);
    return name;
  }

  /** The name of an anchor that has one, or undefined. */
  lookup(anchor: string): string | undefined {
    return this.byAnchor.get(anchor);
  }
}
