/**
 * How many cases a property test tries. `npm test` (the whole suite, CI) runs each property as
 * often as its test asks; `npm run test:unit` (each save) sets CHECKLIST_QUICK_PROPERTIES=1 and
 * tries QUICK_RUNS cases of each, so the properties still run, cheaply. A property that names
 * no count gets fast-check's global one (set the same way by test/helpers/quick-properties.ts).
 */
export const QUICK_RUNS = 10;

export const quickProperties = process.env.CHECKLIST_QUICK_PROPERTIES === '1';

/** `{ numRuns: runs(300) }`: 300 cases in the whole suite, QUICK_RUNS in the unit run. */
export const runs = (full: number): number => (quickProperties ? Math.min(full, QUICK_RUNS) : full);
