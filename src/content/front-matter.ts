/**
 * Front matter: YAML read as data only (the core schema: no tags that build code or custom
 * types), checked field by field with positions.
 */
import { LineCounter, Scalar, isMap, isScalar, isSeq, parseDocument, visit, type Node as YamlNode } from 'yaml';
import type { ChecklistMeta, HistoryEntry, RetiredItem, SourcePlace } from '../model/checklist.js';
import { normalizeLabel } from '../model/labels.js';
import { meantKey, nearest } from './near-miss.js';
import { readRetired } from './retired.js';
import { isIsoDate } from './iso-date.js';
import { isPathLikeId } from '../deployment/checklist-path.js';

export interface FrontMatterProblem {
  place: SourcePlace;
  reason: string;
  ruleId: string;
  severity: 'error' | 'warning';
}

const knownKeys = new Set(['id', 'title', 'product', 'version', 'date', 'documentId', 'levels', 'components', 'history', 'retired']);

export interface FrontMatter {
  meta: ChecklistMeta;
  problems: FrontMatterProblem[];
  /**
   * False when `levels` or `components` could not be read (a YAML error, a wrong value, a
   * misspelt key): the items' level and component checks are then skipped, so that one
   * front-matter mistake is one message, not one per item.
   */
  trusted: { levels: boolean; components: boolean };
  /** Front matter `retired:`: IDs removed from the checklist. */
  retired: RetiredItem[];
}

/**
 * Parses the YAML of the front matter. `value` is the YAML text, `placeAt(line, column)` maps
 * a 1-based line of that text to the source. Returns the metadata and any problems.
 */
/** A value wholly in typographic quotes: “…”, „…“, «…», ‘…’, ‚…‘, ‹…›. */
const typographicQuotes = /^[\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019\u201A\u2039\u203A][\s\S]*[\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019\u201A\u2039\u203A]$/;

