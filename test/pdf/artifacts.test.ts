// markArtifacts on content streams shaped like Chromium's: what it wraps, where, and what it
// leaves alone.
import { describe, expect, it } from 'vitest';
import { markArtifacts } from '../../src/render/pdf/artifacts.js';

const margins = { top: 56.7, bottom: 56.7 };
// Chromium's page transformation: 1/3.125 px-per-point scale (0.24... as 0.25 here), y flipped.
const flip = '.25 0 0 -.25 0 842 cm\n';
const background = 'q\n1 1 1 rg\n0 0 2380 3368 re\nf\nQ\n';
const body = 'q\n200 240 1980 2888 re\nW* n\n/P <</MCID 0 >>BDC\nBT\n/F1 12 Tf\n1 0 0 -1 300 400 Tm\n<0041> Tj\nET\nEMC\nQ\n';
const cell = (y: number) => `q\n200 ${y} 600 40 re\nW* n\nBT\n/F2 10 Tf\n1 0 0 -1 210 ${y + 30} Tm\n<0042> Tj\n3 0 Td <0043> Tj\nET\nQ\n`;

describe('markArtifacts', () => {
  it('wraps the background, the header and the footer cells whole, and leaves tagged content as it is', () => {
    const content = flip + background + body + cell(150) + cell(3250);
    const marked = markArtifacts(content, 842, margins)!;
    expect(marked).toBe(
      flip +
        `/Artifact BMC\n${background.trimEnd()}\nEMC\n` +
        body +
        `/Artifact <</Type /Pagination /Subtype /Header>> BDC\n${cell(150).trimEnd()}\nEMC\n` +
        `/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n${cell(3250).trimEnd()}\nEMC\n`,
    );
  });

  it('marks the text of the margin boxes, painted in one group, as header and footer by where each text object is', () => {
    // Chromium's one group for all the @page margin boxes: its own scale, no clipping rectangle.
    const text = (x: number, y: number) => `BT\n/F2 10 Tf\n1 0 0 -1 ${x} ${y} Tm\n<0042> Tj\nET\n`;
    const boxes = (texts: string) => `q\n3 0 0 3 0 0 cm\n.4 g\n${texts}Q\n`;
    const content = flip + background + body + boxes(text(68, 40) + text(620, 40) + text(660, 1090) + text(68, 1090));
    const marked = markArtifacts(content, 842, margins)!;
    expect(marked).toBe(
      flip +
        `/Artifact BMC\n${background.trimEnd()}\nEMC\n` +
        body +
        'q\n3 0 0 3 0 0 cm\n.4 g\n' +
        `/Artifact <</Type /Pagination /Subtype /Header>> BDC\n${(text(68, 40) + text(620, 40)).trimEnd()}\nEMC\n` +
        `/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n${(text(660, 1090) + text(68, 1090)).trimEnd()}\nEMC\n` +
        'Q\n',
    );
    // Text in the body's area, or anything else painted in the group: the group stays one plain artifact.
    for (const other of [boxes(text(68, 40) + text(68, 500)), boxes(`${text(68, 40)}0 0 m\n5 5 l\nS\n`)]) {
      expect(markArtifacts(flip + body + other, 842, margins)).toBe(`${flip}${body}/Artifact BMC\n${other.trimEnd()}\nEMC\n`);
    }
  });

  it('wraps untagged painting inside the body, within its text object or path object', () => {
    const content =
      'q\n/P <</MCID 0 >>BDC\nBT\n<0041> Tj\nET\nEMC\n' +
      'BT\n/F9 15 Tf\n1 0 0 -1 10 20 Tm\n<0EEA> Tj\n4 0 Td [(a) -20 (b)] TJ\nET\n' +
      '.5 g\n0 0 10 10 re\nW n\n1 1 5 5 re\nf\n(string with q Q BT and \\) EMC) Tj\nQ\n';
    const marked = markArtifacts(content, 842, margins)!;
    expect(marked).toBe(
      'q\n/P <</MCID 0 >>BDC\nBT\n<0041> Tj\nET\nEMC\n' +
        'BT\n/F9 15 Tf\n1 0 0 -1 10 20 Tm\n/Artifact BMC\n<0EEA> Tj\n4 0 Td [(a) -20 (b)] TJ\nEMC\nET\n' +
        '.5 g\n0 0 10 10 re\nW n\n/Artifact BMC\n1 1 5 5 re\nf\n(string with q Q BT and \\) EMC) Tj\nEMC\nQ\n',
    );
  });

  it('treats a group in the middle of the page (a contents line’s dots) as decoration, not a header', () => {
    const content = flip + body + cell(1500);
    expect(markArtifacts(content, 842, margins)).toContain(`/Artifact BMC\n${cell(1500).trimEnd()}\nEMC`);
  });

  it('changes nothing it cannot read safely or that needs no marking', () => {
    expect(markArtifacts(body, 842, margins)).toBeUndefined();
    expect(markArtifacts('q\nBI /W 1 /H 1 ID \u0000 EI\nQ\n', 842, margins)).toBeUndefined();
    expect(markArtifacts('q\n0 0 1 1 re f\n', 842, margins)).toBeUndefined(); // unbalanced q
    expect(markArtifacts('/P BMC\n0 0 1 1 re f\n', 842, margins)).toBeUndefined(); // unbalanced BMC
  });
});
