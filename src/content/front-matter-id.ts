/**
 * The `id` a master's front matter gives it, read without parsing the master: a deployment
 * names its master by that `id`, which defaults to the file or folder name and may differ from
 * it (load-checklist.ts looks a master up by either, as `check` does).
 */
import { readInputText } from '../limits/input-file.js';

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The front matter's `id` when it is a string; undefined otherwise (none, or YAML that does not read). */
export async function frontMatterId(file: string): Promise<string | undefined> {
  const block = FRONT_MATTER.exec(await readInputText(file).catch(() => ''));
  if (!block) return undefined;
  // Loaded here only: finding a master by its file name, the common case, loads no YAML.
  const { parse } = await import('yaml');
  try {
    const data: unknown = parse(block[1]!);
    const id = data !== null && typeof data === 'object' ? (data as Record<string, unknown>).id : undefined;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined; // the master's own check reports its YAML
  }
}
