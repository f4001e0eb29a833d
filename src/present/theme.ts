/**
 * The look every format shares: one accent colour, the fonts and an optional logo. The HTML's
 * stylesheet and the DOCX's styles both read a `Theme` and its `Palette`, so a brand set once
 * reaches all three formats. Where a theme comes from (a file the README documents) is the
 * loader's job; this module only says what a theme is and what follows from it.
 */

/** A colour as six hex digits, upper case, no `#`: how Word stores it; CSS adds the `#`. */
export type HexColor = string;

export interface ThemeLogo {
  /** Where it was read from, for messages. */
  path: string;
  mediaType: 'image/png' | 'image/jpeg' | 'image/svg+xml';
  /** The file's bytes, embedded in every output: a document never fetches its logo. */
  data: Uint8Array;
  /** Its natural size in CSS pixels (1/96 in), from the file's own header. */
  width: number;
  height: number;
}

export interface ThemeFonts {
  /** Body text and tables. */
  body: string;
  /** The title and headings. */
  headings: string;
  /** Code and commands. */
  mono: string;
}

export interface Theme {
  /** Headings, the title band, rules and item header rows are drawn from it. */
  accent: HexColor;
  /** Body text. */
  text: HexColor;
  fonts: ThemeFonts;
  logo: ThemeLogo | null;
}

export const DEFAULT_THEME: Theme = {
  accent: '1D4F7A',
  text: '262626',
  fonts: { body: 'Liberation Sans', headings: 'Liberation Sans', mono: 'Liberation Mono' },
  logo: null,
};

/** The logo's text alternative in every format: it stands for the supplier, who hands the document over. */
export function logoAlt(supplier: string): string {
  return supplier.trim() === '' ? 'Logo' : `Logo of ${supplier.trim()}`;
}

/** Every colour the formats draw, derived from the theme's two so that they always go together. */
export interface Palette {
  accent: HexColor;
  text: HexColor;
  /** Secondary text: captions, the running header and footer. */
  muted: HexColor;
  /** Item and table header rows. */
  headerFill: HexColor;
  /** The label column of item tables, group rows. */
  labelFill: HexColor;
  /** Table borders. */
  rule: HexColor;
  /** Lines to write on. */
  line: HexColor;
  link: HexColor;
  /** The overall status words of the matrix: done and open. */
  done: HexColor;
  open: HexColor;
}

export function palette(theme: Theme): Palette {
  return {
    accent: theme.accent,
    text: theme.text,
    // Lighter than the text, but still 4.5:1 against white (WCAG AA for small text) with the default text.
    muted: mix(theme.text, 'FFFFFF', 0.3),
    headerFill: mix(theme.accent, 'FFFFFF', 0.86),
    labelFill: mix(theme.accent, 'FFFFFF', 0.94),
    rule: mix(theme.accent, 'A0A0A0', 0.55),
    line: mix(theme.text, 'FFFFFF', 0.4),
    link: theme.accent,
    done: '2E7D32',
    open: 'B45309',
  };
}

/** `from` moved `share` of the way towards `to`, per channel. */
export function mix(from: HexColor, to: HexColor, share: number): HexColor {
  const channel = (hex: HexColor, i: number) => parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return [0, 1, 2]
    .map((i) => Math.round(channel(from, i) + (channel(to, i) - channel(from, i)) * share))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}
