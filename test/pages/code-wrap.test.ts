/**
 * A technician types a command from paper. A long command line in a code block, and in inline
 * code, breaks only between words: never right after a hyphen (`--cipher-` / `suites` read as
 * two words, typed as two lines), and a code block's wrapped line goes on under a hanging
 * indent (after a drawn mark, not text), so copying gives back the command. In the DOCX each
 * source line is a Code Block paragraph, whose hanging indent marks a wrapped line; its hyphens stay
 * `-` (a non-breaking hyphen, U+2011, copies from Word and LibreOffice as U+2011: no shell option).
 */
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { builtInTemplatesDir, renderViewHtml } from '../../src/render/formats.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { pdfRawText, pdfWords } from '../pdf/poppler.js';

const browser = new BrowserManager();
afterAll(() => browser.close());

const COMMAND =
  'mini-admin tls set --cipher-suites TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256 --min-protocol-version TLSv1.3 --certificate-file /etc/mini/certs/server-certificate.pem --private-key-file /etc/mini/private/server-key.pem';
const INLINE = 'mini-admin tls set --cipher-suites TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256 --min-protocol-version TLSv1.3';

const markdown = `${frontMatter}
# TLS

\`\`\`
${COMMAND}
short-line
\`\`\`

Then run \`${INLINE}\` on each server, and \`${INLINE}\` once more.
`;

describe('a long command in code', () => {
  it('wraps in the PDF only between words, its continuation indented, and copies back whole', async () => {
    const { checklist, errors } = parse(markdown);
    expect(errors).toEqual([]);
    const view = mergeDeployment(checklist, null, { name: 'code' });
    const pdf = await renderPdf(browser, await renderViewHtml(view, 'full', builtInTemplatesDir), { title: 't', customer: 'c', documentId: '', version: '', date: '' });
    const words = await pdfWords(pdf);
    const printed = new Set(words.map((word) => word.text));
    for (const word of COMMAND.split(' ')) expect(printed).toContain(word);
    expect(words.filter((word) => word.text.endsWith('-')).map((word) => word.text)).toEqual([]);
    // The block's first line, the lines it wraps to (indented) and the next source line (not).
    const at = (text: string) => words.filter((word) => word.text === text);
    const first = at('mini-admin')[0]!;
    const wrapped = at('--certificate-file')[0]!;
    expect(wrapped.yMin).toBeGreaterThan(first.yMin);
    expect(wrapped.xMin).toBeGreaterThan(first.xMin + 5);
    expect(at('short-line')[0]!.xMin).toBeCloseTo(first.xMin, 0);
    // The mark is drawn, not text: the copied lines are the command's words and nothing else.
    const raw = await pdfRawText(pdf);
    expect(raw).not.toMatch(/[↪↵→\u2011\u2060]/);
    expect(raw.replace(/\s+/g, ' ')).toContain(COMMAND);
  }, 120_000);

  it('is one Code Block paragraph per source line in the DOCX, wrapped lines indented, hyphens as typed', async () => {
    const view = mergeDeployment(parse(markdown).checklist, null, { name: 'code' });
    const zip = await JSZip.loadAsync(await renderDocx(view, { pageNumbers: false }));
    const xml = await zip.file('word/document.xml')!.async('string');
    const codeParagraphs = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="CodeBlock"\/>[\s\S]*?<\/w:p>/g)];
    const lines = codeParagraphs.map(([paragraph]) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
    expect(lines).toEqual([COMMAND, 'short-line']);
    const styles = await zip.file('word/styles.xml')!.async('string');
    const codeStyle = /<w:style [^>]*w:styleId="CodeBlock"[\s\S]*?<\/w:style>/.exec(styles)![0];
    expect(codeStyle).toMatch(/<w:ind [^>]*w:hanging="\d+"/);
    expect(codeStyle).toContain('<w:contextualSpacing/>');
  });
});

