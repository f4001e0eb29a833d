/**
 * Front matter: YAML read as data only (the core schema: no tags that build code or custom
 * types), checked field by field with positions.
 */
import { LineCounter, isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import type { ChecklistMeta, HistoryEntry, SourcePlace } from '../model/checklist.js';

export interface FrontMatterProblem {
  place: SourcePlace;
  reason: string;
  ruleId: string;
  severity: 'error' | 'warning';
}

const knownKeys = new Set(['id', 'title', 'product', 'version', 'date', 'documentId', 'levels', 'components', 'history']);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses the YAML of the front matter. `value` is the YAML text, `placeAt(line, column)` maps
 * a 1-based line of that text to the source. Returns the metadata and any problems.
 */
export function readFrontMatter(
  value: string | null,
  defaultId: string,
  placeAt: (line: number, column: number) => SourcePlace,
): { meta: ChecklistMeta; problems: FrontMatterProblem[] } {
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
    return { meta, problems };
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(value, { schema: 'core', lineCounter, uniqueKeys: true, prettyErrors: true });
  const placeOf = (node: YamlNode | null | undefined): SourcePlace => {
    if (!node?.range) return top;
    const { line, col } = lineCounter.linePos(node.range[0]);
    return placeAt(line, col);
  };
  const problem = (place: SourcePlace, reason: string, ruleId = 'front-matter', severity: 'error' | 'warning' = 'error') =>
    problems.push({ place, reason, ruleId, severity });

  for (const issue of [...doc.errors, ...doc.warnings]) {
    const position = issue.linePos?.[0];
    const place = position ? placeAt(position.line, position.col) : top;
    const isTag = issue.code === 'TAG_RESOLVE_FAILED' || /tag/i.test(issue.message);
    problem(
      place,
      isTag
        ? `YAML tag is not allowed: front matter is data only (${firstLine(issue.message)})`
        : `Front matter is not valid YAML: ${firstLine(issue.message)}`,
      isTag ? 'yaml-tag' : 'yaml',
    );
  }
  if (doc.errors.length > 0) return { meta, problems };

  const contents = doc.contents;
  if (!isMap(contents)) {
    problem(top, 'Front matter must be a mapping of keys (`version: "1.0"`, `date: 2025-01-31`, …)');
    return { meta, problems };
  }

  const fields = new Map<string, { node: YamlNode | null; keyPlace: SourcePlace }>();
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyPlace = placeOf(pair.key as YamlNode);
    if (!knownKeys.has(key)) {
      problem(keyPlace, `Unknown front matter key \`${key}\`: expected one of ${[...knownKeys].join(', ')}`, 'front-matter', 'warning');
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
        problem(placeOf(node), `Write \`version\` as a quoted string ("${node.source ?? node.value}"), so that 2.10 stays 2.10`, 'front-matter', 'warning');
        return node.source ?? String(node.value);
      }
      return String(node.value);
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

  meta.id = text('id', false) || defaultId;
  meta.title = text('title', false);
  meta.product = text('product', false);
  meta.version = text('version', true);
  meta.date = text('date', true);
  meta.documentId = text('documentId', false);
  meta.levels = list('levels');
  meta.components = list('components');
  if (meta.date && !isoDate.test(meta.date)) {
    problem(placeOf(fields.get('date')?.node), `\`date\` must be an ISO date (YYYY-MM-DD), not "${meta.date}"`, 'missing-date');
  }
  meta.history = readHistory(fields.get('history'), placeOf, problem);
  return { meta, problems };
}

function readHistory(
  field: { node: YamlNode | null; keyPlace: SourcePlace } | undefined,
  placeOf: (node: YamlNode | null | undefined) => SourcePlace,
  problem: (place: SourcePlace, reason: string) => void,
): HistoryEntry[] {
  if (!field) return [];
  const raw: unknown = field.node ? (field.node as { toJSON(): unknown }).toJSON() : null;
  const entries = Array.isArray(raw) ? raw : null;
  const valid = entries?.every(
    (entry: unknown) => typeof entry === 'object' && entry !== null && 'date' in entry && 'description' in entry,
  );
  if (!entries || !valid) {
    problem(placeOf(field.node) ?? field.keyPlace, '`history` must be a list of { date, version, description }');
    return [];
  }
  return entries.map((entry: Record<string, unknown>) => ({
    date: String(entry['date'] ?? ''),
    version: String(entry['version'] ?? ''),
    description: String(entry['description'] ?? ''),
  }));
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
