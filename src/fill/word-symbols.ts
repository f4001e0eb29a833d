/**
 * Characters Word writes as elements rather than text, read back as text: a non-breaking
 * hyphen (Ctrl+Shift+-, `<w:noBreakHyphen/>`) is a hyphen, and a symbol of a symbol font
 * (`<w:sym w:font="Wingdings" w:char="F0E0"/>`), which Word's AutoCorrect inserts for -->, <--,
 * ==>, <==, <=>, :) :| :(, is the Unicode character it shows. Any other symbol has no text of
 * its own: import names it rather than drop it.
 */

/** The symbols Word's AutoCorrect inserts from Wingdings, by their code in the font. */
const WINGDINGS: Record<number, string> = {
  0x4a: '\u263A', // :)
  0x4b: '\u{1F610}', // :|
  0x4c: '\u2639', // :(
  0xdf: '\u2190', // <--
  0xe0: '\u2192', // -->
  0xe7: '\u21D0', // <==
  0xe8: '\u21D2', // ==>
  0xf3: '\u21D4', // <=>
};

/** The text of a `w:sym` element, or null when it has none that import can tell. */
export function symbolText(element: string): string | null {
  const font = /\bw:font="([^"]*)"/.exec(element)?.[1] ?? '';
  const code = parseInt(/\bw:char="([0-9A-Fa-f]+)"/.exec(element)?.[1] ?? '', 16);
  // Word writes a symbol font's codes in the private use area (F0xx) or as they are (xx).
  if (/^wingdings$/i.test(font) && Number.isFinite(code)) return WINGDINGS[code & 0xff] ?? null;
  return null;
}

/** The font of every symbol in `xml` that has no text import can tell. */
export function unreadableSymbols(xml: string): string[] {
  return [...xml.matchAll(/<w:sym\b[^>]*\/>/g)].filter((match) => symbolText(match[0]) === null).map((match) => /\bw:font="([^"]*)"/.exec(match[0])?.[1] ?? 'a symbol font');
}