export function readFrontMatter(
  value: string | null,
  defaultId: string,
  placeAt: (line: number, column: number) => SourcePlace,
): FrontMatter {
  const trusted = { levels: false, components: false };
  const problems: FrontMatterProblem[] = [];
  const meta: ChecklistMeta = {
    id: defaultId,
    title: '',
    product: '',
    version: '',
    date: '',
    documentId: '',
    levels: [],
    components: [],
    history: [],
  };
  const top = placeAt(0, 1);
  if (value === null) {
    problems.push({
      place: top,
      reason: 'Missing front matter: start the file with `---`, `version: "1.0"`, `date: 2025-01-31`, `---`',
      ruleId: 'front-matter',
      severity: 'error',
    });
    return { meta, problems, trusted, retired: [] };
  }

  const lineCounter = new LineCounter();
  // prettyErrors off: its text repeats the position counted within the YAML, not the file.
  const doc = parseDocument(value, { schema: 'core', lineCounter, uniqueKeys: true, prettyErrors: false });
  const placeOf = (node: YamlNode | null | undefined): SourcePlace => {
    if (!node?.range) return top;
    const { line, col } = lineCounter.linePos(node.range[0]);
    return placeAt(line, col);
  };
  const problem = (place: SourcePlace, reason: string, ruleId = 'front-matter', severity: 'error' | 'warning' = 'error') =>
    problems.push({ place, reason, ruleId, severity });

  for (const issue of [...doc.errors, ...doc.warnings]) {
    const position = lineCounter.linePos(issue.pos[0]);
    const place = placeAt(position.line, position.col);
    const isTag = issue.code === 'TAG_RESOLVE_FAILED' || /tag/i.test(issue.message);
    problem(
      place,
      isTag
        ? `YAML tag is not allowed: front matter is data only (${firstLine(issue.message)})`
        : `Front matter is not valid YAML: ${firstLine(issue.message)}`,
      isTag ? 'yaml-tag' : 'yaml',
    );
  }
  if (doc.errors.length > 0) return { meta, problems, trusted, retired: [] };

  // `title: Product #1 Guide`: YAML reads ` #1 Guide` as a comment, and the title ends at "Product".
  visit(doc, {
    Scalar(_key, node) {
      // `version: “1.0”` (a word processor's quotes): YAML quotes only with straight ones, so
      // these are part of the value and print (and a deployment's "1.0" no longer matches).
      if (node.type === Scalar.PLAIN && typeof node.value === 'string' && typographicQuotes.test(node.value)) {
        const bare = node.value.slice(1, -1);
        problem(placeOf(node), `${node.value.slice(0, 40)} is written in typographic quotes, which YAML keeps as part of the value, so they are printed: write straight quotes ("${bare.slice(0, 30)}") or none`, 'typographic-quotes', 'warning');
      }
      // `date: 2025-03-01 # release` is a comment as meant; `#1` right after the `#` is text.
      if (node.type !== Scalar.PLAIN || !node.comment || /^\s/.test(node.comment)) return;
      const cut = `${String(node.source ?? node.value)} #${node.comment}`;
      problem(placeOf(node), `The text after " #" in "${cut.slice(0, 60)}" is a YAML comment, so it is not printed: quote the value ("${cut.slice(0, 40)}")`, 'yaml-comment', 'warning');
    },
  });

  const contents = doc.contents;
  if (!isMap(contents)) {
    problem(top, 'Front matter must be a mapping of keys (`version: "1.0"`, `date: 2025-01-31`, …)');
    return { meta, problems, trusted, retired: [] };
  }

  const fields = new Map<string, { node: YamlNode | null; keyPlace: SourcePlace }>();
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyPlace = placeOf(pair.key as YamlNode);
    if (!knownKeys.has(key)) {
      // A near miss (`level:`, `titel:`) loses the value it holds: an error, with the key meant.
      // `History:` is `history` in another case: YAML keys are case-sensitive, so its value is lost.
      const meant = meantKey(key, [...knownKeys]);
      if (meant) problem(keyPlace, `Unknown front matter key \`${key}\`: did you mean \`${meant}\`?`, 'front-matter-key');
      else problem(keyPlace, `Unknown front matter key \`${key}\`: expected one of ${[...knownKeys].join(', ')}`, 'front-matter-key', 'warning');
      continue;
    }
    fields.set(key, { node: (pair.value as YamlNode | null) ?? null, keyPlace });
  }

  const text = (key: string, required: boolean): string => {
    const field = fields.get(key);
    if (!field) {
      if (required) problem(top, `Front matter is missing \`${key}\``, `missing-${key}`);
      return '';
    }
    const node = field.node;
    if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') && String(node.value).trim() !== '') {
      if (typeof node.value === 'number' && key === 'version') {
        problem(placeOf(node), numberVersion(node.source ?? String(node.value), node.value), 'version-number');
        return node.source ?? String(node.value);
      }
      // `documentId: 00031003225` or `product: 5.10`: a number printed otherwise than written.
      if (typeof node.value === 'number' && node.source !== undefined && node.source !== String(node.value)) {
        problem(placeOf(node), numberVersion(node.source, node.value, key), 'version-number');
        return node.source;
      }
      // A folded or literal block (`title: >`) ends in a line break, which would print.
      return String(node.value).trim();
    }
    problem(node ? placeOf(node) : field.keyPlace, `\`${key}\` must be a text value`, required ? `missing-${key}` : 'front-matter');
    return '';
  };
  const list = (key: string): string[] => {
    const field = fields.get(key);
    if (!field) return [];
    const raw: unknown = field.node ? (field.node as { toJSON(): unknown }).toJSON() : null;
    if (Array.isArray(raw) && raw.every((entry) => typeof entry === 'string' && entry.trim() !== '')) {
      return raw.map((entry: string) => entry.trim());
    }
    problem(field.node ? placeOf(field.node) : field.keyPlace, `\`${key}\` must be a list of names, e.g. [minimum, medium, maximum]`);
    return [];
  };

  const id = text('id', false);
  // Deployments name the master by its ID, and its output files carry it: a name, as a
  // deployment's `checklist` must be (src/deployment/checklist-path.ts), never a path.
  if (isPathLikeId(id)) {
    problem(placeOf(fields.get('id')?.node), `\`id\` "${id}" is a path, not a checklist ID: write a name with no / or \\ that does not start with a dot (without \`id\`, the ID is the file or folder name, "${defaultId}")`, 'front-matter-id');
  }
  meta.id = id !== '' && !isPathLikeId(id) ? id : defaultId;
  // `example-uc-sever` in the folder `example-uc-server`: deployments find the master by either
  // name, so nothing fails, but every output file and document carries the mistyped one.
  if (meta.id !== defaultId && nearest(meta.id, [defaultId]) !== undefined) {
    problem(placeOf(fields.get('id')?.node), `\`id\` "${meta.id}" is one typo from the master's file or folder name, "${defaultId}": every output file and document is named by the \`id\`: write "${defaultId}", or rename the file or folder if the \`id\` is meant`, 'front-matter-id', 'warning');
  }
  meta.title = text('title', false);
  meta.product = text('product', false);
  meta.version = text('version', true);
  meta.date = text('date', true);
  meta.documentId = text('documentId', false);
  const before = problems.length;
  meta.levels = list('levels');
  const levelsNode = fields.get('levels')?.node;
  const levelPlace = (index: number) => placeOf(isSeq(levelsNode) ? (levelsNode.items[index] as YamlNode) : levelsNode);
  // `medium` and `Medium` are one level to a reader, yet two to every match: an item of one
  // would apply at the other, and a deployment could choose either.
  const repeatedAt = meta.levels.findIndex((level, index) => meta.levels.findIndex((other) => other.toLowerCase() === level.toLowerCase()) !== index);
  const repeated = meta.levels[repeatedAt];
  if (repeated !== undefined) problem(levelPlace(repeatedAt), `\`levels\` names "${repeated}" twice${meta.levels.indexOf(repeated) < repeatedAt ? '' : ' (case aside)'}: each level once, lowest first`, 'front-matter');
  // `[minimum; medium; high]` is one level of that name, and no Target can name it (a Target
  // splits at ";" and ","-joined names read as one).
  const joinedAt = meta.levels.findIndex((level) => /[;,]/.test(level));
  const joined = meta.levels[joinedAt];
  if (joined !== undefined) {
    const names = joined.split(/[;,]/).map((name) => name.trim()).filter((name) => name !== '');
    problem(levelPlace(joinedAt), `\`levels\` names one level "${joined}": separate levels with "," inside the brackets, [${names.join(', ')}]; a level's name holds no ";" or ","`, 'front-matter');
  }
  trusted.levels = problems.length === before && !problems.some((entry) => entry.reason.includes('did you mean `levels`'));
  const ascending = ascendingOrder(meta.levels);
  // After `trusted`: the levels are read as written, so the items' checks still hold.
  if (ascending !== undefined && repeated === undefined) {
    problem(placeOf(fields.get('levels')?.node), `\`levels\` lists ${meta.levels.join(', ')}, but levels go lowest first (an item applies at its level and those after it), so items would apply where not meant: did you mean [${ascending.join(', ')}]?`, 'levels-order', 'warning');
  }
  const beforeComponents = problems.length;
  meta.components = list('components');
  trusted.components = problems.length === beforeComponents && !problems.some((entry) => entry.reason.includes('did you mean `components`'));
  // After `trusted`: rows match a component case and spaces aside, so both names still mean one server.
  const twice = meta.components.findIndex((name, index) => meta.components.findIndex((other) => normalizeLabel(other) === normalizeLabel(name)) !== index);
  const componentsNode = fields.get('components')?.node;
  if (twice >= 0) problem(placeOf(isSeq(componentsNode) ? (componentsNode.items[twice] as YamlNode) : componentsNode), `\`components\` names "${meta.components[twice]}" twice (case and spaces aside): a deployment's components and the items' rows match either, so the list reads as two servers where there is one; name each server once`, 'front-matter');
  if (meta.date && !isIsoDate(meta.date)) {
    problem(placeOf(fields.get('date')?.node), `\`date\` must be an ISO date (YYYY-MM-DD), not "${meta.date}"`, 'date');
  }
  meta.history = readHistory(fields.get('history'), placeOf, problem);
  const retired = readRetired(fields.get('retired')?.node ?? null, placeOf, problem);
  return { meta, problems, trusted, retired };
}

