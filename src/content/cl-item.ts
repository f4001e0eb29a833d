/**
 * CL items: GFM tables whose first header cell starts with `CL-`. Reads the header (ID, scope,
 * title), then the `key | value` rows: details before `Executed`, component rows between
 * `Executed` and the comments row, the comments row's prompt.
 */
import type { PhrasingContent, Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { CellBlock, ClItem, ComponentGroup, ComponentRow, Inline, ItemRow, SourcePlace } from '../model/checklist.js';
import { parseAnswerOptions } from './answer-options.js';
import { DEEPEST_BULLET, bulletLevels, indentWidth } from './cell-bullet-depth.js';
import type { BlockSettings } from './blocks.js';
import type { BuildContext } from './context.js';
import { extraCell, quoted, textPlace } from './extra-cells.js';
import { checkItem } from './item-rules.js';
import { meantKey, nearest } from './near-miss.js';
import { inlineText, isLineBreakHtml, toInlines } from './inline.js';
import { normalizeLabel } from '../model/labels.js';
import { parseTarget } from './target.js';
import { targetText } from './target-text.js';
import { caseVariant } from './level-case.js';

/** `CL-` followed by letters, digits and `._:/-`, never ending in `.`, `:`, `/` or `-`. */
export const idPattern = /^(CL-[A-Za-z0-9](?:[A-Za-z0-9._:/-]*[A-Za-z0-9_])?)(?:\s+([\s\S]*))?$/;

export type Key = 'measures' | 'references' | 'access-rights' | 'level' | 'target' | 'replaces' | 'executed' | 'comments';
export const knownKeys = new Map<string, Key>([
  ['measures', 'measures'],
  ['references', 'references'],
  ['needed access rights', 'access-rights'],
  ['level', 'level'],
  ['target', 'target'],
  ['replaces', 'replaces'],
  ['executed', 'executed'],
  ['customer comments / reasons', 'comments'],
  ['customer comments', 'comments'],
]);

export const defaultCommentLabel = 'Customer comments / reasons';

/** An answer box as vendors write them: ☐, ☒, `[ ]`, `[x]`. */
export const ANSWER_BOX = /☐|☒|\[[ xX]?\]/;

/** The known keys as written in a row (lower case). */
export const KEY_NAMES = [...knownKeys.keys()];

/** The comments row's keys, longest first. */
const COMMENT_KEYS = [...knownKeys].filter(([, key]) => key === 'comments').map(([name]) => name);

/** Rows an item holds once: a second one would replace the first. */
const SINGLE_ROWS = new Set<Key>(['level', 'target', 'executed', 'comments']);

export function isClTable(table: Table): boolean {
  const first = table.children[0]?.children[0];
  return first !== undefined && toString(first).trim().startsWith('CL-');
}

/** Reads one CL table; null (with an error at its place) when the header does not fit. */
export function readClItem(table: Table, settings: BlockSettings, context: BuildContext): ClItem | null {
  const { levels, components } = settings;
  const [header, ...body] = table.children;
  const idCell = header?.children[0];
  if (!header || !idCell) return null;
  const idText = toString(idCell).trim();
  const match = idPattern.exec(idText);
  if (!match) {
    // `CL- VPN4`: a space after the hyphen, as vendors' documents have it; `CL-FW2.`, `CL-FW2,`,
    // `CL-FW2<br>…`: punctuation or a line break right after the ID (`CL-SF: SW status` may
    // mean `CL-SF:SWstatus`, so a colon gets no guess).
    const candidate = `CL-${(/^CL-\s*([^\s<]+)/.exec(idText)?.[1] ?? '').replace(/[.,;]+$/, '')}`;
    const meant = idPattern.exec(candidate)?.[1] === candidate ? `: did you mean "${candidate}"?` : '';
    context.error(
      cellPlace(idCell, context),
      `Malformed item ID in "${idText.slice(0, 60)}": write CL- then letters, digits or ._:/- (not ending in . : / or -), then a space and the scope${meant}`,
      'malformed-id',
    );
    return null;
  }
  context.writtenIds.note(match[1] ?? '', cellPlace(idCell, context), header.children.map((cell) => toString(cell)).join(' | '));
  reportBrAsText(idCell, `the scope of ${match[1]}`, context);
  const titleCells = header.children.slice(1).filter((cell) => toString(cell).trim() !== '');
  if (titleCells.length === 0) {
    context.error(cellPlace(idCell, context), `Item ${match[1]} has no title: put it in the second header cell`, 'missing-title');
    return null;
  }
  const title = joinCells(titleCells, context);
  const item: ClItem = {
    kind: 'item',
    id: match[1] ?? '',
    scope: (match[2] ?? '').replace(/\s+/g, ' ').trim(),
    title,
    titleText: inlineText(title).trim(),
    rows: [],
    level: null,
    target: [],
    executed: null,
    components: [],
    commentPrompt: [],
    commentLabel: defaultCommentLabel,
    sectionNumber: '',
    replaces: [],
    place: cellPlace(idCell, context),
  };

  let phase: 'details' | 'components' | 'after' = 'details';
  let executedPlace: SourcePlace | null = null;
  let targetClean = true;
  let targetPlaces = new Map<string, SourcePlace>();
  const singleRows = new Map<Key, SourcePlace>();
  // `| Excuted | |` is reported once (row-key), not again for each component row after it.
  let executedMisspelt = false;
  for (const row of body) {
    const [keyCell, ...valueCells] = row.children;
    if (!keyCell) continue;
    const label = toString(keyCell).replace(/\s+/g, ' ').trim().replace(/:$/, '').trim();
    const key = knownKeys.get(label.toLowerCase());
    const place = cellPlace(keyCell, context);
    if (key !== undefined && SINGLE_ROWS.has(key)) {
      const first = singleRows.get(key);
      if (first) context.error(place, `Row "${label}" of ${item.id} repeats the one on line ${first.line}: an item has one, and the last would silently replace the first`, 'repeated-row');
      else singleRows.set(key, place);
    }
    // A cell holding only a link with empty text (`[](#accounts)`, shown as the target's number
    // and title) has no text of its own, yet is not empty.
    const filled = valueCells.filter((cell) => toString(cell).trim() !== '' || cell.children.some((node) => node.type === 'link' || node.type === 'linkReference'));
    reportBrAsText(keyCell, `the row name "${label.slice(0, 40)}" of ${item.id}`, context);
    if (key === 'level' || key === 'target' || key === 'replaces') {
      for (const cell of filled) reportBrAsText(cell, `the ${label} of ${item.id}`, context);
    }
    const valuePlace = filled[0] ? cellPlace(filled[0], context) : place;
    const valueText = filled.map((cell) => toString(cell)).join(' ').trim();
    const optionsRow = key === 'executed' || (key === undefined && phase === 'components');
    reportStrayRow(label, valueText, place, item.id, context);
    const shifted = label === '' ? reportShiftedRow(filled, item.id, context) : undefined;
    // `| | Executed | … |` is reported once (row-shifted), not again as an item without Executed.
    if (shifted === 'executed') executedMisspelt = true;
    const extra = extraCell(row, table, context);
    if (extra && shifted === undefined) reportExtraItemCell(extra, label, valueText, optionsRow, item.id, context);
    if (optionsRow && TICKED_BOX.test(valueText)) {
      context.warning(valuePlace, `Row "${label}" of ${item.id} has a ticked box: a master's boxes print empty for every customer (the deployment's answer ticks them), so this tick is not shown: write ☐`, 'ticked-in-master');
    }
    // Before Executed an empty row holds nothing; after it, it heads component rows
    // (`| Level 2 support | |`), so there only the comments key is taken for a merged row.
    if (key === undefined && valueText === '') {
      const merged = reportMergedRow(label, item.id, place, phase === 'details' ? KEY_NAMES : COMMENT_KEYS, context);
      if (!merged) reportBoxesInLabel(label, item.id, place, context);
    }

    // A prompt's boxes are for answers; in Measures they may name a setting's box in a dialog.
    if (key === 'comments' && ANSWER_BOX.test(valueText)) {
      context.warning(valuePlace, `The comments row of ${item.id} shows answer boxes that no deployment can tick: make them a component row between Executed and the comments row (\`| Authentication | Pre-shared key / Certificates |\`)`, 'boxes-in-comments');
    }
    if (key === 'executed') {
      executedPlace = place;
      item.executed = valueText === '' ? null : parseAnswerOptions(valueText);
      if (item.executed) context.optionRows.push({ item: item.id, label: null, options: item.executed.options, place: valuePlace });
      phase = 'components';
    } else if (key === 'comments') {
      item.commentLabel = label;
      item.commentPrompt = joinCells(filled, context);
      phase = 'after';
    } else if (key === 'level') {
      item.level = valueText;
      item.rows.push({ kind: 'level', label, level: valueText, place: valuePlace });
      if (settings.trusted.levels && !levels.includes(valueText)) {
        const message = levelMessage(valueText, item.id, levels);
        const meant = caseVariant(valueText, levels);
        if (meant === undefined) context.error(valuePlace, message, 'unknown-level');
        else context.caseLevels.push({ written: valueText, meant, itemId: item.id, place: valuePlace, alone: { message, rule: 'unknown-level' } });
      }
    } else if (key === 'target') {
      const cell = filled[0];
      const locate = cell ? (written: string, from: number) => context.placeOf(written, from, cell) : () => valuePlace;
      const target = parseTarget(targetText(filled, context), settings.trusted.levels ? levels : null, locate, item.id, context);
      item.target = target.values;
      targetClean = target.clean;
      targetPlaces = target.places;
      item.rows.push({ kind: 'target', label, values: item.target, place: valuePlace });
    } else if (key === 'replaces') {
      item.replaces.push(...readReplaces(valueText, valuePlace, item.id, context));
    } else if (key !== undefined) {
      item.rows.push({ kind: 'text', role: key, label, content: cellBlocks(filled, context), place });
    } else if (phase === 'components') {
      const row = componentRow(label, valueText, components, place);
      item.components.push(row);
      if (row.kind === 'component') context.optionRows.push({ item: item.id, label, options: row.answers.options, place: valuePlace });
    } else {
      // A near miss of a key (`Levle`) is reported as such (row-key, item-rules.ts).
      const nearKey = nearest(label, KEY_NAMES);
      if (phase === 'details' && nearKey === 'executed') executedMisspelt = true;
      if (phase === 'details' && !executedMisspelt && looksLikeComponentRow(label, valueText, components)) {
        context.error(place, `Component row "${label}" of ${item.id} has no Executed row before it: add \`| Executed | |\` above the component rows`, 'component-without-executed');
      } else if (phase === 'details' && nearKey === undefined && shifted === undefined) {
        reportKeyLikeRow(label, valueText, place, item.id, settings.trusted.levels ? levels : [], context);
      } else if (phase === 'after' && looksLikeComponentRow(label, valueText, components)) {
        context.error(place, `Component row "${label}" of ${item.id} comes after the comments row, where it is only text: move it above the comments row`, 'component-after-comments');
      }
      item.rows.push({ kind: 'text', role: 'extra', label, content: cellBlocks(filled, context), place });
    }
  }

  const hasComponentRows = item.components.some((row) => row.kind === 'component');
  if (executedPlace !== null) context.writtenIds.noteExecuted(item.place);
  if (executedPlace === null) {
    // A table split by a page break may have its Executed row in its other part: the duplicate-id
    // message of the part after already says to join the two. The part after is known once
    // every table is written.
    if (!executedMisspelt && !item.rows.some((row) => row.kind === 'text' && row.role === 'extra' && looksLikeComponentRow(row.label, '', components))) {
      context.afterTables.push(() => {
        if (context.writtenIds.executedInOtherPart(item.place)) return;
        context.warning(item.place, `Item ${item.id} has no Executed row: add \`| Executed | Yes / No |\` so it can be ticked`, 'missing-executed');
      });
    }
  } else if ((item.executed === null || (item.executed.options.length === 0 && item.executed.stray === undefined)) && !hasComponentRows) {
    context.error(executedPlace, `Executed of ${item.id} has neither options nor component rows: write \`Yes / No\`, or add component rows below it`, 'executed-without-options');
  }
  checkItem(item, settings, { executedPlace, targetClean, targetPlaces }, context);
  return item;
}

/**
 * A row before Executed that holds what a known row holds but is named otherwise: item IDs in a
 * row named like Replaces (`| Replaced by | CL-OLD |`: the lineage would be lost; `| See also |
 * CL-X1 |` is a row of its own), values per level (`| Target value | medium: 90 days |`: no target
 * shown), or a level (`| Lvl | maximum |`: the item would apply at every level). `levels`: none
 * when the front matter's could not be read.
 */
function reportKeyLikeRow(label: string, valueText: string, place: SourcePlace, id: string, levels: readonly string[], context: BuildContext): void {
  const shown = valueText.slice(0, 40);
  if (/replac|previous|former|renamed|old id/i.test(label) && /^CL-\S+(\s*[, ]\s*CL-\S+)*$/.test(valueText)) {
    context.error(place, `Row "${label}" of ${id} holds item IDs but is not the Replaces row, so the IDs this item had before are lost: write \`| Replaces | ${shown} |\``, 'replaces-like');
  } else if (holdsTargets(valueText, levels)) {
    context.error(place, `Row "${label}" of ${id} holds values per level but is not the Target row, so no target would be shown: write \`| Target | ${shown} |\``, 'target-like');
  } else if (levels.some((level) => level.toLowerCase() === valueText.toLowerCase())) {
    context.error(place, `Row "${label}" of ${id} holds the level "${valueText}" but is not the Level row, so the item would apply at every level: write \`| Level | ${valueText} |\``, 'level-like');
  }
}

/**
 * `| Needed access rights BIOS access |`: a known key and its value in one cell, the `|` between
 * them missing. Read as written it would be an unknown row (or a group heading) and the key's
 * meaning lost.
 */
function reportMergedRow(label: string, id: string, place: SourcePlace, keys: readonly string[], context: BuildContext): boolean {
  const lower = label.toLowerCase();
  const known = keys.find((name) => lower.startsWith(`${name} `) || lower.startsWith(`${name}: `));
  if (known === undefined) return false;
  const key = label.slice(0, known.length);
  const value = label.slice(known.length).replace(/^:?\s*/, '');
  context.error(place, `Row "${label.slice(0, 60)}" of ${id} starts with the key "${key}" but has no | after it, so the key is lost: did you mean \`| ${key} | ${value.slice(0, 40)} |\`?`, 'row-key-merged');
  return true;
}

/** The first option of a label that swallowed its options: a word (or `Yes:`) right before a box. */
const FIRST_OPTION = /\s(\S+:?\s*(?:☐|☒|\[[ xX]?\]))/;

/**
 * `| Reporter server Yes: ☐ No: ☐ |`: a component row whose `|` before its options is missing.
 * Read as written it is a group heading with boxes in its name: the server's row, and its answer,
 * are gone.
 */
function reportBoxesInLabel(label: string, id: string, place: SourcePlace, context: BuildContext): void {
  if (!ANSWER_BOX.test(label)) return;
  const split = FIRST_OPTION.exec(label);
  const meant = split ? ` did you mean \`| ${label.slice(0, split.index)} | ${label.slice(split.index + 1)} |\`?` : ' put the options in a cell of their own';
  context.error(place, `Row "${label.slice(0, 60)}" of ${id} has answer boxes in its name and no value, so it prints as a heading and nothing can be ticked: the | before the options is missing;${meant}`, 'boxes-in-label');
}

/**
 * `| | Level | medium |`: a row with an empty cell before its key (the key it holds, if so), as a table edited in a
 * spreadsheet or a Word table with a merged first column has it. The key is read as the value
 * of a row with no name, so the item loses it (no Level: every level; no Executed: nothing to
 * tick). An error for the rows that change the item, a warning for the rows only shown.
 */
function reportShiftedRow(filled: readonly TableCell[], id: string, context: BuildContext): Key | undefined {
  const [first, ...rest] = filled;
  if (first === undefined) return undefined;
  const written = toString(first).replace(/\s+/g, ' ').trim().replace(/:$/, '').trim();
  const key = knownKeys.get(written.toLowerCase());
  if (key === undefined) return undefined;
  const value = rest.map((cell) => toString(cell)).join(' ').trim();
  const message = `Row of ${id} has an empty cell before "${written}", so "${written}" is read as the value of a row with no name and the item has no ${written} row${shiftedLoss[key] ?? ''}: remove the empty cell, \`| ${written} | ${value.slice(0, 40)} |\``;
  if (SHIFT_CHANGES_ITEM.has(key)) context.error(cellPlace(first, context), message, 'row-shifted');
  else context.warning(cellPlace(first, context), message, 'row-shifted');
  return key;
}

/**
 * A row with no text (`| | |`, or a lone `|` line, which GFM reads as a row) or a second
 * delimiter row (`| --- | --- |`, left over from two tables joined): printed as a row of the
 * item, empty or with dashes.
 */
function reportStrayRow(label: string, valueText: string, place: SourcePlace, id: string, context: BuildContext): void {
  const dashes = /^:?-{3,}:?$/;
  if (label === '' && valueText === '') {
    context.warning(place, `A row of ${id} is empty (a lone | line is a row too), so the item prints an empty row: delete the line`, 'stray-row');
  } else if (dashes.test(label) && (valueText === '' || valueText.split(/\s+/).every((cell) => dashes.test(cell)))) {
    context.warning(place, `A row of ${id} is a second delimiter row, so the item prints a row of dashes: delete the line (one \`| --- | --- |\` goes right under the header)`, 'stray-row');
  }
}

/** Rows whose loss changes what the item asks, where it applies or what it continues. */
const SHIFT_CHANGES_ITEM = new Set<Key>(['level', 'target', 'replaces', 'executed', 'comments']);

/** What the item loses with the row, where that is not plain. */
const shiftedLoss: Partial<Record<Key, string>> = {
  level: ' (it would apply at every level)',
  target: ' (no target would be shown)',
  executed: ' (nothing to tick)',
  replaces: ' (the IDs it had before are lost)',
};

/** `Replaces | CL-OLD, CL-OLDER`: IDs separated by commas or spaces, each a well-formed ID. */
function readReplaces(valueText: string, place: SourcePlace, id: string, context: BuildContext): string[] {
  const ids = valueText.split(/[\s,]+/).filter(Boolean);
  if (ids.length === 0) context.error(place, `Replaces of ${id} is empty: name the earlier IDs it continues, e.g. \`| Replaces | CL-OLD |\``, 'replaces');
  return ids.filter((old) => {
    const wellFormed = idPattern.exec(old)?.[1] === old;
    if (!wellFormed) context.error(place, `Replaces of ${id}: "${old}" is not an item ID (CL- then letters, digits or ._:/-)`, 'replaces');
    return wellFormed;
  });
}

function componentRow(label: string, valueText: string, components: readonly string[], place: SourcePlace): ComponentRow | ComponentGroup {
  if (valueText === '') return { kind: 'group', label, place };
  const wanted = normalizeLabel(label);
  return {
    kind: 'component',
    label,
    answers: parseAnswerOptions(valueText),
    isServer: components.some((component) => normalizeLabel(component) === wanted),
    place,
  };
}

/** `minimum: 8; maximum: 12`: a level of the front matter, then a colon, at a value's start or after a `;`. */
function holdsTargets(value: string, levels: readonly string[]): boolean {
  const parts = value.split(';').map((part) => part.trim().toLowerCase());
  return levels.some((level) => parts.some((part) => part.startsWith(`${level.toLowerCase()}:`)));
}

/** A row that names a server of the front matter, or carries answer boxes, is a component row. */
function looksLikeComponentRow(label: string, valueText: string, components: readonly string[]): boolean {
  const wanted = normalizeLabel(label);
  return components.some((component) => normalizeLabel(component) === wanted) || ANSWER_BOX.test(valueText);
}

function levelMessage(level: string, itemId: string, levels: readonly string[]): string {
  const subject = `Level "${level}" of ${itemId}`;
  if (levels.length === 0) return `${subject} is not defined: the front matter has no \`levels\``;
  // Levels are matched exactly: `Medium` is a near miss of `medium` too.
  const meant = meantKey(level, levels);
  return `${subject} is not one of the front matter's levels (${levels.join(', ')})${meant ? `: did you mean "${meant}"?` : levelHint(level, levels)}`;
}

/**
 * What an author wrote for a scope that one level name already says: `every level` (as the
 * matrix prints an item without the row), `medium, high`, `from medium`, `medium and above`.
 */
function levelHint(level: string, levels: readonly string[]): string {
  if (/^(every|all|any)( (security )?levels?)?$/i.test(level.trim())) return ': an item of every level has no Level row, so leave the row out';
  const words = level.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const lowest = levels.find((name) => words.includes(name.toLowerCase()));
  return lowest === undefined ? '' : `: the item applies from its Level up, so write "${lowest}"`;
}

/**
 * A `<br>` in a cell read as plain text (the ID cell's scope, a row's name, the Level, Target
 * and Replaces values) breaks no line: the text is taken as written, so every format prints
 * "<br>" itself. Options are checked with the other answer rows (item-rules.ts).
 */
function reportBrAsText(cell: TableCell, what: string, context: BuildContext): void {
  const br = cell.children.find(isLineBreakHtml);
  if (br === undefined) return;
  const written = br.type === 'html' ? br.value.trim() : '<br>';
  context.warning(context.place(br), `"${written}" in ${what} breaks no line: that text is taken as written, so every format prints "${written}" itself; write it on one line`, 'br-as-text');
}

/** The place of a cell's content (the cell node itself starts at the pipe). */
const cellPlace = textPlace;

/** A box ticked in the master (`Yes: ☒`, `[x] Yes`), as a filled-in Word form has it. */
const TICKED_BOX = /☒|\[[xX]\]/;

/**
 * A cell past the item's header (`| Standby server | Yes / No | extra |`): joined to the value,
 * which on a row of options makes the text part of the last option ("No extra"), so the answer
 * `No` no longer matches; elsewhere the text prints joined here and is dropped by other viewers.
 */
function reportExtraItemCell(cell: TableCell, label: string, valueText: string, options: boolean, id: string, context: BuildContext): void {
  if (options) {
    context.error(textPlace(cell, context), `Row "${label}" of ${id} has a cell past the item's columns, ${quoted(cell)}: its options are read from the cells joined, "${valueText.slice(0, 60)}", so the text becomes part of the last option: put the options in one cell, and a note in the comments row`, 'extra-cell');
  } else {
    context.warning(textPlace(cell, context), `Row "${label}" of ${id} has a cell past the item's columns, ${quoted(cell)}: it is joined to the row's value here, and GitHub and other Markdown viewers drop it (GFM keeps as many cells as the header has): put it in the value's cell`, 'extra-cell');
  }
}

function joinCells(cells: readonly TableCell[], context: BuildContext): Inline[] {
  return cells.flatMap((cell, index) => [
    ...(index > 0 ? [{ kind: 'text' as const, value: ' ' }] : []),
    ...toInlines(cell.children, context),
  ]);
}

/**
 * Splits cells at `<br>` into lines; consecutive lines starting `- `, `* ` or `• ` form a list,
 * a bullet indented under another nested in it (cell-bullet-depth.ts).
 */
export function cellBlocks(cells: readonly TableCell[], context: BuildContext): CellBlock[] {
  const lines: PhrasingContent[][] = [[]];
  for (const cell of cells) {
    for (const node of cell.children) {
      if (isLineBreakHtml(node)) lines.push([]);
      else lines[lines.length - 1]?.push(node);
    }
    lines.push([]);
  }
  const blocks: CellBlock[] = [];
  let levels = bulletLevels();
  // An empty line between lines of text (`<br><br>`) sets the next block apart; one at either end is nothing.
  let gap = false;
  for (const line of lines) {
    const content = trimInlines(toInlines(line, context));
    if (content.length === 0) {
      gap = blocks.length > 0;
      continue;
    }
    const bullet = stripBullet(content);
    const last = gap ? undefined : blocks[blocks.length - 1];
    const apart = gap ? { gap: true as const } : {};
    gap = false;
    if (bullet === null) {
      blocks.push({ kind: 'line', content, ...apart });
      continue;
    }
    if (last?.kind !== 'bullets') levels = bulletLevels();
    const first = line[0];
    const depth = levels.next(first?.type === 'text' ? indentWidth(first.value) : 0);
    if (depth > DEEPEST_BULLET && first) reportTooDeep(first, depth, context);
    const item = { content: bullet, depth: Math.min(depth, DEEPEST_BULLET) };
    if (last?.kind === 'bullets') last.items.push(item);
    else blocks.push({ kind: 'bullets', items: [item], ...apart });
  }
  return blocks;
}

/** Word's bullets have nine levels: a deeper one prints at the ninth, which is said. */
function reportTooDeep(node: PhrasingContent, depth: number, context: BuildContext): void {
  context.warning(context.place(node), `This bullet is indented to level ${depth + 1}, past the ${DEEPEST_BULLET + 1} levels a DOCX has: every format prints it at level ${DEEPEST_BULLET + 1}; indent it less`, 'bullet-depth');
}

function trimInlines(content: Inline[]): Inline[] {
  const result = [...content];
  const first = result[0];
  if (first?.kind === 'text') result[0] = { kind: 'text', value: first.value.replace(/^\s+/, '') };
  const lastIndex = result.length - 1;
  const last = result[lastIndex];
  if (last?.kind === 'text') result[lastIndex] = { kind: 'text', value: last.value.replace(/\s+$/, '') };
  return result.filter((node) => !(node.kind === 'text' && node.value === ''));
}

function stripBullet(content: Inline[]): Inline[] | null {
  const first = content[0];
  if (first?.kind !== 'text') return null;
  const match = /^(?:[-*•])\s+/.exec(first.value);
  if (!match && !/^[-*•]$/.test(first.value)) return null;
  const rest = first.value.slice(match ? match[0].length : 1);
  return [...(rest ? [{ kind: 'text' as const, value: rest }] : []), ...content.slice(1)];
}
