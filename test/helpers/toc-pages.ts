/**
 * Reads a printed table of contents back from `pdftotext -layout` text (pages split at form
 * feeds) and finds the page each entry's heading is printed on, as a reader would check it.
 */

export interface TocEntry {
  title: string;
  page: number;
}

export interface TocCheck {
  entries: TocEntry[];
  /** Entries whose heading is not on the page the contents give, with the pages it is on. */
  wrong: { entry: TocEntry; foundOn: number[] }[];
}

const normal = (line: string) => line.replace(/\s+/g, ' ').trim();

/** An entry line: the title, a dotted leader (`....` or `. . .`), the page number at the end. */
const ENTRY = /^\s*(\S.*?)\s*(?:\.\s?){3,}\s*(\d+)\s*$/;

/** The contents pages: from the page titled "Contents" as long as pages hold entry lines. */
function contentsPages(pages: readonly string[]): number[] {
  const start = pages.findIndex((page) => page.split('\n').some((line) => normal(line) === 'Contents'));
  if (start === -1) return [];
  const found = [start];
  for (let index = start + 1; index < pages.length; index++) {
    const lines = pages[index]!.split('\n').filter((line) => line.trim() !== '');
    // A page of entries has most of its lines as entries; the first page of the body has few.
    if (lines.filter((line) => ENTRY.test(line)).length < lines.length / 2) break;
    found.push(index);
  }
  return found;
}

/**
 * Checks every contents entry against the pages: the entry's title must be a line of its own
 * on the page the entry names. On the contents pages only the lines that are no entry are
 * searched (a part may start below the contents, on their last page).
 */
export function checkToc(text: string): TocCheck {
  const pages = text.split('\f');
  const toc = contentsPages(pages);
  const entries = toc.flatMap((index) =>
    pages[index]!.split('\n').flatMap((line) => {
      const match = ENTRY.exec(line);
      return match ? [{ title: normal(match[1]!), page: Number(match[2]) }] : [];
    }),
  );
  const wrong = entries.flatMap((entry) => {
    const foundOn = pages.flatMap((page, index) =>
      page.split('\n').some((line) => !(toc.includes(index) && ENTRY.test(line)) && normal(line) === entry.title) ? [index + 1] : [],
    );
    return foundOn.includes(entry.page) ? [] : [{ entry, foundOn }];
  });
  return { entries, wrong };
}