/**
 * Level names whose rank is known, lowest first. Vendors mix the series (`minimum, medium, high`,
 * `low, standard, maximum`), so each name is ranked on its own.
 */
const LEVEL_RANKS: ReadonlyArray<readonly string[]> = [
  ['minimum', 'min', 'low', 'basic'],
  ['medium', 'mid', 'standard'],
  ['maximum', 'max', 'high', 'advanced'],
];

/**
 * `levels: [maximum, medium, minimum]` or `[high, medium, minimum]`: known names in another
 * order, given lowest first as written (case kept); undefined when in order, or when a name has
 * no known rank or two names share one (`[low, minimum]`: which is lower is the author's call).
 */
function ascendingOrder(levels: readonly string[]): string[] | undefined {
  const ranks = levels.map((level) => LEVEL_RANKS.findIndex((names) => names.includes(level.toLowerCase())));
  if (ranks.some((rank) => rank < 0) || new Set(ranks).size !== ranks.length) return undefined;
  const rankOf = new Map(levels.map((level, index) => [level, ranks[index] ?? 0]));
  const sorted = [...levels].sort((a, b) => (rankOf.get(a) ?? 0) - (rankOf.get(b) ?? 0));
  return sorted.some((level, index) => level !== levels[index]) ? sorted : undefined;
}

