/**
 * Word's own styles (Normal, Title, Heading 1–6, TOC entries, Hyperlink) restyled, one code block
 * style, and the list numbering. Headings carry their outline level, so the navigation pane, the
 * outline view and the TOC field all see them, whatever Word's language.
 */
import { LevelFormat, type INumberingOptions, type IStylesOptions, type NumberingDefinition } from 'docx';
import { COLOR, FONT, SIZE } from './theme.js';

const heading = (size: number, outlineLevel: number, before: number, color: string = COLOR.primary) => ({
  run: { font: FONT.body, size, bold: true, color },
  paragraph: { keepNext: true, keepLines: true, outlineLevel, spacing: { before, after: 120 } },
});

export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT.body, size: SIZE.body, color: COLOR.text },
        paragraph: { spacing: { after: 120, line: 264, lineRule: 'auto' } },
      },
      title: {
        run: { font: FONT.body, size: SIZE.title, bold: true, color: COLOR.primary },
        // A band of the accent colour above the title, and room above it: the cover of a vendor guide.
        paragraph: {
          spacing: { before: 1400, after: 160 },
          border: { top: { style: 'single', size: 36, color: COLOR.accent, space: 18 } },
        },
      },
      heading1: {
        ...heading(SIZE.h1, 0, 360),
        paragraph: {
          ...heading(SIZE.h1, 0, 360).paragraph,
          border: { bottom: { style: 'single', size: 6, color: COLOR.accent, space: 4 } },
        },
      },
      heading2: heading(SIZE.h2, 1, 280),
      heading3: heading(SIZE.h3, 2, 220),
      heading4: heading(SIZE.body, 3, 200, COLOR.text),
      heading5: heading(SIZE.body, 4, 160, COLOR.text),
      heading6: heading(SIZE.body, 5, 160, COLOR.muted),
      hyperlink: { run: { color: COLOR.link, underline: {} } },
      listParagraph: { paragraph: { spacing: { after: 60 } } },
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 28, color: COLOR.accent },
        paragraph: { spacing: { after: 240 } },
      },
      {
        id: 'CodeBlock',
        name: 'Code Block',
        basedOn: 'Normal',
        run: { font: FONT.mono, size: SIZE.table },
        paragraph: {
          spacing: { before: 60, after: 180, line: 240, lineRule: 'auto' },
          indent: { left: 113, right: 113 },
          shading: { type: 'clear', color: 'auto', fill: COLOR.codeFill },
          border: {
            top: { style: 'single', size: 4, color: COLOR.codeFill, space: 4 },
            bottom: { style: 'single', size: 4, color: COLOR.codeFill, space: 4 },
            left: { style: 'single', size: 4, color: COLOR.codeFill, space: 4 },
            right: { style: 'single', size: 4, color: COLOR.codeFill, space: 4 },
          },
        },
      },
      { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: { spacing: { before: 120, after: 40 } } },
      { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 220 }, spacing: { after: 30 } } },
      { id: 'TOC3', name: 'toc 3', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 440 }, spacing: { after: 30 } } },
      {
        id: 'TOCHeading',
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: SIZE.h1, bold: true, color: COLOR.primary },
        paragraph: { spacing: { before: 0, after: 200 } },
      },
    ],
  };
}

export const bulletList = 'bullets';

const BULLETS = ['\u2022', '\u2013', '\u25E6'];

/** Every level of a list indents 0.63 cm more, its marker hanging in front of the text. */
const indent = (level: number) => ({ indent: { left: 360 * (level + 1), hanging: 260 } });

const bulletDefinition: NumberingDefinition = {
  reference: bulletList,
  levels: Array.from({ length: 9 }, (_, level) => ({
    level,
    format: LevelFormat.BULLET,
    text: BULLETS[level % BULLETS.length]!,
    alignment: 'left' as const,
    style: { paragraph: indent(level) },
  })),
};

/** An ordered list numbering from `start` ("3." in Markdown starts at 3). */
function orderedDefinition(start: number): NumberingDefinition {
  const formats = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];
  return {
    reference: `ordered-${start}`,
    levels: Array.from({ length: 9 }, (_, level) => ({
      level,
      format: formats[level % formats.length]!,
      text: `%${level + 1}.`,
      start: level === 0 ? start : 1,
      alignment: 'left' as const,
      style: { paragraph: indent(level) },
    })),
  };
}

/** The list for an ordered list; lists other than from 1 get their definition added as they are written. */
export function orderedList(start: number): string | NumberingDefinition {
  return start === 1 ? 'ordered-1' : orderedDefinition(start);
}

export function numbering(): INumberingOptions {
  return { config: [bulletDefinition, orderedDefinition(1)] };
}
