/**
 * What an answer means for the summary, the responsibility matrix and the open items:
 * "Yes" is done, "No" is open, any other option (Deactivated, No network or remote access, …)
 * means the measure does not apply, and no answer is unanswered.
 */
import type { ViewItem, Summary } from '../model/view.js';
import type { Party } from '../model/deployment.js';

export type Overall = ViewItem['overall'];

function classify(status: string): Overall {
  const normalized = status.trim().toLowerCase();
  if (normalized === 'yes') return 'done';
  if (normalized === 'no') return 'open';
  return 'not-applicable';
}

/**
 * Whether the item's own answer makes its component rows moot: not applicable (`No network or
 * remote access`), so a row left empty (which authentication, on which server) holds nothing open.
 */
export function partsMoot(status: string | null): boolean {
  return status !== null && classify(status) === 'not-applicable';
}

/** Whether a row's options say done or open (Yes, No); a row without either offers a choice (`Pre-shared key / Certificates`). */
export function offersYesOrNo(options: readonly string[]): boolean {
  return options.some((option) => classify(option) !== 'not-applicable');
}

/** Overall status over the item's own answer and those of its visible components. */
export function overallStatus(statuses: readonly (string | null)[]): Overall {
  if (statuses.length === 0 || statuses.every((status) => status === null)) return 'unanswered';
  const kinds = statuses.map((status) => (status === null ? 'unanswered' : classify(status)));
  if (kinds.includes('open') || kinds.includes('unanswered')) return 'open';
  if (kinds.every((kind) => kind === 'not-applicable')) return 'not-applicable';
  return 'done';
}

export const overallLabels: Record<Overall, string> = {
  done: 'Done',
  open: 'Open',
  'not-applicable': 'Not applicable',
  unanswered: 'Not answered',
};

const partyLabels: Record<Party, string> = { customer: 'Customer', supplier: 'Supplier', shared: 'Shared' };

export function partyLabel(party: Party | null): string {
  return party ? partyLabels[party] : 'Not assigned';
}

/** Counts per status, per level and per responsible party, for the summary at the top. */
export function summarize(items: readonly ViewItem[], levels: readonly string[]): Summary {
  const count = <T>(values: T[], keys: readonly T[], label: (key: T) => string) =>
    keys.map((key) => ({ label: label(key), count: values.filter((value) => value === key).length }));
  const overall = items.map((item) => item.overall);
  const itemLevels = items.map((item) => item.level ?? '');
  const parties: (Party | null)[] = ['customer', 'supplier', 'shared', null];
  return {
    total: items.length,
    byStatus: count(overall, ['done', 'open', 'not-applicable', 'unanswered'] as const, (key) => overallLabels[key]),
    byLevel: count(itemLevels, ['', ...levels], (key) => (key === '' ? 'Every level' : key)).filter(
      (row, index) => index > 0 || row.count > 0,
    ),
    byResponsible: [
      ...count(items.map((item) => item.responsible.installation), parties, (key) => `Installation: ${partyLabel(key)}`),
      ...count(items.map((item) => item.responsible.operation), parties, (key) => `Operation: ${partyLabel(key)}`),
    ],
  };
}
