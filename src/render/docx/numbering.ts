/** The list numbering: bullets, and ordered lists that count from their Markdown start. */
import { LevelFormat, type INumberingOptions, type NumberingDefinition } from 'docx';

export const bulletList = 'bullets';

const BULLETS = ['\u2022', '\u2013', '\u25E6'];

/** Every level of a list indents 0.63 cm more, its marker hanging in front of the text. */
export const indent = (level: number) => ({ indent: { left: 360 * (level + 1), hanging: 260 } });

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

/**
 * An ordered list numbering from `start` ("3." in Markdown starts at 3), at whatever level it
 * is nested: each list is an instance of its own, so every level starts there. Decimal at every
 * level, as Markdown writes them and the HTML prints them: letters in Word alone would make
 * "step 5" of the PDF "step e" of the DOCX.
 */
function orderedDefinition(start: number): NumberingDefinition {
  return {
    reference: `ordered-${start}`,
    levels: Array.from({ length: 9 }, (_, level) => ({
      level,
      format: LevelFormat.DECIMAL,
      text: `%${level + 1}.`,
      start,
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
