import { describe, expect, it } from 'vitest';
import { show } from '../../src/fill/plan-import.js';

describe('a value quoted in an import message', () => {
  it('is whole when short, (empty) when empty, and cut with its length when long (a 3,000-character comment made a line of 3,000)', () => {
    expect(show('')).toBe('(empty)');
    expect(show('Yes')).toBe('"Yes"');
    const long = 'ä'.repeat(3000);
    const shown = show(long);
    expect(shown).toBe(`"${'ä'.repeat(77)}"… (3000 characters)`);
    // Cut between characters, not inside a pair of surrogates.
    expect(show('😀'.repeat(100))).toBe(`"${'😀'.repeat(77)}"… (100 characters)`);
  });
});
