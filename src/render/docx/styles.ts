/**
 * The document's styles, built from the theme (look.ts). The theme's fonts are the Word theme's
 * body and heading fonts, which Normal and the headings refer to (Word's Design → Fonts changes
 * them); Normal carries the body size, colour and language; Word's own Title, Heading 1–6, TOC, Caption, Quote, Header and Footer
 * are restyled; tables and their text have styles of their own (table-styles.ts). The body
 * refers to these by id (style-ids.ts) and sets no size, colour or font itself, so a Word user
 * who changes Normal's font or a heading's colour changes the document.
 */
import type { IParagraphStyleOptions, IStylesOptions, IThemeOptions } from 'docx';
import type { DocxLook } from './look.js';
import { PARA } from './style-ids.js';
import { characterStyles, tableTextStyles } from './table-styles.js';
import { SIZE, TEXT_WIDTH } from './theme.js';

const BODY = { theme: 'body' } as const;
/** A code line's wrapped part, indented under its start (twips). */
const CODE_HANG = 283;
const HEADINGS = { theme: 'headings' } as const;

/** The Word theme: its fonts and accent are the theme's, so Word's font and colour menus offer them first. */
export function wordTheme(look: DocxLook): IThemeOptions {
  const { colors: c } = look;
  return {
    name: 'Checklist',
    fonts: { headings: look.fonts.headings, body: look.fonts.body },
    colors: { dark2: c.text, accent1: c.accent, hyperlink: c.link },
  };
}

function heading(size: number, outlineLevel: number, before: number, color: string) {
  return {
    run: { font: HEADINGS, size, bold: true, color },
    paragraph: { keepNext: true, keepLines: true, outlineLevel, spacing: { before, after: 120 } },
  };
}

export function documentStyles(look: DocxLook): IStylesOptions {
  const { colors: c } = look;
  const h1 = heading(SIZE.h1, 0, 360, c.accent);
  return {
    default: {
      document: {
        run: { font: BODY, size: SIZE.body, color: c.text, language: { value: look.lang } },
        paragraph: { spacing: { after: 120, line: 264, lineRule: 'auto' } },
      },
      title: {
        run: { font: HEADINGS, size: SIZE.title, bold: true, color: c.accent },
        // A band of the accent colour above the title, and room above it: the cover of a vendor guide.
        paragraph: {
          spacing: { before: 700, after: 160 },
          border: { top: { style: 'single', size: 36, color: c.accent, space: 18 } },
        },
      },
      heading1: { ...h1, paragraph: { ...h1.paragraph, border: { bottom: { style: 'single', size: 6, color: c.accent, space: 4 } } } },
      heading2: heading(SIZE.h2, 1, 280, c.accent),
      heading3: heading(SIZE.h3, 2, 220, c.accent),
      heading4: heading(SIZE.body, 3, 200, c.text),
      heading5: heading(SIZE.body, 4, 160, c.text),
      heading6: heading(SIZE.body, 5, 160, c.muted),
      hyperlink: { run: { color: c.link, underline: {} } },
      listParagraph: { paragraph: { spacing: { after: 60 } } },
    },
    paragraphStyles: [...proseStyles(look), ...tableTextStyles(look)],
    characterStyles: characterStyles(look),
  };
}

const based = (id: string, name: string, rest: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  ...rest,
});

function proseStyles(look: DocxLook): IParagraphStyleOptions[] {
  const { colors: c } = look;
  const codeEdge = { style: 'single', size: 4, color: c.codeFill, space: 4 } as const;
  const rule = (space: number) => ({ style: 'single', size: 4, color: c.rule, space }) as const;
  const running = { size: SIZE.small, color: c.muted };
  return [
    based(PARA.subtitle, 'Subtitle', { run: { size: SIZE.subtitle, color: c.accent }, paragraph: { spacing: { after: 240 } } }),
    based(PARA.code, 'Code Block', {
      run: { font: look.fonts.mono, size: SIZE.table },
      paragraph: {
        // One paragraph per source line (blocks.ts): a line too long for the page goes on under a
        // hanging indent, so it is not taken for a new command; the lines stay one shaded box.
        spacing: { before: 60, after: 180, line: 240, lineRule: 'auto' },
        contextualSpacing: true,
        indent: { left: 113 + CODE_HANG, hanging: CODE_HANG, right: 113 },
        shading: { type: 'clear', color: 'auto', fill: c.codeFill },
        border: { top: codeEdge, bottom: codeEdge, left: codeEdge, right: codeEdge },
      },
    }),
    based('TOC1', 'toc 1', { run: { bold: true }, paragraph: { spacing: { before: 120, after: 40 } } }),
    based('TOC2', 'toc 2', { paragraph: { indent: { left: 220 }, spacing: { after: 30 } } }),
    based('TOC3', 'toc 3', { paragraph: { indent: { left: 440 }, spacing: { after: 30 } } }),
    based(PARA.tocHeading, 'TOC Heading', {
      run: { font: HEADINGS, size: SIZE.h1, bold: true, color: c.accent },
      paragraph: { spacing: { before: 0, after: 200 } },
    }),
    // A small heading of a generated part inside a section, kept with what it introduces.
    based(PARA.caption, 'caption', {
      run: { font: HEADINGS, size: SIZE.h3, bold: true, color: c.accent },
      paragraph: { keepNext: true, keepLines: true, spacing: { before: 200, after: 80 } },
    }),
    based(PARA.quote, 'Quote', {
      run: { italics: true, color: c.muted },
      paragraph: { indent: { left: 420 }, border: { left: { style: 'single', size: 12, color: c.rule, space: 10 } } },
    }),
    based(PARA.rule, 'Horizontal Line', { paragraph: { border: { bottom: { style: 'single', size: 6, color: c.rule, space: 1 } } } }),
    based(PARA.header, 'header', { run: running, paragraph: { rightTabStop: TEXT_WIDTH, spacing: { after: 0 }, border: { bottom: rule(4) } } }),
    based(PARA.footer, 'footer', { run: running, paragraph: { rightTabStop: TEXT_WIDTH, spacing: { before: 0, after: 0 }, border: { top: rule(4) } } }),
    based(PARA.logo, 'Logo', { paragraph: { alignment: 'right', keepNext: true, spacing: { before: 0, after: 0 } } }),
  ];
}
