/**
 * The styles the body refers to, by id: the body says what a paragraph or run is, the styles
 * (styles.ts) say how it looks. Word's own ids where Word has the style (Caption, Quote,
 * Header, Hyperlink, Placeholder Text), so they meet a Word user's templates and habits.
 */

/** Paragraph styles. */
export const PARA = {
  subtitle: 'Subtitle',
  code: 'CodeBlock',
  tocHeading: 'TOCHeading',
  caption: 'Caption',
  quote: 'Quote',
  rule: 'HorizontalLine',
  header: 'Header',
  footer: 'Footer',
  /** The logo above the title. */
  logo: 'Logo',
  /** Text in a table cell. */
  tableText: 'TableText',
  /** A table's header row. */
  tableHeader: 'TableHeader',
  /** Bold text of a cell: an item's ID in a table of items, a total, the Executed row's label. */
  tableLabel: 'TableLabel',
  /** The label column of a label/value table (an item's rows, the overview, the title's facts): muted, as the HTML's. */
  tableRowLabel: 'TableRowLabel',
  /** The group rows of an item's components. */
  tableGroup: 'TableGroup',
  /** Small secondary text under a cell's text (an item's scope, a status's detail). */
  tableNote: 'TableNote',
  /** What the customer is asked to write, above the place to write it. */
  tablePrompt: 'TablePrompt',
  /** One line to write on, with room above it; `FillLines`: lines to write several on. */
  fillLine: 'FillLine',
  fillLines: 'FillLines',
  /** The small paragraph that keeps two tables apart. */
  spacer: 'TableSpacer',
} as const;

/** Character styles. */
export const CHAR = {
  hyperlink: 'Hyperlink',
  code: 'InlineCode',
  /** An answer box: ☐, or ☒ for the chosen option. */
  box: 'Checkbox',
  boxChecked: 'CheckboxChecked',
  /** What was answered: the chosen option, a value given, the party responsible. */
  answer: 'Answer',
  /** The line a write-in is written on (a tab with an underscore leader). */
  fillLine: 'FillLineChar',
  /** An example the customer's value replaces (a content control's placeholder). */
  placeholder: 'PlaceholderText',
  /** An item's review mark ("Changed since version …"). */
  review: 'ReviewMark',
  statusDone: 'StatusDone',
  statusOpen: 'StatusOpen',
  statusNone: 'StatusNone',
  /** Word's own style of a footnote's mark (superscript), for a further reference to a note. */
  footnoteReference: 'FootnoteReference',
  /** The address printed after a link's text (`<https://…>`). */
  linkAddress: 'LinkAddress',
  /** Text standing in for what is not there (an image's alt text). */
  subtle: 'SubtleEmphasis',
  /** Runs of a quoted list item, as the Quote style's text. */
  quote: 'QuoteChar',
} as const;

/** The one table style every table uses; each table's look (tblLook) says which parts apply. */
export const TABLE_STYLE = 'ChecklistTable';

/** The style of a table that only places others side by side (the summary's counts): no rules, no padding. */
export const LAYOUT_TABLE_STYLE = 'ChecklistLayout';
