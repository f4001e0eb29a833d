/**
 * Compares two versions of a master, item by item: added, retired, renamed (through the newer
 * version's `Replaces` rows), moved to another chapter, level or target changed, rows whose
 * text changed; then the prose of each chapter. Renderers (Markdown, HTML) and `upgrade` read it.
 */
import { diffArrays } from 'diff';
import type { Checklist, ClItem } from '../model/checklist.js';
import { normalizeLabel } from '../model/labels.js';
import { frontMatterChanges } from './front-matter-diff.js';
import { chapterProse, footnoteTexts, itemRows, type Notes, type RowText } from './item-text.js';
import { matchSections, movedLabels, outline, relocated, sectionChanges, sectionLabel } from './section-match.js';
import { settingChanges, type SettingChange } from './setting-changes.js';

export interface RowChange {
  label: string;
  /** "" when the row is new. */
  before: string;
  /** "" when the row was removed. */
  after: string;
}

export interface ItemChange {
  /** The ID in the newer version (the old ID for a retired or removed item). */
  id: string;
  titleText: string;
  change: 'added' | 'retired' | 'removed' | 'kept';
  /** The old ID when the item was renamed (`Replaces`). */
  renamedFrom?: string;
  /** Old and new section ("3 Mail" → "4 Network") when the item moved. */
  moved?: { from: string; to: string };
  level?: { from: string | null; to: string | null };
  target?: { from: string; to: string };
  /** Rows whose text changed (title, measures, options, …; not Level, Target or Replaces). */
  rows: RowChange[];
  /**
   * Component rows in both versions that became a server's row (shown only where a deployment
   * has that server) or a part (shown to every deployment): the front matter's `components`
   * changed, not the row's text.
   */
  servers?: { label: string; isServer: boolean }[];
  /** For one customer (deployment-impact.ts): component rows now shown in their checklist, or no longer, and why. */
  shown?: { label: string; shown: boolean; why: string }[];
  /**
   * Rows in both versions whose label is written otherwise, "Web server" → "Web Server": labels
   * match as deployments match them (case and spaces aside), so it is the same row and its answer
   * stays, unmarked; but the printed label changed, so it is named.
   */
  labels?: { from: string; to: string }[];
  /** The printed rows' labels in order, when rows in both versions stand in another order. */
  order?: { from: string[]; to: string[] };
  /** Why it was retired and in which version (front matter `retired:`), for a retired item. */
  reason?: string;
  retiredIn?: string;
  /** For a removed item another one `Replaces` alongside its own ID (items merged): that item. */
  mergedInto?: string;
  /** The item's level in the version it is in (the newer one, or the older for a retired item). */
  itemLevel: string | null;
  /** Its section in that version. */
  section: string;
}

export interface ProseChange {
  chapter: string;
  /** Runs of lines as jsdiff gives them: unchanged runs are kept for context. */
  parts: { added?: boolean; removed?: boolean; lines: string[] }[];
}

export interface ChecklistDiff {
  from: Checklist;
  to: Checklist;
  /** Front matter fields that changed (title, product, date, levels, components, history rows). */
  document: RowChange[];
  /** Chapters and sections renamed, moved, added, removed, or items in another order, as sentences. */
  sections: string[];
  /** Every item that changed, in the newer version's order, then retired and removed items. */
  items: ItemChange[];
  /** Rows of fillable tables added, changed (a cell but the label and Customer setting) or removed. */
  settings: SettingChange[];
  prose: ProseChange[];
}

