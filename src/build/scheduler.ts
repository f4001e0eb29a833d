/**
 * Runs a piece of work for each item, at most `jobs` at once, in the items' order. The first
 * failure stops the others from taking more items; the work already running ends, then the
 * first error is thrown. One scheduler for every build, whatever the number of cores.
 */
export async function forEachLimited<T>(items: readonly T[], jobs: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, worker));
  if (failure) throw failure.error;
}
