/**
 * `checklist diff` as Markdown, to paste into a pull request or post from CI: item by item,
 * then prose by chapter; for a deployment, what the customer must do first. Removed words are
 * ~~struck~~, added words **bold**; the master's text is escaped, never read as Markdown.
 */
import type { ChecklistDiff, ItemChange } from './compare.js';
import { levelSentence, renameSentence, type DeploymentImpact } from './deployment-impact.js';
import { documentDetail, itemHeadline, itemDetails, settingSentence, versionLabel, type DiffSide } from './diff-words.js';
import { lookAlikeNote } from './look-alike.js';
import { proseLines, wordDiff, type WordPart } from './word-diff.js';

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_~[\]<>|#!&]/g, '\\$&').replace(/\n/g, ' ');
}

/** Old and new text word by word, then the changes no one can see in it (look-alike.ts). */
function changeWords(before: string, after: string): string {
  return `${words(wordDiff(before, after))}${escapeMarkdown(lookAlikeNote(before, after))}`;
}

function words(parts: readonly WordPart[]): string {
  return parts
    .map((part) => {
      const [, lead = '', core = '', tail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(part.value) ?? [];
      if (core === '' || (!part.added && !part.removed)) return escapeMarkdown(part.value);
      return `${lead}${part.added ? `**${escapeMarkdown(core)}**` : `~~${escapeMarkdown(core)}~~`}${tail}`;
    })
    .join('');
}

function itemLines(change: ItemChange): string[] {
  const lines = [`- ${escapeMarkdown(itemHeadline(change))}`];
  for (const detail of itemDetails(change)) {
    if (detail.kind === 'text') lines.push(`  - ${escapeMarkdown(detail.text)}`);
    else lines.push(`  - ${escapeMarkdown(detail.label)}: ${changeWords(detail.before, detail.after)}`);
  }
  return lines;
}

export function diffMarkdown(diff: ChecklistDiff, sides: { from: DiffSide; to: DiffSide }, impact?: { name: string; impact: DeploymentImpact }): string {
  const { meta } = diff.to;
  const out: string[] = [`# Changes to ${escapeMarkdown(meta.title)} (${escapeMarkdown(meta.id)})`, ''];
  out.push(`From ${escapeMarkdown(versionLabel(diff.from, sides.from))} to ${escapeMarkdown(versionLabel(diff.to, sides.to))}.`, '');
  if (impact) out.push(...impactLines(impact.name, impact.impact));
  if (diff.document.length > 0) {
    // Printed on the title page, in headers and the history table: said first, for everyone.
    out.push('## Document', '');
    for (const change of diff.document) {
      const detail = documentDetail(change);
      out.push(`- ${escapeMarkdown(detail.label)}: ${changeWords(detail.before, detail.after)}`);
    }
    out.push('');
  }
  if (!impact && diff.sections.length > 0) out.push('## Sections', '', ...diff.sections.map((line) => `- ${escapeMarkdown(line)}`), '');
  const items = impact ? impact.impact.items : diff.items;
  out.push('## Items', '');
  if (items.length === 0) out.push('No item changed.', '');
  else out.push(...items.flatMap(itemLines), '');
  if (!impact) {
    out.push('## Prose', '');
    if (diff.prose.length === 0) out.push('No prose changed.', '');
    for (const chapter of diff.prose) {
      out.push(`### ${escapeMarkdown(chapter.chapter || '(before the first chapter)')}`, '');
      for (const line of proseLines(chapter.parts)) {
        if (line.kind === 'changed') out.push(`- Changed: ${words(line.parts)}${escapeMarkdown(lookAlikeNote(line.before, line.after))}`);
        else out.push(`- ${line.kind === 'added' ? 'Added' : 'Removed'}: ${escapeMarkdown(line.text)}`);
      }
      out.push('');
    }
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function impactLines(name: string, impact: DeploymentImpact): string[] {
  const out = [`## For ${escapeMarkdown(name)}`, ''];
  out.push(escapeMarkdown(levelSentence(impact)), '');
  const section = (title: string, entries: string[], none: string) => {
    out.push(`### ${title}`, '');
    out.push(...(entries.length > 0 ? entries : [none]), '');
  };
  section('Answers that need review', impact.review.map((mark) => `- ${escapeMarkdown(`${mark.id} ${mark.titleText}: ${mark.what}`)}`), 'None.');
  section('New items to answer', impact.toAnswer.map((entry) => `- ${escapeMarkdown(`${entry.id} ${entry.titleText}${entry.why === 'level' ? ' (now at your level)' : ''}${entry.level ? `, level ${entry.level}` : ''}${entry.restored ? ': back after it was retired; its answer kept under "retired" comes back, for review' : ''}`)}`), 'None.');
  section('Settings to fill or check', impact.settings.map((entry) => {
    const { lead, before, after, tail } = settingSentence(entry);
    return `- ${escapeMarkdown(lead)}${after === '' ? '' : `: ${before === '' ? escapeMarkdown(after) : changeWords(before, after)}`}${escapeMarkdown(tail)}`;
  }), 'None.');
  section('Answers under a new ID', impact.renamed.map((entry) => `- ${escapeMarkdown(renameSentence(entry))}`), 'None.');
  section('Answers that will be dropped', impact.dropped.map((entry) => `- ${escapeMarkdown(`${entry.id} ${entry.titleText}: ${entry.why}${entry.moves ? ' (kept under "retired" by upgrade)' : ''}`)}`), 'None.');
  section('Answers and settings the new version has no place for', impact.unfit.map((entry) => `- ${escapeMarkdown(entry)}`), 'None.');
  return out;
}
