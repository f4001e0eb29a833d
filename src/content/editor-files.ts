/**
 * Files an editor keeps beside the file it edits, while it edits: Emacs' lock (`.#01-general.md`,
 * a link to nowhere) and auto-save (`#01-general.md#`), backups (`01-general.md~`), Vim's swap
 * (`.01-general.md.swp`, `.swo`, …), JetBrains' safe write (`01-general.md___jb_tmp___`,
 * `___jb_old___`) and macOS's resource forks (`._01-general.md`). None is a
 * part of a master or a deployment, and none is worth a warning: they come and go as an author
 * works, and `checklist serve` runs beside the editor all afternoon (a backup whose chapter is
 * gone is the exception, reported where a folder master is read). Other names starting with a
 * dot are read as any other (`..json` is refused for its name, by design).
 */
export function isEditorFile(name: string): boolean {
  return name.startsWith('.#') || name.startsWith('._') || /^#.*#$/.test(name) || name.endsWith('~') || /^\..+\.sw[a-p]$/.test(name) || /___jb_(tmp|old)___$/.test(name);
}
