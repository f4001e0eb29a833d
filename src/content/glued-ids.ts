/**
 * An item ID split by a space before its number (`| CL-SVC 2 … |`, see reportSplitId), or run
 * into the word after it (`| CL-VPN4OpenScape Concierge V5 |`): the word joins the ID, so
 * the ID a deployment answers is lost and the scope loses its first word. A warning, where the
 * master shows what was meant, in one of two ways:
 * - the master's other IDs are the same prefix and a number (`CL-VPN1`, `CL-VPN3`);
 * - for an item with no such siblings: the ID's last capitalised word(s) with the scope after
 *   them spell exactly a scope the master writes elsewhere, another item's or the front
 *   matter's `product` (`CL-SMTP1OpenScape Concierge V5R0` beside items scoped
 *   `OpenScape Concierge V5R0`). An ID that only ends in a word (`CL-CleanDeployment`,
 *   `CL-BIOS-writeprotection`, `CL-Win10Hardening`) matches no scope and passes.
 */
import type { ClItem } from '../model/checklist.js';
import type { BuildContext } from './context.js';

/** `CL-VPN4OpenScape`: a prefix, a number, then a capitalised word with no space before it. */
const gluedId = /^(CL-.*?\D)(\d+)([A-Z][a-z].*)$/;

const normal = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Where a capitalised word starts inside the ID, after a letter or a digit (`VPN4|Open|Scape`), first to last. */
function wordStarts(id: string): number[] {
  const starts: number[] = [];
  for (let index = 4; index < id.length - 1; index += 1) {
    if (/[A-Z]/.test(id[index]!) && /[a-z]/.test(id[index + 1]!) && /[A-Za-z0-9]/.test(id[index - 1]!)) starts.push(index);
  }
  return starts;
}

export function reportGluedIds(items: readonly ClItem[], product: string, context: BuildContext): void {
  for (const item of items) {
    if (!reportBesideSiblings(item, items, context)) reportByScope(item, items, product, context);
    reportSplitId(item, context);
  }
}

/** A scope that starts with a number alone (`| CL-SVC 2 Example PBX |`): the ID's own number, a space before it. */
const numberFirst = /^(\d+[a-z]?)(?:\s|$)/;

/**
 * `| CL-SVC 2 Example PBX |`: a space typed inside the ID, before its number. The item is
 * `CL-SVC` and its scope starts with "2", so the ID deployments answer and links name reaches
 * nothing; an ID that ends in a digit already (`CL-FW1 2 servers`) passes.
 */
function reportSplitId(item: ClItem, context: BuildContext): void {
  const number = numberFirst.exec(item.scope)?.[1];
  if (number === undefined || /\d$/.test(item.id)) return;
  context.warning(
    item.place,
    `Item ID ${item.id} is followed by "${number}" after a space, so "${number}" starts the scope and the item is ${item.id}: an answer or a link to ${item.id}${number} reaches no item; did you mean "${item.id}${number}"?`,
    'split-id',
  );
}

/** The rule of the siblings: whether it told. */
function reportBesideSiblings(item: ClItem, items: readonly ClItem[], context: BuildContext): boolean {
  const [, prefix = '', number = '', word = ''] = gluedId.exec(item.id) ?? [];
  if (word === '') return false;
  const siblings = items.map((other) => other.id).filter((id) => id.startsWith(prefix) && /^\d+$/.test(id.slice(prefix.length)));
  if (siblings.length === 0) return false;
  const meant = `${prefix}${number} ${word}${item.scope === '' ? '' : ` ${item.scope}`}`;
  context.warning(
    item.place,
    `Item ID ${item.id} has no space before "${word}" (the other IDs, ${siblings.slice(0, 3).join(', ')}, are ${prefix} and a number), so "${word}" is part of the ID, not of the scope: did you mean "${meant.slice(0, 60)}"?`,
    'glued-id',
  );
  return true;
}

/** The rule of the scopes: the ID's end and the scope read as a scope written elsewhere. */
function reportByScope(item: ClItem, items: readonly ClItem[], product: string, context: BuildContext): void {
  const scopes = new Map<string, string>();
  if (product.trim() !== '') scopes.set(normal(product), 'the product\'s name in the front matter');
  for (const other of items) {
    if (other !== item && other.scope !== '' && !scopes.has(normal(other.scope))) scopes.set(normal(other.scope), `the scope of ${other.id}`);
  }
  for (const start of wordStarts(item.id)) {
    const tail = item.id.slice(start);
    const scope = `${tail}${item.scope === '' ? '' : ` ${item.scope}`}`;
    const where = scopes.get(normal(scope));
    if (where === undefined) continue;
    context.warning(
      item.place,
      `Item ID ${item.id} has no space before "${tail}": "${scope.slice(0, 60)}" is ${where}, so "${tail}" is part of the ID, not of the scope: did you mean "${item.id.slice(0, start)} ${scope.slice(0, 60)}"?`,
      'glued-id',
    );
    return;
  }
}
