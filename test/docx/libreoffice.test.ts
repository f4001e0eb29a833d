/**
 * The worst customer text, opened by a real word processor: LibreOffice converts the DOCX (full
 * and annex, in one run) to PDF, and the PDF's text must hold what the customer wrote.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { hasLibreOffice, libreOfficeText, openDocx, wordText } from './helpers.js';
import { ARABIC, EMOJI, HEBREW, LONG_END, LONG_START, stressView } from './stress-view.js';

/** pdftotext marks right-to-left runs with bidi controls and breaks lines anywhere: compare without them. */
const flat = (text: string) => text.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ');

// Skipped where LibreOffice is not installed, but never on CI, whose .ci/run installs it.
describe.skipIf(!hasLibreOffice && !process.env.CI)('a DOCX with hostile customer text in LibreOffice', () => {
  const view = stressView();
  let full = '';
  let annex = '';
  let xml = '';

  beforeAll(async () => {
    const files = { full: await renderDocx(view), annex: await renderDocx(view, { variant: 'annex' }) };
    xml = await (await openDocx(files.full)).part('word/document.xml');
    const texts = await libreOfficeText(files);
    full = flat(texts.full!);
    annex = flat(texts.annex!);
  });

  it('writes no character XML forbids and keeps emoji and right-to-left text', () => {
    expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)).toBe(false);
    const text = wordText(xml);
    expect(text).toContain(`Controls: end ${EMOJI}`);
    expect(text).toContain(ARABIC);
    expect(text).toContain(HEBREW);
    expect(text).toContain('Lone  surrogate');
    expect(text).toContain(`5.0.3-hotfix ${EMOJI}`);
  });

  it('opens in LibreOffice with the customer’s data, every item and the signature block', () => {
    for (const value of ['Müller Klinikum GmbH', 'jana.mueller@example.org', 'Königstraße 12', 'UC Server 5.0.3 on srv-uc-01 (10.1.2.3)', '5.0.3-hotfix']) {
      expect(full).toContain(value);
    }
    for (const item of view.items) expect(full).toContain(item.id);
    expect(full).toMatch(/Signatures By signing, customer and supplier confirm/);
    expect(full).toMatch(/Name Jana Müller/);
    expect(full).toMatch(/Function IT security officer/);
    expect(full).toMatch(/Place Köln/);
    expect(full).toContain('Signature');
    expect(full).toMatch(/Page 1 of \d+/);
  });

  it('shows Arabic, Hebrew and the control-character comment without the controls', () => {
    expect(full).toContain('Controls: end');
    expect(full).toContain(ARABIC);
    expect(full).toContain(HEBREW);
  });

  it('prints the 20,000-character comment from its first to its last sentence', () => {
    expect(full).toContain(LONG_START);
    expect(full).toContain('Sentence 100 of a remark the customer wrote.');
    expect(full).toContain(LONG_END);
  });

  it('opens the annex too, with overview, matrix and signatures', () => {
    for (const value of ['Customer deployment – overview', 'Responsibility matrix', 'Open items', 'By signing', 'Müller Klinikum GmbH']) {
      expect(annex).toContain(value);
    }
    for (const item of view.items) expect(annex).toContain(item.id);
    expect(annex).toContain(HEBREW);
  });
});
