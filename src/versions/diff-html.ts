/**
 * `checklist diff --format html`: the same content as the Markdown, as one self-contained page
 * (styles inline, no request anywhere). Built as a hast tree, so every text is escaped.
 */
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { ChecklistDiff, ItemChange } from './compare.js';
import { levelSentence, renameSentence, type DeploymentImpact } from './deployment-impact.js';
import { documentDetail, itemDetails, itemHeadline, settingSentence, versionLabel, type DiffSide, type ItemDetail } from './diff-words.js';
import { lookAlikeNote } from './look-alike.js';
import { proseLines, wordDiff, type WordPart } from './word-diff.js';

const style = `body{font:15px/1.5 "Liberation Sans",Arial,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#222}
del{background:#fde2e1;color:#8a1c14}ins{background:#dcf5dc;color:#14591d;text-decoration:none}
li{margin:.2rem 0}.headline{font-weight:600}h2{border-bottom:1px solid #ccc}`;

function words(parts: readonly WordPart[]): ElementContent[] {
  return parts.map((part) => (part.added ? h('ins', part.value) : part.removed ? h('del', part.value) : { type: 'text', value: part.value }));
}

/** Old and new text word by word, then the changes no one can see in it. */
function changeWords(before: string, after: string): ElementContent[] {
  return [...words(wordDiff(before, after)), ...lookAlike(before, after)];
}

/** The changes between old and new text that look like none (look-alike.ts), when there are. */
function lookAlike(before: string, after: string): ElementContent[] {
  const note = lookAlikeNote(before, after);
  return note === '' ? [] : [h('span.look-alike', note)];
}

function detailEntry(detail: ItemDetail): ElementContent {
  return detail.kind === 'text' ? h('li', detail.text) : h('li', [`${detail.label}: `, ...changeWords(detail.before, detail.after)]);
}

function itemEntry(change: ItemChange): ElementContent {
  const details = itemDetails(change).map(detailEntry);
  return h('li', { id: change.id, dataChange: change.change }, [h('span.headline', itemHeadline(change)), ...(details.length > 0 ? [h('ul', details)] : [])]);
}

function list(entries: string[]): ElementContent {
  return entries.length > 0 ? h('ul', entries.map((entry) => h('li', entry))) : h('p', 'None.');
}

function settingEntry(entry: DeploymentImpact['settings'][number]): ElementContent {
  const { lead, before, after, tail } = settingSentence(entry);
  const changed = after === '' ? [] : [': ', ...(before === '' ? [after] : changeWords(before, after))];
  return h('li', [lead, ...changed, tail]);
}

function impactSection(name: string, impact: DeploymentImpact): ElementContent[] {
  return [
    h('h2', `For ${name}`),
    h('p', levelSentence(impact)),
    h('h3', 'Answers that need review'),
    list(impact.review.map((mark) => `${mark.id} ${mark.titleText}: ${mark.what}`)),
    h('h3', 'New items to answer'),
    list(impact.toAnswer.map((entry) => `${entry.id} ${entry.titleText}${entry.why === 'level' ? ' (now at your level)' : ''}${entry.level ? `, level ${entry.level}` : ''}${entry.restored ? ': back after it was retired; its answer kept under "retired" comes back, for review' : ''}`)),
    h('h3', 'Settings to fill or check'),
    impact.settings.length > 0 ? h('ul', impact.settings.map(settingEntry)) : h('p', 'None.'),
    h('h3', 'Answers under a new ID'),
    list(impact.renamed.map(renameSentence)),
    h('h3', 'Answers that will be dropped'),
    list(impact.dropped.map((entry) => `${entry.id} ${entry.titleText}: ${entry.why}${entry.moves ? ' (kept under "retired" by upgrade)' : ''}`)),
    h('h3', 'Answers and settings the new version has no place for'),
    list(impact.unfit),
  ];
}

export function diffHtml(diff: ChecklistDiff, sides: { from: DiffSide; to: DiffSide }, impact?: { name: string; impact: DeploymentImpact }): string {
  const { meta } = diff.to;
  const title = `Changes to ${meta.title} (${meta.id})`;
  const items = impact ? impact.impact.items : diff.items;
  const body: ElementContent[] = [
    h('h1', title),
    h('p', `From ${versionLabel(diff.from, sides.from)} to ${versionLabel(diff.to, sides.to)}.`),
    ...(impact ? impactSection(impact.name, impact.impact) : []),
    ...(diff.document.length > 0 ? [h('h2', 'Document'), h('ul.document', diff.document.map((change) => detailEntry(documentDetail(change))))] : []),
    ...(!impact && diff.sections.length > 0 ? [h('h2', 'Sections'), list(diff.sections)] : []),
    h('h2', 'Items'),
    items.length > 0 ? h('ul.items', items.map(itemEntry)) : h('p', 'No item changed.'),
  ];
  if (!impact) {
    body.push(h('h2', 'Prose'));
    if (diff.prose.length === 0) body.push(h('p', 'No prose changed.'));
    for (const chapter of diff.prose) {
      body.push(h('h3', chapter.chapter || '(before the first chapter)'));
      body.push(
        h(
          'ul',
          proseLines(chapter.parts).map((line) =>
            line.kind === 'changed' ? h('li', ['Changed: ', ...words(line.parts), ...lookAlike(line.before, line.after)]) : h('li', [`${line.kind === 'added' ? 'Added' : 'Removed'}: `, h(line.kind === 'added' ? 'ins' : 'del', line.text)]),
          ),
        ),
      );
    }
  }
  const page = h('html', { lang: 'en' }, [h('head', [h('meta', { charset: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }), h('title', title), h('style', style)]), h('body', body)]);
  return `<!doctype html>\n${toHtml(page)}\n`;
}
