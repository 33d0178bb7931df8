#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { run } from './program.js';

// Let each JavaScript heap grow to twice what the last full collection kept, not V8's default of up to four times.
// A long import or parse keeps little alive, so with the default the heaps swell far past what they hold between
// collections, and peak memory with them; the tighter limit costs no measurable speed (V8 reads the flag at each
// collection, in every thread). Figures: bench/RESULTS.md, "Figures moved from source comments".
setFlagsFromString('--heap-growing-percent=100');
// Compile every regular expression to machine code on first use instead of interpreting it first. The remedy rules
// run a few hundred patterns (some thousands of characters of word lists) over every page: V8's interpreter tier only
// pays off for a pattern run a handful of times, and here each thread would otherwise build, run and then re-compile
// each one. Matching is the same; set before any pattern is made, and inherited by the parse workers.
setFlagsFromString('--no-regexp-tier-up');

process.exitCode = await run(process.argv);
