// The running header and footer as CSS `@page` margin boxes (src/render/pdf/header-footer.ts):
// customer text is data, written as CSS strings that nothing in it can end. What they print:
// test/pdf/render-pdf.test.ts, with real Chromium.
import { describe, expect, it } from 'vitest';
import { cssString, marginBoxes } from '../../src/render/pdf/header-footer.js';

describe('the running header and footer', () => {
  it('writes text as a CSS string whose quotes, backslashes and control characters are escaped', () => {
    expect(cssString('Müller "Nord" \\ GmbH')).toBe('"Müller \\"Nord\\" \\\\ GmbH"');
    expect(cssString('line\nbreak\ttab\u0000')).toBe('"line\\a break\\9 tab\\0 "');
    expect(cssString('}; @import url(x);')).toBe('"}; @import url(x);"');
  });

  it('puts title and customer above, ID, version, date and the page number below, in the theme’s look', () => {
    const css = marginBoxes({ title: 'T', customer: 'C', documentId: 'ID-1', version: '2.1', date: '2026-03-02', look: { font: '"Noto Sans",sans-serif', color: '#555' } });
    expect(css).toContain('@top-left { content: "T";');
    expect(css).toContain('@top-right { content: "C";');
    expect(css).toContain('@bottom-left { content: "ID-1 · Version 2.1 · 2026-03-02";');
    expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
    expect(css.match(/font-family: "Noto Sans",sans-serif; font-size: round\(nearest, 8pt, 0.25px\); line-height: 1.2; color: #555;/g)).toHaveLength(4);
  });
});
