#!/usr/bin/env node
// `node bench/cgtime.mjs CMD [ARGS…]`: runs a command and prints, on stderr, its wall time and
// the CPU time of it and every process it starts (Chromium's helpers too), counted as the bench
// counts it (cpu-group.mjs: a cgroup-v1 cpuacct group, Linux, as root; elsewhere wall time
// only). Exits with the command's code.
import { spawn } from 'node:child_process';
import { withCpu } from './cpu-group.mjs';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write('usage: node bench/cgtime.mjs CMD [ARGS…]\n');
  process.exit(2);
}
const started = performance.now();
const { result: code, cpuMs } = await withCpu(
  (wrap) => new Promise((done) => spawn(...wrap(command, args), { stdio: 'inherit' }).on('close', (exit) => done(exit ?? 1))),
);
const cpu = cpuMs === null ? 'not counted here' : `${Math.round(cpuMs)} ms (all processes)`;
process.stderr.write(`cgtime: wall ${Math.round(performance.now() - started)} ms, cpu ${cpu}, exit ${code}\n`);
process.exit(code);
