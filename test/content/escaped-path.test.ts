/**
 * A path with a placeholder in angle brackets, written the ways an author tries in turn: each
 * message is true about what prints, the two rules (escaped-path, html-placeholder) never give
 * advice the other then objects to, and every form they suggest, built into HTML and read back,
 * prints what was meant and checks clean.
 */
import { describe, expect, it } from 'vitest';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { renderDom, selectAll, text } from '../html/dom.js';

const document = (path: string) => `${frontMatter}\n# Accounts\n\nLog in as ${path} first.\n`;

/** What the HTML prints for a path written in a sentence. */
async function printed(path: string): Promise<string> {
  const { checklist, errors } = parse(document(path));
  expect(errors).toEqual([]);
  const { tree } = await renderDom(mergeDeployment(checklist, null, { name: 'paths' }));
  const sentence = selectAll('p', tree).map((node) => text(node)).find((line) => line.startsWith('Log in as'));
  return (sentence ?? '').replace(/^Log in as /, '').replace(/ first\.$/, '');
}

const messagesFor = (path: string) => parse(document(path)).messages.map((message) => message.replace(/^doc\/01\.md:\d+:\d+: warning /, ''));

/** The forms a message suggests, each as it would be written in place of `path`. */
function suggested(message: string, path: string): string[] {
  if (message.endsWith('[html-placeholder]')) {
    const tag = /^(<[^>]+>) is read as an HTML tag/.exec(message)?.[1] ?? '';
    return [path.replace(tag, `\\${tag}`), path.replace(tag, `\`${tag}\``)];
  }
  const code = /write it as code \((`+)(.*?)\1\)/.exec(message);
  const asText = /write it as text with those backslashes doubled(?: and a backslash before its placeholder)?, (.*) \[escaped-path\]$/.exec(message);
  return [code ? `${code[1]}${code[2]}${code[1]}` : '', asText?.[1] ?? ''].filter((form) => form !== '');
}

describe('a path with a placeholder, written each way', () => {
  it('is quiet where it prints as written: an escaped placeholder, code, doubled backslashes', async () => {
    const quiet: [string, string][] = [
      ['\\<site-name>\\operator', '<site-name>\\operator'],
      ['\\<site-name\\>\\operator', '<site-name>\\operator'],
      ['`<site-name>\\operator`', '<site-name>\\operator'],
      ['“\\<site-name>”', '“<site-name>”'],
      ['C:\\Data\\\\*.db', 'C:\\Data\\*.db'],
      ['\\\\\\\\fileserver\\setup', '\\\\fileserver\\setup'],
      ['C:\\Users\\\\\\<login>\\Desktop', 'C:\\Users\\<login>\\Desktop'],
    ];
    // In an item's cell, as a vendor's table of accounts has it.
    expect(parse(`${frontMatter}\n| CL-ACC1 Scope | Accounts |\n| --- | --- |\n| Measures | \\<site-name>\\operator, “\\<site-name>” |\n| Executed | Yes / No |\n`).messages).toEqual([]);
    for (const [path, meant] of quiet) {
      expect(messagesFor(path), path).toEqual([]);
      expect(await printed(path), path).toBe(meant);
    }
  });

  it('names what prints and suggests a whole path, spaces and all, that prints as meant', async () => {
    const cases: [string, string, string[]][] = [
      [
        '\\\\<site-name>\\\\operator',
        '\\\\<site-name>\\operator',
        ['In "\\\\<site-name>\\\\operator", Markdown reads a backslash before punctuation as an escape, and <site-name> as an HTML tag, so the path prints as "\\\\operator": write it as code (`\\\\<site-name>\\operator`), or write it as text with those backslashes doubled and a backslash before its placeholder, \\\\\\\\\\<site-name>\\operator [escaped-path]'],
      ],
      [
        '\\\\<Backup Host Name>\\images',
        '\\\\<Backup Host Name>\\images',
        ['In "\\\\<Backup Host Name>\\images", Markdown reads a backslash before punctuation as an escape, and <Backup Host Name> as an HTML tag, so the path prints as "\\\\images": write it as code (`\\\\<Backup Host Name>\\images`), or write it as text with those backslashes doubled and a backslash before its placeholder, \\\\\\\\\\<Backup Host Name>\\images [escaped-path]'],
      ],
      [
        'C:\\Users\\<login>\\Desktop',
        'C:\\Users\\<login>\\Desktop',
        ['In "C:\\Users\\<login>\\Desktop", Markdown reads a backslash before punctuation as an escape, so the path prints as "C:\\Users<login>\\Desktop": write it as code (`C:\\Users\\<login>\\Desktop`), or write it as text with those backslashes doubled and a backslash before its placeholder, C:\\Users\\\\\\<login>\\Desktop [escaped-path]'],
      ],
      ['<site-name>\\operator', '<site-name>\\operator', ['<site-name> is read as an HTML tag, so it is missing from every document: to print it, write \\<site-name> (or put it in code) [html-placeholder]']],
    ];
    for (const [path, meant, messages] of cases) {
      expect(messagesFor(path), path).toEqual(messages);
      const forms = suggested(messages[0] ?? '', path);
      expect(forms, path).toHaveLength(2);
      for (const form of forms) {
        expect(messagesFor(form), form).toEqual([]);
        expect(await printed(form), form).toBe(meant);
      }
    }
  });
});
