/** Output names from data: safe on every OS, Unicode kept, and comparable for collisions. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collisionKey, safeFileName } from '../../src/output/file-name.js';
import { runs } from '../helpers/property-runs.js';

describe('safeFileName', () => {
  it('keeps letters of any script and emoji, NFC-normalised', () => {
    expect(safeFileName('mu\u0308ller')).toBe('müller');
    expect(safeFileName('müller')).toBe('müller');
    expect(safeFileName('😀')).toBe('😀');
    expect(safeFileName('👨‍👩‍👧')).toBe('👨‍👩‍👧');
    expect(safeFileName('東京')).toBe('東京');
  });

  it('makes spaces, separators and Windows-reserved characters dashes', () => {
    expect(safeFileName('acme gmbh')).toBe('acme-gmbh');
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j');
    expect(safeFileName('\u202Eevil')).toBe('evil');
  });

  it('leaves nothing for names without a letter or digit, and never a leading dot', () => {
    expect(safeFileName('.')).toBe('');
    expect(safeFileName('..')).toBe('');
    expect(safeFileName('...')).toBe('');
    expect(safeFileName('.hidden')).toBe('hidden');
  });

  it('never gives a Windows device name', () => {
    expect(safeFileName('con')).toBe('con_');
    expect(safeFileName('LPT1.final')).toBe('LPT1_.final');
    expect(safeFileName('console')).toBe('console');
  });

  it('holds for any string: no separator, control, leading dot or dash, at most 150 bytes, stable', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (value) => {
        const name = safeFileName(value);
        expect(name).not.toMatch(/[\u0000-\u001F\u007F/\\:*?"<>|]/);
        expect(name).not.toMatch(/^[.-]|[.-]$/);
        expect(name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
        expect(Buffer.byteLength(name)).toBeLessThanOrEqual(150);
        expect(name.normalize('NFC')).toBe(name);
        expect(safeFileName(name)).toBe(name);
      }),
      { numRuns: runs(100) },
    );
  });

  it('compares names as case-insensitive file systems do', () => {
    expect(collisionKey('Acme')).toBe(collisionKey('acme'));
    expect(collisionKey('MÜLLER')).toBe(collisionKey('mu\u0308ller'.normalize('NFC')));
  });
});
