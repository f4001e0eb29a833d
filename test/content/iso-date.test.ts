/**
 * What a date written another way is told: the ISO form to write where the text can mean one day
 * only, an example where it cannot.
 */
import { describe, expect, it } from 'vitest';
import { notIsoDateReason } from '../../src/content/iso-date.js';

describe('a date not written YYYY-MM-DD', () => {
  it('with a time, as a tool exports it, is told its day as written', () => {
    expect(notIsoDateReason('2026-05-18T10:00:00Z')).toBe('"2026-05-18T10:00:00Z" is not a date as the deployment writes it: write it as YYYY-MM-DD (2026-05-18)');
    expect(notIsoDateReason('2026-05-18 23:30')).toContain('(2026-05-18)');
    expect(notIsoDateReason('2026-02-30T10:00:00Z')).toContain('(for example 2026-03-12)');
  });

  it('day first with dots, or year first, is told its ISO form; day and month with slashes are not', () => {
    expect(notIsoDateReason('1.3.2026')).toContain('(2026-03-01)');
    expect(notIsoDateReason('2026/3/12')).toContain('(2026-03-12)');
    expect(notIsoDateReason('03/12/2026')).toContain('(for example 2026-03-12)');
  });
});
