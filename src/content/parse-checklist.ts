/**
 * Parses a master checklist (Markdown with YAML front matter, GFM and leaf directives) into
 * the typed model. Each file is parsed on its own and the trees are joined; user mistakes
 * become positioned messages; it never throws on bad input.
 */
import { basename } from 'node:path';
import type { Heading, RootContent } from 'mdast';
import GithubSlugger, { slug } from 'github-slugger';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { AnchorTarget, Block, Checklist, ClItem, Footnote, Section, SourcePlace } from '../model/checklist.js';
import { toBlocks, type BlockSettings } from './blocks.js';
import { BuildContext } from './context.js';
import { reportRepeatedSettings } from './fillable-rules.js';
import { readFrontMatter } from './front-matter.js';
import { inlineText, toInlines } from './inline.js';
import { checkLineage } from './lineage.js';
import { reportLevelAbove } from './level-above.js';
import { reportMarkdownNearMisses } from './markdown-rules.js';
import { reportOptionNearMisses } from './option-near-miss.js';
import { reportGluedIds } from './glued-ids.js';
import { reportLostItemTable, reportSecondIds, typedNumber } from './near-miss-rules.js';
import { parseFiles, type ParsedFile } from './parse-files.js';
import type { SourceFile } from './read-sources.js';
import { reportCaseLevels } from './level-case.js';

/**
 * Parses a master from its files (on disk or in memory, e.g. read from git), in reading order;
 * `defaultId` is the ID when the front matter has none. Check `diagnostics.hasErrors` before
 * using the result.
 */
export function parseChecklistFiles(defaultId: string, files: readonly SourceFile[], diagnostics: Diagnostics): Checklist {
  const parsed = parseFiles(files, diagnostics);
  const context = new BuildContext(parsed, diagnostics, files[0]?.path ?? `${defaultId}.md`);
  if (files.length === 0) context.error({ file: context.firstFile, line: 1, column: 1 }, 'Checklist holds no .md file', 'empty');
  // Files that are all empty have been reported; a missing front matter would only repeat that.
  const { meta, trusted, retired } = parsed.length > 0 ? frontMatter(parsed, defaultId, context) : readFrontMatter('{}', defaultId, () => ({ file: context.firstFile, line: 1, column: 1 }));

  const settings: BlockSettings = { levels: meta.levels, components: meta.components, trusted };
  const nodes = parsed.flatMap((file) => file.tree.children);
  const body = buildSections(nodes, settings, context);
  for (const check of context.afterTables) check();
  reportCaseLevels(context.caseLevels, meta.levels, context);
  const items = collectItems(body);
  reportGluedIds(items, meta.product, context);
  reportOptionNearMisses(context.optionRows, context);
  reportSecondIds(items, context);
  reportRepeatedSettings(body, context);
  const ambiguous = new Map<string, string[]>();
  const anchors = collectAnchors(body, items, ambiguous, context);
  const footnotes = buildFootnotes(parsed, settings, context);
  for (const file of parsed) reportMarkdownNearMisses(file.tree, context);
  resolveXrefs(anchors, ambiguous, items, context);
  checkLineage(items, retired, context);
  if (meta.title === '') meta.title = firstSectionTitle(body) ?? meta.id;

  return { meta, body, items, anchors, footnotes, files: files.map((file) => file.path), retired };
}

/** The first file's front matter; front matter in a later file is an error (it would be lost). */
function frontMatter(parsed: readonly ParsedFile[], defaultId: string, context: BuildContext) {
  const [first, ...rest] = parsed;
  const yamlNode = first?.tree.children[0]?.type === 'yaml' ? first.tree.children[0] : null;
  const file = first?.path ?? context.firstFile;
  const result = readFrontMatter(yamlNode ? yamlNode.value : null, defaultId, (line, column) => ({
    file,
    line: line + 1,
    column: line === 0 ? 1 : column,
  }));
  for (const problem of result.problems) {
    if (problem.severity === 'error') context.error(problem.place, problem.reason, problem.ruleId);
    else context.warning(problem.place, problem.reason, problem.ruleId);
  }
  for (const later of rest) {
    const node = later.tree.children[0];
    if (node?.type !== 'yaml') continue;
    context.error(
      context.place(node),
      `Front matter belongs in the first file of the checklist (${file}) only: move these keys there`,
      'front-matter-position',
    );
  }
  return result;
}

