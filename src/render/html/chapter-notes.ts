/**
 * Where the HTML, and so the PDF, prints the footnotes: at the end of the chapter that first
 * refers to each, under a "Notes" title. Printed at the end of the document they came after the
 * signature block, untitled, and a short last page held only the notes. The DOCX keeps Word
 * footnotes at the foot of the page: a note printed near its first use in both.
 */
import type { Footnote } from '../../model/checklist.js';
import type { ViewBlock } from '../../model/view.js';
import { PART_IDS, TITLES } from './labels.js';

/** The `notes` partial's context. */
export interface NotesData {
  id: string;
  heading: string;
  notes: Footnote[];
}

/** The numbers of the notes referred to anywhere in `value` (a chapter, a note), in document order. */
function referredNotes(value: unknown, into: number[] = []): number[] {
  if (Array.isArray(value)) for (const child of value) referredNotes(child, into);
  else if (typeof value === 'object' && value !== null) {
    const node = value as { kind?: unknown; number?: unknown };
    if (node.kind === 'footnote-ref' && typeof node.number === 'number') into.push(node.number);
    else for (const child of Object.values(value)) referredNotes(child, into);
  }
  return into;
}

// A note a note refers to is listed with it, in the order of the numbers.
const notesData = (notes: Footnote[], id?: string): NotesData => {
  const sorted = [...notes].sort((a, b) => a.number - b.number);
  return { id: id ?? `${PART_IDS.footnotes}-${sorted[0]!.number}`, heading: TITLES.footnotes, notes: sorted };
};

/**
 * Each chapter's notes (by its index in `body`), each note with the first chapter that refers
 * to it (or to a note that does); `rest`, printed at the end, those no chapter claims (a note
 * referred to before the first chapter, or in a part the layout adds).
 */
export function placeNotes(body: readonly ViewBlock[], footnotes: readonly Footnote[]): { chapters: Map<number, NotesData>; rest: NotesData | null } {
  const byNumber = new Map(footnotes.map((note) => [note.number, note]));
  const claimed = new Set<number>();
  const claim = (numbers: number[], into: Footnote[]) => {
    for (const number of numbers) {
      const note = byNumber.get(number);
      if (note === undefined || claimed.has(number)) continue;
      claimed.add(number);
      into.push(note);
      claim(referredNotes(note.children), into);
    }
  };
  const chapters = new Map<number, NotesData>();
  body.forEach((block, index) => {
    if (block.kind !== 'section') return;
    const notes: Footnote[] = [];
    claim(referredNotes(block), notes);
    if (notes.length > 0) chapters.set(index, notesData(notes));
  });
  const rest = footnotes.filter((note) => !claimed.has(note.number));
  return { chapters, rest: rest.length > 0 ? notesData(rest, PART_IDS.footnotes) : null };
}
