/**
 * The parts of the Statement-of-Work annex and of the offer: target values at the chosen level,
 * the agreed customer settings, the reasons for "Not applicable", the open items with owner, due
 * date and why each is open, and (offer) the scope without any status.
 */
import { inlineText } from '../model/inline-text.js';
import type { TargetValue } from '../model/checklist.js';
import type { CustomerChecklist, ViewBlock, ViewItem } from '../model/view.js';
import { answeredRows, componentDetail } from './component-detail.js';
import { reviewLine } from './review.js';
import { TableNotes } from './table-notes.js';
import { whyOpen } from './why-open.js';
import { hasTargets } from './level.js';
import { LABELS, PARTY, SENTENCES, TITLES } from './words.js';

/** A table with a heading (or caption), its column heads and rows of text; "" is a line to fill in. */
export interface TextTable {
  heading: string;
  intro: string;
  columns: string[];
  rows: string[][];
  /** The text of the footnotes its cells refer to (a target with a condition), printed under it. */
  notes?: string[];
  /** The sentence printed instead of an empty table. */
  empty: string;
}

export interface SettingsPart {
  heading: string;
  intro: string;
  /** One table per fillable table of the master, captioned with its section; `notes`: its cells' footnotes, as text. */
  tables: { caption: string; columns: string[]; rows: string[][]; notes: string[] }[];
  empty: string;
}

const party = (value: ViewItem['responsible']['installation']) => (value === null ? '' : PARTY[value]);

/**
 * The item's target value at the chosen level; with no level chosen every level applies, so every
 * level's value, as the master writes them ("minimum: 8 characters; medium: 10 characters").
 * A footnote mark stays (`8¹`), its note collected in `notes`. null when the item has none.
 */
function targetText(item: ViewItem, chosen: string | null, notes: TableNotes): string | null {
  const value = (target: TargetValue) => (target.content ? notes.text(target.content, ' ') : target.value);
  if (chosen !== null) {
    const target = item.targets.find((candidate) => candidate.level === chosen);
    return target === undefined ? null : value(target);
  }
  return item.targets.length === 0 ? null : item.targets.map((target) => `${target.level}: ${value(target)}`).join('; ');
}

/** Items that have a target value at the chosen level (at any level when none is chosen), with that value. */
export function targetsPart(view: CustomerChecklist): TextTable {
  const { chosen, levels } = view.level;
  const notes = new TableNotes(view.footnotes);
  const rows = view.items.flatMap((item) => {
    const target = targetText(item, chosen, notes);
    return target === null ? [] : [[item.id, item.titleText, target]];
  });
  return {
    heading: TITLES.targets,
    // Without levels no item has a target (`Target` rows name levels): no sentence about choosing one.
    intro: levels.length === 0 ? '' : chosen === null ? SENTENCES.targetsNoLevel : SENTENCES.targetsIntro(chosen),
    columns: [LABELS.id, LABELS.item, chosen === null ? LABELS.target : `${LABELS.target} (${chosen})`],
    rows,
    notes: notes.lines(),
    empty: chosen === null ? SENTENCES.noTargetsAtAll : SENTENCES.noTargets(chosen),
  };
}

/** Every fillable table of the master, with the customer's settings (or lines to fill in). */
export function settingsPart(view: CustomerChecklist): SettingsPart {
  const tables: SettingsPart['tables'] = [];
  const walk = (blocks: readonly ViewBlock[], caption: string) => {
    for (const block of blocks) {
      if (block.kind === 'section') walk(block.children, `${block.number} ${block.titleText}`.trim());
      else if (block.kind === 'blockquote') walk(block.children, caption);
      else if (block.kind === 'list') for (const item of block.items) walk(item.children, caption);
      else if (block.kind === 'table' && block.fillableColumn !== null) {
        const width = block.header.length;
        const notes = new TableNotes(view.footnotes);
        tables.push({
          caption,
          columns: block.header.map((cell) => notes.text(cell, ' ')),
          rows: block.rows.map((row) => Array.from({ length: width }, (_, i) => notes.text(row[i] ?? [], '\n'))),
          notes: notes.lines(),
        });
      }
    }
  };
  walk(view.body, '');
  return { heading: TITLES.settings, intro: SENTENCES.settingsIntro, tables, empty: SENTENCES.noSettings };
}

/**
 * Items answered with an option other than Yes or No, with the option chosen and the customer's
 * reason. A per-component item's answer is the matrix's short form (`Deactivated: Reporter
 * server`), never every row's box: listed, 22 of them filled a page.
 */
export function notApplicablePart(view: CustomerChecklist): TextTable {
  const rows = view.items
    .filter((item) => item.overall === 'not-applicable')
    .map((item) => {
      const row = view.responsibilityMatrix.find((r) => r.id === item.id);
      const answer = answeredRows(item).length > 0 ? componentDetail(item) : (row?.statusText ?? '');
      return [item.id, item.titleText, answer, item.comment];
    });
  return {
    heading: TITLES.notApplicable,
    intro: '',
    columns: [LABELS.id, LABELS.item, LABELS.answer, LABELS.reason],
    rows,
    empty: SENTENCES.noNotApplicable,
  };
}

/** The open items: why each is open, who owns it (the party installing it) and by when. */
export function openItemRows(view: CustomerChecklist): { id: string; item: string; why: string; owner: string; due: string; comment: string; review: string }[] {
  const byId = new Map(view.items.map((item) => [item.id, item]));
  return view.openItems.map((row) => {
    const item = byId.get(row.id);
    const owner = item === undefined ? '' : party(item.responsible.installation ?? item.responsible.operation);
    return {
      id: row.id,
      item: row.titleText,
      why: item === undefined ? row.statusText : whyOpen(item),
      owner,
      due: item?.due || view.overview.openIssuesUntil,
      comment: row.comment,
      review: reviewLine(row.review),
    };
  });
}

/** Before installation: what is in scope, its target and who does what; no status. */
export function scopePart(view: CustomerChecklist): TextTable {
  const { chosen } = view.level;
  // Without levels every row would say "every level", and "–" as its target: no item of such a master has one.
  const levelColumns = hasTargets(view);
  const notes = new TableNotes(view.footnotes);
  const rows = view.items.map((item) => [
    item.id,
    item.titleText,
    ...(levelColumns ? [item.level ?? LABELS.everyLevel, targetText(item, chosen, notes) ?? '–'] : []),
    party(item.responsible.installation),
    party(item.responsible.operation),
  ]);
  return {
    heading: levelColumns ? TITLES.scope : TITLES.scopeWithoutTargets,
    intro: '',
    columns: [
      LABELS.id,
      LABELS.item,
      ...(levelColumns ? [LABELS.level, chosen === null ? LABELS.target : `${LABELS.target} (${chosen})`] : []),
      LABELS.installation,
      LABELS.operation,
    ],
    rows,
    notes: notes.lines(),
    empty: SENTENCES.noItems,
  };
}
