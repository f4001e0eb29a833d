/**
 * The sections of two versions paired up, so that a heading renamed or a chapter moved is named
 * as such (not as every item "moved to another chapter" from "6.2 LAN" to "6.2 LAN"), and so
 * that chapters, sections and items standing in another order are named: the printed document
 * changes, though no text does.
 */
import type { Block, Checklist, Section } from '../model/checklist.js';
import { lookAlikeNote } from './look-alike.js';

export interface SectionNode {
  section: Section;
  parent: SectionNode | null;
  /** Index among its parent's sections. */
  index: number;
  children: SectionNode[];
  /** IDs of the items directly in it, in order. */
  items: string[];
}

export interface Outline {
  /** Every section in document order (parents before their children). */
  nodes: SectionNode[];
  roots: SectionNode[];
  /** Items before the first heading. */
  topItems: string[];
  /** The section each item stands in (absent: before the first heading). */
  itemSection: Map<string, SectionNode>;
}

export function outline(checklist: Checklist): Outline {
  const result: Outline = { nodes: [], roots: [], topItems: [], itemSection: new Map() };
  const walk = (blocks: readonly Block[], parent: SectionNode | null) => {
    for (const block of blocks) {
      if (block.kind === 'item') {
        (parent ? parent.items : result.topItems).push(block.id);
        if (parent) result.itemSection.set(block.id, parent);
      } else if (block.kind === 'section') {
        const siblings = parent ? parent.children : result.roots;
        const node: SectionNode = { section: block, parent, index: siblings.length, children: [], items: [] };
        siblings.push(node);
        result.nodes.push(node);
        walk(block.children, node);
      }
    }
  };
  walk(checklist.body, null);
  return result;
}

export function sectionLabel(node: SectionNode | undefined): string {
  return node ? `${node.section.number} ${node.section.titleText}` : '(before the first chapter)';
}

/** The chapter a section is in (itself, for a chapter). */
const chapterOf = (node: SectionNode): SectionNode => (node.parent ? chapterOf(node.parent) : node);

/**
 * The two places of a move, each with its chapter where both chapters have one number: chapters
 * in another order make "5.4 Audit logging → 5.6 Audit logging" a move to another chapter 5,
 * which the numbers alone do not show.
 */
export function movedLabels(from: SectionNode | undefined, to: SectionNode | undefined): [string, string] {
  const labels: [string, string] = [sectionLabel(from), sectionLabel(to)];
  if (!from || !to) return labels;
  const [a, b] = [chapterOf(from), chapterOf(to)];
  if (a.section.number !== b.section.number || a.section.titleText === b.section.titleText) return labels;
  const within = (node: SectionNode, chapter: SectionNode) => (node === chapter ? '' : ` (in ${sectionLabel(chapter)})`);
  return [`${labels[0]}${within(from, a)}`, `${labels[1]}${within(to, b)}`];
}

/**
 * Each newer section's counterpart in the older version: under the counterpart of its parent,
 * the same title first, then the section holding most of the same items, then the one at the
 * same place whose title is gone (renamed); a section under another parent by its title (moved).
 * `oldId` gives an item's ID in the older version (renames followed).
 */
export function matchSections(older: Outline, newer: Outline, oldId: (id: string) => string): Map<SectionNode, SectionNode> {
  const match = new Map<SectionNode, SectionNode>();
  const taken = new Set<SectionNode>();
  const pair = (node: SectionNode, old: SectionNode | undefined) => {
    if (!old) return;
    match.set(node, old);
    taken.add(old);
  };
  const siblingsOf = (node: SectionNode, tree: Outline) => (node.parent ? node.parent.children : tree.roots);
  for (const node of newer.nodes) {
    const parent = node.parent ? match.get(node.parent) : undefined;
    if (node.parent && !parent) continue;
    const candidates = (parent ? parent.children : older.roots).filter((old) => !taken.has(old));
    const title = node.section.titleText;
    const shared = (old: SectionNode) => node.items.filter((id) => old.items.includes(oldId(id))).length;
    const newTitles = new Set(siblingsOf(node, newer).map((entry) => entry.section.titleText));
    pair(
      node,
      candidates.find((old) => old.section.titleText === title) ??
        candidates.filter((old) => shared(old) > 0).sort((a, b) => shared(b) - shared(a))[0] ??
        candidates.find((old) => old.index === node.index && !newTitles.has(old.section.titleText)),
    );
  }
  // Moved under another parent: the same title, once, anywhere.
  for (const node of newer.nodes) {
    if (match.has(node)) continue;
    const same = older.nodes.filter((old) => !taken.has(old) && old.section.titleText === node.section.titleText);
    if (same.length === 1) pair(node, same[0]);
  }
  return match;
}

/** True when the section, or one it stands in, moved under another parent (its items moved with it). */
export function relocated(node: SectionNode | undefined, match: Map<SectionNode, SectionNode>): boolean {
  for (let at = node; at; at = at.parent ?? undefined) {
    const old = match.get(at);
    if (!old || (old.parent ?? null) !== (at.parent ? (match.get(at.parent) ?? null) : null)) return true;
  }
  return false;
}

/** The sentences of diff's "Sections" part: renamed, moved, added, removed, in another order. */
export function sectionChanges(older: Outline, newer: Outline, match: Map<SectionNode, SectionNode>, oldId: (id: string) => string): string[] {
  const lines: string[] = [];
  const matchedOld = new Set(match.values());
  for (const node of newer.nodes) {
    const old = match.get(node);
    if (!old) lines.push(`Added: ${sectionLabel(node)}`);
    else if ((old.parent ?? null) !== (node.parent ? (match.get(node.parent) ?? null) : null)) lines.push(`Moved: ${movedLabels(old, node).join(' → ')}`);
    else if (old.section.titleText !== node.section.titleText) lines.push(`Renamed: ${sectionLabel(old)} → ${sectionLabel(node)}${lookAlikeNote(sectionLabel(old), sectionLabel(node))}`);
  }
  for (const old of older.nodes) if (!matchedOld.has(old)) lines.push(`Removed: ${sectionLabel(old)}`);

  // Sections under the same parent in both versions, and items in the same section, whose order changed.
  const parents: [SectionNode | null, SectionNode | null][] = [[null, null], ...newer.nodes.flatMap((node): [SectionNode, SectionNode][] => (match.has(node) ? [[node, match.get(node) as SectionNode]] : []))];
  for (const [node, old] of parents) {
    const children = (node ? node.children : newer.roots).filter((child) => match.get(child)?.parent === old);
    const before = [...children].sort((a, b) => (match.get(a)?.index ?? 0) - (match.get(b)?.index ?? 0));
    if (before.some((child, index) => child !== children[index])) {
      const titles = (list: SectionNode[]) => list.map((child) => child.section.titleText).join(', ');
      lines.push(`${node ? `Sections of ${sectionLabel(node)}` : 'Chapters'} in another order: ${titles(before)} → ${titles(children)}`);
    }
    const items = node ? node.items : newer.topItems;
    const oldItems = old ? old.items : older.topItems;
    const kept = items.filter((id) => oldItems.includes(oldId(id)));
    const earlier = [...kept].sort((a, b) => oldItems.indexOf(oldId(a)) - oldItems.indexOf(oldId(b)));
    if (earlier.some((id, index) => id !== kept[index])) lines.push(`Items of ${sectionLabel(node ?? undefined)} in another order: ${earlier.join(', ')} → ${kept.join(', ')}`);
  }
  return lines;
}
