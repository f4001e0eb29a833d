/**
 * What an answer means is read from its word (src/deployment/status.ts): Yes is done, No is
 * open, any other option is not applicable. Boxes that say yes and no otherwise (`Ja / Nein`,
 * `Y / N`, `Done / Not done`) made every open answer count as not applicable: the summary, the
 * matrix and the open items understated what is open.
 */
import type { AnswerOptions, ClItem, SourcePlace } from '../model/checklist.js';
import type { BuildContext } from './context.js';
import { offersYesOrNo } from '../deployment/status.js';

/** Yes and no in other words and languages: a part's own choices (`Pre-shared key / Certificates`) are none. */
const yesNoLike = /^(ja|nein|j|y|n|done|not done|true|false|ok|not ok|oui|non|si|sí|erledigt|offen|open|closed)$/i;

/**
 * `what`: "Executed", or the row's label. The Executed row and a server's row ask yes or no;
 * another part's row is flagged only where its words are yes and no in another form.
 */
export function checkYesNo(item: ClItem, answers: AnswerOptions, place: SourcePlace, what: { label: string | null; asksYesNo: boolean }, context: BuildContext): void {
  const { options } = answers;
  // One box (`Done`, or options run together, `Yes/No`) is reported where it is one (item-rules.ts).
  if (options.length < 2 || answers.stray !== undefined || offersYesOrNo(options)) return;
  if (!what.asksYesNo && !options.some((option) => yesNoLike.test(option.trim()))) return;
  const row = what.label === null ? 'Executed' : `Row "${what.label}"`;
  context.error(
    place,
    `${row} of ${item.id} offers ${options.join(' / ')}, none of them Yes or No: an answer counts as done only when it is Yes and as open only when it is No, so every answer here would count as not applicable (in the summary, the matrix and the open items): write Yes / No, other options after them`,
    'no-yes-no',
  );
}
