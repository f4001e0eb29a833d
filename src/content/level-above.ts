/**
 * `Level: medium` written as a line right above an item table, as vendors' pages and Word forms
 * put it, instead of as the item's `Level` row: the item has no Level row, so it applies at
 * every level, and a customer at a lower level is asked for it with no message.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ClItem } from '../model/checklist.js';
import type { BlockSettings } from './blocks.js';
import type { BuildContext } from './context.js';

/** `Level: medium`, `Security level - maximum`, `**Level:** medium.`: the level is the rest. */
const LEVEL_LINE = /^(?:security\s+)?level\s*[:=–-]?\s*(.+?)\.?$/i;

export function reportLevelAbove(previous: RootContent | undefined, item: ClItem, settings: BlockSettings, context: BuildContext): void {
  if (previous?.type !== 'paragraph' || item.level !== null || !settings.trusted.levels) return;
  if (context.fileOf(previous) !== item.place.file) return;
  const written = LEVEL_LINE.exec(toString(previous).replace(/\s+/g, ' ').trim())?.[1];
  const level = settings.levels.find((name) => name.toLowerCase() === written?.toLowerCase());
  if (level === undefined) return;
  context.error(
    context.place(previous),
    `"${toString(previous).trim()}" above ${item.id} is text, not its Level row, so the item has none and applies at every level: move it into the table as \`| Level | ${level} |\``,
    'level-above-item',
  );
}
