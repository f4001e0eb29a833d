/**
 * What authors of checklists write as plain notation, and must print as written: a single tilde
 * (`5~10 min`, `C:\PROGRA~1`) is no strikethrough; an item ID typed with a dash that only looks
 * like `-` (Word's non-breaking hyphen) is a message, not a plain table in silence; a footnote or
 * link reference that nothing resolves (its definition in another file) is a message too.
 */
import { describe, expect, it } from 'vitest';
import { frontMatter, parse } from '../helpers/parse.js';

describe('notation that prints as written', () => {
  it('a single tilde is text; two tildes strike through', () => {
    const { checklist, messages } = parse(`${frontMatter}\n# Times\n\nLock for 5~10 min, ports 5060~5061, C:\\PROGRA~1\\EXAMPL~1; ~~old rule~~.\n`);
    expect(messages).toEqual([]);
    const text = JSON.stringify(checklist.body);
    expect(text).toContain('Lock for 5~10 min, ports 5060~5061, C:\\\\PROGRA~1\\\\EXAMPL~1; ');
    expect(text.match(/"kind":"delete"/g)).toHaveLength(1);
    expect(text).toContain('"kind":"delete","children":[{"kind":"text","value":"old rule"}]');
  });

  it('an item ID written with a dash that looks like a hyphen is an error that names the ID meant', () => {
    for (const dash of ['\u2011', '\u2010', '\u2212', '\uFF0D']) {
      const { errors, checklist } = parse(`${frontMatter}\n| CL${dash}SVC2 Scope | Title |\n| --- | --- |\n| Executed | Yes / No |\n`);
      expect(errors, `U+${dash.codePointAt(0)!.toString(16)}`).toEqual([
        `doc/01.md:9:3: error Table header "CL${dash}SVC2 Scope" looks like an item ID but is not one, so the table is not an item: did you mean "CL-SVC2"? [malformed-id]`,
      ]);
      expect(checklist.items).toEqual([]);
    }
  });

  it('a footnote or link reference that no definition of its file resolves is a warning at its place; escaped, it is text on purpose', () => {
    const first = `${frontMatter}\n# A\n\nA password[^classes] and [the guide][cis], [x][], escaped \\[^y] and [^ok].\n\n[^ok]: Fine.\n`;
    const second = `# B\n\nSee [^classes] and [the guide][cis].\n\n[^classes]: Four classes.\n\n[cis]: https://example.com/cis\n`;
    expect(parse(first, second).messages).toEqual([
      'doc/01.md:11:11: warning [^classes] is not a footnote, so it prints as written: no "[^classes]:" defines it in this file (a footnote is defined in the file that refers to it) [undefined-footnote]',
      'doc/01.md:11:26: warning [the guide][cis] is not a link, so it prints as written: no "[cis]:" defines it in this file (a link definition applies in its own file) [undefined-reference]',
      'doc/01.md:11:44: warning [x][] is not a link, so it prints as written: no "[x]:" defines it in this file (a link definition applies in its own file) [undefined-reference]',
    ]);
  });

  it('a link with no text to an address, or a front-matter value in typographic quotes, is a warning; a link to a section with no text prints its title', () => {
    const text = `---\ntitle: \u201CExample checklist\u201D\nversion: "1.0"\ndate: 2025-03-14\n---\n\n# A\n\nSee [](https://example.com/guide) and [](#a) for details.\n`;
    expect(parse(text).messages).toEqual([
      'doc/01.md:2:8: warning \u201CExample checklist\u201D is written in typographic quotes, which YAML keeps as part of the value, so they are printed: write straight quotes ("Example checklist") or none [typographic-quotes]',
      'doc/01.md:9:5: warning Link [](https://example.com/guide) has no text, so nothing is printed for it: write the text to show, "[the guide](https://example.com/guide)" [empty-link]',
    ]);
  });

  it('a front-matter value written as a folded block has no line break at its end', () => {
    const { checklist, messages } = parse(`---\ntitle: >\n  Example checklist\n  for servers\nversion: "1.0"\ndate: 2025-03-14\n---\n\n# A\n\nText.\n`);
    expect(messages).toEqual([]);
    expect(checklist.meta.title).toBe('Example checklist for servers');
  });

  it('a path whose backslash Markdown reads as an escape or a line break is a warning, in a paragraph or a cell; code and intended escapes stay quiet', () => {
    const body = 'Exclude C:\\Data\\*.db from scans.\n\nCopy from \\\\fileserver\\setup now, to C:\\Backup\\\nevery night; `C:\\Temp\\*.log` and \\*stars\\* stay.\n';
    expect(parse(`${frontMatter}\n# A\n\n${body}`).messages).toEqual([
      'doc/01.md:11:9: warning In "C:\\Data\\*.db", Markdown reads a backslash before punctuation as an escape, so the path prints as "C:\\Data*.db": write it as code (`C:\\Data\\*.db`), or write it as text with those backslashes doubled, C:\\Data\\\\*.db [escaped-path]',
      'doc/01.md:13:11: warning In "\\\\fileserver\\setup", Markdown reads a backslash before punctuation as an escape, so the path prints as "\\fileserver\\setup": write it as code (`\\\\fileserver\\setup`), or write it as text with those backslashes doubled, \\\\\\\\fileserver\\setup [escaped-path]',
      'doc/01.md:13:38: warning In "C:\\Backup\\", Markdown reads a backslash before punctuation or at the end of a line as an escape or a line break, so the path prints as "C:\\Backup": write it as code (`C:\\Backup\\`), or write it as text with those backslashes doubled, C:\\Backup\\\\ [escaped-path]',
    ]);
  });

  it('stars glued to the text around them, as wildcards, are a warning; emphasis as meant stays quiet', () => {
    const body = 'Disable TLS_*_WITH_RC4_* suites; passwords like *[A-Z]*[0-9]* are weak; a *very* good idea (*note*), **bold**.\n';
    expect(parse(`${frontMatter}\n# A\n\n${body}`).messages).toEqual([
      'doc/01.md:11:13: warning The stars in "TLS_*_WITH_RC4_*" are glued to the text around them, and Markdown reads a pair as emphasis, so they are not printed and the name reads otherwise: write it as code (`TLS_*_WITH_RC4_*`), or write \\* for each star [glued-stars]',
      'doc/01.md:11:49: warning The stars in "*[A-Z]*[0-9]*" are glued to the text around them, and Markdown reads a pair as emphasis, so they are not printed and the name reads otherwise: write it as code (`*[A-Z]*[0-9]*`), or write \\* for each star [glued-stars]',
    ]);
  });

  it('two item IDs that differ only in case are a warning', () => {
    const item = (id: string) => `| ${id} Scope | Title |\n| --- | --- |\n| Executed | Yes / No |\n`;
    expect(parse(`${frontMatter}\n${item('CL-PWD1')}\n${item('CL-Pwd1')}`).messages).toEqual([
      'doc/01.md:13:3: warning Item ID CL-Pwd1 differs from CL-PWD1 (doc/01.md:9:3) only in case, so an answer or a link written in the other\'s case reaches the wrong item: give it an ID that differs otherwise [duplicate-id]',
    ]);
  });
});
