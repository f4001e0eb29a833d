/** Customer text on its way into Word: what XML cannot hold goes, the rest stays; anchors become bookmark names. */
import { describe, expect, it } from 'vitest';
import { BookmarkNames, cleanText, linesOf } from '../../src/render/docx/text.js';

describe('cleanText', () => {
  it('drops the characters XML 1.0 forbids and keeps tab, line breaks, emoji and right-to-left text', () => {
    const forbidden = '\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF';
    expect(cleanText(`a${forbidden}b`)).toBe('ab');
    expect(cleanText('tab\there\nline\r\n🔒 مرحبا שלום')).toBe('tab\there\nline\r\n🔒 مرحبا שלום');
  });

  it('drops surrogates without their partner and keeps pairs', () => {
    expect(cleanText('x\uD800y\uDC00z')).toBe('xyz');
    expect(cleanText('\uD83D\uDD12')).toBe('🔒');
  });

  it('splits lines at any newline convention', () => {
    expect(linesOf('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('BookmarkNames', () => {
  it('gives Word-safe names: letters, digits, underscore, at most 40, starting with a letter', () => {
    const names = new BookmarkNames();
    expect(names.nameFor('vpn-connection')).toBe('vpn_connection');
    expect(names.nameFor('CL-SF:SNMPv3')).toBe('CL_SF_SNMPv3');
    expect(names.nameFor('1-introduction')).toBe('a1_introduction');
    expect(names.nameFor('übersicht-ä')).toBe('ubersicht_a');
    const long = names.nameFor('x'.repeat(60));
    expect(long).toBe('x'.repeat(40));
    for (const anchor of ['_hidden', '---', '', '🔒']) expect(names.nameFor(anchor)).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,39}$/);
  });

  it('keeps names unique, also where Word ignores case, and stable per anchor', () => {
    const names = new BookmarkNames();
    const a = names.nameFor('CL-A.1');
    const b = names.nameFor('CL-A:1');
    const c = names.nameFor('cl-a-1');
    expect(new Set([a, b, c].map((n) => n.toLowerCase())).size).toBe(3);
    expect(names.nameFor('CL-A:1')).toBe(b);
    expect(names.lookup('CL-A:1')).toBe(b);
    expect(names.lookup('unknown')).toBeUndefined();
    const x = 'y'.repeat(45);
    const first = names.nameFor(`${x}1`);
    const second = names.nameFor(`${x}2`);
    expect(first).not.toBe(second);
    expect(second.length).toBeLessThanOrEqual(40);
  });
});
