/**
 * The status detail of a per-component item in the responsibility matrix: what is not done,
 * never the list of components that are fine. The full answers stay in the item itself; listed
 * in the matrix, 22 of them took a narrow column 25 to 35 lines.
 */
import { offersYesOrNo, overallStatus } from '../deployment/status.js';
import type { ViewComponentRow, ViewItem } from '../model/view.js';
import { whyOpen } from './why-open.js';

/** More rows with one answer than this are counted, not named (as the open items count them). */
const NAMED = 3;

/** The item's component rows that have boxes to tick. */
export function answeredRows(item: ViewItem): ViewComponentRow[] {
  return item.components.flatMap((row) => (row.kind === 'component' && row.answers.options.length > 0 ? [row] : []));
}

/**
 * Open: why (`No: Standby server; not answered: 2 of 22 component rows`), as the open items say
 * it. Done or not applicable: the rows answered with another option than Yes, by option
 * (`Deactivated: Reporter server`), or the option alone when every row has it. Not answered: "".
 */
export function componentDetail(item: ViewItem): string {
  if (item.overall === 'open') return whyOpen(item);
  if (item.overall === 'unanswered') return '';
  const rows = answeredRows(item);
  const other = (status: string | null) => status !== null && overallStatus([status]) === 'not-applicable';
  const parts: string[] = [];
  if (item.executed !== null && item.executed.options.length > 0 && other(item.status)) parts.push(`Executed: ${item.status}`);
  const byOption = new Map<string, string[]>();
  for (const row of rows) {
    if (!other(row.status)) continue;
    // A part's own choice (`Pre-shared key / Certificates`) is no kind of "not done": the row, then its choice.
    if (!offersYesOrNo(row.answers.options)) parts.push(`${row.label}: ${row.status}`);
    else byOption.set(row.status!, [...(byOption.get(row.status!) ?? []), row.label]);
  }
  for (const [option, labels] of byOption) {
    if (labels.length === rows.length && parts.length === 0 && byOption.size === 1) return option;
    parts.push(labels.length > NAMED ? `${option}: ${labels.length} of ${rows.length} component rows` : `${option}: ${labels.join(', ')}`);
  }
  return parts.join('; ');
}
