// CPU time of a command and of every process it starts (Chromium's helpers, pandoc's runtime),
// where this machine lets the bench count it: a cgroup-v1 cpuacct group (Linux, as root). The
// wall clock of a shared or virtual machine varies with its other work; CPU time much less.
// Elsewhere `cpuGroup()` is null and the bench reports wall time alone. bench/cgtime.mjs does the
// same for one command from a shell.
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rmdir } from 'node:fs/promises';
import { join } from 'node:path';

const CPUACCT = '/sys/fs/cgroup/cpuacct';

const available = (() => {
  try {
    accessSync(CPUACCT, constants.W_OK);
    return true;
  } catch {
    return false;
  }
})();

/**
 * A fresh group, or null. `wrap(command, args)` gives the command line that joins the group
 * before it becomes `command` (the same process: its pid is the command's); `cpuMs()` reads the
 * CPU the group's processes used; `remove()` ends what is left in it and removes it.
 */
export async function cpuGroup() {
  if (!available) return null;
  const dir = await mkdtemp(join(CPUACCT, 'checklist-bench-'));
  return {
    wrap: (command, args) => ['/bin/sh', ['-c', 'echo $$ > "$0/cgroup.procs" && exec "$@"', dir, command, ...args]],
    cpuMs: async () => Number(await readFile(join(dir, 'cpuacct.usage'), 'utf8')) / 1e6,
    async remove() {
      for (const pid of (await readFile(join(dir, 'cgroup.procs'), 'utf8')).split('\n').filter(Boolean)) {
        try {
          process.kill(Number(pid), 'SIGKILL');
        } catch {}
      }
      for (let attempt = 0; attempt < 50; attempt++) {
        try {
          return await rmdir(dir);
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 20)); // its last processes are still exiting
        }
      }
    },
  };
}

/** Runs `start(wrap)` (which starts the command through `wrap` and resolves when it is done); its result and the CPU it took, or null. */
export async function withCpu(start) {
  const group = await cpuGroup();
  try {
    const result = await start(group ? group.wrap : (command, args) => [command, args]);
    return { result, cpuMs: group ? await group.cpuMs() : null };
  } finally {
    await group?.remove();
  }
}