/**
 * Nests content under headings and numbers them (1, 1.1, 1.1.1) by their place in the tree. A
 * section's depth is its place too, not its count of `#`: a `####` right under a `#` (a level
 * skipped in a converted Word file) is section 3.1, so it is listed in the contents and is a
 * heading of the second level in every format, as its number says.
 */
function buildSections(nodes: readonly RootContent[], settings: BlockSettings, context: BuildContext): Block[] {
  const root: Block[] = [];
  const stack: { section: Section; marks: number }[] = [];
  const topCount = { value: 0 };
  const marksOf = new Map<Section, number>();
  const reported = new Set<Section | undefined>();
  for (const [index, node] of nodes.entries()) {
    if (node.type === 'heading') {
      while (stack.length > 0 && (stack[stack.length - 1]?.marks ?? 0) >= node.depth) stack.pop();
      const parent = stack[stack.length - 1]?.section;
      const siblings = (parent ? parent.children : root).filter((block): block is Section => block.kind === 'section');
      const section = newSection(node, parent, topCount, context);
      const deeper = siblings.find((sibling) => (marksOf.get(sibling) ?? 0) > node.depth);
      if (deeper && !reported.has(parent)) {
        reported.add(parent);
        reportUnevenLevel(deeper, marksOf.get(deeper) ?? 0, section, node.depth, context);
      }
      (parent ? parent.children : root).push(section);
      marksOf.set(section, node.depth);
      stack.push({ section, marks: node.depth });
      continue;
    }
    const blocks = toBlocks(node, settings, context);
    const current = stack[stack.length - 1]?.section;
    for (const block of blocks) {
      if (block.kind !== 'item') continue;
      block.sectionNumber = current?.number ?? '';
      reportLevelAbove(nodes[index - 1], block, settings, context);
    }
    (current ? current.children : root).push(...blocks);
  }
  return root;
}

/**
 * `## Settings` (4.1), then `#### Mail server` (a level skipped: 4.1.1), then `### SMTP` (4.1.2):
 * a heading with fewer # numbered beside one with more. Skipping a level alone nests as its place
 * says; this mix means a # was typed too many or too few (or a chapter's `#` heading was lost),
 * so sections are numbered, and nested, otherwise than written.
 */
function reportUnevenLevel(deeper: Section, deeperMarks: number, later: Section, laterMarks: number, context: BuildContext): void {
  context.warning(
    deeper.place,
    `Heading "${deeper.titleText.slice(0, 40)}" has ${deeperMarks} #, yet "${later.titleText.slice(0, 40)}" (line ${later.place.line}${later.place.file === deeper.place.file ? '' : ` of ${basename(later.place.file)}`}) with ${laterMarks} # is numbered at the same level (${deeper.number}, ${later.number}): a level is skipped above it, so the sections are numbered and nested otherwise than their # say; write ${'#'.repeat(laterMarks)} for it, or the heading that is missing above it`,
    'heading-level',
  );
}

function newSection(node: Heading, parent: Section | undefined, topCount: { value: number }, context: BuildContext): Section {
  const index = parent ? parent.children.filter((child) => child.kind === 'section').length + 1 : ++topCount.value;
  const title = toInlines(node.children, context);
  const number = parent ? `${parent.number}.${index}` : String(index);
  const titleText = inlineText(title).replace(/\s+/g, ' ').trim();
  // `###` alone: a numbered heading with no title, and a contents entry that leads nowhere.
  if (titleText === '') context.error(context.place(node), `Heading ${'#'.repeat(node.depth)} has no title, so section ${number} prints as a bare number and has no anchor to link to: write its title after the #, or delete the line`, 'empty-heading');
  const typed = typedNumber(titleText, number);
  if (typed !== null) {
    const rest = titleText.slice(typed.length).trim();
    context.error(
      context.place(node),
      `Heading "${titleText.slice(0, 60)}" starts with a typed number, but headings are numbered automatically (this one is ${number}), so it would print "${number} ${titleText.slice(0, 40)}": write "${'#'.repeat(node.depth)} ${rest.slice(0, 40)}"`,
      'typed-number',
    );
  }
  // `Text` with `---` or `===` on the next line is Markdown's underlined heading: a paragraph and
  // a rule without a blank line between become a heading, and every later section renumbers.
  const underline = context.source(node).split('\n').at(-1) ?? '';
  if (context.source(node).includes('\n') && /^\s{0,3}(=+|-+)\s*$/.test(underline)) {
    context.warning(
      context.place(node),
      `"${titleText.slice(0, 40)}" is a heading because of the "${underline.trim().slice(0, 3)}" line under it (an underlined heading), so it is numbered as section ${number}: for a paragraph and a rule, leave a blank line before "${underline.trim().slice(0, 3)}"; for a heading, write "${'#'.repeat(node.depth)} ${titleText.slice(0, 40)}"`,
      'underlined-heading',
    );
  }
  return { kind: 'section', depth: parent ? parent.depth + 1 : 1, number, title, titleText, anchor: '', children: [], place: context.place(node) };
}

