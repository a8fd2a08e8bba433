// Libraries loaded on first use rather than when the program starts: refa (1 MB), re2js and avsc are only needed
// when a judgement reasons about patterns, a contract's pattern is matched, or a file is Avro; undici (770 KB) when
// the Action's GitHub client is given a proxy (src/github/undici-on-demand.ts). CommonJS on purpose:
// a require() inside a function is bundled by esbuild as a factory run on its first call, which an ESM import
// (hoisted, run at start-up) is not.
'use strict';
let refa;
let avsc;
let re2js;
let undici;
exports.refa = () => (refa ??= require('refa'));
// avsc with its IDL reader made linear (avsc-linear.cjs)
exports.avsc = () => (avsc ??= require('./avsc-linear.cjs'));
exports.re2js = () => (re2js ??= require('re2js'));
exports.undici = () => (undici ??= require('undici'));
