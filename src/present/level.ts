/** The level statement and the list of items a chosen level leaves out. */
import type { CustomerChecklist } from '../model/view.js';
import { LABELS, SENTENCES, TITLES } from './words.js';

/** Whether the master's items can have target values: `Target` rows name levels, so not without them. */
export const hasTargets = (view: CustomerChecklist): boolean => view.level.levels.length > 0;

export interface OmittedPart {
  heading: string;
  intro: string;
  /** One line per section the level leaves with nothing (the full checklist only): why its number is missing. */
  sections: string[];
  columns: [string, string, string];
  rows: [string, string, string][];
}

/**
 * What the chosen level means for this checklist, in one sentence; "" (nothing printed) when the
 * master defines no levels: a sentence about "no security levels" would read as "no security".
 */
export function levelStatement(view: CustomerChecklist, variant: 'full' | 'annex' | 'offer'): string {
  const { chosen, levels, omitted } = view.level;
  if (levels.length === 0) return '';
  const all = levels.join(', ');
  if (chosen === null) return `No security level was chosen: every item of every level (${all}) applies.`;
  const count = omitted.length;
  const where = variant === 'full' ? 'in the appendix' : 'below';
  // The full checklist's contents miss the sections left with nothing: say so where the reader starts.
  const sections = variant === 'full' ? (view.level.leftOutSections ?? []).length : 0;
  const withThem = sections === 0 ? '' : `, with the ${sections === 1 ? 'section' : `${sections} sections`} that ${sections === 1 ? 'has' : 'have'} no item at this level`;
  const left =
    count === 0
      ? 'No item is left out by this choice.'
      : `${count} ${count === 1 ? 'item' : 'items'} of a higher level ${count === 1 ? 'is' : 'are'} left out and listed ${where}${withThem}.`;
  return `This checklist applies the security level ${chosen} (levels: ${all}). ${left}`;
}

/**
 * The items the chosen level leaves out, or null when it leaves none out; in the full checklist
 * also the sections left out with them (the annexes have no chapters to miss).
 */
export function omittedPart(view: CustomerChecklist, variant: 'full' | 'annex' | 'offer'): OmittedPart | null {
  const { chosen, omitted, leftOutSections = [] } = view.level;
  if (chosen === null || omitted.length === 0) return null;
  return {
    heading: TITLES.omitted,
    intro: SENTENCES.omittedIntro(chosen, variant === 'offer'),
    sections: variant === 'full' ? leftOutSections.map((section) => SENTENCES.sectionLeftOut(section, chosen)) : [],
    columns: [LABELS.id, LABELS.item, LABELS.level],
    rows: omitted.map((o) => [o.id, o.titleText, o.level]),
  };
}