export function compareChecklists(from: Checklist, to: Checklist): ChecklistDiff {
  const oldItems = new Map(from.items.map((item) => [item.id, item]));
  // An old ID a rename took (a Replaces row, followed through the versions between) is the
  // renamed item's: an item under that ID now is another one, new, not its continuation.
  const taken = new Set(to.items.flatMap((item) => item.replaces));
  const continued = (id: string) => oldItems.has(id) && !taken.has(id);
  const predecessor = (item: ClItem) => (continued(item.id) ? item.id : item.replaces.find((old) => oldItems.has(old)));
  // "" for a new item: no older item has that ID.
  const oldId = (id: string) => {
    const item = to.items.find((candidate) => candidate.id === id);
    return item ? (predecessor(item) ?? '') : id;
  };
  const [older, newer] = [outline(from), outline(to)];
  const sectionMatch = matchSections(older, newer, oldId);
  const notes = { from: footnoteTexts(from), to: footnoteTexts(to) };
  const matched = new Set<string>();
  const items: ItemChange[] = [];

  for (const item of to.items) {
    const previousId = predecessor(item);
    const previous = previousId === undefined ? undefined : oldItems.get(previousId);
    const place = newer.itemSection.get(item.id);
    const base = { id: item.id, titleText: item.titleText, itemLevel: item.level, section: sectionLabel(place) };
    if (!previous || previousId === undefined) {
      items.push({ ...base, change: 'added', rows: [] });
      continue;
    }
    matched.add(previousId);
    const change: ItemChange = { ...base, change: 'kept', rows: rowChanges(previous, item, notes) };
    if (previousId !== item.id) change.renamedFrom = previousId;
    // Moved: its section's counterpart is not where it was (a heading renamed moves nothing).
    const oldPlace = older.itemSection.get(previousId);
    if ((place ? sectionMatch.get(place) : undefined) !== oldPlace || relocated(place, sectionMatch)) {
      const [movedFrom, movedTo] = movedLabels(oldPlace, place);
      change.moved = { from: movedFrom, to: movedTo };
    }
    if (previous.level !== item.level) change.level = { from: previous.level, to: item.level };
    const targets = [previous, item].map((entry) => targetText(entry));
    if (targets[0] !== targets[1]) change.target = { from: targets[0] ?? '', to: targets[1] ?? '' };
    const order = rowOrderChange(previous, item);
    if (order) change.order = order;
    const servers = serverChanges(previous, item);
    if (servers.length > 0) change.servers = servers;
    const labels = labelChanges(previous, item);
    if (labels.length > 0) change.labels = labels;
    if (change.renamedFrom || change.moved || change.level || change.target || change.order || change.servers || change.labels || change.rows.length > 0) items.push(change);
  }

  const retired = new Map(to.retired.map((entry) => [entry.id, entry]));
  for (const item of from.items) {
    if (matched.has(item.id)) continue;
    const entry = retired.get(item.id);
    const into = to.items.find((candidate) => candidate.replaces.includes(item.id))?.id;
    items.push({
      id: item.id,
      titleText: item.titleText,
      change: entry ? 'retired' : 'removed',
      ...(into !== undefined && !entry ? { mergedInto: into } : {}),
      rows: [],
      itemLevel: item.level,
      section: sectionLabel(older.itemSection.get(item.id)),
      ...(entry?.reason ? { reason: entry.reason } : {}),
      ...(entry?.version ? { retiredIn: entry.version } : {}),
    });
  }
  // A chapter renamed compares its prose with the chapter it was.
  const renamedChapters = new Map<string, string>();
  for (const node of newer.roots) {
    const old = sectionMatch.get(node);
    if (old) renamedChapters.set(node.section.titleText, old.section.titleText);
  }
  const sections = sectionChanges(older, newer, sectionMatch, oldId);
  return { from, to, document: frontMatterChanges(from.meta, to.meta), sections, items, settings: settingChanges(from, to), prose: proseChanges(from, to, renamedChapters) };
}

function targetText(item: ClItem): string {
  return item.target.map((entry) => `${entry.level}: ${entry.value}`).join('; ');
}

function rowChanges(before: ClItem, after: ClItem, notes: { from: Notes; to: Notes }): RowChange[] {
  const withoutTarget = (rows: RowText[]) => rows.filter((row) => row.key !== 'target');
  // An ID moved out of the header's scope into the Replaces row is no title change.
  const lineage = new Set([before.id, after.id, ...after.replaces]);
  const oldRows = withoutTarget(itemRows(before, notes.from, lineage));
  const newRows = withoutTarget(itemRows(after, notes.to, lineage));
  const oldByKey = new Map(oldRows.map((row) => [row.key, row]));
  const newKeys = new Set(newRows.map((row) => row.key));
  const changes: RowChange[] = [];
  for (const row of newRows) {
    const old = oldByKey.get(row.key);
    if (!old) changes.push({ label: row.label, before: '', after: row.text });
    else if (old.same !== row.same) changes.push({ label: row.label, before: old.text, after: row.text });
  }
  for (const row of oldRows) if (!newKeys.has(row.key)) changes.push({ label: row.label, before: row.text, after: '' });
  return changes;
}

