/**
 * The theme (src/present/theme.ts) as Word needs it: fonts a Word user has, the palette plus the
 * few fills only the DOCX draws, and the document's language. Only the styles read it: the body
 * refers to styles, so a theme (or a Word user changing a style) restyles the whole document.
 */
import { DEFAULT_THEME, mix, palette, type HexColor, type Palette, type Theme, type ThemeLogo } from '../../present/theme.js';

export interface DocxColors extends Palette {
  /** Group rows inside an item's components. */
  groupFill: HexColor;
  /** The "Customer setting" column of fillable tables: the customer's own values. */
  customerFill: HexColor;
  codeFill: HexColor;
}

export interface DocxLook {
  fonts: { body: string; headings: string; mono: string };
  colors: DocxColors;
  /** The document's language for Word's proofing and hyphenation, as Word writes it (`en-US`). */
  lang: string;
  logo: ThemeLogo | null;
}

/**
 * Free fonts that stand in for Word's with the same widths: a theme written for the HTML names
 * the free one, Word users have the other, and LibreOffice swaps them back when it opens the file.
 */
const WORD_FONT: Record<string, string> = {
  'liberation sans': 'Arial',
  arimo: 'Arial',
  'liberation serif': 'Times New Roman',
  tinos: 'Times New Roman',
  'liberation mono': 'Courier New',
  cousine: 'Courier New',
  carlito: 'Calibri',
  caladea: 'Cambria',
};

/** The first family of a font (a CSS list is allowed), as Word knows it. */
export function wordFont(font: string): string {
  const first = font.split(',')[0]!.trim().replace(/^["']|["']$/g, '');
  return WORD_FONT[first.toLowerCase()] ?? first;
}

/** A region for the languages whose bare tag Word does not take for a proofing language. */
const REGION: Record<string, string> = { en: 'en-US', de: 'de-DE', fr: 'fr-FR', es: 'es-ES', it: 'it-IT', nl: 'nl-NL', pt: 'pt-PT' };

export function wordLanguage(lang: string): string {
  return REGION[lang.toLowerCase()] ?? lang;
}

export function docxLook(theme: Theme = DEFAULT_THEME, lang = 'en'): DocxLook {
  const base = palette(theme);
  return {
    fonts: { body: wordFont(theme.fonts.body), headings: wordFont(theme.fonts.headings), mono: wordFont(theme.fonts.mono) },
    colors: {
      ...base,
      groupFill: mix(theme.accent, 'FFFFFF', 0.9),
      customerFill: 'FFF8E1',
      codeFill: mix(theme.text, 'FFFFFF', 0.94),
    },
    lang: wordLanguage(lang),
    logo: theme.logo,
  };
}
