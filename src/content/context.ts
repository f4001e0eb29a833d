/** State shared while one checklist's syntax tree is turned into the model. */
import type { Node } from 'unist';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Inline, SourcePlace } from '../model/checklist.js';
import type { ChecklistSource } from './read-sources.js';

/** An in-document link waiting for every anchor to be known. */
export interface PendingXref {
  node: Extract<Inline, { kind: 'xref' }>;
  /** The link had no text: fill it with the target's number and title. */
  emptyText: boolean;
  place: SourcePlace;
}

export class BuildContext {
  readonly pendingXrefs: PendingXref[] = [];
  /** Link reference definitions: normalized label → URL. */
  readonly definitions = new Map<string, string>();
  /** Footnote labels in order of first reference. */
  readonly footnoteNumbers = new Map<string, number>();

  constructor(
    readonly source: ChecklistSource,
    readonly diagnostics: Diagnostics,
  ) {}

  /** The source place of a node (its start), or of a line/column of the joined text. */
  place(node: Node | undefined): SourcePlace {
    const start = node?.position?.start;
    return this.source.placeOf(start?.line ?? 1, start?.column ?? 1);
  }

  error(place: SourcePlace, reason: string, ruleId: string): void {
    this.diagnostics.error(place.file, place, reason, ruleId);
  }

  warning(place: SourcePlace, reason: string, ruleId: string): void {
    this.diagnostics.warning(place.file, place, reason, ruleId);
  }
}
