/** The build manifest's file name in the output folder (manifest.ts); alone, for the CLI's first moments (early-start.ts). */
export const MANIFEST_NAME = '.checklist-build.json';
