/**
 * V8's optimizing compiler, tuned for a short process: no inlining, no loop peeling, no escape
 * analysis. `--trace-opt` counted over 800 optimizations and over 130 deoptimizations (most for
 * a "wrong map") in a process that read a master and rendered six DOCX: compiling the DOCX
 * layout's many small helpers into large optimized functions, and compiling them again each
 * time an object shape turned out other, cost more than the faster code saved. Interleaved
 * runs: ten DOCX in one build 6.0 → 5.0 s (CPU 11.6 → 9.7 s), one as fast as before, ten PDF
 * builds 4 % less CPU (bench/README.md).
 *
 * Set through `v8.setFlagsFromString` by the CLI (before its modules load) and by its worker
 * processes, not as command-line options: a V8 without one of the flags says so on stderr and
 * goes on, where Node refuses to start with an unknown option. V8 has had all three since
 * TurboFan came.
 */
import { setFlagsFromString } from 'node:v8';

export const V8_FLAGS = ['--no-turbo-inlining', '--no-turbo-loop-peeling', '--no-turbo-escape'] as const;

let tuned = false;

export function tuneV8(): void {
  setFlagsFromString(V8_FLAGS.join(' '));
  tuned = true;
}

/** The flags this process set (V8's compiled code depends on them: layout-cache.ts). */
export function v8Tuning(): string {
  return tuned ? V8_FLAGS.join(' ') : '';
}
