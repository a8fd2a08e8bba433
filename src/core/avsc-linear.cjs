// avsc, its IDL reader made linear in the file. Each lookahead that does not match (a field's optional Javadoc, an
// optional `=`) built an error whose line number it counted from the file's first character, then dropped it: 4,000
// fields took 1.8 s and 20,000 over a minute. A lookahead's error is never shown, so it is built without counting.
'use strict';
const avsc = require('avsc');
const { Tokenizer } = require('avsc/lib/specs');

// avsc's internals: should they change, the test of a 20,000-field IDL (test/security.test.ts) says so
const next = Tokenizer && Tokenizer.prototype.next;
if (typeof next === 'function' && !next.linear) {
  Tokenizer.prototype.next = Object.assign(
    function (opts) {
      if (!opts || !opts.silent) return next.call(this, opts);
      this.error = uncounted;
      try {
        return next.call(this, opts);
      } finally {
        delete this.error;
      }
    },
    { linear: true },
  );
}

/** Tokenizer.error's message, without the line it counts (an unterminated comment still names its offset). */
function uncounted(reason, context) {
  return new Error(typeof context === 'number' ? `${reason} {"pos":${context}}` : `invalid token ${JSON.stringify(context)}: ${reason}`);
}

module.exports = avsc;
