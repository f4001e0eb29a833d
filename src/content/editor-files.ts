/**
 * Files an editor keeps beside the file it edits, while it edits: Emacs' lock (`.#01-general.md`,
 * a link to nowhere) and auto-save (`#01-general.md#`), backups (`01-general.md~`), Vim's swap
 * (`.01-general.md.swp`) and other hidden files (macOS's `._01-general.md`). None is a part of a
 * master or a deployment, and none is worth a warning: they come and go as an author works, and
 * `checklist serve` runs beside the editor all afternoon.
 */
export function isEditorFile(name: string): boolean {
  return name.startsWith('.') || name.startsWith('#') || name.endsWith('~');
}