/**
 * Rows matched by their label's key (case and spaces aside) whose label is written otherwise:
 * component and group rows, text rows, Level, Target, and the comments row, whose two labels
 * ("Customer comments", "Customer comments / reasons") are one key and which is printed also
 * without a prompt. `rowChanges` compares their text only, so this alone names them.
 */
function labelChanges(before: ClItem, after: ClItem): { from: string; to: string }[] {
  const labelled = (item: ClItem) => {
    const level = item.rows.find((row) => row.kind === 'level');
    const rows: { key: string; label: string }[] = itemRows(item).filter((row) => row.key !== 'comments');
    // Level among the rows before Executed, as printed.
    const executed = rows.findIndex((row) => row.key === 'executed' || /^(component|group) /.test(row.key));
    if (level) rows.splice(executed < 0 ? rows.length : executed, 0, { key: 'level', label: level.label });
    return [...rows, { key: 'comments', label: item.commentLabel }];
  };
  const old = new Map(labelled(before).map((row) => [row.key, row.label]));
  return labelled(after).flatMap((row) => {
    const was = old.get(row.key);
    return was === undefined || was === row.label ? [] : [{ from: was, to: row.label }];
  });
}

/** Component rows whose label joined or left the front matter's `components` (labels matched as deployments match them). */
function serverChanges(before: ClItem, after: ClItem): { label: string; isServer: boolean }[] {
  const wasServer = new Map(before.components.flatMap((row) => (row.kind === 'component' ? [[normalizeLabel(row.label), row.isServer] as const] : [])));
  return after.components.flatMap((row) => {
    if (row.kind !== 'component') return [];
    const was = wasServer.get(normalizeLabel(row.label));
    return was === undefined || was === row.isServer ? [] : [{ label: row.label, isServer: row.isServer }];
  });
}

/**
 * Rows swapped (Measures after Needed access rights, Java runtime after .NET runtime) change
 * no row's text but the printed table: named, though not a reason to review an answer.
 */
function rowOrderChange(before: ClItem, after: ClItem): { from: string[]; to: string[] } | undefined {
  const [from, to] = [rowOrder(before), rowOrder(after)];
  const shared = (rows: RowText[], other: RowText[]) => rows.filter((row) => other.some((entry) => entry.key === row.key)).map((row) => row.key);
  if (shared(from, to).join('\n') === shared(to, from).join('\n')) return undefined;
  return { from: from.map((row) => row.label), to: to.map((row) => row.label) };
}

/** The printed rows in order, Level included (it is printed), under the keys `itemRows` uses. */
function rowOrder(item: ClItem): RowText[] {
  const level = item.rows.find((row) => row.kind === 'level');
  const rows = itemRows(item).filter((row) => row.key !== 'title');
  if (!level) return rows;
  // Level stands where it was written among the rows before Executed.
  const before = item.rows.slice(0, item.rows.indexOf(level)).filter((row) => row.kind !== 'level').length;
  return [...rows.slice(0, before), { key: 'level', label: level.label, text: '', same: '' }, ...rows.slice(before)];
}

/** Chapters matched by title (a renamed one by what it was); one only in one version is all added or all removed. */
function proseChanges(from: Checklist, to: Checklist, renamed: ReadonlyMap<string, string>): ProseChange[] {
  const oldChapters = new Map(chapterProse(from).map((chapter) => [chapter.title, chapter.lines]));
  const changes: ProseChange[] = [];
  const seen = new Set<string>();
  for (const chapter of chapterProse(to)) {
    const oldTitle = renamed.get(chapter.title) ?? chapter.title;
    seen.add(oldTitle);
    // Lines compared as `same` (a link renumbered is no change), shown as written.
    const parts = diffArrays(oldChapters.get(oldTitle) ?? [], chapter.lines, { comparator: (a, b) => a.same === b.same }).map((part) => ({
      ...(part.added ? { added: true } : {}),
      ...(part.removed ? { removed: true } : {}),
      lines: part.value.map((line) => line.text),
    }));
    if (parts.some((part) => part.added || part.removed)) changes.push({ chapter: chapter.title, parts });
  }
  for (const [title, lines] of oldChapters) {
    if (!seen.has(title) && lines.length > 0) changes.push({ chapter: title, parts: [{ removed: true, lines: lines.map((line) => line.text) }] });
  }
  return changes;
}