/** YAML reads `version: 1.10` as the number 1.1: the printed version would be wrong. */
function numberVersion(written: string, value: number, key = 'version'): string {
  const printed = String(value);
  const lost = printed === written ? '' : ` (YAML reads ${written} as the number ${printed})`;
  return `\`${key}\` ${written} is read as a number${lost}: quote it, ${key}: "${written}"`;
}

const HISTORY_KEYS = ['date', 'version', 'description'];

function readHistory(
  field: { node: YamlNode | null; keyPlace: SourcePlace } | undefined,
  placeOf: (node: YamlNode | null | undefined) => SourcePlace,
  problem: (place: SourcePlace, reason: string, ruleId?: string, severity?: 'error' | 'warning') => void,
): HistoryEntry[] {
  if (!field) return [];
  const node = field.node;
  if (!isSeq(node)) {
    problem(node ? placeOf(node) : field.keyPlace, '`history` must be a list of { date, version, description }');
    return [];
  }
  const entries: HistoryEntry[] = [];
  let previous: HistoryEntry | undefined; // the last entry with a valid date
  for (const entry of node.items) {
    if (!isMap(entry)) {
      problem(placeOf(entry as YamlNode), 'A `history` entry must be { date, version, description }');
      continue;
    }
    const value = (key: string): YamlNode | null => (entry.get(key, true) as YamlNode | undefined) ?? null;
    for (const pair of entry.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (HISTORY_KEYS.includes(key)) continue;
      const meant = meantKey(key, HISTORY_KEYS);
      problem(placeOf(pair.key as YamlNode), `Unknown key \`${key}\` in a \`history\` entry, so its value is not printed: ${meant ? `did you mean \`${meant}\`?` : `use ${HISTORY_KEYS.join(', ')}`}`, 'front-matter-key');
    }
    const text = (key: string): string => {
      const scalar = value(key);
      return isScalar(scalar) && scalar.value !== null ? String(scalar.value) : '';
    };
    const version = value('version');
    if (isScalar(version) && typeof version.value === 'number') {
      problem(placeOf(version), numberVersion(version.source ?? String(version.value), version.value).replace('`version`', 'History version'), 'version-number');
    }
    const date = text('date');
    if (!isIsoDate(date)) problem(placeOf(value('date') ?? entry), `History date must be an ISO date (YYYY-MM-DD), not "${date}"`, 'date');
    if (value('description') === null) problem(placeOf(entry), 'A `history` entry needs a `description`');
    const read = { date, version: isScalar(version) && typeof version.value === 'number' ? (version.source ?? String(version.value)) : text('version'), description: text('description') };
    entries.push(read);
    if (!isIsoDate(date)) continue;
    // Printed as written: a date out of order is a typo in the date or an entry in the wrong place.
    if (previous !== undefined && date < previous.date) {
      problem(placeOf(value('date') ?? entry), `History entry ${read.version || '(no version)'} is dated ${date}, before the entry above it (${previous.version || '(no version)'}, ${previous.date}): the history lists the oldest first; check the date or the order`, 'history-order', 'warning');
    }
    previous = read;
  }
  return entries;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