function collectItems(blocks: readonly Block[]): ClItem[] {
  return blocks.flatMap((block) => {
    if (block.kind === 'item') return [block];
    if (block.kind === 'section') return collectItems(block.children);
    return [];
  });
}

function* sectionsOf(blocks: readonly Block[]): Generator<Section> {
  for (const block of blocks) {
    if (block.kind !== 'section') continue;
    yield block;
    yield* sectionsOf(block.children);
  }
}

/** Heading slugs (GitHub style, unique across the document) and item IDs; duplicate IDs are errors. */
function collectAnchors(body: readonly Block[], items: readonly ClItem[], ambiguous: Map<string, string[]>, context: BuildContext): Map<string, AnchorTarget> {
  const anchors = new Map<string, AnchorTarget>();
  const slugger = new GithubSlugger();
  const titled = new Map<string, string[]>();
  for (const section of sectionsOf(body)) {
    section.anchor = slugger.slug(section.titleText);
    anchors.set(section.anchor, { kind: 'section', anchor: section.anchor, label: `${section.number} ${section.titleText}` });
    const base = slug(section.titleText);
    titled.set(base, [...(titled.get(base) ?? []), section.number]);
  }
  for (const [base, numbers] of titled) if (numbers.length > 1) ambiguous.set(base, numbers);
  const seen = new Map<string, ClItem>();
  const seenAnyCase = new Map<string, ClItem>();
  for (const item of items) {
    // The first table written with the ID, even one dropped for an error of its own.
    const first = context.writtenIds.earlier(item.id, item.place) ?? seen.get(item.id)?.place;
    if (first) {
      reportDuplicateId(item, first, items, context);
      // The first item kept still takes the anchor, so links to it are not reported as well.
      if (!anchors.has(item.id)) anchors.set(item.id, { kind: 'item', anchor: item.id, label: `${item.id} ${item.titleText}` });
      seen.set(item.id, seen.get(item.id) ?? item);
      continue;
    }
    // `CL-Pwd1` beside `CL-PWD1`: a deployment or a link that writes one ID in the other's case
    // reaches the other item, or none.
    const twin = seenAnyCase.get(item.id.toLowerCase());
    if (twin) {
      context.warning(
        item.place,
        `Item ID ${item.id} differs from ${twin.id} (${twin.place.file}:${twin.place.line}:${twin.place.column}) only in case, so an answer or a link written in the other's case reaches the wrong item: give it an ID that differs otherwise`,
        'duplicate-id',
      );
    }
    seen.set(item.id, item);
    seenAnyCase.set(item.id.toLowerCase(), item);
    anchors.set(item.id, { kind: 'item', anchor: item.id, label: `${item.id} ${item.titleText}` });
  }
  return anchors;
}

/**
 * A second table with an item's ID; where it repeats the header of the table right before it,
 * and the two do not both have an Executed row, it is most likely that table's rows continued
 * after a page break of the vendor's document.
 */
