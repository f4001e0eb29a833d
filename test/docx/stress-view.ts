/**
 * The fixture view with customer text at its worst: characters XML 1.0 forbids, emoji, Arabic and
 * Hebrew, a lone surrogate, and a 20,000-character comment with line breaks.
 */
import type { CustomerChecklist } from '../../src/model/view.js';
import { viewFixture } from '../fixtures/view-fixture.js';

export const ARABIC = 'مرحبا بالعالم';
export const HEBREW = 'שלום עולם';
export const EMOJI = '🔒';
export const LONG_START = 'Begin of the long comment';
export const LONG_END = 'End of the long comment';

/** 20,000 characters: numbered sentences, a line break every tenth. */
export function longComment(): string {
  const parts: string[] = [LONG_START];
  for (let i = 1; parts.join(' ').length < 20_000 - LONG_END.length - 40; i++) {
    parts.push(`Sentence ${i} of a remark the customer wrote.${i % 10 === 0 ? '\n' : ''}`);
  }
  parts.push(LONG_END);
  return parts.join(' ').padEnd(20_000, '.');
}

export function stressView(): CustomerChecklist {
  // structuredClone keeps shared references: the body's items are still the items of `view.items`.
  const view = structuredClone(viewFixture);
  const [smtp, passwords, snmp] = view.items as [typeof view.items[0], typeof view.items[0], typeof view.items[0]];
  smtp.comment = `Controls:\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u001F end ${EMOJI}\nArabic: ${ARABIC}\nHebrew: ${HEBREW}\nLone \uD800 surrogate`;
  snmp.comment = longComment();
  passwords.components[0] = { ...passwords.components[0]!, fieldValues: { Version: `5.0.3\u0007-hotfix ${EMOJI}` } } as (typeof passwords.components)[0];
  view.customerName = `Müller\u0000 Klinikum GmbH ${EMOJI}`;
  view.overview.customer.company = view.customerName;
  view.overview.generalRemark = `${HEBREW} / ${ARABIC}\u000B`;
  return view;
}
