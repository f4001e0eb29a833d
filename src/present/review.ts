/**
 * Review marks: an answer given to an earlier version of an item that has changed since
 * (`review`, written by `checklist upgrade`). Decided here once; every format prints these
 * words: the mark on the item, the sentence in the summary, the line in the open items.
 */
import type { ViewItem } from '../model/view.js';

export const REVIEW = {
  label: 'Changed since answered',
  /** The summary's sentence; "" when no answer is marked. */
  summary: (count: number) =>
    count === 0 ? '' : `${count} ${count === 1 ? 'answer was' : 'answers were'} given to an earlier version of ${count === 1 ? 'its item' : 'their items'}: marked “Changed since answered”, to be checked.`,
} as const;

/** The mark an item carries: label and what changed; null when its answer is not marked. */
export function reviewMark(item: Pick<ViewItem, 'review'>): { label: string; value: string } | null {
  return item.review === undefined ? null : { label: REVIEW.label, value: item.review };
}

/** The open items' line for a marked answer: "Changed since answered: <what changed>", or "". */
export function reviewLine(review: string | undefined): string {
  return review === undefined ? '' : `${REVIEW.label}: ${review}`;
}