function reportDuplicateId(item: ClItem, first: SourcePlace, items: readonly ClItem[], context: BuildContext): void {
  const at = (place: SourcePlace) => `${place.file}:${place.line}:${place.column}`;
  const continued = context.writtenIds.continued(item.place);
  // Each part of a split table has the rows the other lacks: two Executed rows are two items.
  const before = continued && items.find((other) => at(other.place) === at(continued));
  const reason = continued && !(before?.executed && item.executed)
    ? `Duplicate item ID ${item.id}: this table repeats the header of the item at ${at(continued)}, as a table continued after a page break does: join its rows to that table (IDs must be unique in a checklist)`
    : `Duplicate item ID ${item.id}: first used at ${at(first)}; IDs must be unique in a checklist`;
  context.error(item.place, reason, 'duplicate-id');
}

/** The one element of a list, or undefined when it has none or several. */
const only = <T>(list: readonly T[]): T | undefined => (list.length === 1 ? list[0] : undefined);

/** Where a link to an item renamed since should go: the item whose Replaces row names its old ID. */
function anchorHint(anchor: string, items: readonly ClItem[], anchors: ReadonlyMap<string, AnchorTarget>): string {
  const successor = items.find((item) => item.replaces.includes(anchor));
  if (successor) return `; ${anchor} is now ${successor.id} (its Replaces row): link to #${successor.id}`;
  // Anchors are matched as written: `#cl-smtp1` is not `#CL-SMTP1` (an edit guess would offer CL-A1 for CL-B9).
  // Nor hyphens: a title's ` - ` or ` – ` gives `sf---server` or `ports--firewall`, a slug authors write with one.
  const loose = (text: string) => text.toLowerCase().replace(/-+/g, '-');
  const known = [...anchors.keys()];
  const meant = known.find((key) => key.toLowerCase() === anchor.toLowerCase()) ?? only(known.filter((key) => loose(key) === loose(anchor)));
  return meant ? `: did you mean #${meant}?` : '';
}

/**
 * `ambiguous`: anchors that more than one heading's title gives (`#password-policies`), with those
 * sections' numbers. A link to one goes to the first, so a heading added earlier with the same
 * title takes the links meant for a later one.
 */
function resolveXrefs(anchors: ReadonlyMap<string, AnchorTarget>, ambiguous: ReadonlyMap<string, string[]>, items: readonly ClItem[], context: BuildContext): void {
  for (const pending of context.pendingXrefs) {
    const target = anchors.get(pending.node.anchor);
    if (!target) {
      context.error(pending.place, `Link to #${pending.node.anchor} has no target: no heading or item has that anchor${anchorHint(pending.node.anchor, items, anchors)}`, 'missing-anchor');
      if (pending.emptyText) pending.node.children = [{ kind: 'text', value: pending.node.anchor }];
      continue;
    }
    const shared = ambiguous.get(pending.node.anchor);
    if (shared) {
      context.warning(pending.place, `Link to #${pending.node.anchor}: sections ${shared.join(' and ')} have that title, and the link goes to the first, ${shared[0]}: to reach another, link to #${pending.node.anchor}-1 (the second), or give the headings titles of their own`, 'ambiguous-anchor');
    }
    if (pending.emptyText) pending.node.children = [{ kind: 'text', value: target.label }];
  }
}

/** Footnote definitions anywhere in each file, numbered by first reference; unused ones are reported. */
function buildFootnotes(parsed: readonly ParsedFile[], settings: BlockSettings, context: BuildContext): Footnote[] {
  const footnotes: Footnote[] = [];
  for (const file of parsed) {
    for (const node of file.found.footnoteDefinition) {
      const number = context.footnoteNumbers.get(context.footnoteKey(node, node.identifier));
      if (number === undefined) {
        context.warning(context.place(node), `Footnote [^${node.label ?? node.identifier}] is never referenced in ${file.path}, so it is not printed`, 'unused-footnote');
        // An item table right under it, with no blank line between, is its text and goes with it.
        for (const child of node.children) if (child.type === 'paragraph') reportLostItemTable(child, context, 'footnote');
        continue;
      }
      if (footnotes.some((footnote) => footnote.number === number)) continue; // a repeated definition: the first wins
      footnotes.push({ number, children: node.children.flatMap((child) => toBlocks(child, settings, context, 'footnote')) });
    }
  }
  return footnotes.sort((a, b) => a.number - b.number);
}

function firstSectionTitle(body: readonly Block[]): string | undefined {
  for (const section of sectionsOf(body)) return section.titleText;
  return undefined;
}
