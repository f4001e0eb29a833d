/**
 * Word's review comments (Review > New Comment; LibreOffice's comments alike): a reader's remarks
 * in balloons beside the text, kept in word/comments.xml apart from the document. Import reads
 * the fields only, so what they say would be lost: each is found, with the field before the
 * place it is attached to.
 */
import { decodeXml } from './xml-text.js';

export interface ReviewComment {
  author: string;
  text: string;
  /** The tag of the last content control before the comment's place; '' before the first. */
  after: string;
}

/** Every review comment of a document (`comments`: word/comments.xml; `document`: word/document.xml). */
export function reviewComments(comments: string, document: string): ReviewComment[] {
  return [...comments.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)].map((match) => {
    const attribute = (name: string) => decodeXml(new RegExp(`\\bw:${name}="([^"]*)"`).exec(match[1]!)?.[1] ?? '');
    const text = [...match[2]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>/g)]
      .map((part) => (part[1] === undefined ? ' ' : decodeXml(part[1])))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    return { author: attribute('author'), text, after: tagBefore(document, attribute('id')) };
  });
}

/** The tag of the last content control before where the comment with this id starts. */
function tagBefore(document: string, id: string): string {
  const place = new RegExp(`<w:comment(?:RangeStart|Reference)\\b[^>]*\\bw:id="${id.replace(/\W/g, '')}"`).exec(document)?.index;
  if (place === undefined) return '';
  const tags = [...document.slice(0, place).matchAll(/<w:tag\b[^>]*\bw:val="([^"]*)"/g)];
  return tags.length === 0 ? '' : decodeXml(tags.at(-1)![1]!);
}
