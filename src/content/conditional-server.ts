/**
 * `| Backup node (if present) | Yes / No |`: a server's row written with the condition a Word
 * form spelt out. Only a row named exactly as a front-matter component is left out where the
 * deployment lacks that server, so this one is a part row: every customer sees it, and one
 * without a backup node has a box that keeps the item open until ticked. A row that names a
 * server and a part of it (`Main server database`) is a part as meant and stays quiet.
 */
import type { ComponentRow } from '../model/checklist.js';
import { normalizeLabel } from '../model/labels.js';
import type { BuildContext } from './context.js';

/** What follows a server's name when the row means "this server, where there is one". */
const presence = /^[\s,;:–-]*\(?\s*(?:only\s+)?(?:(?:if|where|when|wherever)\s+(?:present|any|installed|available|used|existing|applicable|deployed|in use)|optional(?:ly)?|if\s+there\s+is\s+one)\s*\)?[\s.]*$/i;

/** The front-matter server a row names with a presence condition after it, or undefined. */
export function conditionalServer(label: string, components: readonly string[]): string | undefined {
  const written = normalizeLabel(label);
  return components.find((server) => {
    const name = normalizeLabel(server);
    return written.startsWith(name) && presence.test(written.slice(name.length));
  });
}

export function reportConditionalServer(row: ComponentRow, id: string, components: readonly string[], context: BuildContext): void {
  const server = conditionalServer(row.label, components);
  if (server === undefined) return;
  context.warning(
    row.place,
    `Component row "${row.label}" of ${id} is not the server "${server}" but a part row, so every customer sees it, those without a ${server} too, and their item stays open until it is ticked: name the row "${server}", which is left out where the deployment has no ${server}`,
    'conditional-server',
  );
}
