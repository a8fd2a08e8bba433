// avsc, its IDL reader and its enum and union resolution made linear. Each lookahead that does not match (a field's optional Javadoc, an
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

// and its enum resolution: whether every writer symbol is the reader's was asked with `indexOf`, once a symbol, so an
// enum of 100,000 symbols took 6 s; here each is looked up in the reader's index (its own keys: `constructor` too)
const EnumType = avsc.types && avsc.types.EnumType;
const update = EnumType && EnumType.prototype._update;
const indexed = new WeakMap(); // each enum type as `_update` reads it, made once (a witness search resolves many times)
if (typeof update === 'function' && !update.linear) {
  EnumType.prototype._update = Object.assign(
    function (resolver, type, opts) {
      let reader = indexed.get(this);
      if (!reader) {
        const indices = this._indices;
        const symbols = Object.assign(this.symbols.slice(), {
          indexOf: (s) => (Object.prototype.hasOwnProperty.call(indices, s) ? indices[s] : -1),
        });
        indexed.set(this, (reader = Object.create(this, { symbols: { value: symbols } })));
      }
      return update.call(reader, resolver, type, opts);
    },
    { linear: true },
  );
}

// and its union resolution: a writer's named type was tried against every branch of a reader's union in turn, each
// miss building and throwing an error, so a union of 2,000 records resolving another took 20 s. A named reader branch
// whose name and aliases do not match the writer's name never resolves it (avsc's own rule: hasCompatibleName), so it
// is not tried; the rest are tried in their order, as before.
const NAMED = new Set(['record', 'error', 'enum', 'fixed']);
for (const Union of [avsc.types && avsc.types.WrappedUnionType, avsc.types && avsc.types.UnwrappedUnionType]) {
  const tried = Union && Union.prototype._update;
  if (typeof tried !== 'function' || tried.linear) continue;
  Union.prototype._update = Object.assign(
    function (resolver, type, opts) {
      if (!type.name || !NAMED.has(type.typeName)) return tried.call(this, resolver, type, opts);
      const strict = !(opts && opts.ignoreNamespaces);
      const named = (n) => (strict ? n : n.slice(n.lastIndexOf('.') + 1));
      const wanted = named(type.name);
      const types = this.types.filter(
        (t) => !NAMED.has(t.typeName) || [t.name, ...(t.aliases || [])].some((a) => a && named(a) === wanted),
      );
      if (types.length === this.types.length) return tried.call(this, resolver, type, opts);
      return tried.call(Object.create(this, { types: { value: types } }), resolver, type, opts);
    },
    { linear: true },
  );
}

/** Tokenizer.error's message, without the line it counts (an unterminated comment still names its offset). */
function uncounted(reason, context) {
  return new Error(typeof context === 'number' ? `${reason} {"pos":${context}}` : `invalid token ${JSON.stringify(context)}: ${reason}`);
}

module.exports = avsc;
