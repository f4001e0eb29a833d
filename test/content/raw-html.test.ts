/**
 * Raw HTML is not rendered. For a tag (`<span>`, `<b>`) that costs the formatting only; but a
 * placeholder written in angle brackets (`<USER>`, `<tenant-name>\manager`) reads as a tag and
 * vanishes with its word, an HTML block drops every line of text in it, and an item pasted as
 * an HTML table is missing from the checklist, which no deployment can then answer.
 */
import { describe, expect, it } from 'vitest';
import { frontMatter, parse } from '../helpers/parse.js';

const item = (rows: string) => `| CL-A1 Scope | Title |\n| --- | --- |\n${rows}\n| Executed | Yes / No |\n`;

describe('raw HTML that takes text with it', () => {
  it('a placeholder in angle brackets is named as one, with how to print it', () => {
    expect(parse(`${frontMatter}\n${item('| Measures | Log in as <USER> on <tenant-name>\\manager |')}`).messages).toEqual([
      'doc/01.md:11:24: warning <USER> is read as an HTML tag, so it is missing from every document: to print it, write \\<USER> (or put it in code) [html-placeholder]',
      'doc/01.md:11:34: warning <tenant-name> is read as an HTML tag, so it is missing from every document: to print it, write \\<tenant-name> (or put it in code) [html-placeholder]',
    ]);
    expect(parse(`${frontMatter}\nSet the start device to <system disk> only.\n`).messages).toEqual([
      'doc/01.md:9:25: warning <system disk> is read as an HTML tag, so it is missing from every document: to print it, write \\<system disk> (or put it in code) [html-placeholder]',
    ]);
    // Escaped, it prints; real HTML keeps its own message.
    expect(parse(`${frontMatter}\nLog in as \\<USER>, <B>now</B>.\n`).messages).toEqual([
      'doc/01.md:9:20: warning Raw HTML `<B>` is not rendered: write it in Markdown (only <br> is honoured) [raw-html]',
      'doc/01.md:9:26: warning Raw HTML `</B>` is not rendered: write it in Markdown (only <br> is honoured) [raw-html]',
    ]);
  });

  it('an HTML block names the text it drops', () => {
    expect(parse(`${frontMatter}\n<div class="note">\nA firmware password stops a visitor.\n</div>\n`).messages).toEqual([
      'doc/01.md:9:1: warning Raw HTML `<div class="note">` is not rendered, nor is the text in it ("A firmware password stops a visitor."), which is missing from every document: write it in Markdown (only <br> is honoured) [raw-html]',
    ]);
  });

  it('an item written as an HTML table is an error: it would be missing, and no deployment could answer it', () => {
    const html = '<table>\n<tr><td>CL-AUD1 Relay</td><td>Audit account disabled</td></tr>\n<tr><td>Executed</td><td>Yes / No</td></tr>\n</table>\n';
    const { errors, checklist } = parse(`${frontMatter}\n${html}`);
    expect(errors).toEqual([
      'doc/01.md:9:1: error Item CL-AUD1 is written as raw HTML, which is not rendered, so it is missing from every document and no deployment can answer it: write it as a Markdown table (| CL-AUD1 … | … |) [html-item]',
    ]);
    expect(checklist.items).toEqual([]);
  });
});
