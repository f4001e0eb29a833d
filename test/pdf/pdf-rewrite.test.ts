// The object layer of the fast finishing path on a small classic PDF written by hand: objects
// found through the table even when their data hold `endobj`, copied as they were, packed into
// object streams that pdf-lib and poppler read back; what it cannot tell apart for sure is refused.
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib/dist/pdf-lib.esm.min.js';
import { describe, expect, it } from 'vitest';
import { ClassicPdf } from '../../src/render/pdf/pdf-rewrite.js';
import { readValue, textString, UnexpectedPdf } from '../../src/render/pdf/pdf-syntax.js';
import { pdfInfo, pdfText, popplerComplaints } from './poppler.js';

/** A classic PDF of the given objects (numbered from 1), with its cross-reference table. */
function classicPdf(objects: Array<string | Buffer>, trailer = '/Size 7 /Root 1 0 R /Info 6 0 R'): Buffer {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = chunks[0]!.length;
  objects.forEach((body, index) => {
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), Buffer.from(body), Buffer.from('\nendobj\n')]);
    offsets.push(length);
    chunks.push(chunk);
    length += chunk.length;
  });
  const table = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  chunks.push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${table}trailer\n<<${trailer}>>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}

const content = Buffer.from('BT /F1 24 Tf 72 700 Td (Hello endobj) Tj ET');
/** The sample's objects; `afterStream` is written after the content stream's `endstream`. */
const objects = ({ title = '(A title \\) with stream)', afterStream = '' } = {}) => [
  '<</Type /Catalog /Pages 2 0 R>>',
  '<</Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792]>>',
  '<</Type /Page /Parent 2 0 R /Resources <</Font <</F1 5 0 R>>>> /Contents 4 0 R>>',
  Buffer.concat([Buffer.from(`<</Length ${content.length}>>\nstream\n`), content, Buffer.from(`\nendstream${afterStream}`)]),
  '<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>',
  `<</Title ${title} /Producer ${textString('Hand – made')}>>`,
];
const sample = classicPdf(objects());

describe('ClassicPdf', () => {
  it('finds every object through the table, a stream holding endobj and a string holding stream included', () => {
    const pdf = new ClassicPdf(sample);
    const info = pdf.object(6);
    expect(info?.type === 'dict' && pdf.text(info.entries.get('Title')!)).toBe('(A title \\) with stream)');
    expect(pdf.streamData(4)).toEqual(content);
    expect(pdf.streamData(6)).toBeUndefined();
    const page = pdf.object(3);
    expect(page?.type === 'dict' && pdf.dictWith(page, { Contents: null, Rotate: '90' })).toBe('<</Type /Page\n/Parent 2 0 R\n/Resources <</Font <</F1 5 0 R>>>>\n/Rotate 90>>');
  });

  it('finds the objects that name a name, not a longer one nor one in a stream\'s data', () => {
    const data = Buffer.from('/LI /Font');
    const pdf = new ClassicPdf(
      classicPdf([
        '<</Type /Catalog /Pages 2 0 R /Names [/LI]>>',
        '<</Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792]>>',
        '<</Type /Page /Parent 2 0 R /LIST 1 /Contents 4 0 R>>',
        Buffer.concat([Buffer.from(`<</Length ${data.length} /S/LI>>\nstream\n`), data, Buffer.from('\nendstream')]),
        '<</S /LI>>',
        '<<>>',
      ]),
    );
    expect(pdf.objectsNaming('LI').sort()).toEqual([1, 4, 5]);
    expect(pdf.objectsNaming('Font')).toEqual([]);
  });

  it('adds objects after the last, and writes them with the others', async () => {
    const pdf = new ClassicPdf(sample);
    const added = pdf.add('<</Title (Added)>>');
    expect(added).toBe(7);
    expect(pdf.add('<<>>')).toBe(8);
    const catalog = pdf.object(1);
    if (catalog?.type !== 'dict') throw new Error('no catalog');
    pdf.replace(1, pdf.dictWith(catalog, { Extra: `${added} 0 R` }));
    const doc = await PDFDocument.load(pdf.write(), { throwOnInvalidObject: true, updateMetadata: false });
    expect(String(doc.catalog.lookup(PDFName.of('Extra'), PDFDict).get(PDFName.of('Title')))).toBe('(Added)');
  });

  it('writes object streams and a cross-reference stream that pdf-lib and poppler read cleanly', async () => {
    const pdf = new ClassicPdf(sample);
    const info = pdf.object(6);
    if (info?.type !== 'dict') throw new Error('no Info');
    pdf.replace(6, pdf.dictWith(info, { Author: textString('Zoë') }));
    const written = pdf.write();
    expect(written.toString('latin1')).toMatch(/\/Type \/ObjStm/);
    const doc = await PDFDocument.load(written, { throwOnInvalidObject: true, updateMetadata: false });
    expect(doc.getAuthor()).toBe('Zoë');
    expect(doc.getTitle()).toBe('A title ) with stream');
    expect(await popplerComplaints(written)).toBe('');
    expect((await pdfInfo(written)).get('Producer')).toBe('Hand – made');
    expect((await pdfText(written)).trim()).toBe('Hello endobj');
    // Read again: the rewriter does not read its own cross-reference stream.
    expect(() => new ClassicPdf(written)).toThrow(UnexpectedPdf);
  });

  it('refuses an endobj or endstream it cannot place: an object left out of the table, text after a stream, a string that says so', () => {
    const leftOut = objects();
    leftOut[4] = `${leftOut[4]}\nendobj\n9 0 obj\n(not in the table)`;
    expect(() => new ClassicPdf(classicPdf(leftOut))).toThrow(UnexpectedPdf);
    expect(() => new ClassicPdf(classicPdf(objects({ afterStream: ' % a note' })))).toThrow(UnexpectedPdf);
    expect(() => new ClassicPdf(classicPdf(objects({ title: '(endstream)' })))).toThrow(UnexpectedPdf);
    expect(() => new ClassicPdf(classicPdf(objects({ title: '(endobj)' })))).toThrow(UnexpectedPdf);
  });

  it('reads references, names, strings and numbers as written', () => {
    const bytes = Buffer.from('<</A [1 0 R 2 -3.5 /N#20x (a(b)c) <4142> true]>>', 'latin1');
    const dict = readValue(bytes, 0);
    if (dict.type !== 'dict') throw new Error('not a dictionary');
    const items = dict.entries.get('A');
    expect(items?.type === 'array' && items.items.map((item) => item.type)).toEqual(['ref', 'number', 'number', 'name', 'other', 'other', 'other']);
    expect(dict.end).toBe(bytes.length);
  });
});
