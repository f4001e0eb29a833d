/**
 * A paragraph right under a footnote's definition, with no blank line between, continues the
 * footnote (Markdown's lazy lines): it moves to the end of the document with the footnote.
 */
import { describe, expect, it } from 'vitest';
import { frontMatter, parse } from '../helpers/parse.js';

describe('a line right under a footnote definition', () => {
  it('that starts a new sentence is a warning: it is printed in the footnote, at the end', () => {
    const text = `${frontMatter}\nTrunks are excluded.[^scope]\n\n[^scope]: Telephony trunks are outside this list.\nThe installer keeps a log of each change.\n`;
    const { messages, checklist } = parse(text);
    expect(messages).toEqual([
      'doc/01.md:12:1: warning "The installer keeps a log of each change" follows the footnote [^scope] with no blank line between, so Markdown makes it part of the footnote, printed with it at the end of the document: leave a blank line before it (or indent it, to continue the footnote) [footnote-continued]',
    ]);
    expect(JSON.stringify(checklist.footnotes)).toContain('installer keeps');
  });

  it('a footnote hard-wrapped mid-sentence, or continued by an indented line, stays quiet', () => {
    const text = `${frontMatter}\nSee.[^a] And.[^b]\n\n[^a]: A long footnote that\ngoes on here.\n\n[^b]: First part.\n    Second part, indented.\n`;
    expect(parse(text).messages).toEqual([]);
  });
});
