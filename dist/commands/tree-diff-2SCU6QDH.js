import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  COMPATIBLE_HINTS,
  Documents,
  abridges,
  codeSpan,
  emittedId,
  fill,
  getRule,
  ownId,
  require_formats,
  require_ucs2length,
  ruleHint,
  ruleLevel,
  ruleMigrate,
  safeFormat,
  safePattern,
  safeRegExpEngine,
  sameContent,
  sha256,
  show,
  toLf,
  unsafeReason
} from "./chunk-QIUMXQTK.js";
import {
  ANNOTATIONS,
  DROP,
  InputError,
  KEEP,
  Oversized,
  Queue,
  RewrittenCopy,
  TYPES,
  TYPE_KEYWORDS,
  acceptsAll,
  assertions,
  compileSize,
  completeClosure,
  detectKind,
  hasExternalRef,
  holdsData,
  isAvroFile,
  isBinary,
  isBug,
  isContractKind,
  isContractName,
  isObj,
  isToolingName,
  isTopicCatalog,
  judgedDocument,
  keywordCost,
  leftOut,
  moduleOfAnyPath,
  namesSchemas,
  num,
  otherVersion,
  pathVersion,
  patternCost,
  patternsAt,
  predecessors,
  pushSchemaChildren,
  putOwn,
  reachedFrom,
  relocator,
  require_libraries,
  roleFromPath,
  someNode,
  someSchemaNode,
  typeOfValue,
  typesOf,
  unjudgedFormat,
  unlessUnreadable,
  without
} from "./chunk-SISG3UZI.js";
import {
  __commonJS,
  __toESM,
  levelRank,
  localRefTokens,
  maxLevel,
  pointerJoin,
  pointerTokens,
  pushTo,
  refTarget,
  sortChanges
} from "./chunk-QGZXPBIK.js";

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey2 = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey2);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey2, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj2, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj2})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj2), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef2(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef2(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef2))
          return true;
        if (typeof sch == "object" && hasRef2(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append2, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append2, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append2, errorPaths);
      }
      _error(append2, errorPaths) {
        ;
        (append2 ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj2, assign) {
        if (assign)
          Object.assign(this.params, obj2);
        else
          this.params = obj2;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments2 = jsonPointer.split("/");
      for (const segment of segments2) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve2.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve2(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments2 = path.split("/");
      const last = segments2.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments2[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve2(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve2,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions2) {
        for (const def of definitions2)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text2, msg) => text2 + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments2 = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments2)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt2 = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt2}.validate`];
            }
            return ["string", fmtDef, fmt2];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content = require_content();
    var core = require_core3();
    var format = require_format_annotation();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt2 = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt2} != "object"`, (0, codegen_1._)`${fmt2} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt2}.compare != "function"`, compareCode(fmt2)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt2 = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt2));
        }
        function compareCode(fmt2) {
          return (0, codegen_1._)`${fmt2}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv) => {
      ajv.addKeyword(exports.formatLimitDefinition);
      return ajv;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName2 = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv, opts, formats_1.fullFormats, fullName2);
        return ajv;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName2];
      const list = opts.formats || formats_1.formatNames;
      addFormats2(ajv, list, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv);
      return ajv;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv, list, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// src/core/diff/avro-diff.ts
var import_libraries = __toESM(require_libraries(), 1);

// src/core/diff/sink.ts
var ChangeSink = class {
  /** `moved`: files the change moved, old path → new; a change found at an old path (a removal) is reported at the new one. */
  constructor(moved2 = /* @__PURE__ */ new Map()) {
    this.moved = moved2;
  }
  moved;
  changes = [];
  keys = /* @__PURE__ */ new Map();
  /**
   * While one pair of files is compared, where its base files are reported: a new version compared with the one before
   * it reports a removal at the new version's file, not as an edit of the published one.
   */
  relocate;
  to(file) {
    return this.moved.get(file) ?? this.relocate?.(file);
  }
  /** Store a change, or note another way to it; returns the stored change. */
  emit(change) {
    const to = this.to(change.loc.file);
    if (to) change = { ...change, loc: { ...change.loc, file: to } };
    const lineTo = change.lineAt && this.to(change.lineAt.file);
    if (lineTo) change = { ...change, lineAt: { ...change.lineAt, file: lineTo } };
    const key = `${emittedId(change)}|${change.loc.file}|${change.loc.pointer}`;
    const known = this.keys.get(key);
    if (known) {
      addVia(known, change.via);
      return known;
    }
    this.keys.set(key, change);
    this.changes.push(change);
    return change;
  }
  /** Pointers already reported for a file, so a fragment's generic diff does not repeat them. */
  pointersFor(file) {
    return this.changes.filter((c) => c.loc.file === file).map((c) => c.loc.pointer);
  }
};
function addVia(change, via) {
  if (!via || via === change.via) return;
  (change.alsoVia ??= /* @__PURE__ */ new Set()).add(via);
}

// src/core/diff/avro-diff.ts
function sidesOfRole(role) {
  if (role === "request" || role === "storage") return ["reader"];
  if (role === "response") return ["writer"];
  return ["reader", "writer"];
}
function avroType(node, loc, names) {
  const registry = /* @__PURE__ */ Object.create(null);
  try {
    if (names) imported(registry, node, void 0, names, namesIn(node, void 0).defined);
    return import_libraries.default.avsc().Type.forSchema(node, { wrapUnions: true, registry });
  } catch (err) {
    throw new InputError(`not a valid Avro schema at ${loc.pointer || "/"}: ${err.message}`, loc.file);
  }
}
function imported(registry, node, namespace, names, visiting) {
  const { defined, referenced } = namesIn(node, namespace);
  for (const name of referenced) {
    if (defined.has(name) || registry[name] || visiting.has(name)) continue;
    const def = names(name);
    if (!def) continue;
    visiting.add(name);
    imported(registry, def.node, def.namespace, names, visiting);
    const before = new Set(Object.keys(registry));
    try {
      import_libraries.default.avsc().Type.forSchema(def.node, { wrapUnions: true, registry, namespace: def.namespace });
    } catch {
      for (const key of Object.keys(registry)) if (!before.has(key)) delete registry[key];
    }
  }
}
var PRIMITIVES = /* @__PURE__ */ new Set(["null", "boolean", "int", "long", "float", "double", "bytes", "string"]);
var fullName = (name, namespace) => name.includes(".") || !namespace ? name : `${namespace}.${name}`;
var isAvroProtocol = (node) => isObj(node) && typeof node.protocol === "string";
function avroTypeName(node) {
  if (!isObj(node) || typeof node.name !== "string" || typeof node.type !== "string" || !NAMED.has(node.type)) return void 0;
  return fullName(node.name, typeof node.namespace === "string" ? node.namespace : void 0);
}
function namesIn(node, namespace, found = { defined: /* @__PURE__ */ new Set(), referenced: /* @__PURE__ */ new Set() }, onDefinition) {
  if (typeof node === "string") {
    if (!PRIMITIVES.has(node)) found.referenced.add(fullName(node, namespace));
  } else if (Array.isArray(node)) {
    for (const branch of node) namesIn(branch, namespace, found, onDefinition);
  } else if (isObj(node)) {
    const t = node.type;
    if (typeof t === "string" && NAMED.has(t) && typeof node.name === "string") {
      const own = node.name.includes(".") ? node.name.slice(0, node.name.lastIndexOf(".")) : typeof node.namespace === "string" ? node.namespace || void 0 : namespace;
      found.defined.add(fullName(node.name, own));
      onDefinition?.(fullName(node.name, own), node, namespace);
      if (Array.isArray(node.fields)) {
        for (const f of node.fields) if (isObj(f)) namesIn(f.type, own, found, onDefinition);
      }
    } else if (t === "array") namesIn(node.items, namespace, found, onDefinition);
    else if (t === "map") namesIn(node.values, namespace, found, onDefinition);
    else namesIn(t, namespace, found, onDefinition);
  }
  return found;
}
function avroNamesOf(docs) {
  return (name) => definitions(docs).byName.get(name);
}
var DEFINITIONS = /* @__PURE__ */ new WeakMap();
function definitions(docs) {
  let known = DEFINITIONS.get(docs);
  if (known) return known;
  const found = [];
  const uses = /* @__PURE__ */ new Map();
  for (const file of docs.tree.paths().filter(isAvroFile)) {
    const data = unlessUnreadable(() => docs.get(file))?.data;
    const protocol = isAvroProtocol(data) ? data : void 0;
    const namespace = typeof protocol?.namespace === "string" ? protocol.namespace || void 0 : void 0;
    const names = namesIn(
      protocol ? protocol.types : data,
      namespace,
      void 0,
      (full, node, at3) => found.push({ full, node, namespace: at3, file })
    );
    uses.set(file, new Set([...names.referenced].filter((n) => !names.defined.has(n))));
  }
  const byName = /* @__PURE__ */ new Map();
  const before = docs.baseline && definitions(docs.baseline).byName;
  for (const d of found) if (before?.get(d.full)?.file === d.file && !byName.has(d.full)) byName.set(d.full, d);
  for (const d of found) if (!byName.has(d.full)) byName.set(d.full, d);
  const usedBy = /* @__PURE__ */ new Map();
  for (const [user, names] of uses)
    for (const n of names) {
      const definer = byName.get(n)?.file;
      if (definer === void 0) continue;
      const users = usedBy.get(definer) ?? /* @__PURE__ */ new Set();
      usedBy.set(definer, users.add(user));
    }
  known = { byName, usedBy };
  DEFINITIONS.set(docs, known);
  return known;
}
function avroUsersOf(docs, file) {
  const { usedBy } = definitions(docs);
  const out = /* @__PURE__ */ new Set();
  const stack = [file];
  while (stack.length) {
    for (const user of usedBy.get(stack.pop()) ?? [])
      if (!out.has(user) && user !== file) {
        out.add(user);
        stack.push(user);
      }
  }
  return out;
}
function resolves(reader, writer) {
  try {
    reader.createResolver(writer);
    return { ok: true };
  } catch (err) {
    return { ok: false, reason: err.message };
  }
}
var PROMOTIONS = {
  int: ["long", "float", "double"],
  long: ["float", "double"],
  float: ["double"],
  string: ["bytes"],
  bytes: ["string"]
};
var NAMED = /* @__PURE__ */ new Set(["record", "error", "enum", "fixed"]);
var kindOf = (t) => t.typeName.replace(/^union:.*/, "union").replace(/^error$/, "record");
var short = (name) => (name ?? "").replace(/^.*\./, "");
var branchKey = (t) => NAMED.has(t.typeName) ? short(t.name) : kindOf(t);
function rawAt(raw, pointer) {
  let r = raw;
  let p = pointer;
  while (isObj(r) && isObj(r.type)) {
    r = r.type;
    p = pointerJoin(p, "type");
  }
  return { raw: r, pointer: p };
}
function walk(a, b, rawA, rawB, pointer, path, out, seen) {
  ({ raw: rawB, pointer } = rawAt(rawB, pointer));
  ({ raw: rawA } = rawAt(rawA, ""));
  if (typeof rawA === "string" && rawA === rawB && NAMED.has(a.typeName) && a.name === b.name) return;
  const at3 = path || "the schema";
  const [ka, kb] = [kindOf(a), kindOf(b)];
  const logical = (r) => isObj(r) && typeof r.logicalType === "string" ? r.logicalType : void 0;
  if (ka !== kb) {
    if (kb === "union" && b.types.some((t) => branchKey(t) === branchKey(a)))
      out.push({ rule: "avro-union-branch-added", pointer, params: { at: at3, branch: `(${ka} became a union)` } });
    else if (ka === "union" && a.types.some((t) => branchKey(t) === branchKey(b)))
      out.push({ rule: "avro-union-branch-removed", pointer, params: { at: at3, branch: `(the union became ${kb})` } });
    else if (PROMOTIONS[ka]?.includes(kb) && !PROMOTIONS[kb]?.includes(ka))
      out.push({ rule: "avro-type-promoted", pointer, params: { at: at3, old: ka, new: kb } });
    else if (PROMOTIONS[kb]?.includes(ka) && !PROMOTIONS[ka]?.includes(kb))
      out.push({ rule: "avro-type-demoted", pointer, params: { at: at3, old: ka, new: kb } });
    else if (PROMOTIONS[ka]?.includes(kb)) out.push({ rule: "avro-type-interchanged", pointer, params: { at: at3, old: ka, new: kb } });
    else out.push({ rule: "avro-type-changed", pointer, params: { at: at3, old: ka, new: kb } });
    return;
  }
  if (logical(rawA) !== logical(rawB))
    out.push({ rule: "avro-logical-type-changed", pointer, params: { at: at3, old: logical(rawA) ?? ka, new: logical(rawB) ?? kb } });
  if (NAMED.has(a.typeName)) {
    const key = `${a.name}|${b.name}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (short(a.name) !== short(b.name)) {
      const aliased = (b.aliases ?? []).some((x) => short(x) === short(a.name));
      out.push({ rule: aliased ? "avro-renamed-with-alias" : "avro-name-changed", pointer, params: { at: at3, old: a.name, new: b.name } });
    }
    if ((a.doc ?? "") !== (b.doc ?? "")) out.push({ rule: "avro-doc-changed", pointer: pointerJoin(pointer, "doc"), params: { at: at3 } });
  }
  if (ka === "record") {
    const [fa, fb] = [a.fields, b.fields];
    const rawFields = (r) => isObj(r) && Array.isArray(r.fields) ? r.fields : [];
    const [ra, rb] = [rawFields(rawA), rawFields(rawB)];
    const matched = /* @__PURE__ */ new Set();
    const place = /* @__PURE__ */ new Map();
    fa.forEach((x, i) => place.has(x.name) || place.set(x.name, i));
    fb.forEach((f, i) => {
      const byAlias = (f.aliases ?? []).map((n) => place.get(n)).filter((k) => k !== void 0);
      const at4 = place.get(f.name) ?? (byAlias.length ? Math.min(...byAlias) : void 0);
      const old = at4 === void 0 ? void 0 : fa[at4];
      const fp = pointerJoin(pointer, "fields", i);
      const where = path ? `${path}.${f.name}` : f.name;
      const rawF = rb[i];
      const hasDefault = isObj(rawF) && "default" in rawF;
      if (!old) {
        out.push({
          rule: hasDefault ? "avro-field-added" : "avro-field-added-without-default",
          pointer: fp,
          params: { at: where, name: f.name }
        });
        return;
      }
      matched.add(old);
      const rawOld = ra[at4];
      if (old.name !== f.name) out.push({ rule: "avro-field-renamed", pointer: fp, params: { at: where, old: old.name, new: f.name } });
      const oldDefault = isObj(rawOld) && "default" in rawOld ? JSON.stringify(rawOld.default) : void 0;
      const newDefault = hasDefault ? JSON.stringify(rawF.default) : void 0;
      if (oldDefault !== newDefault)
        out.push({
          rule: "avro-default-changed",
          pointer: fp,
          params: { at: where, old: oldDefault ?? "no default", new: newDefault ?? "no default" }
        });
      if ((isObj(rawOld) ? rawOld.doc : void 0) !== (isObj(rawF) ? rawF.doc : void 0))
        out.push({ rule: "avro-doc-changed", pointer: pointerJoin(fp, "doc"), params: { at: where } });
      walk(
        old.type,
        f.type,
        isObj(rawOld) ? rawOld.type : void 0,
        isObj(rawF) ? rawF.type : void 0,
        pointerJoin(fp, "type"),
        where,
        out,
        seen
      );
    });
    fa.forEach((f, i) => {
      if (matched.has(f)) return;
      const rawF = ra[i];
      const defaulted = isObj(rawF) && "default" in rawF;
      out.push({
        rule: defaulted ? "avro-defaulted-field-removed" : "avro-field-removed",
        pointer: pointerJoin(pointer, "fields"),
        params: { at: path ? `${path}.${f.name}` : f.name, name: f.name }
      });
    });
  } else if (ka === "enum") {
    const [sa, sb] = [a.symbols, b.symbols];
    const defaultOf = (r) => isObj(r) && typeof r.default === "string" ? r.default : void 0;
    const [inA, inB] = [new Set(sa), new Set(sb)];
    for (const s of sa)
      if (!inB.has(s))
        out.push({
          rule: defaultOf(rawB) ? "avro-enum-symbol-removed-to-default" : "avro-enum-symbol-removed",
          pointer: pointerJoin(pointer, "symbols"),
          params: { at: at3, symbol: s, default: defaultOf(rawB) }
        });
    sb.forEach((s, i) => {
      if (!inA.has(s))
        out.push({
          rule: defaultOf(rawA) ? "avro-enum-symbol-added-to-default" : "avro-enum-symbol-added",
          pointer: pointerJoin(pointer, "symbols", i),
          params: { at: at3, symbol: s, default: defaultOf(rawA) }
        });
    });
  } else if (ka === "fixed") {
    const [za, zb] = [a.size, b.size];
    if (za !== zb)
      out.push({
        rule: "avro-type-changed",
        pointer: pointerJoin(pointer, "size"),
        params: { at: at3, old: `fixed(${za})`, new: `fixed(${zb})` }
      });
  } else if (ka === "array") {
    walk(
      a.itemsType,
      b.itemsType,
      isObj(rawA) ? rawA.items : void 0,
      isObj(rawB) ? rawB.items : void 0,
      pointerJoin(pointer, "items"),
      `${path}[]`,
      out,
      seen
    );
  } else if (ka === "map") {
    walk(
      a.valuesType,
      b.valuesType,
      isObj(rawA) ? rawA.values : void 0,
      isObj(rawB) ? rawB.values : void 0,
      pointerJoin(pointer, "values"),
      `${path}{*}`,
      out,
      seen
    );
  } else if (ka === "union") {
    const [ta, tb] = [a.types, b.types];
    const [ua, ub] = [Array.isArray(rawA) ? rawA : [], Array.isArray(rawB) ? rawB : []];
    tb.forEach((t, i) => {
      const j = ta.findIndex((x) => branchKey(x) === branchKey(t));
      if (j < 0) out.push({ rule: "avro-union-branch-added", pointer: pointerJoin(pointer, i), params: { at: at3, branch: branchKey(t) } });
      else walk(ta[j], t, ua[j], ub[i], pointerJoin(pointer, i), at3, out, seen);
    });
    for (const t of ta)
      if (!tb.some((x) => branchKey(x) === branchKey(t)))
        out.push({ rule: "avro-union-branch-removed", pointer, params: { at: at3, branch: branchKey(t) } });
  }
}
function diffAvroSchemas(sink, older, newer, scope) {
  const [a, b] = [avroType(older.node, older.loc, scope.names?.[0]), avroType(newer.node, newer.loc, scope.names?.[1])];
  const found = [];
  walk(a, b, older.node, newer.node, newer.loc.pointer, "", found, /* @__PURE__ */ new Set());
  const emitted = found.map((f) => {
    const c = sink.emit({
      rule: f.rule,
      role: scope.role,
      loc: { file: newer.loc.file, pointer: f.pointer },
      params: { ...f.params, schema: scope.label },
      ...scope.via?.length ? { via: scope.via[0] } : {}
    });
    for (const v of scope.via?.slice(1) ?? []) addVia(c, v);
    return c;
  });
  const broken = [];
  for (const side of sidesOfRole(scope.role)) {
    const [reader, writer] = side === "reader" ? [b, a] : [a, b];
    const verdict = resolves(reader, writer);
    if (verdict.ok) continue;
    broken.push(side);
    const witness = findWitness(writer, reader);
    const semantic = { verdict: "breaking", side, ...witness !== void 0 ? { witness } : {} };
    const onSide = emitted.filter((c) => breaksOn(c.rule, side));
    for (const c of onSide) c.semantic ??= semantic;
    if (!onSide.length)
      sink.emit({
        rule: "avro-incompatible",
        role: scope.role,
        loc: { file: newer.loc.file, pointer: newer.loc.pointer },
        params: {
          schema: scope.label,
          reason: verdict.reason,
          side: side === "reader" ? "new readers of old data" : "old readers of new data"
        },
        semantic
      });
  }
  return { broken };
}
function breaksOn(rule, side) {
  const reader = /* @__PURE__ */ new Set([
    "avro-field-added-without-default",
    "avro-enum-symbol-removed",
    "avro-union-branch-removed",
    "avro-type-demoted",
    "avro-type-changed",
    "avro-name-changed"
  ]);
  const writer = /* @__PURE__ */ new Set([
    "avro-field-removed",
    "avro-enum-symbol-added",
    "avro-union-branch-added",
    "avro-type-promoted",
    "avro-type-changed",
    "avro-name-changed",
    "avro-renamed-with-alias",
    "avro-field-renamed"
  ]);
  return (side === "reader" ? reader : writer).has(rule);
}
var MAX_CANDIDATES = 300;
function sample(type, pick, site = "", depth = 0) {
  const k = kindOf(type);
  switch (k) {
    case "null":
      return null;
    case "boolean":
      return false;
    case "int":
    case "long":
    case "float":
    case "double":
      return 0;
    case "string":
      return "";
    case "bytes":
      return Buffer.alloc(0);
    case "fixed":
      return Buffer.alloc(type.size);
    case "enum": {
      const symbols = type.symbols;
      return symbols[pick(site, symbols.length)];
    }
    case "array":
      return depth > 4 ? [] : [sample(type.itemsType, pick, `${site}[]`, depth + 1)];
    case "map":
      return depth > 4 ? {} : { k: sample(type.valuesType, pick, `${site}{}`, depth + 1) };
    case "record": {
      const out = {};
      for (const f of type.fields) putOwn(out, f.name, sample(f.type, pick, `${site}.${f.name}`, depth + 1));
      return out;
    }
    case "union": {
      const types = type.types;
      const nullAt = types.findIndex((t2) => t2.typeName === "null");
      const i = depth > 4 && nullAt >= 0 ? nullAt : pick(site, types.length);
      const t = types[i];
      return t.typeName === "null" ? null : { [t.branchName]: sample(t, pick, `${site}|${i}`, depth + 1) };
    }
    default:
      return null;
  }
}
function narrowed(type, values, defined) {
  const k = kindOf(type);
  if (NAMED.has(type.typeName)) {
    if (defined.has(type.name)) return type.name;
    defined.add(type.name);
  }
  const named = { name: type.name, ...type.aliases?.length ? { aliases: type.aliases } : {} };
  switch (k) {
    case "record":
      return {
        type: "record",
        ...named,
        fields: type.fields.map((f) => ({
          name: f.name,
          type: narrowed(
            f.type,
            values.map((v) => v[f.name]),
            defined
          )
        }))
      };
    case "enum": {
      const used = [...new Set(values)];
      return { type: "enum", ...named, symbols: used.length ? used : [type.symbols[0]] };
    }
    case "array":
      return { type: "array", items: narrowed(type.itemsType, values.flat(), defined) };
    case "map":
      return {
        type: "map",
        values: narrowed(
          type.valuesType,
          values.flatMap((v) => Object.values(v)),
          defined
        )
      };
    case "union": {
      const types = type.types;
      const byName = new Map(types.map((t) => [t.typeName === "null" ? null : t.branchName, t]));
      const branches = new Map(values.map((v) => [v, byName.get(v === null ? null : Object.keys(v)[0])]));
      const branchOf = (v) => branches.get(v);
      const present = new Set(branches.values());
      const used = types.filter((t) => present.has(t));
      return (used.length ? used : [types[0]]).map(
        (t) => narrowed(
          t,
          values.filter((v) => branchOf(v) === t).map((v) => v === null ? null : v[t.branchName]),
          defined
        )
      );
    }
    default:
      return type.schema();
  }
}
function failsToDecode(writer, reader, datum) {
  try {
    const shape = import_libraries.default.avsc().Type.forSchema(narrowed(writer, [datum], /* @__PURE__ */ new Set()), { wrapUnions: true, registry: /* @__PURE__ */ Object.create(null) });
    const bytes = shape.toBuffer(datum);
    reader.fromBuffer(bytes, reader.createResolver(shape));
    return false;
  } catch {
    return true;
  }
}
function findWitness(writer, reader) {
  if ([writer, reader].some((t) => JSON.stringify(t.schema()).includes('"__proto__"'))) return void 0;
  const queue = new Queue();
  queue.enqueue(/* @__PURE__ */ new Map());
  const tried = /* @__PURE__ */ new Set();
  for (let n = 0; queue.size && n < MAX_CANDIDATES; n++) {
    const choices = queue.dequeue();
    const sites = /* @__PURE__ */ new Map();
    const datum = sample(writer, (site, options) => {
      sites.set(site, options);
      return choices.get(site) ?? 0;
    });
    const key = JSON.stringify(writer.toString(datum));
    if (tried.has(key)) continue;
    tried.add(key);
    if (failsToDecode(writer, reader, datum)) return JSON.parse(writer.toString(datum));
    for (const [site, options] of sites)
      if (!choices.has(site)) for (let i = 1; i < options; i++) queue.enqueue(new Map([...choices, [site, i]]));
  }
  return void 0;
}

// src/core/diff/asyncapi-model.ts
var isObj2 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var obj = (v) => isObj2(v) ? v : {};
function payloadOf(m) {
  const payload = m.fields.get("payload");
  if (!payload) return void 0;
  let side = payload;
  let format = m.fields.get("schemaFormat")?.node;
  const node = obj(payload.node);
  if (typeof node.schemaFormat === "string" && "schema" in node) {
    format = node.schemaFormat;
    side = { loc: { ...payload.loc, pointer: pointerJoin(payload.loc.pointer, "schema") }, node: node.schema };
  }
  const name = typeof format === "string" ? format : "application/schema+json";
  const kind = /^application\/vnd\.apache\.avro/i.test(name) ? "avro" : /json|asyncapi|openapi|^application\/schema/i.test(name) ? "json" : "other";
  return { format: kind, formatName: name, side };
}
function readAsyncApi(docs, file, errors) {
  const doc = obj(docs.get(file).data);
  const major = String(doc.asyncapi).startsWith("3.") ? 3 : 2;
  const read = /* @__PURE__ */ new Set();
  const deref = (loc, node) => {
    try {
      return docs.deref(loc, node);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      if (!errors.some((e) => e.message === err.message)) errors.push({ file: err.file ?? loc.file, line: err.line, message: err.message });
      return { loc, node: {} };
    }
  };
  const messages = /* @__PURE__ */ new Map();
  const keyOf = (loc) => loc.file === file ? loc.pointer : `${loc.file}#${loc.pointer}`;
  const carriers = /* @__PURE__ */ new Map();
  const message = (at4, node, fallback, channel) => {
    const def = deref(at4, node);
    const key = keyOf(def.loc);
    if (channel !== void 0) (carriers.get(key) ?? carriers.set(key, /* @__PURE__ */ new Set()).get(key)).add(channel);
    if (messages.has(key)) return key;
    const own = obj(def.node);
    const fields = /* @__PURE__ */ new Map();
    for (const [k, v] of Object.entries(own)) fields.set(k, { loc: { ...def.loc, pointer: pointerJoin(def.loc.pointer, k) }, node: v });
    (Array.isArray(own.traits) ? own.traits : []).forEach((t, i) => {
      const trait = deref({ ...def.loc, pointer: pointerJoin(def.loc.pointer, "traits", i) }, t);
      for (const [k, v] of Object.entries(obj(trait.node)))
        if (!fields.has(k)) fields.set(k, { loc: { ...trait.loc, pointer: pointerJoin(trait.loc.pointer, k) }, node: v });
    });
    for (const f of ["payload", "headers", "schemaFormat", "traits"]) {
      const side = fields.get(f);
      if (side && side.loc.file === file) read.add(side.loc.pointer);
    }
    const bindings = fields.get("bindings");
    if (bindings && bindings.loc.file === file) read.add(pointerJoin(bindings.loc.pointer, "kafka", "key"));
    const name = typeof own.name === "string" ? own.name : typeof own.messageId === "string" ? own.messageId : pointerTokens(def.loc.pointer).pop() ?? fallback;
    messages.set(key, { key, name, loc: def.loc, fields });
    return key;
  };
  const at3 = (...tokens) => ({ file, pointer: pointerJoin("", ...tokens) });
  const channels = /* @__PURE__ */ new Map();
  const operations2 = /* @__PURE__ */ new Map();
  for (const [key, raw] of Object.entries(obj(doc.channels))) {
    const c = deref(at3("channels", key), raw);
    const node = obj(c.node);
    const topic = obj(obj(node.bindings).kafka).topic;
    const address = typeof topic === "string" ? topic : major === 3 ? typeof node.address === "string" ? node.address : null : key;
    const addressLoc = typeof topic === "string" ? at3("channels", key, "bindings", "kafka", "topic") : major === 3 ? at3("channels", key, "address") : c.loc;
    const parameters = /* @__PURE__ */ new Map();
    for (const [name, p] of Object.entries(obj(node.parameters)))
      parameters.set(name, deref({ ...c.loc, pointer: pointerJoin(c.loc.pointer, "parameters", name) }, p));
    for (const p of [["address"], ["parameters"], ["bindings", "kafka", "topic"]]) read.add(pointerJoin("/channels", key, ...p));
    channels.set(key, { key, loc: c.loc, address, addressLoc, parameters });
    if (major === 3) {
      for (const [name, m] of Object.entries(obj(node.messages)))
        message({ ...c.loc, pointer: pointerJoin(c.loc.pointer, "messages", name) }, m, name, key);
      continue;
    }
    for (const verb of ["subscribe", "publish"]) {
      if (!(verb in node)) continue;
      const op = obj(node[verb]);
      const opLoc = { ...c.loc, pointer: pointerJoin(c.loc.pointer, verb) };
      const keys = /* @__PURE__ */ new Set();
      const m = op.message;
      const mLoc = { ...opLoc, pointer: pointerJoin(opLoc.pointer, "message") };
      const resolved = deref(mLoc, m);
      if (isObj2(resolved.node) && Array.isArray(resolved.node.oneOf))
        resolved.node.oneOf.forEach(
          (x, i) => keys.add(
            message({ ...resolved.loc, pointer: pointerJoin(resolved.loc.pointer, "oneOf", i) }, x, `${key} ${verb} #${i + 1}`, key)
          )
        );
      else if (m !== void 0) keys.add(message(mLoc, m, `${key} ${verb}`, key));
      read.add(mLoc.pointer);
      const opKey = `${verb} ${key}`;
      operations2.set(opKey, {
        key: opKey,
        label: typeof op.operationId === "string" ? `${op.operationId} (${verb} ${key})` : `${verb} ${key}`,
        loc: opLoc,
        action: verb === "subscribe" ? "send" : "receive",
        channel: key,
        messages: keys
      });
    }
  }
  if (major === 3) {
    for (const [key, raw] of Object.entries(obj(doc.operations))) {
      const o = deref(at3("operations", key), raw);
      const node = obj(o.node);
      const ch = deref({ ...o.loc, pointer: pointerJoin(o.loc.pointer, "channel") }, node.channel);
      const channel = ch.loc.file === file && ch.loc.pointer.startsWith("/channels/") ? pointerTokens(ch.loc.pointer)[1] : void 0;
      const keys = /* @__PURE__ */ new Set();
      if (Array.isArray(node.messages))
        node.messages.forEach(
          (m, i) => keys.add(message({ ...o.loc, pointer: pointerJoin(o.loc.pointer, "messages", i) }, m, `${key} #${i + 1}`, channel))
        );
      else {
        const c = obj(deref(ch.loc, ch.node).node);
        for (const [name, m] of Object.entries(obj(c.messages)))
          keys.add(message({ ...ch.loc, pointer: pointerJoin(ch.loc.pointer, "messages", name) }, m, name, channel));
      }
      for (const p of ["action", "channel", "messages"]) read.add(pointerJoin("/operations", key, p));
      operations2.set(key, {
        key,
        label: key,
        loc: o.loc,
        action: node.action === "receive" ? "receive" : "send",
        channel,
        messages: keys
      });
    }
  }
  for (const [name, m] of Object.entries(obj(obj(doc.components).messages))) message(at3("components", "messages", name), m, name);
  const actions = /* @__PURE__ */ new Map();
  for (const op of operations2.values()) for (const m of op.messages) (actions.get(m) ?? actions.set(m, /* @__PURE__ */ new Set()).get(m)).add(op.action);
  return {
    major,
    channels,
    operations: operations2,
    messages,
    carriers,
    actions,
    defaultContentType: typeof doc.defaultContentType === "string" ? doc.defaultContentType : void 0,
    read
  };
}

// src/core/diff/fingerprint.ts
var Lanes = class {
  constructor(lo2, hi2, hasRef2) {
    this.lo = lo2;
    this.hi = hi2;
    this.hasRef = hasRef2;
  }
  lo;
  hi;
  hasRef;
  get hash() {
    return lanesText(this.lo, this.hi);
  }
};
function lanesText(lo2, hi2) {
  return (lo2 >>> 0).toString(36) + "." + (hi2 >>> 0).toString(36);
}
var memo = /* @__PURE__ */ new WeakMap();
var [SEED_LO, SEED_HI] = globalThis.crypto.getRandomValues(new Uint32Array(2));
var [STRING, NUMBER, OTHER, ARRAY, OBJECT, ENTRY] = [1, 2, 3, 4, 5, 6];
var START_LO = [0, 1, 2, 3, 4, 5, 6].map((kind) => Math.imul(SEED_LO ^ kind, 2246822507) ^ SEED_HI);
var START_HI = [0, 1, 2, 3, 4, 5, 6].map((kind) => Math.imul(SEED_HI ^ kind, 3266489909) ^ SEED_LO);
var lo = 0;
var hi = 0;
function finish(a, b) {
  a = Math.imul(a ^ a >>> 16, 2246822507) ^ Math.imul(b ^ b >>> 13, 3266489909);
  b = Math.imul(b ^ b >>> 16, 2246822507) ^ Math.imul(a ^ a >>> 13, 3266489909);
  lo = a;
  hi = b;
}
function foldText(text2, kind) {
  let a = START_LO[kind];
  let b = START_HI[kind];
  for (let i = 0; i < text2.length; i++) {
    const ch = text2.charCodeAt(i);
    a = Math.imul(a ^ ch, 2654435761);
    b = Math.imul(b ^ ch, 1597334677);
  }
  finish(a ^ text2.length, b);
}
function foldPair(kind, a1, b1, a2, b2) {
  let a = Math.imul(START_LO[kind] ^ a1, 2654435761);
  let b = Math.imul(START_HI[kind] ^ b1, 1597334677);
  a = Math.imul(a ^ b2, 2654435761);
  b = Math.imul(b ^ a2, 1597334677);
  finish(a, b);
}
function fold(value) {
  if (typeof value === "string") {
    foldText(value, STRING);
    return false;
  }
  if (value === null || typeof value !== "object") {
    foldText(String(value), typeof value === "number" ? NUMBER : OTHER);
    return false;
  }
  const p = lanesOf(value);
  lo = p.lo;
  hi = p.hi;
  return p.hasRef;
}
function lanesOf(value) {
  const known = memo.get(value);
  if (known) return known;
  let hasRef2 = false;
  let a;
  let b;
  if (Array.isArray(value)) {
    a = START_LO[ARRAY];
    b = START_HI[ARRAY];
    for (const v of value) {
      hasRef2 = fold(v) || hasRef2;
      a = Math.imul(a ^ lo, 2654435761);
      b = Math.imul(b ^ hi, 1597334677);
    }
    finish(a ^ value.length, b);
  } else {
    let sumLo = 0;
    let sumHi = 0;
    const keys = Object.keys(value);
    for (const k of keys) {
      hasRef2 = fold(value[k]) || hasRef2 || k === "$ref";
      const vLo = lo;
      const vHi = hi;
      foldText(k, STRING);
      foldPair(ENTRY, lo, hi, vLo, vHi);
      sumLo = sumLo + lo | 0;
      sumHi = sumHi + hi | 0;
    }
    foldPair(OBJECT, keys.length, keys.length, sumLo, sumHi);
  }
  const print = new Lanes(lo, hi, hasRef2);
  memo.set(value, print);
  return print;
}
function fingerprint(value) {
  if (value !== null && typeof value === "object") return lanesOf(value);
  const text2 = JSON.stringify(value) ?? "u";
  return { hasRef: false, hash: text2 };
}
function sameValue(a, b) {
  const objects2 = a !== null && typeof a === "object";
  if (objects2 !== (b !== null && typeof b === "object")) return false;
  if (!objects2) return JSON.stringify(a) === JSON.stringify(b);
  const x = lanesOf(a);
  const y = lanesOf(b);
  return x.lo === y.lo && x.hi === y.hi;
}
function hashText(text2) {
  foldText(text2, STRING);
  return lanesText(lo, hi);
}

// src/core/diff/data-diff.ts
var MAX_PER_FILE = 200;
function diffData(file, a, b) {
  const out = [];
  const root = { file, pointer: "" };
  const push = (rule, pointer, params, lineAt) => {
    out.push({
      rule,
      loc: { file, pointer },
      lineAt: lineAt === void 0 ? void 0 : { file, pointer: lineAt },
      params: { at: display(pointer), ...params }
    });
  };
  const walk2 = (x, y, pointer) => {
    if (out.length >= MAX_PER_FILE || sameValue(x, y)) return;
    const bothObjects = isObj3(x) && isObj3(y);
    const bothArrays = Array.isArray(x) && Array.isArray(y);
    if (bothObjects) {
      for (const k of Object.keys(x)) if (!(k in y)) push("data-removed", pointerJoin(pointer, k), {}, pointer);
      for (const k of Object.keys(y)) {
        if (!(k in x)) push("data-added", pointerJoin(pointer, k), {});
        else walk2(x[k], y[k], pointerJoin(pointer, k));
      }
    } else if (bothArrays && x.every(isScalar) && y.every(isScalar)) {
      const inY = new Set(y.map((v) => JSON.stringify(v)));
      const inX = new Set(x.map((v) => JSON.stringify(v)));
      x.forEach((v, i) => inY.has(JSON.stringify(v)) || push("data-removed", pointerJoin(pointer, i), { value: v }, pointer));
      y.forEach((v, i) => inX.has(JSON.stringify(v)) || push("data-added", pointerJoin(pointer, i), { value: v }));
    } else if (bothArrays) {
      const n = Math.max(x.length, y.length);
      for (let i = 0; i < n; i++) {
        if (i >= y.length) push("data-removed", pointerJoin(pointer, i), {}, pointer);
        else if (i >= x.length) push("data-added", pointerJoin(pointer, i), {});
        else walk2(x[i], y[i], pointerJoin(pointer, i));
      }
    } else {
      push("data-changed", pointer, { old: x, new: y });
    }
  };
  walk2(a, b, root.pointer);
  return out;
}
function display(pointer) {
  return pointer ? "`" + pointer.slice(1).replace(/\//g, ".").replace(/~1/g, "/").replace(/~0/g, "~") + "`" : "document";
}
function isObj3(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function isScalar(v) {
  return v === null || typeof v !== "object";
}

// src/core/semantic/dialects.ts
var PRE_2019 = /json-schema\.org\/draft-0[3-7]\/schema/;
var KEPT_BESIDE_REF = /* @__PURE__ */ new Set(["$ref", "$schema", "definitions", "$defs"]);
var refVoids = (node, key) => typeof node.$ref === "string" && !KEPT_BESIDE_REF.has(key) ? DROP : KEEP;
function rewritten(root, rewrite2) {
  const copies = new RewrittenCopy(rewrite2, true);
  copies.copy(root);
  return (node) => copies.copyOf(node) ?? copies.copy(node);
}
function refSiblingsVoid(root) {
  if (draft04(root))
    return rewritten(
      root,
      (node, key, value) => typeof node.$ref === "string" ? refVoids(node, key, value) : key === "id" && node === root && typeof value === "string" ? DROP : booleanBounds(node, key, value)
    );
  return refSiblingsVoided(root) ? rewritten(root, refVoids) : (node) => node;
}
var booleanBounds = (node, key, value) => {
  switch (key) {
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      if (typeof value !== "boolean") return KEEP;
      const bound2 = node[key === "exclusiveMinimum" ? "minimum" : "maximum"];
      return value && typeof bound2 === "number" ? bound2 : DROP;
    }
    case "minimum":
    case "maximum":
      return node[key === "minimum" ? "exclusiveMinimum" : "exclusiveMaximum"] === true ? DROP : KEEP;
    default:
      return KEEP;
  }
};
var draft04 = (root) => {
  const declared = root && typeof root === "object" ? root.$schema : void 0;
  return typeof declared === "string" && /json-schema\.org\/draft-0[34]\/schema/.test(declared);
};
function refSiblingsVoided(root) {
  const declared = root && typeof root === "object" ? root.$schema : void 0;
  return typeof declared === "string" && PRE_2019.test(declared);
}
function fromOpenApi30(root, nullableKey = "nullable") {
  return rewritten(root, (node, key, value) => {
    if (typeof node.$ref === "string") return refVoids(node, key, value);
    const nullable = node[nullableKey] === true;
    switch (key) {
      case nullableKey:
        return DROP;
      case "type":
        return nullable && typeof value === "string" ? [value, "null"] : KEEP;
      case "enum":
        return nullable && Array.isArray(value) && !value.includes(null) ? [...value, null] : KEEP;
      default:
        return booleanBounds(node, key, value);
    }
  });
}
function withoutHidden(root, hidden) {
  const marked = (n) => someNode(n, (o) => o[hidden] === true);
  if (marked(root)) return hiding(root, hidden);
  let copying;
  return (node) => node === root || !marked(node) ? node : (copying ??= hiding(root, hidden))(node);
}
function hiding(root, hidden) {
  const target = (s) => {
    const ref = s && typeof s === "object" ? s.$ref : void 0;
    if (typeof ref !== "string" || !ref.startsWith("#/")) return s;
    let node = root;
    for (const t of ref.slice(2).split("/"))
      node = node && typeof node === "object" ? node[t.replace(/~1/g, "/").replace(/~0/g, "~")] : void 0;
    return node;
  };
  const isHidden = (s) => [s, target(s)].some((x) => !!x && typeof x === "object" && x[hidden] === true);
  const hiddenNames = (node) => node.properties && typeof node.properties === "object" ? new Set(
    Object.entries(node.properties).filter(([, s]) => isHidden(s)).map(([name]) => name)
  ) : /* @__PURE__ */ new Set();
  let copies;
  const rewrite2 = (node, key, value) => {
    if (key !== "properties" && key !== "required" || !value || typeof value !== "object") return KEEP;
    const names = hiddenNames(node);
    if (!names.size) return KEEP;
    if (key === "required") return Array.isArray(value) ? value.filter((n) => !names.has(n)) : KEEP;
    return Object.fromEntries(
      Object.entries(value).filter(([name]) => !names.has(name)).map(([name, s]) => [name, copies.copy(s)])
    );
  };
  copies = new RewrittenCopy(rewrite2);
  copies.copy(root);
  return (node) => copies.copyOf(node) ?? copies.copy(node);
}

// src/core/semantic/strings.ts
var import_libraries2 = __toESM(require_libraries(), 1);
var MAX_NODES = 2e4;
function stringSet(s) {
  return {
    pattern: typeof s.pattern === "string" ? s.pattern : void 0,
    minLength: typeof s.minLength === "number" ? s.minLength : 0,
    maxLength: typeof s.maxLength === "number" ? s.maxLength : void 0
  };
}
var cache = /* @__PURE__ */ new Map();
var meter;
function readingPatterns(m, read) {
  const outer = meter;
  meter = m;
  try {
    return read();
  } finally {
    meter = outer;
  }
}
var MAX_SAMPLED_PATTERN = 1e4;
function patternNfa(pattern) {
  if (pattern.length > MAX_SAMPLED_PATTERN) return null;
  if (meter && !meter.read.has(pattern)) {
    if (pattern.length > meter.chars) {
      meter.short = true;
      return null;
    }
    meter.chars -= pattern.length;
    meter.read.add(pattern);
  }
  const known = cache.get(pattern);
  if (known !== void 0) return known;
  let nfa = null;
  const { JS, NFA, TooManyNodesError } = import_libraries2.default.refa();
  try {
    const start = pattern.startsWith("^");
    const end = pattern.endsWith("$") && !pattern.endsWith("\\$");
    const body = pattern.slice(start ? 1 : 0, end ? -1 : void 0);
    const anyChar = "[\\s\\S]*";
    const source = `${start ? "" : anyChar}(?:${body})${end ? "" : anyChar}`;
    const parsed = JS.Parser.fromLiteral({ source, flags: "u" }).parse({
      assertions: "throw",
      backreferences: "throw",
      maxNodes: MAX_NODES
    });
    const bodyAlternatives = JS.Parser.fromLiteral({ source: body, flags: "u" }).parse({ assertions: "throw", maxNodes: MAX_NODES });
    if ((start || end) && bodyAlternatives.expression.alternatives.length > 1) throw new Unsupported();
    nfa = NFA.fromRegex(parsed.expression, { maxCharacter: parsed.maxCharacter }, {}, new NFA.LimitedNodeFactory(MAX_NODES));
  } catch (err) {
    if (isBug(err) && !(err instanceof TooManyNodesError)) throw err;
    nfa = null;
  }
  cache.set(pattern, nfa);
  return nfa;
}
var Unsupported = class extends Error {
};
function lengthNfa(min, max) {
  if (min > 1e3 || max !== void 0 && max > 1e3) return null;
  const source = `^[\\s\\S]{${min},${max ?? ""}}$`;
  return patternNfa(source);
}
function stringsIncluded(a, b) {
  const aMin = Math.max(a.minLength, a.pattern ? shortestLength(a.pattern) ?? 0 : 0);
  if (aMin < b.minLength) return void 0;
  if (b.maxLength !== void 0 && (a.maxLength === void 0 || a.maxLength > b.maxLength)) return void 0;
  if (!b.pattern || b.pattern === a.pattern) return { included: true };
  const left = intersectAll([a.pattern ? patternNfa(a.pattern) : void 0, lengthNfa(a.minLength, a.maxLength)]);
  const right = patternNfa(b.pattern);
  if (!left || !right) return void 0;
  const { DFA, getIntersectionWords, isDisjointWith, TooManyNodesError } = import_libraries2.default.refa();
  try {
    const complement = DFA.fromFA(right, new DFA.LimitedNodeFactory(MAX_NODES));
    complement.complement();
    if (isDisjointWith(left, complement, MAX_NODES)) return { included: true };
    for (const word of getIntersectionWords(left, complement, MAX_NODES)) return { included: false, example: text(word) };
    return void 0;
  } catch (err) {
    if (err instanceof TooManyNodesError) return void 0;
    throw err;
  }
}
function sampleStrings(s, count) {
  if (!s.pattern) return byLength(s.minLength, s.maxLength, count);
  const nfa = intersectAll([s.pattern ? patternNfa(s.pattern) : void 0, lengthNfa(s.minLength, s.maxLength)]);
  if (!nfa) return [];
  try {
    return fewestWords(nfa, count);
  } catch (err) {
    if (!(err instanceof import_libraries2.default.refa().TooManyNodesError)) throw err;
    return [];
  }
}
function fewestWords(nfa, count) {
  const { DFA } = import_libraries2.default.refa();
  const dfa = DFA.fromFA(nfa, new DFA.LimitedNodeFactory(MAX_NODES));
  const spell = (p) => {
    const chars = [];
    for (let at3 = p; at3?.char !== void 0; at3 = at3.prev) chars.push(at3.char);
    return text(chars.reverse());
  };
  const entered = /* @__PURE__ */ new Map([[dfa.initial, 1]]);
  const queue = [{ node: dfa.initial }];
  const out = [];
  for (let i = 0; i < queue.length && out.length < count; i++) {
    const p = queue[i];
    if (dfa.finals.has(p.node)) out.push(spell(p));
    for (const [range, next] of p.node.out.entries()) {
      for (let c = range.min, times = entered.get(next) ?? 0; c <= range.max && times < count; c++, times++) {
        entered.set(next, times + 1);
        queue.push({ node: next, prev: p, char: c });
      }
    }
  }
  return out;
}
function byLength(min, max, count) {
  if (min > 1e3 || max !== void 0 && (max > 1e3 || max < min)) return [];
  const out = [];
  for (let n = min; out.length < count && (max === void 0 || n <= max); n++) {
    if (n === 0) out.push("");
    else for (let c = 0, need = count - out.length; c < need; c++) out.push("\0".repeat(n - 1) + String.fromCodePoint(c));
  }
  return out;
}
function patternSamples(pattern, count) {
  return sampleStrings({ pattern, minLength: 0 }, count);
}
function shortestLength(pattern) {
  const nfa = patternNfa(pattern);
  if (!nfa) return void 0;
  try {
    const [word] = fewestWords(nfa, 1);
    return word === void 0 ? Infinity : [...word].length;
  } catch (err) {
    if (err instanceof import_libraries2.default.refa().TooManyNodesError) return void 0;
    throw err;
  }
}
function intersectAll(parts) {
  let out = null;
  const { NFA, TooManyNodesError } = import_libraries2.default.refa();
  for (const p of parts) {
    if (p === void 0) continue;
    if (p === null) return null;
    try {
      out = out ? NFA.fromIntersection(out, p, new NFA.LimitedNodeFactory(MAX_NODES)) : p;
    } catch (err) {
      if (err instanceof TooManyNodesError) return null;
      throw err;
    }
  }
  return out ?? patternNfa("");
}
function text(word) {
  return String.fromCodePoint(...word);
}

// src/core/semantic/inclusion.ts
var OutOfBudget = class extends Error {
};
var MAX_DEPTH = 150;
var Prover = class {
  constructor(rootA, rootB, ajvA, ajvB, maxSteps = 2e4) {
    this.rootA = rootA;
    this.rootB = rootB;
    this.ajvA = ajvA;
    this.ajvB = ajvB;
    this.maxSteps = maxSteps;
  }
  rootA;
  rootB;
  ajvA;
  ajvB;
  maxSteps;
  /** Proof steps taken so far (a shared budget is charged with them). */
  steps = 0;
  depth = 0;
  assumed = /* @__PURE__ */ new Set();
  ids = /* @__PURE__ */ new WeakMap();
  nextId = 1;
  validators = /* @__PURE__ */ new Map();
  /** Strings a failed comparison found in one side and not the other: leads for a witness search. */
  stringLeads = /* @__PURE__ */ new Set();
  /** A ⊆ B by structure alone: A accepts nothing, or B everything. */
  trivially(a, b) {
    return a === false || acceptsAll(b) || this.isEmptyShape(this.deref(a, this.rootA), this.rootA) || this.isUniversal(this.deref(b, this.rootB), this.rootB);
  }
  tick() {
    if (++this.steps > this.maxSteps) throw new OutOfBudget();
  }
  /** A ⊆ B, or throws OutOfBudget (steps, or nesting deeper than the stack allows). */
  included(a, b) {
    this.tick();
    if (++this.depth > MAX_DEPTH) {
      this.depth = 0;
      throw new OutOfBudget();
    }
    try {
      return this.includedAt(a, b);
    } finally {
      this.depth = Math.max(0, this.depth - 1);
    }
  }
  includedAt(a, b) {
    a = this.deref(a, this.rootA);
    b = this.deref(b, this.rootB);
    if (a === void 0 || b === void 0) return false;
    if (acceptsAll(b) || a === false) return true;
    if (this.isEmpty(a, this.rootA)) return true;
    if (b === false) return false;
    if (this.isUniversal(b, this.rootB)) return true;
    if (!isObj(a) || !isObj(b)) return false;
    const key = `${this.id(a)}|${this.id(b)}`;
    if (this.assumed.has(key)) return true;
    this.assumed.add(key);
    try {
      return this.objects(a, b);
    } finally {
      this.assumed.delete(key);
    }
  }
  objects(a, b) {
    if (sameValue(a, b) && !hasRef(a)) return true;
    const values = a.const !== void 0 ? [a.const] : Array.isArray(a.enum) ? a.enum : void 0;
    if (values) {
      const fa = finiteOnly(a);
      const fb = finiteOnly(b);
      if (fa && fb) {
        const lost = values.find((v) => fa(v) && !fb(v));
        if (typeof lost === "string" && this.stringLeads.size < 16) this.stringLeads.add(lost);
        return lost === void 0;
      }
      const va = this.validator(a, this.rootA);
      const vb = this.validator(b, this.rootB);
      if (va && vb) return values.every((v) => !va.accepts(v) || vb.accepts(v));
    }
    for (const k of ["anyOf", "oneOf"]) {
      if (Array.isArray(a[k])) {
        const rest = without(a, k);
        if (a[k].every((branch) => this.included(merge(rest, branch), b))) return true;
        return assertions(rest).length > 0 && this.included(rest, b);
      }
    }
    if (Array.isArray(a.allOf)) {
      const rest = without(a, "allOf");
      const merged = a.allOf.reduce((acc, part) => merge(acc, part), rest);
      if (merged !== void 0 && this.included(merged, b)) return true;
      return [rest, ...a.allOf].some((part) => this.included(part, b));
    }
    if (a.$ref !== void 0) return this.included(merge(without(a, "$ref"), this.deref({ $ref: a.$ref }, this.rootA)), b);
    if (Array.isArray(b.allOf))
      return b.allOf.every((part) => this.included(a, part)) && this.included(a, without(b, "allOf"));
    if (Array.isArray(b.anyOf))
      return b.anyOf.some((branch) => this.included(a, branch)) && this.included(a, without(b, "anyOf"));
    if (Array.isArray(b.oneOf)) {
      const branches = b.oneOf;
      const hit = branches.findIndex((branch) => this.included(a, branch));
      if (hit < 0) return false;
      return branches.every((other, i) => i === hit || this.disjoint(a, other)) && this.included(a, without(b, "oneOf"));
    }
    if (b.not !== void 0) return this.disjoint(a, b.not) && this.included(a, without(b, "not"));
    if (b.$ref !== void 0) return this.included(a, this.deref({ $ref: b.$ref }, this.rootB)) && this.included(a, without(b, "$ref"));
    return this.includedPlain(a, b);
  }
  /** Both without combinators on b's side; a's remaining combinators only narrow a, so they may be ignored. */
  includedPlain(a, b) {
    for (const k of assertions(b)) if (!KNOWN.has(k)) return false;
    const ta = typesOf(a);
    const tb = typesOf(b);
    for (const t of ta) {
      if (tb.has(t) || t === "integer" && tb.has("number")) continue;
      if (t === "number" && tb.has("integer") && isIntegral(a)) continue;
      if (!this.excludes(a, t)) return false;
    }
    const types = [...ta].filter((t) => !this.excludes(a, t));
    if (types.some((t) => t === "number" || t === "integer") && !numbersIncluded(a, b, types)) return false;
    if (types.includes("string") && !this.stringsIncluded(a, b)) return false;
    if (types.includes("array") && !this.arraysIncluded(a, b)) return false;
    if (types.includes("object") && !this.objectsIncluded(a, b)) return false;
    if (b.const !== void 0 || Array.isArray(b.enum)) return false;
    return true;
  }
  /** a's own keywords rule out type t entirely (e.g. `enum` without any value of that type). */
  excludes(a, t) {
    const values = a.const !== void 0 ? [a.const] : Array.isArray(a.enum) ? a.enum : void 0;
    if (!values) return false;
    return !values.some((v) => {
      const vt = v === null ? "null" : Array.isArray(v) ? "array" : typeof v === "number" ? Number.isInteger(v) ? "integer" : "number" : typeof v;
      return vt === t || t === "number" && vt === "integer";
    });
  }
  stringsIncluded(a, b) {
    const answer = stringsIncluded(stringSet(a), stringSet(b));
    if (answer?.included === false && answer.example !== void 0 && this.stringLeads.size < 16) this.stringLeads.add(answer.example);
    return answer?.included === true;
  }
  arraysIncluded(a, b) {
    const maxA = maxItemsOf(a);
    if (num(b.minItems) !== void 0 && (num(a.minItems) ?? 0) < num(b.minItems)) return false;
    if (num(b.maxItems) !== void 0 && (maxA === void 0 || maxA > num(b.maxItems))) return false;
    if (b.uniqueItems === true && a.uniqueItems !== true && (maxA === void 0 || maxA > 1)) return false;
    if (b.contains !== void 0 && !(a.contains !== void 0 && this.included(a.contains, b.contains) && (num(a.minContains) ?? 1) >= (num(b.minContains) ?? 1)))
      return false;
    if (b.maxContains !== void 0 || b.unevaluatedItems !== void 0) return sameValue(a, b);
    const n = Math.max(tuple(a).length, tuple(b).length);
    const reach = maxA === void 0 ? n : Math.min(n, maxA);
    for (let i = 0; i < reach; i++) if (!this.included(itemAt(a, i), itemAt(b, i))) return false;
    return maxA !== void 0 && maxA <= n ? true : this.included(restItems(a), restItems(b));
  }
  objectsIncluded(a, b) {
    const reqA = new Set(strings(a.required));
    if (strings(b.required).some((r) => !reqA.has(r))) return false;
    if (num(b.minProperties) !== void 0 && Math.max(num(a.minProperties) ?? 0, reqA.size) < num(b.minProperties)) return false;
    if (num(b.maxProperties) !== void 0 && (num(a.maxProperties) === void 0 || num(a.maxProperties) > num(b.maxProperties)))
      return false;
    for (const k of ["dependentSchemas", "unevaluatedProperties", "dependencies"])
      if (b[k] !== void 0 && !sameValue(a[k], b[k])) return false;
    if (isObj(b.dependentRequired)) {
      const da = isObj(a.dependentRequired) ? a.dependentRequired : {};
      for (const [k, list] of Object.entries(b.dependentRequired)) {
        if (reqA.has(k)) continue;
        const have = new Set(strings(da[k]));
        if (strings(list).some((r) => !have.has(r) && !reqA.has(r))) return false;
      }
    }
    if (b.propertyNames !== void 0 && !this.namesIncluded(a, b)) return false;
    const propsA = isObj(a.properties) ? a.properties : {};
    const propsB = isObj(b.properties) ? b.properties : {};
    for (const name of /* @__PURE__ */ new Set([...Object.keys(propsA), ...Object.keys(propsB)])) {
      if (!this.included(valueSchema(a, name), valueSchema(b, name))) return false;
    }
    const ppA = isObj(a.patternProperties) ? a.patternProperties : {};
    const ppB = isObj(b.patternProperties) ? b.patternProperties : {};
    const addA = a.additionalProperties ?? true;
    const addB = b.additionalProperties ?? true;
    if (Object.keys(ppB).length) {
      if (!sameValue(ppA, ppB)) return false;
      return this.included(addA, addB);
    }
    for (const schema of Object.values(ppA)) if (!this.included(schema, addB)) return false;
    return this.included(addA, addB);
  }
  namesIncluded(a, b) {
    const namesB = { type: "string", ...isObj(b.propertyNames) ? b.propertyNames : {} };
    if (b.propertyNames === false)
      return a.additionalProperties === false && !a.patternProperties && Object.keys(a.properties ?? {}).length === 0;
    if (a.propertyNames !== void 0 && this.included({ type: "string", ...isObj(a.propertyNames) ? a.propertyNames : {} }, namesB))
      return true;
    if (a.additionalProperties !== false || a.patternProperties !== void 0) return false;
    const v = this.validator(namesB, this.rootB);
    return !!v && Object.keys(isObj(a.properties) ? a.properties : {}).every((n) => v.accepts(n));
  }
  /** No instance is in both (sound: types that cannot meet, or one side finite and outside the other). */
  disjoint(a, b) {
    this.tick();
    a = this.deref(a, this.rootA);
    b = this.deref(b, this.rootB);
    if (a === false || b === false) return true;
    if (!isObj(a) || !isObj(b)) return false;
    const finite = (s) => s.const !== void 0 ? [s.const] : Array.isArray(s.enum) ? s.enum : void 0;
    const fa = finite(a);
    const vb = this.validator(b, this.rootB);
    if (fa && vb) {
      const va2 = this.validator(a, this.rootA);
      return !!va2 && fa.every((v) => !va2.accepts(v) || !vb.accepts(v));
    }
    const fb = finite(b);
    const va = this.validator(a, this.rootA);
    if (fb && va && vb) return fb.every((v) => !vb.accepts(v) || !va.accepts(v));
    const ta = typesOf(a);
    const tb = typesOf(b);
    const meet = [...ta].some((t) => tb.has(t) || t === "integer" && tb.has("number") || t === "number" && tb.has("integer"));
    if (!meet) return true;
    if (b.not !== void 0 && assertions(b).length === 1) return this.included(a, b.not);
    return false;
  }
  isEmptyShape(s, root) {
    return this.isEmpty(s, root, false);
  }
  /**
   * Shape questions (empty? universal?) in progress: a schema that reaches itself through `allOf`/`anyOf`/`not`
   * (a discriminated union whose members `allOf` their parent) is answered "no" the second time, not recursed into
   * until the stack gives out. "No" is the cautious answer: it proves nothing.
   */
  asking = /* @__PURE__ */ new Set();
  once(question, s, answer) {
    const key = isObj(s) ? s : void 0;
    if (!key) return answer();
    const mark = `${question}:${this.id(key)}`;
    if (this.asking.has(mark) || this.asking.size > MAX_DEPTH) return false;
    this.asking.add(mark);
    try {
      return answer();
    } finally {
      this.asking.delete(mark);
    }
  }
  /** Accepts nothing: `false`, `S and not S`, an empty `enum`, a type list with nothing in it, values it rejects. */
  isEmpty(s, root, exact = true) {
    return this.once(`empty${exact ? "" : "~"}`, s, () => this.isEmptyNow(s, root, exact));
  }
  isEmptyNow(s, root, exact) {
    this.tick();
    if (s === false) return true;
    if (!isObj(s)) return false;
    if (Array.isArray(s.enum) && s.enum.length === 0) return true;
    if (Array.isArray(s.type) && s.type.length === 0) return true;
    if (s.not !== void 0 && this.isUniversal(this.deref(s.not, root), root)) return true;
    if (Array.isArray(s.allOf)) {
      const parts = s.allOf.map((p) => this.deref(p, root));
      if (parts.some((p) => this.isEmpty(p, root))) return true;
      if (parts.some((p) => isObj(p) && p.not !== void 0 && parts.some((q) => sameCore(q, this.deref(p.not, root))))) return true;
    }
    for (const k of ["anyOf", "oneOf"]) {
      if (Array.isArray(s[k]) && s[k].length > 0 && s[k].every((p) => this.isEmpty(this.deref(p, root), root)))
        return true;
    }
    const values = s.const !== void 0 ? [s.const] : Array.isArray(s.enum) ? s.enum : void 0;
    if (values && exact) {
      const v = this.validator(s, root);
      if (v && values.every((x) => !v.accepts(x))) return true;
    }
    return [...typesOf(s)].every((t) => this.impossible(s, t, root));
  }
  /** No instance of type t meets the node's keywords for t (bounds that cross, a required property that must not be). */
  impossible(s, t, root) {
    if (t === "array") {
      const max = maxItemsOf(s);
      return max !== void 0 && max < (num(s.minItems) ?? 0);
    }
    if (t === "string") return num(s.maxLength) !== void 0 && num(s.maxLength) < (num(s.minLength) ?? 0);
    if (t === "number" || t === "integer") {
      const lo2 = bound(s, "minimum", "exclusiveMinimum", true);
      const hi2 = bound(s, "maximum", "exclusiveMaximum", false);
      return !!lo2 && !!hi2 && (lo2.value > hi2.value || lo2.value === hi2.value && (lo2.exclusive || hi2.exclusive));
    }
    if (t === "object") {
      if (num(s.maxProperties) !== void 0 && num(s.maxProperties) < Math.max(num(s.minProperties) ?? 0, strings(s.required).length))
        return true;
      return strings(s.required).some((name) => valueSchema(s, name) === false || this.deref(valueSchema(s, name), root) === false);
    }
    return false;
  }
  /** Accepts everything: `true`, `{}`, `S or not S`, `not false`, a union that covers every type. */
  isUniversal(s, root) {
    return this.once("universal", s, () => this.isUniversalNow(s, root));
  }
  isUniversalNow(s, root) {
    this.tick();
    if (acceptsAll(s)) return true;
    if (!isObj(s)) return false;
    if (TYPES.every((t) => this.allOfType(s, t, root))) return true;
    const rest = (k) => assertions(without(s, k)).length === 0;
    if (s.not !== void 0 && rest("not") && this.isEmpty(this.deref(s.not, root), root)) return true;
    if (Array.isArray(s.anyOf) && rest("anyOf")) {
      const parts = s.anyOf.map((p) => this.deref(p, root));
      if (parts.some((p) => this.isUniversal(p, root))) return true;
      if (parts.some((p) => isObj(p) && p.not !== void 0 && parts.some((q) => sameCore(q, this.deref(p.not, root))))) return true;
    }
    if (Array.isArray(s.allOf) && rest("allOf") && s.allOf.every((p) => this.isUniversal(this.deref(p, root), root))) return true;
    return false;
  }
  /** Does the node accept every instance of type t (its keywords for t all vacuous, or a branch of its union that does)? */
  allOfType(s, t, root, depth = 0) {
    this.tick();
    s = this.deref(s, root);
    if (acceptsAll(s)) return true;
    if (!isObj(s) || depth > 16) return false;
    if (!typesOf(s).has(t) && !(t === "integer" && typesOf(s).has("number"))) return false;
    for (const k of assertions(s)) {
      if (k === "type") continue;
      if (k === "anyOf" || k === "oneOf") {
        const branches = s[k] ?? [];
        const covering = branches.filter((b) => this.allOfType(b, t, root, depth + 1));
        if (k === "anyOf" ? covering.length === 0 : covering.length !== 1 || branches.some((b) => b !== covering[0] && !this.noneOfType(b, t, root)))
          return false;
        continue;
      }
      if (k === "allOf") {
        if (!s.allOf.every((b) => this.allOfType(b, t, root, depth + 1))) return false;
        continue;
      }
      const applies = TYPE_KEYWORDS[k];
      if (applies === void 0) return false;
      const own = applies === t || applies === "number" && t === "integer";
      if (own && !vacuous(k, s[k])) return false;
    }
    return true;
  }
  /** The node rejects every instance of type t. */
  noneOfType(s, t, root) {
    s = this.deref(s, root);
    if (s === false) return true;
    return isObj(s) && !typesOf(s).has(t) && !(t === "integer" && typesOf(s).has("number"));
  }
  /** Follow a node that is only a local `$ref` (annotations aside); undefined when it leads nowhere we can see. */
  deref(s, root, depth = 0) {
    if (!isObj(s) || typeof s.$ref !== "string" || assertions(s).length !== 1 || depth > 32) return s;
    const node = refTarget(root, s.$ref);
    return node === void 0 ? void 0 : this.deref(node, root, depth + 1);
  }
  validator(s, root) {
    if (this.validators.has(s)) return this.validators.get(s);
    const v = hasForeignRef(s) && s !== root ? void 0 : (root === this.rootA ? this.ajvA : this.ajvB).compile(s);
    this.validators.set(s, v);
    return v;
  }
  id(o) {
    let id = this.ids.get(o);
    if (!id) this.ids.set(o, id = this.nextId++);
    return id;
  }
};
function vacuous(keyword, value) {
  switch (keyword) {
    case "properties":
    case "patternProperties":
    case "dependentSchemas":
      return isObj(value) && Object.values(value).every(acceptsAll);
    case "additionalProperties":
    case "items":
    case "additionalItems":
    case "unevaluatedItems":
    case "unevaluatedProperties":
    case "propertyNames":
      return acceptsAll(value);
    case "prefixItems":
      return Array.isArray(value) && value.every(acceptsAll);
    case "required":
      return Array.isArray(value) && value.length === 0;
    case "minItems":
    case "minProperties":
    case "minLength":
      return value === 0;
    case "uniqueItems":
      return value === false;
    case "format":
    case "contentMediaType":
    case "contentEncoding":
      return true;
    // annotations in 2020-12
    default:
      return false;
  }
}
var KNOWN = /* @__PURE__ */ new Set([
  "type",
  "nullable",
  "enum",
  "const",
  "multipleOf",
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  "maxLength",
  "minLength",
  "pattern",
  "format",
  "items",
  "prefixItems",
  "additionalItems",
  "contains",
  "minContains",
  "maxContains",
  "maxItems",
  "minItems",
  "uniqueItems",
  "unevaluatedItems",
  "properties",
  "patternProperties",
  "additionalProperties",
  "required",
  "propertyNames",
  "maxProperties",
  "minProperties",
  "dependentRequired",
  "dependentSchemas",
  "dependencies",
  "unevaluatedProperties"
]);
function numbersIncluded(a, b, types) {
  const lo2 = (s) => bound(s, "minimum", "exclusiveMinimum", true);
  const hi2 = (s) => bound(s, "maximum", "exclusiveMaximum", false);
  const [la, lb, ha, hb] = [lo2(a), lo2(b), hi2(a), hi2(b)];
  if (lb && (!la || la.value < lb.value || la.value === lb.value && lb.exclusive && !la.exclusive)) return false;
  if (hb && (!ha || ha.value > hb.value || ha.value === hb.value && hb.exclusive && !ha.exclusive)) return false;
  const mb = num(b.multipleOf);
  if (mb !== void 0) {
    const ma = num(a.multipleOf);
    if (ma === void 0 || !isMultiple(ma, mb)) return false;
  }
  if (typesOf(b).has("integer") && !typesOf(b).has("number") && types.includes("number") && !isIntegral(a)) return false;
  return true;
}
function bound(s, inclusiveKey, exclusiveKey, lower) {
  const list = [];
  const i = num(s[inclusiveKey]);
  if (i !== void 0) list.push({ value: i, exclusive: s[exclusiveKey] === true });
  const e = num(s[exclusiveKey]);
  if (e !== void 0) list.push({ value: e, exclusive: true });
  if (!list.length) return void 0;
  const tighter = (x, y) => x.value === y.value ? x.exclusive ? x : y : (lower ? x.value > y.value : x.value < y.value) ? x : y;
  return list.reduce(tighter);
}
function isMultiple(of, base) {
  const q = of / base;
  return Math.abs(q - Math.round(q)) < 1e-9;
}
function isIntegral(s) {
  const m = num(s.multipleOf);
  return m !== void 0 && Number.isInteger(m);
}
function strings(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
}
function valueSchema(s, name) {
  const parts = [];
  if (isObj(s.properties) && name in s.properties) parts.push(s.properties[name]);
  if (isObj(s.patternProperties)) {
    for (const [p, schema] of Object.entries(s.patternProperties)) {
      try {
        if (safePattern(p).test(name)) parts.push(schema);
      } catch {
        return false;
      }
    }
  }
  if (!parts.length) return s.additionalProperties ?? true;
  return parts.length === 1 ? parts[0] : { allOf: parts };
}
function maxItemsOf(s) {
  const m = num(s.maxItems);
  const closed = restItems(s) === false ? tuple(s).length : void 0;
  return m === void 0 ? closed : closed === void 0 ? m : Math.min(m, closed);
}
function tuple(s) {
  if (Array.isArray(s.prefixItems)) return s.prefixItems;
  return Array.isArray(s.items) ? s.items : [];
}
function itemAt(s, i) {
  const t = tuple(s);
  return i < t.length ? t[i] : restItems(s);
}
function restItems(s) {
  if (Array.isArray(s.prefixItems)) return s.items ?? true;
  if (Array.isArray(s.items)) return s.additionalItems ?? true;
  return s.items ?? true;
}
function merge(a, b) {
  if (a === void 0 || b === void 0) return void 0;
  if (acceptsAll(a)) return b;
  if (acceptsAll(b)) return a;
  if (!isObj(a) || !isObj(b)) return a === false || b === false ? false : void 0;
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (!(k in out) || sameValue(out[k], v)) out[k] = v;
    else if (k === "required") out[k] = [.../* @__PURE__ */ new Set([...strings(out[k]), ...strings(v)])];
    else if (k === "properties" && isObj(out[k]) && isObj(v)) {
      const props = { ...out[k] };
      for (const [p, s] of Object.entries(v)) props[p] = p in props ? { allOf: [props[p], s] } : s;
      out[k] = props;
    } else if (k === "allOf" && Array.isArray(out[k]) && Array.isArray(v)) out[k] = [...out[k], ...v];
    else return { allOf: [a, b] };
  }
  return out;
}
function sameCore(a, b) {
  const core = (s) => isObj(s) ? Object.fromEntries(Object.entries(s).filter(([k]) => !ANNOTATIONS.has(k))) : s;
  return sameValue(core(a), core(b));
}
function hasRef(s) {
  return someNode(s, (o) => "$ref" in o);
}
function hasForeignRef(s) {
  return someNode(s, (o) => typeof o.$ref === "string" && !/^#\/(\$defs|definitions|components)\//.test(o.$ref));
}
function valueKey(v) {
  if (Array.isArray(v)) return `[${v.map(valueKey).join(",")}]`;
  if (v && typeof v === "object") {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${valueKey(v[k])}`).join(",")}}`;
  }
  return JSON.stringify(v) ?? "undefined";
}
function finiteOnly(s) {
  if (!assertions(s).every((k) => k === "enum" || k === "const" || k === "type")) return void 0;
  if (s.const !== void 0 && Array.isArray(s.enum)) return void 0;
  const values = s.const !== void 0 ? [s.const] : Array.isArray(s.enum) ? s.enum : void 0;
  const allowed = values && new Set(values.map(valueKey));
  const types = typesOf(s);
  const typed = (v) => types.has(typeOfValue(v)) || typeOfValue(v) === "integer" && types.has("number");
  return (v) => typed(v) && (!allowed || allowed.has(valueKey(v)));
}

// src/core/semantic/linked.ts
var LINK = "x-contract-guard-link";
var shapes = /* @__PURE__ */ new WeakMap();
function resolvedBeyondPointers(o, top) {
  if (["$dynamicRef", "$dynamicAnchor", "$recursiveRef", "$recursiveAnchor", "$anchor"].some((k) => k in o)) return true;
  if (!top && "$id" in o) return true;
  return typeof o.$ref === "string" && !o.$ref.startsWith("#");
}
function shapeOf(node) {
  const known = shapes.get(node);
  if (known) return known;
  const refs = /* @__PURE__ */ new Set();
  let refused = false;
  let annotated = false;
  let draft7 = false;
  let size = 0;
  let patterns = 0;
  const seen = /* @__PURE__ */ new WeakSet();
  const stack = [node];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== "object" || seen.has(n)) continue;
    seen.add(n);
    size++;
    if (Array.isArray(n)) {
      for (const v of n) stack.push(v);
      continue;
    }
    const o = n;
    size += keywordCost(o);
    patterns += patternsAt(o);
    if (typeof o.$ref === "string" && o.$ref.startsWith("#")) refs.add(o.$ref);
    if (resolvedBeyondPointers(o, n === node)) refused = true;
    if ("unevaluatedProperties" in o || "unevaluatedItems" in o) annotated = true;
    if (Array.isArray(o.items) || "additionalItems" in o || "dependencies" in o) draft7 = true;
    pushSchemaChildren(o, stack);
  }
  const shape = { refs: [...refs].sort(), refused, annotated, draft7, size: size + patternCost(patterns) };
  shapes.set(node, shape);
  return shape;
}
var keysByRoot = /* @__PURE__ */ new WeakMap();
function keyAll(start, root, keys) {
  const index = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const stack = [];
  const onStack = /* @__PURE__ */ new Set();
  const work = [];
  const open = (ref) => {
    index.set(ref, index.size);
    low.set(ref, index.get(ref));
    stack.push(ref);
    onStack.add(ref);
    const node = refTarget(root, ref);
    work.push({ ref, edges: node && typeof node === "object" ? shapeOf(node).refs : [], i: 0 });
  };
  for (const s of start) {
    if (keys.has(s) || index.has(s)) continue;
    open(s);
    while (work.length) {
      const top = work[work.length - 1];
      if (top.i < top.edges.length) {
        const w2 = top.edges[top.i++];
        if (keys.has(w2)) continue;
        if (!index.has(w2)) open(w2);
        else if (onStack.has(w2)) low.set(top.ref, Math.min(low.get(top.ref), index.get(w2)));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.ref, Math.min(low.get(parent.ref), low.get(top.ref)));
      if (low.get(top.ref) !== index.get(top.ref)) continue;
      const members = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        members.push(w);
      } while (w !== top.ref);
      keyComponent(members, root, keys);
    }
  }
}
function keyComponent(members, root, keys) {
  const inside = new Set(members);
  const own = [];
  const outside = /* @__PURE__ */ new Set();
  let usable = true;
  for (const m of members) {
    const node = refTarget(root, m);
    if (typeof node === "boolean") {
      own.push(`${m}:${node}`);
      continue;
    }
    if (!isObj(node) && !Array.isArray(node)) {
      usable = false;
      continue;
    }
    const shape = shapeOf(node);
    if (shape.refused) usable = false;
    own.push(`${m}:${fingerprint(node).hash}`);
    for (const r of shape.refs) if (!inside.has(r)) outside.add(r);
  }
  const external = [...outside].sort().map((r) => {
    const k = keys.get(r);
    if (!k) usable = false;
    return `${r}=${k}`;
  });
  if (!usable) {
    for (const m of members) keys.set(m, null);
    return;
  }
  const self = members.length === 1 && !shapeOf(Object(refTarget(root, members[0]))).refs.includes(members[0]);
  if (self) {
    keys.set(members[0], hashText(`${own[0].slice(members[0].length)}|${external.join(",")}`));
    return;
  }
  const cycle = hashText(`${own.sort().join(",")}|${external.join(",")}`);
  for (const m of members) keys.set(m, hashText(`${cycle}#${m}`));
}
function alikeIn(a, b, rootA, rootB) {
  if (!sameValue(a, b)) return false;
  return !fingerprint(a).hasRef || sameReferents(a, rootA, rootB);
}
function sameReferents(node, rootA, rootB) {
  const shape = shapeOf(node);
  if (shape.refused || !rootA || typeof rootA !== "object" || !rootB || typeof rootB !== "object") return false;
  const [keysA, keysB] = [keysOf(rootA, shape.refs), keysOf(rootB, shape.refs)];
  return shape.refs.every((r) => {
    const key = keysA.get(r);
    return !!key && key === keysB.get(r);
  });
}
function keysOf(root, refs) {
  let keys = keysByRoot.get(root);
  if (!keys) keysByRoot.set(root, keys = /* @__PURE__ */ new Map());
  keyAll(refs, root, keys);
  return keys;
}
function rewrite(node, keyOf, top = true, copies = /* @__PURE__ */ new Map()) {
  if (!node || typeof node !== "object") return node;
  const known = copies.get(node);
  if (known !== void 0) return known;
  if (Array.isArray(node)) {
    const out2 = [];
    copies.set(node, out2);
    for (const v of node) out2.push(rewrite(v, keyOf, false, copies));
    return out2;
  }
  const out = {};
  copies.set(node, out);
  for (const [k, v] of Object.entries(node)) {
    if (top && (k === "$id" || k === "$schema")) continue;
    if (k === LINK) continue;
    if (k === "$ref" && typeof v === "string" && v.startsWith("#")) out[LINK] = keyOf(v);
    else if (namesSchemas(k, v)) out[k] = Object.fromEntries(Object.entries(v).map(([n, s]) => [n, rewrite(s, keyOf, false, copies)]));
    else out[k] = holdsData(k) ? v : rewrite(v, keyOf, false, copies);
  }
  return out;
}
function link(schema, root) {
  const own = shapeOf(schema);
  if (own.refused) return void 0;
  if (own.annotated) return "whole";
  if (!root || typeof root !== "object")
    return own.refs.length ? void 0 : { top: schema, units: /* @__PURE__ */ new Map(), size: own.size, ownSize: own.size, draft7: own.draft7 };
  const keys = keysOf(root, own.refs);
  const keyOf = (r) => keys.get(r);
  const units = /* @__PURE__ */ new Map();
  const stack = [...own.refs];
  const seen = /* @__PURE__ */ new Set();
  let size = own.size;
  let draft7 = own.draft7;
  while (stack.length) {
    const ref = stack.pop();
    if (seen.has(ref)) continue;
    seen.add(ref);
    const key = keys.get(ref);
    if (!key) return void 0;
    if (units.has(key)) continue;
    const node = refTarget(root, ref);
    const shape = node && typeof node === "object" ? shapeOf(node) : void 0;
    if (shape?.annotated) return "whole";
    units.set(key, { size: shape?.size ?? 1, copy: () => typeof node === "boolean" ? node : rewrite(node, keyOf) });
    size += shape?.size ?? 1;
    draft7 ||= shape?.draft7 ?? false;
    if (shape) stack.push(...shape.refs);
  }
  return { top: rewrite(schema, keyOf), units, size, ownSize: own.size, draft7 };
}
var Unlinkable = class extends Error {
  constructor(message, spent = false) {
    super(message);
    this.spent = spent;
  }
  spent;
};
var meter2;
var OVER_COMPILE_BUDGET = "over the compile budget of this diff";
function metered(m, check) {
  const outer = meter2;
  meter2 = m;
  try {
    return check();
  } finally {
    meter2 = outer;
  }
}
var Generation = class {
  constructor(make, build) {
    this.make = make;
    this.build = build;
  }
  make;
  build;
  units = /* @__PURE__ */ new Map();
  ajvs = /* @__PURE__ */ new Map();
  /** The instance for a dialect; `wide`: one that collects every error, for units too wide for the other (see call). */
  ajv(draft2020, wide = false) {
    let ajv = this.ajvs.get(`${draft2020}:${wide}`);
    if (!ajv) {
      const made = ajv = this.make(draft2020, wide);
      const prefix = `${draft2020}:`;
      made.addKeyword({
        keyword: LINK,
        schemaType: "string",
        errors: false,
        // looked up when called: a unit may call one compiled after it (a cycle)
        compile: (key) => (data) => this.call(made, draft2020, prefix + key, data)
      });
      this.ajvs.set(`${draft2020}:${wide}`, ajv);
    }
    return ajv;
  }
  call(ajv, draft2020, id, data) {
    const unit = this.units.get(id);
    if (meter2) {
      const charged = meter2.charged ??= /* @__PURE__ */ new Set();
      if (!charged.has(id)) {
        if (meter2.nodes < unit.size) throw new Unlinkable(OVER_COMPILE_BUDGET, true);
        meter2.nodes -= unit.size;
        charged.add(id);
      }
    }
    if (unit.check === void 0) {
      const copy = unit.copy();
      unit.check = typeof copy === "boolean" ? () => copy : this.compiled(ajv, draft2020, copy);
      compiledUnits++;
      unit.copy = void 0;
    }
    if (!unit.check) throw new Unlinkable("ajv cannot compile the schema");
    return unit.check(data);
  }
  /**
   * A unit compiled. Stopping at the first error, ajv nests a block per property and runs out of stack past a few
   * thousand properties in one object: such a unit is compiled collecting every error (no nesting, the same yes or
   * no). Were a value reaching it taken as rejected instead, the version too wide to compile would "reject" it: a
   * witness that breaks nothing. Out of stack again (the unit first reached deep in a recursion) goes up as before,
   * nothing kept, so a later, shallower call compiles it: what is decided never depends on where it was first asked.
   */
  compiled(ajv, draft2020, copy) {
    try {
      return this.build(ajv, copy) ?? null;
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
    }
    return this.build(this.ajv(draft2020, true), copy) ?? null;
  }
};
var MAX_UNITS = 2e4;
var generation;
var compiledUnits = 0;
function compileLinked(linked, draft2020, make, build) {
  if (!generation || generation.units.size > MAX_UNITS) generation = new Generation(make, build);
  const { units } = generation;
  const prefix = `${draft2020}:`;
  for (const [key, unit] of linked.units) if (!units.has(prefix + key)) units.set(prefix + key, { size: unit.size, copy: unit.copy });
  try {
    return build(generation.ajv(draft2020), linked.top);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    return build(generation.ajv(draft2020, true), linked.top);
  }
}

// src/core/semantic/validator.ts
var import_ajv = __toESM(require_ajv(), 1);
var import__ = __toESM(require__(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);
var import_formats = __toESM(require_formats(), 1);
var ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;
function newAjv(draft2020, formats = true, judge = false, allErrors = !judge) {
  const opts = {
    strict: false,
    allErrors,
    inlineRefs: !judge,
    validateSchema: false,
    // without formats it is the judge or its placing of failures, which refuse any `$ref` beyond the document
    // (beyondAjv), so never reach a meta-schema: adding them took most of a fresh instance's cost (~8 ms cold, ~1 warm)
    meta: formats,
    allowUnionTypes: true,
    // JSON has no prototype: a value without `constructor` lacks it, though every JavaScript object inherits one
    ownProperties: true,
    logger: false,
    validateFormats: formats,
    // patterns come from contracts: RE2's linear-time engine, never a backtracking one
    code: { regExp: safeRegExpEngine, optimize: !judge, process: eagerly }
  };
  const ajv = draft2020 ? new import__.Ajv2020(opts) : new import_ajv.Ajv(opts);
  ajv.removeKeyword("multipleOf");
  ajv.addKeyword({ keyword: "multipleOf", type: "number", schemaType: "number", errors: true, validate: multipleOfKeyword });
  if (formats) {
    (0, import_ajv_formats.default)(ajv);
    for (const [name, format] of Object.entries(import_formats.fullFormats)) if (format instanceof RegExp) ajv.addFormat(name, safeFormat(format));
    ajv.addFormat("ulid", safeFormat(ULID));
  }
  return ajv;
}
function eagerly(code) {
  const at3 = code.indexOf("return function validate");
  return at3 < 0 ? code : `${code.slice(0, at3)}return (${code.slice(at3 + "return ".length)})`;
}
function failures(schema) {
  if (!isObj(schema) || compileSize(schema, MAX_PLACED_NODES) > MAX_PLACED_NODES || beyondAjv(schema) || explodes(schema)) return void 0;
  const validate = overflowed(() => {
    try {
      return newAjv(isDraft2020(schema), false).compile(schema);
    } catch (err) {
      if (isBug(err) || err instanceof RangeError) throw err;
      return void 0;
    }
  });
  if (!validate) return void 0;
  return (value) => {
    try {
      if (validate(value)) return [];
    } catch (err) {
      if (isBug(err)) throw err;
      return void 0;
    }
    return (validate.errors ?? []).flatMap(placesOf);
  };
}
function placesOf(e) {
  const at3 = e.schemaPath.replace(/^#/, "").split("/").map(decodeURIComponent).join("/");
  const { missingProperty, additionalProperty } = e.params;
  const name = e.keyword === "required" ? missingProperty : e.keyword === "additionalProperties" ? additionalProperty : void 0;
  return typeof name === "string" ? [at3, pointerJoin(at3.slice(0, at3.lastIndexOf("/")), "properties", name)] : [at3];
}
function isDraft2020(schema) {
  if (!schema || typeof schema !== "object") return true;
  const declared = schema.$schema;
  if (typeof declared === "string") return /2020-12|2019-09/.test(declared);
  return !usesDraft7Forms(schema);
}
function usesDraft7Forms(schema) {
  return someNode(schema, (o) => Array.isArray(o.items) || "additionalItems" in o || "dependencies" in o);
}
function beyondAjv(schema) {
  return someSchemaNode(schema, (o) => {
    if (("unevaluatedItems" in o || "unevaluatedProperties" in o) && someNode(o, (n) => "contains" in n || "if" in n || "else" in n || "then" in n))
      return true;
    return resolvedBeyondPointers(o, o === schema);
  });
}
function explodes(node) {
  let distinct = 0;
  someNode(node, () => (distinct++, false));
  const limit = Math.max(2e4, distinct * 4);
  let count = 0;
  const walk2 = (n, depth) => {
    if (count > limit || !n || typeof n !== "object" || depth > 256) return;
    count++;
    for (const v of Array.isArray(n) ? n : Object.values(n)) walk2(v, depth + 1);
  };
  walk2(node, 0);
  return count > limit;
}
var AJV_REFUSED = { reason: "ajv cannot compile the schema", spent: false };
var SPENT = { reason: OVER_COMPILE_BUDGET, spent: true };
var TOO_LARGE = { reason: "too large to compile within the budget of one schema", spent: true };
var Validators = class {
  constructor(root, formats = false, shared) {
    this.root = root;
    this.formats = formats;
    this.budget = shared ?? { nodes: DOCUMENT_BUDGET, steps: Infinity };
  }
  root;
  formats;
  /** Each schema compiled, or why not. */
  compiled = /* @__PURE__ */ new WeakMap();
  /** Schema nodes still to compile (ajv takes ~40 µs each): past it, answers are unproven. */
  budget;
  /** A validator for `schema` (the document, or a node of it, or a schema built from its nodes). */
  compile(schema) {
    if (schema === true || schema === false) return { accepts: () => schema };
    if (!schema || typeof schema !== "object") return void 0;
    let v = this.compiled.get(schema);
    if (!v) this.compiled.set(schema, v = schema === this.root ? this.whole(schema, MAX_DOCUMENT_NODES, "documents") : this.part(schema));
    return "accepts" in v ? v : void 0;
  }
  /** Why `compile` made no validator for `schema`. */
  refusal(schema) {
    const v = schema !== null && typeof schema === "object" ? this.compiled.get(schema) : void 0;
    if (v && !("accepts" in v) && v !== AJV_REFUSED) return v;
    let unsafe;
    someNode(schema, (o) => {
      const patterns = [
        ...typeof o.pattern === "string" ? [o.pattern] : [],
        ...isObj(o.patternProperties) ? Object.keys(o.patternProperties) : []
      ];
      unsafe = patterns.map(unsafeReason).find((r) => r !== void 0);
      return unsafe !== void 0;
    });
    return unsafe ? { reason: unsafe, spent: false } : AJV_REFUSED;
  }
  /**
   * A node of the document, or a schema built from its nodes. What it costs is charged whether or not it was compiled
   * before in this process: what a diff can decide must not depend on what the process judged earlier (the App's
   * threads judge many pull requests), only its speed may. The definitions it reaches are charged when a value first
   * reaches them, once per diff (linked.ts).
   */
  part(schema) {
    const budget = this.budget;
    if (budget.nodes < MIN_COST) return SPENT;
    const linked = this.formats ? "whole" : link(schema, this.root);
    if (linked === void 0) return AJV_REFUSED;
    if (linked === "whole") return this.whole(schema, MAX_COMPILED_NODES, "nodes");
    if (linked.size > MAX_LINKED_NODES) return TOO_LARGE;
    const cost = MIN_COST + linked.ownSize;
    if (cost > budget.nodes) return SPENT;
    budget.nodes -= cost;
    const declared = isObj(this.root) && typeof this.root.$schema === "string" ? this.root.$schema : void 0;
    const draft2020 = declared !== void 0 ? /2020-12|2019-09/.test(declared) : !linked.draft7;
    const v = cached(`linked:${draft2020}:${fingerprint(linked.top).hash}`, () => {
      const check = overflowed(() => compileLinked(linked, draft2020, (modern, wide) => newAjv(modern, false, true, wide), checkOf));
      return check && { accepts: answering(check) };
    });
    return v ? { accepts: (value) => metered(budget, () => v.accepts(value)) } : AJV_REFUSED;
  }
  /**
   * The schema compiled with the definitions it reaches copied beside it: `unevaluated*` needs them inline. Paid from
   * `account`: a sub-schema from the nodes every judgement shares, a whole document from the diff's documents.
   */
  whole(schema, limit, account) {
    const standalone3 = asDocument(schema, this.root);
    const size = compileSize(standalone3, limit);
    if (size > limit) return TOO_LARGE;
    const cost = account === "nodes" ? Math.max(FRESH_INSTANCE_COST, size) : MIN_COST + size;
    const left = this.budget[account];
    if (left !== void 0 && cost > left) return SPENT;
    if (left !== void 0) this.budget[account] = left - cost;
    const v = cached(`${this.formats}:${fingerprint(standalone3).hash}`, () => {
      if (beyondAjv(standalone3)) return void 0;
      const draft2020 = isDraft2020(standalone3);
      const check = compiledOrNot(newAjv(draft2020, this.formats, true), standalone3, () => newAjv(draft2020, this.formats, true, true));
      return check && { accepts: check };
    });
    return v ?? AJV_REFUSED;
  }
};
function compiledOrNot(ajv, schema, wide) {
  const collecting = () => wide && overflowed(() => checkOf(wide(), schema));
  let check;
  if (wide && someNode(schema, isWide)) check = collecting();
  else
    try {
      check = checkOf(ajv, schema);
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      check = collecting();
    }
  return check && answering(check);
}
var WIDE_PROPERTIES = 1e3;
var isWide = (o) => isObj(o.properties) && Object.keys(o.properties).length > WIDE_PROPERTIES || // a tuple nests a block per item alike
Array.isArray(o.prefixItems) && o.prefixItems.length > WIDE_PROPERTIES || Array.isArray(o.items) && o.items.length > WIDE_PROPERTIES;
function overflowed(compile) {
  try {
    return compile();
  } catch (err) {
    if (err instanceof RangeError) return void 0;
    throw err;
  }
}
function checkOf(ajv, schema) {
  if (explodes(schema)) return void 0;
  let validate;
  try {
    validate = ajv.compile(schema);
  } catch (err) {
    if (isBug(err) || err instanceof RangeError) throw err;
    return void 0;
  }
  return (value) => validate(value) === true;
}
function answering(check) {
  return (value) => {
    try {
      return check(value);
    } catch (err) {
      if (isBug(err) || err instanceof Unlinkable) throw err;
      return false;
    }
  };
}
function cached(key, build) {
  let v = COMPILED.get(key);
  if (v === void 0) {
    v = build() ?? null;
    remember(key, v);
  }
  return v ?? void 0;
}
var COMPILED = /* @__PURE__ */ new Map();
var MAX_REMEMBERED = 2e3;
function remember(key, v) {
  COMPILED.set(key, v);
  if (COMPILED.size > MAX_REMEMBERED) COMPILED.delete(COMPILED.keys().next().value);
}
function asDocument(schema, root) {
  return schema === root ? schema : { ...reachedDefinitions(schema, root), ...inContextHeader(root), ...schema };
}
var MAX_PLACED_NODES = 5e3;
var MAX_COMPILED_NODES = 1500;
var MAX_LINKED_NODES = 5e4;
var MAX_DOCUMENT_NODES = 2e4;
var DOCUMENT_BUDGET = 2e4;
var MIN_COST = 20;
var FRESH_INSTANCE_COST = 500;
function inContextHeader(root) {
  return isObj(root) && typeof root.$schema === "string" ? { $schema: root.$schema } : {};
}
function reachedDefinitions(schema, root) {
  const out = {};
  if (!isObj(root)) return out;
  const seen = /* @__PURE__ */ new WeakSet();
  const placed2 = /* @__PURE__ */ new Set();
  const scaffold = /* @__PURE__ */ new WeakSet();
  const stack = [schema];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== "object" || seen.has(n)) continue;
    seen.add(n);
    const ref = n.$ref;
    const tokens = typeof ref === "string" && !placed2.has(ref) ? localRefTokens(ref) : void 0;
    if (tokens?.length) {
      placed2.add(ref);
      let from = root;
      let to = out;
      tokens.forEach((t, i) => {
        from = isObj(from) || Array.isArray(from) ? from[t] : void 0;
        if (!to) return;
        if (i === tokens.length - 1) {
          if (from !== void 0 && (!(t in to) || scaffold.has(to[t]))) to[t] = from;
        } else if (to[t] === void 0) {
          const step = {};
          scaffold.add(step);
          to = to[t] = step;
        } else to = scaffold.has(to[t]) ? to[t] : void 0;
      });
      stack.push(from);
    }
    for (const v of Array.isArray(n) ? n : Object.values(n)) if (v && typeof v === "object") stack.push(v);
  }
  return out;
}
var pools = /* @__PURE__ */ new WeakMap();
function validatorsFor(root, shared) {
  if (!root || typeof root !== "object") return new Validators(root, false, shared);
  let pool = pools.get(root);
  if (!pool) pools.set(root, pool = new Validators(root, false, shared));
  return pool;
}
var multipleOfKeyword = (divisor, value) => {
  const ok = decimalMultiple(divisor, value);
  multipleOfKeyword.errors = ok ? void 0 : [{ keyword: "multipleOf", message: `must be multiple of ${divisor}`, params: { multipleOf: divisor } }];
  return ok;
};
function decimalMultiple(divisor, value) {
  if (typeof value !== "number" || !Number.isFinite(value) || !(divisor > 0)) return false;
  const [a, b] = [decimal(value), decimal(divisor)];
  const scale = Math.max(a.exponent, b.exponent);
  const up = (d) => d.digits * 10n ** BigInt(scale - d.exponent);
  return up(a) % up(b) === 0n;
}
function decimal(n) {
  const [mantissa, exp] = Math.abs(n).toExponential().split("e");
  const [whole, fraction = ""] = mantissa.split(".");
  const places = fraction.length - Number(exp);
  const digits = BigInt(whole + fraction);
  return places >= 0 ? { digits, exponent: places } : { digits: digits * 10n ** BigInt(-places), exponent: 0 };
}

// src/core/semantic/witness.ts
var MAX_CANDIDATES2 = 400;
var MAX_DEPTH2 = 5;
var MAX_LENGTH = 1e4;
var GENERIC = [null, true, 0, 1, -1, 1.5, "", "x", [], {}, [1], { x: 1 }];
var FORMAT_SAMPLES = {
  email: ["a@example.com"],
  date: ["2024-01-31"],
  "date-time": ["2024-01-31T12:00:00Z"],
  time: ["12:00:00Z"],
  uri: ["https://example.com/a"],
  "uri-reference": ["/a"],
  uuid: ["123e4567-e89b-12d3-a456-426614174000"],
  ipv4: ["192.0.2.1"],
  ipv6: ["2001:db8::1"],
  hostname: ["example.com"],
  ulid: ["01ARZ3NDEKTSV4RRFFQ69G5FAV"]
};
var hintNames = [];
var hintStrings = [];
function candidates(schema, root, names = [], strings3 = []) {
  hintNames = names.slice(0, 32);
  hintStrings = strings3.slice(0, 16);
  calls = MAX_CALLS;
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (v) => {
    if (out.length >= MAX_CANDIDATES2 || v === void 0) return;
    const key = v !== null && typeof v === "object" ? `#${fingerprint(v).hash}` : JSON.stringify(v);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(v);
  };
  for (const v of generate(schema, root, 0)) add(v);
  for (const v of GENERIC) add(v);
  return out;
}
var PER_NODE = 48;
var PER_INNER_NODE = 8;
function generate(schema, root, depth, refs = 0) {
  const want = depth === 0 ? PER_NODE : PER_INNER_NODE;
  return generateAll(schema, root, depth, refs, want).slice(0, want);
}
var MAX_CALLS = 1500;
var calls = 0;
var MAX_PROPS = 40;
var MAX_COPIED_KEYS = 5e4;
function generateAll(schema, root, depth, refs, want) {
  if (depth > MAX_DEPTH2 || refs > 8 || --calls < 0) return [];
  if (schema === false) return [];
  if (schema === true || acceptsAll(schema)) return depth === 0 ? GENERIC : [null, "x", 1, {}];
  if (!isObj(schema)) return [];
  const s = schema;
  if (typeof s.$ref === "string") {
    const target = resolve(s.$ref, root);
    const rest = Object.fromEntries(Object.entries(s).filter(([k]) => k !== "$ref"));
    return [...generate(target, root, depth, refs + 1), ...Object.keys(rest).length ? generate(rest, root, depth, refs) : []];
  }
  const out = [];
  if (s.const !== void 0) out.push(s.const);
  if (Array.isArray(s.enum)) append(out, s.enum);
  for (const k of ["examples", "default", "example"]) {
    if (k === "examples" && Array.isArray(s.examples)) append(out, s.examples);
    else if (k !== "examples" && s[k] !== void 0) out.push(s[k]);
  }
  for (const k of ["anyOf", "oneOf", "allOf"]) {
    if (Array.isArray(s[k]))
      for (const branch of s[k]) append(out, generate(mergeShallow(s, k, branch), root, depth, refs + 1));
  }
  if (isObj(s.if)) append(out, [...generate(s.then ?? {}, root, depth, refs + 1), ...generate(s.else ?? {}, root, depth, refs + 1)]);
  const types = [...typesOf(s)];
  if (types.length > 1 && (Array.isArray(s.type) || s.nullable === true) && out.length < want) {
    const lists = types.map((t) => byType(t, s, root, depth, want - out.length));
    for (const list of lists) if (list.length) out.push(list[0]);
    for (const list of lists) if (out.length < want) append(out, list.slice(1));
    return out;
  }
  for (const t of types) if (out.length < want) append(out, byType(t, s, root, depth, want - out.length));
  return out;
}
function byType(t, s, root, depth, want) {
  switch (t) {
    case "null":
      return [null];
    case "boolean":
      return [true, false];
    case "integer":
    case "number":
      return numbers(s, t === "integer");
    case "string":
      return strings2(s);
    case "array":
      return arrays(s, root, depth);
    case "object":
      return objects(s, root, depth, want);
  }
}
function numbers(s, integer) {
  const out = [0, 1, -1, 10, 100, 1e6];
  if (!integer) out.push(0.5, 1.5, -0.5);
  const step = num(s.multipleOf) ?? (integer ? 1 : 0.5);
  for (const k of ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"]) {
    const v = num(s[k]);
    if (v === void 0) continue;
    out.push(v, v + step, v - step, v + 1, v - 1);
    if (!integer) out.push(v + 0.5, v - 0.5);
  }
  const m = num(s.multipleOf);
  if (m !== void 0) out.push(m, 2 * m, 3 * m, 5 * m, 7 * m, 10 * m, 1, -m);
  const all = out.map((n) => integer ? Math.round(n) : n).filter((n) => Number.isFinite(n));
  const [lo2, lo22, hi2, hi22] = [num(s.minimum), num(s.exclusiveMinimum), num(s.maximum), num(s.exclusiveMaximum)];
  const within = (n) => (lo2 === void 0 || n >= lo2) && (lo22 === void 0 || n > lo22) && (hi2 === void 0 || n <= hi2) && (hi22 === void 0 || n < hi22) && (m === void 0 || m <= 0 || Number.isInteger(n / m));
  return [...all.filter(within), ...all.filter((n) => !within(n))];
}
function strings2(s) {
  const formats = typeof s.format === "string" && Object.hasOwn(FORMAT_SAMPLES, s.format) ? FORMAT_SAMPLES[s.format] : [];
  const set = stringSet(s);
  const samples = sampleStrings(set, 4);
  if (set.pattern) return [.../* @__PURE__ */ new Set([...hintStrings, ...samples, ...formats])];
  const { minLength: min, maxLength: max } = set;
  const bounds = [];
  for (const n of [min, max !== void 0 ? max + 1 : 5, max, min > 0 ? min - 1 : void 0, min + 1, 0, 1, 3]) {
    if (n !== void 0 && n >= 0 && n <= MAX_LENGTH) bounds.push("a".repeat(n));
  }
  const ordered = [...formats, ...bounds, "A1 b-", "\n"];
  return [.../* @__PURE__ */ new Set([...hintStrings, ...ordered.slice(0, 2), ...samples, ...ordered.slice(2)])];
}
function arrays(s, root, depth) {
  const prefix = Array.isArray(s.prefixItems) ? s.prefixItems : Array.isArray(s.items) ? s.items : [];
  const rest = Array.isArray(s.prefixItems) ? s.items : Array.isArray(s.items) ? s.additionalItems : s.items;
  const min = num(s.minItems) ?? 0;
  const max = num(s.maxItems);
  const heads = prefix.map((p) => generate(p, root, depth + 1));
  const restSamples = rest === false ? [] : generate(rest ?? true, root, depth + 1);
  const first = (list) => list.length ? list[0] : null;
  const base = heads.map(first);
  const out = [];
  const fill2 = (arr, n, filler) => {
    if (n > MAX_LENGTH) return void 0;
    const copy = [...arr];
    while (copy.length < n) copy.push(filler);
    return copy;
  };
  out.push(fill2(base, min, first(restSamples)));
  for (const v of restSamples.slice(0, 8)) out.push(fill2([...base, v], Math.max(min, base.length + 1), v));
  heads.forEach(
    (list, i) => list.slice(1, 6).forEach(
      (v) => out.push(
        fill2(
          base.map((b, j) => j === i ? v : b),
          min,
          first(restSamples)
        )
      )
    )
  );
  if (max !== void 0 && max < 50) out.push(fill2(base, max + 1, first(restSamples) ?? 1), fill2(base, max, first(restSamples) ?? 1));
  if (min > 0) out.push(fill2(base, min - 1, first(restSamples))?.slice(0, min - 1));
  if (isObj(s.contains) || s.contains === true)
    for (const v of generate(s.contains, root, depth + 1).slice(0, 4)) out.push(fill2([...base, v], min, v));
  out.push(fill2(base, Math.max(min, 2), first(restSamples) ?? 1));
  return out.filter((v) => v !== void 0);
}
function objects(s, root, depth, wanted) {
  const props = isObj(s.properties) ? s.properties : {};
  const required = Array.isArray(s.required) ? s.required.filter((r) => typeof r === "string") : [];
  const known = /* @__PURE__ */ new Map();
  const valuesOf = (name) => {
    let list = known.get(name);
    if (!list) {
      const schema = props[name] ?? patternSchema(s, name) ?? s.additionalProperties ?? true;
      list = generate(schema, root, depth + 1);
      if (!list.length) list = [null];
      known.set(name, list);
    }
    return list;
  };
  const base = {};
  for (const r of required) putOwn(base, r, valuesOf(r)[0]);
  const want = Math.min(wanted, Math.max(1, Math.floor(MAX_COPIED_KEYS / (required.length + 1))));
  const out = [];
  const add = (make) => out.length < want && out.push(make());
  add(() => ({ ...base }));
  const hinted = new Set(hintNames);
  const isRequired = new Set(required);
  const varied = [...required.filter((r) => r in props), ...Object.keys(props).filter((p) => hinted.has(p) && !isRequired.has(p))];
  for (const p of Object.keys(props)) if (varied.length < MAX_PROPS && !varied.includes(p)) varied.push(p);
  for (const name of varied.slice(0, MAX_PROPS)) {
    if (out.length >= want) return out;
    for (const v of valuesOf(name).slice(0, 6)) add(() => ({ ...base, [name]: v }));
    if (name in base)
      add(() => {
        const without3 = { ...base };
        delete without3[name];
        return without3;
      });
  }
  if (out.length >= want) return out;
  const extraValues = generate(s.additionalProperties ?? true, root, depth + 1).slice(0, 4);
  for (const v of extraValues.length ? extraValues : [1]) add(() => ({ ...base, extra_property: v }));
  add(() => ({ ...base, extra_property: 1, another_property: 2 }));
  for (const name of hintNames) if (!(name in props)) for (const v of [null, "x", 1, true, {}, []]) add(() => ({ ...base, [name]: v }));
  if (isObj(s.patternProperties)) {
    for (const [p, schema] of Object.entries(s.patternProperties)) {
      for (const name of patternSamples(p, 2))
        for (const v of generate(schema, root, depth + 1).slice(0, 3)) add(() => ({ ...base, [name]: v }));
    }
  }
  if (isObj(s.dependentRequired)) for (const k of Object.keys(s.dependentRequired)) add(() => ({ ...base, [k]: valuesOf(k)[0] }));
  add(() => {
    const all = { ...base };
    for (const name of varied.slice(0, MAX_PROPS)) putOwn(all, name, valuesOf(name)[0]);
    return all;
  });
  return out;
}
function propertyNames(schema, root) {
  const out = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new WeakSet();
  const pending = [schema];
  for (let at3 = 0; at3 < pending.length && out.size <= 64; at3++) {
    someNode(pending[at3], (o) => {
      if (isObj(o.properties)) for (const k of Object.keys(o.properties)) out.add(k);
      if (Array.isArray(o.required)) {
        for (const k of o.required) if (typeof k === "string") out.add(k);
      }
      const target = root !== void 0 && typeof o.$ref === "string" ? refTarget(root, o.$ref) : void 0;
      if (target && typeof target === "object" && !seen.has(target)) seen.add(target), pending.push(target);
      return out.size > 64;
    });
  }
  return [...out].slice(0, 64);
}
function patternSchema(s, name) {
  if (!isObj(s.patternProperties)) return void 0;
  for (const [p, schema] of Object.entries(s.patternProperties)) {
    try {
      if (safePattern(p).test(name)) return schema;
    } catch {
    }
  }
  return void 0;
}
function mergeShallow(s, key, branch) {
  if (!isObj(branch)) return branch;
  const rest = Object.fromEntries(Object.entries(s).filter(([k]) => k !== key && k !== "anyOf" && k !== "oneOf" && k !== "allOf"));
  return { ...rest, ...branch };
}
function resolve(ref, root) {
  return refTarget(root, ref) ?? true;
}
function append(out, items) {
  for (const item of items) out.push(item);
}

// src/core/semantic/judge.ts
var MAX_STEPS = 2e4;
var OVER_OWN_STEPS = "over the proof budget of one schema";
var OVER_DIFF_STEPS = "over the proof budget of this diff";
var OVER_DIFF_PATTERNS = "over the pattern budget of this diff (characters of patterns read)";
function included(olderAsWritten, newerAsWritten, options = {}) {
  const budget = options.budget;
  if (!budget) return judged(olderAsWritten, newerAsWritten, options);
  if (budget.steps <= 0) return { kind: "unproven", reason: OVER_DIFF_STEPS, spent: true };
  const taken = { steps: 0 };
  const own = options.maxSteps ?? MAX_STEPS;
  try {
    if (budget.patterns) budget.patterns.short = false;
    const verdict = readingPatterns(
      budget.patterns,
      () => judged(olderAsWritten, newerAsWritten, { ...options, maxSteps: Math.min(own, budget.steps) }, taken)
    );
    if (verdict.kind === "unproven" && !verdict.spent && budget.patterns?.short)
      return { kind: "unproven", reason: OVER_DIFF_PATTERNS, spent: true };
    if (verdict.kind === "unproven" && verdict.reason === OVER_OWN_STEPS && budget.steps < own)
      return { ...verdict, reason: OVER_DIFF_STEPS };
    return verdict;
  } finally {
    budget.steps -= taken.steps;
  }
}
function judged(olderAsWritten, newerAsWritten, options, taken = { steps: 0 }) {
  const a = refSiblingsVoid(options.rootA ?? olderAsWritten);
  const b = refSiblingsVoid(options.rootB ?? newerAsWritten);
  const [rootA, rootB, older, newer] = [
    a(options.rootA ?? olderAsWritten),
    b(options.rootB ?? newerAsWritten),
    a(olderAsWritten),
    b(newerAsWritten)
  ];
  const pools2 = [validatorsFor(rootA, options.budget), validatorsFor(rootB, options.budget)];
  const prover = new Prover(rootA, rootB, pools2[0], pools2[1], options.maxSteps);
  try {
    return decide(prover, older, newer, rootA, rootB, pools2);
  } catch (err) {
    if (err instanceof Unlinkable) return { kind: "unproven", reason: err.message, spent: err.spent };
    throw err;
  } finally {
    taken.steps = prover.steps;
  }
}
function decide(prover, older, newer, rootA, rootB, pools2) {
  try {
    if (prover.trivially(older, newer)) return { kind: "proven" };
  } catch (err) {
    if (!(err instanceof OutOfBudget)) throw err;
  }
  const va = pools2[0].compile(older);
  const vb = pools2[1].compile(newer);
  if (va && vb) {
    for (const v of [...candidates(older, rootA, propertyNames(newer, rootB)), ...candidates(newer, rootB, propertyNames(older, rootA))]) {
      if (va.accepts(v) && !vb.accepts(v)) return { kind: "broken", witness: v };
    }
  }
  try {
    if (prover.included(older, newer)) return { kind: "proven" };
  } catch (err) {
    if (err instanceof OutOfBudget) return { kind: "unproven", reason: OVER_OWN_STEPS, spent: true };
    throw err;
  }
  if (va && vb && prover.stringLeads.size) {
    const leads = [...prover.stringLeads];
    for (const v of [
      ...candidates(older, rootA, propertyNames(newer, rootB), leads),
      ...candidates(newer, rootB, propertyNames(older, rootA), leads)
    ])
      if (va.accepts(v) && !vb.accepts(v)) return { kind: "broken", witness: v };
  }
  if (va && vb) return { kind: "unproven", reason: "no proof and no counterexample found", spent: false };
  return { kind: "unproven", ...va ? pools2[1].refusal(newer) : pools2[0].refusal(older) };
}
var near = (a, b) => a === b || a.startsWith(b + "/") || b.startsWith(a + "/");
function witnessesAt(older, newer, witness, places) {
  const inNewer = failures(newer);
  const failing = inNewer?.(witness);
  if (!inNewer || !failing?.length) return void 0;
  const out = /* @__PURE__ */ new Map();
  for (const p of places) if (failing.some((f) => near(f, p))) out.set(p, witness);
  let open = places.filter((p) => !out.has(p));
  const inOlder = open.length ? failures(older) : void 0;
  if (!inOlder) return out;
  for (const v of [...candidates(older, older, propertyNames(newer)), ...candidates(newer, newer, propertyNames(older))]) {
    if (!open.length) break;
    if (inOlder(v)?.length !== 0) continue;
    const fails = inNewer(v);
    if (!fails?.length) continue;
    for (const p of open) if (fails.some((f) => near(f, p))) out.set(p, v);
    open = open.filter((p) => !out.has(p));
  }
  return out;
}

// src/core/diff/semantic-reconcile.ts
var MAX_JUDGED = 400;
var READ_ANNOTATIONS = /* @__PURE__ */ new Set(["format", "contentMediaType", "contentEncoding", "contentSchema", "default", "readOnly", "writeOnly"]);
function lastToken(pointer) {
  const tokens = pointerTokens(pointer);
  return tokens[tokens.length - 1] ?? "";
}
function sidesOf(role) {
  if (role === "request" || role === "storage") return ["reader"];
  if (role === "response") return ["writer"];
  return ["reader", "writer"];
}
var DIFF_COMPILE_BUDGET = 2e4;
var DIFF_STEP_BUDGET = 1e5;
var DIFF_DOCUMENT_BUDGET = 1e5;
var DIFF_PATTERN_BUDGET = 2e5;
function verdictOf(s, side, budget) {
  const [rootA, rootB] = [s.rootA ?? s.older, s.rootB ?? s.newer];
  return side === "reader" ? included(s.older, s.newer, { rootA, rootB, budget }) : included(s.newer, s.older, { rootA: rootB, rootB: rootA, budget });
}
var standalone = (node, root) => node !== null && typeof node === "object" ? asDocument(node, root) : node;
function placedAt(older, newer) {
  const at3 = (loc) => (file, pointer) => {
    if (file !== older.file && file !== newer.file) return void 0;
    if (pointer === loc.pointer || pointer.startsWith(loc.pointer + "/")) return pointer.slice(loc.pointer.length);
    return /^\/(components|\$defs|definitions)\//.test(pointer) ? pointer : void 0;
  };
  return [at3(older), at3(newer)];
}
var ELSEWHERE = "the schema breaks elsewhere; no value was found that breaks here";
function witnessOf(j, majors, policy) {
  const s = j.schema;
  const all = new Map(majors.map((c) => [c, j.broken.witness]));
  const reader = j.broken.side === "reader";
  const place = s.pointerOf?.[reader ? 1 : 0];
  const at3 = new Map(majors.map((c) => [c, place?.(c.file, c.pointer)]));
  if (!place || [...at3.values()].includes(void 0)) return all;
  for (const c of policy) {
    const p = place(c.file, c.pointer);
    if (p !== void 0) at3.set(c, p);
  }
  const [older, newer] = s.rootA === void 0 ? [s.older, s.newer] : [standalone(s.older, s.rootA), standalone(s.newer, s.rootB)];
  const [accepting, rejecting] = reader ? [older, newer] : [newer, older];
  const found = witnessesAt(accepting, rejecting, j.broken.witness, [...new Set(at3.values())]);
  if (!found || ![...found.values()].includes(j.broken.witness)) return all;
  const shown = new Map([...at3].filter(([, p]) => found.has(p)).map(([c, p]) => [c, found.get(p)]));
  return withOwnValues(j, majors, shown, at3, accepting, rejecting);
}
function withOwnValues(j, majors, shown, at3, accepting, rejecting) {
  const named = majors.filter((c) => /-enum-value-(removed|added)$/.test(c.ruleId));
  if (named.length < 2) return shown;
  const [accepts, rejects] = [failures(accepting), failures(rejecting)];
  if (!accepts || !rejects) return shown;
  const s = j.schema;
  for (const c of named) {
    const removed = c.ruleId.endsWith("-removed");
    const value = refTarget(removed ? s.rootA ?? s.older : s.rootB ?? s.newer, `#${c.pointer}`) ?? refTarget(removed ? s.older : s.newer, `#${at3.get(c)}`);
    const instance = value === void 0 ? void 0 : placed(shown.get(c) ?? j.broken.witness, at3.get(c), value);
    if (instance !== void 0 && accepts(instance)?.length === 0 && !!rejects(instance)?.length) shown.set(c, instance);
  }
  return shown;
}
function placed(base, place, value) {
  const tokens = pointerTokens(place);
  const path = tokens.slice(0, tokens.lastIndexOf("enum"));
  if (tokens.length - path.length !== 2) return void 0;
  const put = (node, i) => {
    if (i === path.length) return value;
    if (path[i] === "properties" && i + 1 < path.length) {
      const out = isObj(node) ? { ...node } : {};
      const inner = put(out[path[i + 1]], i + 2);
      if (inner === void 0) return void 0;
      putOwn(out, path[i + 1], inner);
      return out;
    }
    if (path[i] === "items") {
      const out = Array.isArray(node) && node.length ? [...node] : [null];
      const inner = put(out[0], i + 1);
      if (inner === void 0) return void 0;
      out[0] = inner;
      return out;
    }
    return void 0;
  };
  return put(base, 0);
}
function reconcile(schemas, changeOf, strict) {
  const judgements = [];
  const budget = {
    nodes: DIFF_COMPILE_BUDGET,
    steps: DIFF_STEP_BUDGET,
    documents: DIFF_DOCUMENT_BUDGET,
    patterns: { chars: DIFF_PATTERN_BUDGET, read: /* @__PURE__ */ new Set() }
  };
  for (const schema of schemas.slice(0, MAX_JUDGED)) {
    if (sameValue(schema.older, schema.newer) && schema.rootA === void 0) continue;
    const sides = sidesOf(schema.role);
    const verdicts = sides.map((side) => ({ side, verdict: verdictOf(schema, side, budget) }));
    const b = verdicts.find((v) => v.verdict.kind === "broken");
    const open = verdicts.map((v) => v.verdict).find((v) => v.kind === "unproven");
    judgements.push({
      schema,
      sides,
      broken: b && b.verdict.kind === "broken" ? { side: b.side, witness: b.verdict.witness } : void 0,
      proven: verdicts.every((v) => v.verdict.kind === "proven"),
      unproven: !b && open?.kind === "unproven" ? { reason: open.reason, spent: open.spent } : void 0
    });
  }
  const byPolicy = (c) => !strict && (getRule(c.rule).levelFrom === "policy" || READ_ANNOTATIONS.has(lastToken(c.pointer)) || pointerTokens(c.pointer).some((t) => t.startsWith("x-")));
  const mine = (j) => [...j.schema.changes].map(changeOf).filter((c) => !!c);
  const breaking = /* @__PURE__ */ new Set();
  const extra = [];
  for (const j of judgements) {
    if (!j.broken) continue;
    const semantic = { verdict: "breaking", witness: j.broken.witness, side: j.broken.side };
    const changes = mine(j);
    for (const c of changes) breaking.add(c);
    const majors = changes.filter((c) => c.level === "major");
    const policy = changes.filter(byPolicy);
    const shown2 = witnessOf(j, majors, policy);
    for (const c of majors) {
      const witness = shown2.get(c);
      c.semantic ??= shown2.has(c) ? { ...semantic, witness } : { verdict: "unproven", reason: ELSEWHERE };
    }
    for (const c of policy) if (shown2.has(c)) c.semantic ??= { ...semantic, witness: shown2.get(c), verdict: "policy" };
    if (majors.length) continue;
    for (const c of policy) c.semantic ??= { ...semantic, verdict: "policy" };
    if (policy.length) continue;
    extra.push({
      rule: j.broken.side === "reader" ? "schema-narrowed" : "schema-widened",
      context: j.schema.context ?? j.schema.role,
      role: j.schema.role,
      loc: { file: j.schema.file, pointer: "" },
      params: { at: j.schema.label },
      semantic,
      // "accepts values it did not accept" says nothing of which: another widening of the same schema is another break
      // (the schema with what it reaches: a widening may be in a component it `$ref`s)
      identity: fingerprint([j.schema.newer, j.schema.rootB]).hash
    });
  }
  for (const j of judgements) {
    if (!j.proven) continue;
    const majors = mine(j).filter((c) => c.level === "major" && !breaking.has(c));
    if (!majors.length) continue;
    const other = j.sides.length === 2 ? [] : j.sides[0] === "reader" ? ["writer"] : ["reader"];
    const level = other.every((side) => verdictOf(j.schema, side, budget).kind === "proven") ? "patch" : "minor";
    for (const c of majors) {
      if (byPolicy(c)) c.semantic = { verdict: "policy" };
      else {
        if (levelRank(level) < levelRank(c.level)) c.level = level;
        c.semantic = { verdict: "compatible" };
        c.hint = COMPATIBLE_HINTS.proven;
      }
    }
  }
  const decided = new Set(judgements.filter((j) => j.proven).flatMap(mine));
  for (const j of judgements) {
    if (!j.unproven) continue;
    for (const c of mine(j)) if (!decided.has(c)) c.semantic ??= { verdict: "unproven", reason: j.unproven.reason };
  }
  const shown = judgements.filter((j) => j.broken).length;
  const proven = judgements.filter((j) => j.proven).length;
  const overBudget = judgements.filter((j) => j.unproven?.spent).length;
  return {
    extra,
    coverage: { judged: judgements.length, proven, breaking: shown, unproven: judgements.length - proven - shown, overBudget }
  };
}

// src/core/diff/asyncapi-diff.ts
var DESCRIPTIVE = /* @__PURE__ */ new Set(["description", "summary", "title", "examples", "example", "tags", "externalDocs", "x-examples"]);
function directionOf(actions) {
  if (actions?.size === 1 && actions.has("send")) return { context: "event-sent", role: "response" };
  if (actions?.size === 1 && actions.has("receive")) return { context: "event-received", role: "request" };
  return { context: "event", role: "event" };
}
function forcedDirection(role) {
  return { context: role === "response" ? "event-sent" : role === "event" ? "event" : "event-received", role };
}
function diffAsyncApi(d, baseFile, file) {
  const a = readAsyncApi(d.baseDocs, baseFile, d.errors);
  const b = readAsyncApi(d.headDocs, file, d.errors);
  const emit = (rule, at3, params, lineAt) => d.sink.emit({
    rule,
    loc: typeof at3 === "string" ? { file, pointer: at3 } : at3,
    params,
    ...lineAt !== void 0 ? { lineAt: { file, pointer: lineAt } } : {}
  });
  let bundles;
  const judge = (older, newer, { context, role, label }, found) => {
    if (!found.size) return;
    bundles ??= [judgedDocument(d.baseDocs, baseFile), judgedDocument(d.headDocs, file)];
    const [x, y] = [bundles[0].copyOf(older.node), bundles[1].copyOf(newer.node)];
    if (x === void 0 || y === void 0) return;
    d.judged.push({
      file: newer.loc.file,
      role,
      context,
      label,
      older: x,
      newer: y,
      rootA: bundles[0].root,
      rootB: bundles[1].root,
      changes: found,
      pointerOf: placedAt(older.loc, newer.loc)
    });
  };
  const across = a.major !== b.major;
  const [toB, toA] = [twins(a, b, across), twins(b, a, across)];
  const opId = (m, op) => across ? `${op.action} ${op.channel !== void 0 && m.channels.get(op.channel)?.address || op.key}` : op.key;
  const byId = (m) => new Map([...m.operations.values()].map((op) => [opId(m, op), op]));
  const [opsA, opsB] = [byId(a), byId(b)];
  for (const [key, c] of a.channels) if (toB(key) === void 0) emit("channel-removed", c.loc.pointer, { channel: key }, "/channels");
  for (const [key, c] of b.channels) if (toA(key) === void 0) emit("channel-added", c.loc, { channel: key });
  for (const [key, c] of b.channels) {
    const old = a.channels.get(toA(key) ?? "");
    if (!old) continue;
    if (old.address !== null && c.address !== null && old.address !== c.address)
      emit("channel-address-changed", c.addressLoc, { channel: key, old: old.address, new: c.address });
    const [context, role] = ["event", "event"];
    for (const [name, p] of c.parameters) {
      const q = old.parameters.get(name);
      if (!q) continue;
      const schemaOf = (s, major) => {
        const n = obj(s.node);
        if (n.schema !== void 0) return { loc: { ...s.loc, pointer: pointerJoin(s.loc.pointer, "schema") }, node: n.schema };
        return major < 3 ? s : { loc: s.loc, node: { type: "string", ...n } };
      };
      d.schemas.compare([schemaOf(q, a.major)], [schemaOf(p, b.major)], { context, role, label: `channel ${key} parameter ${name}` });
    }
  }
  for (const [id, op] of opsA) {
    const channelGone = op.channel !== void 0 && toB(op.channel) === void 0;
    if (!opsB.has(id) && !channelGone)
      emit(
        "async-operation-removed",
        op.loc.pointer,
        { operation: op.label },
        op.channel ? pointerJoin("/channels", op.channel) : "/operations"
      );
  }
  for (const [id, op] of opsB) {
    const old = opsA.get(id);
    if (!old) {
      if (op.channel === void 0 || toA(op.channel) !== void 0) emit("async-operation-added", op.loc, { operation: op.label });
      continue;
    }
    if (old.action !== op.action)
      emit("async-operation-changed", pointerJoin(op.loc.pointer, "action"), {
        operation: op.label,
        what: `now ${op.action}s where it ${old.action === "send" ? "sent" : "received"}`
      });
    if ((old.channel === void 0 ? void 0 : toB(old.channel)) !== op.channel)
      emit("async-operation-changed", pointerJoin(op.loc.pointer, "channel"), {
        operation: op.label,
        what: `moved from channel ${old.channel} to ${op.channel}`
      });
    const names = (m, keys) => new Map([...keys].map((k) => [m.messages.get(k).name, k]));
    const [na, nb] = [names(a, old.messages), names(b, op.messages)];
    const headNames = new Set([...b.messages.values()].map((m) => m.name));
    const baseNames = new Set([...a.messages.values()].map((m) => m.name));
    for (const name of na.keys())
      if (!nb.has(name) && headNames.has(name)) emit("operation-message-removed", op.loc, { operation: op.label, message: name });
    for (const [name, k] of nb)
      if (!na.has(name) && baseNames.has(name))
        emit("operation-message-added", b.messages.get(k).loc, { operation: op.label, message: name });
  }
  const parentIn = (m, pointer, from) => {
    if (across) {
      const ch2 = /^\/channels\/([^/]+)\//.exec(pointer);
      return !ch2 || (from === a ? toB : toA)(ch2[1].replace(/~1/g, "/").replace(/~0/g, "~")) !== void 0;
    }
    const op = /^\/channels\/([^/]+)\/(publish|subscribe)\//.exec(pointer);
    if (op) return m.operations.has(`${op[2]} ${op[1].replace(/~1/g, "/").replace(/~0/g, "~")}`);
    const ch = /^\/channels\/([^/]+)\//.exec(pointer);
    return !ch || m.channels.has(ch[1].replace(/~1/g, "/").replace(/~0/g, "~"));
  };
  const paired = pairMessages(a, b);
  const kept = new Set([...paired.values()].map((m) => m.key));
  for (const [key, m] of a.messages)
    if (!kept.has(key) && parentIn(b, key, a)) emit("message-removed", m.loc.pointer, { message: m.name }, key.replace(/\/[^/]+$/, ""));
  for (const [key, m] of b.messages) if (!paired.has(key) && parentIn(a, key, b)) emit("message-added", m.loc, { message: m.name });
  for (const [key, m] of b.messages) {
    const old = paired.get(key);
    if (old) compareMessage(d, a, b, old, m, judge);
  }
  if (across) {
    const version = (m, f) => String(obj(m.get(f).data).asyncapi);
    emit("async-info-changed", "/asyncapi", { field: `asyncapi (${version(d.baseDocs, baseFile)} \u2192 ${version(d.headDocs, file)})` });
    const info = (m, f) => ({ info: obj(m.get(f).data).info });
    const seen2 = /* @__PURE__ */ new Set();
    for (const c of diffData(file, info(d.baseDocs, baseFile), info(d.headDocs, file))) {
      const field = pointerTokens(c.loc.pointer).slice(0, 2).join(".");
      if (!seen2.has(field)) emit("async-info-changed", c.loc.pointer, { field });
      seen2.add(field);
    }
    return;
  }
  const read = [...a.read, ...b.read];
  const definitions2 = /* @__PURE__ */ new Set([...a.messages.keys(), ...b.messages.keys()]);
  const judged2 = (p) => /^\/(channels|operations)\/[^/]+$/.test(p) || definitions2.has(p) || read.some((r) => p === r || p.startsWith(r + "/")) || p === "/asyncapi";
  const covered = d.sink.pointersFor(file);
  const seen = /* @__PURE__ */ new Set();
  const gone = [...read, "/components/schemas", "/components/messageTraits"];
  for (const c of diffData(file, without2(d.baseDocs.get(baseFile).data, gone), without2(d.headDocs.get(file).data, gone))) {
    const p = c.loc.pointer;
    if (judged2(p) || covered.some((q) => p.startsWith(q) || q.startsWith(p))) continue;
    const descriptive = p.split("/").findIndex((t) => DESCRIPTIVE.has(t) || t === "info");
    if (descriptive > 0) {
      const at3 = p.split("/").slice(0, descriptive + 1).join("/");
      const field = at3.split("/").slice(1).map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~")).join(".");
      if (!seen.has(at3)) emit("async-info-changed", at3, { field });
      seen.add(at3);
    } else d.sink.emit(c);
  }
}
function twins(from, to, across) {
  if (!across) return (key) => to.channels.has(key) ? key : void 0;
  const byAddress = /* @__PURE__ */ new Map();
  for (const [k, c] of to.channels) if (c.address !== null && !byAddress.has(c.address)) byAddress.set(c.address, k);
  return (key) => {
    const address = from.channels.get(key)?.address;
    return address === null || address === void 0 ? void 0 : byAddress.get(address);
  };
}
function pairMessages(a, b) {
  const named = (m) => typeof m.fields.get("name")?.node === "string" || typeof m.fields.get("messageId")?.node === "string";
  const out = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Set();
  for (const [key, m] of b.messages) {
    const old = a.messages.get(key);
    if (old && (!named(old) || !named(m) || old.name === m.name)) {
      out.set(key, old);
      used.add(old.key);
    }
  }
  for (const [key, m] of b.messages) {
    if (out.has(key) || !named(m)) continue;
    const same = [...a.messages.values()].filter((x) => !used.has(x.key) && named(x) && x.name === m.name);
    if (same.length !== 1) continue;
    out.set(key, same[0]);
    used.add(same[0].key);
  }
  return out;
}
function without2(doc, pointers) {
  const root = { ...obj(doc) };
  const copies = new WeakSet([root]);
  for (const pointer of pointers) {
    const tokens = pointerTokens(pointer);
    let node = root;
    for (const [i, t] of tokens.entries()) {
      if (!(t in node)) break;
      if (i === tokens.length - 1) {
        delete node[t];
        break;
      }
      const next = node[t];
      if (next === null || typeof next !== "object" || Array.isArray(next)) break;
      if (!copies.has(next)) copies.add(node[t] = { ...next });
      node = node[t];
    }
  }
  return root;
}
function carried(found, via) {
  for (const c of found) for (const v of via.slice(1)) addVia(c, v);
  return found;
}
function compareMessage(d, a, b, old, m, judge) {
  const via = [...b.carriers.get(m.key) ?? []].map((k) => `channel ${b.channels.get(k)?.address ?? k}`).sort();
  const forced = d.roleOf?.(m.loc.file);
  const { context, role } = forced ? forcedDirection(forced) : directionOf(b.actions.get(m.key) ?? a.actions.get(old.key));
  const emit = (rule, loc, params) => d.sink.emit({ rule, loc, params });
  const field = (x, f) => x.fields.get(f);
  const contentType = (x, model) => {
    const own = field(x, "contentType")?.node;
    return typeof own === "string" ? own : model.defaultContentType;
  };
  const [ta, tb] = [contentType(old, a), contentType(m, b)];
  if (ta !== void 0 && tb !== void 0 && ta !== tb)
    emit("message-content-type-changed", field(m, "contentType")?.loc ?? m.loc, { message: m.name, old: ta, new: tb });
  const [ca, cb] = [obj(field(old, "correlationId")?.node), obj(field(m, "correlationId")?.node)];
  if (typeof ca.location === "string" && ca.location !== cb.location)
    emit("correlation-id-changed", field(m, "correlationId")?.loc ?? m.loc, {
      message: m.name,
      old: ca.location,
      new: cb.location ?? "none"
    });
  const [pa, pb] = [payloadOf(old), payloadOf(m)];
  if (pa && pb) {
    if (pa.format !== pb.format || pa.format === "other" && pa.formatName !== pb.formatName)
      emit("message-schema-format-changed", field(m, "schemaFormat")?.loc ?? pb.side.loc, {
        message: m.name,
        old: pa.formatName,
        new: pb.formatName
      });
    else if (pa.format === "avro") {
      try {
        const [x, y] = [d.baseDocs.deref(pa.side.loc, pa.side.node), d.headDocs.deref(pb.side.loc, pb.side.node)];
        diffAvroSchemas(d.sink, x, y, { role, label: `message ${m.name}`, via, names: [avroNamesOf(d.baseDocs), avroNamesOf(d.headDocs)] });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        d.errors.push({ file: err.file ?? pb.side.loc.file, line: err.line, message: err.message });
      }
    } else if (pa.format === "json") {
      const scope = { context, role, label: `message ${m.name}`, via: via[0] };
      judge(pa.side, pb.side, scope, carried(d.schemas.compare([pa.side], [pb.side], scope), via));
    } else if (!sameValue(pa.side.node, pb.side.node)) {
      const tool = /protobuf/i.test(pb.formatName) ? ", or run `buf breaking` in your CI" : "";
      emit("message-payload-unjudged", pb.side.loc, { message: m.name, format: pb.formatName, tool });
    }
  }
  const schemaField = (x, path) => {
    let side = field(x, path[0]);
    for (const t of path.slice(1)) {
      if (!side) return void 0;
      const node = obj(side.node)[t];
      side = node === void 0 ? void 0 : { loc: { ...side.loc, pointer: pointerJoin(side.loc.pointer, t) }, node };
    }
    return side;
  };
  for (const [path, what] of [
    [["headers"], "headers"],
    [["bindings", "kafka", "key"], "Kafka key"]
  ]) {
    const [x, y] = [schemaField(old, [...path]), schemaField(m, [...path])];
    if (!x && !y) continue;
    const none = (other) => ({ loc: { ...other.loc, pointer: pointerJoin(other.loc.pointer, ...path) }, node: {} });
    const scope = { context, role, label: `message ${m.name} ${what}`, via: via[0] };
    const [sx, sy] = [x ?? none(old), y ?? none(m)];
    judge(sx, sy, scope, carried(d.schemas.compare([sx], [sy], scope), via));
  }
}

// src/core/diff/avro-protocol.ts
function typesOf2(protocol) {
  const namespace = typeof protocol.namespace === "string" && protocol.namespace ? protocol.namespace : void 0;
  const out = /* @__PURE__ */ new Map();
  (Array.isArray(protocol.types) ? protocol.types : []).forEach((t, index) => {
    if (!isObj(t) || typeof t.name !== "string") return;
    const own = typeof t.namespace === "string" ? t.namespace || void 0 : namespace;
    const node = own !== void 0 && t.namespace === void 0 ? { ...t, namespace: own } : t;
    const name = fullName(t.name, own);
    if (!out.has(name)) out.set(name, { index, node });
  });
  return out;
}
function diffAvroProtocols(sink, older, newer, role) {
  const label = newer.file.replace(/^.*\//, "");
  const [typesA, typesB] = [typesOf2(older.node), typesOf2(newer.node)];
  const namesOf = (types, rest, namespace) => (name) => {
    const own = types.get(name) ?? types.get(fullName(name, namespace));
    return own ? { node: own.node, namespace } : rest(name);
  };
  const nsOf = (p) => typeof p.namespace === "string" && p.namespace ? p.namespace : void 0;
  const ns = [nsOf(older.node), nsOf(newer.node)];
  const names = [namesOf(typesA, older.names, ns[0]), namesOf(typesB, newer.names, ns[1])];
  const at3 = (side, pointer) => ({ file: side.file, pointer });
  for (const [name, b] of typesB) {
    const a = typesA.get(name) ?? [...typesA.values()].find((t) => aliasesOf(b.node, name).has(fullNameOf(t.node)));
    if (!a) sink.emit({ rule: "avro-protocol-type-added", loc: at3(newer, `/types/${b.index}`), params: { name } });
    else
      diffAvroSchemas(
        sink,
        { loc: at3(older, `/types/${a.index}`), node: a.node },
        { loc: at3(newer, `/types/${b.index}`), node: b.node },
        {
          role,
          label: `${label} ${name}`,
          names
        }
      );
  }
  const renamedTo = new Set([...typesB].flatMap(([name, b]) => [...aliasesOf(b.node, name)]));
  for (const name of typesA.keys())
    if (!typesB.has(name) && !renamedTo.has(name))
      sink.emit({ rule: "avro-protocol-type-removed", loc: at3(newer, "/types"), params: { name } });
  const [messagesA, messagesB] = [messagesOf(older.node), messagesOf(newer.node)];
  for (const [name, b] of messagesB) {
    const a = messagesA.get(name);
    const place = pointerJoin("/messages", name);
    if (!a) {
      sink.emit({ rule: "avro-message-added", loc: at3(newer, place), params: { name } });
      continue;
    }
    const request = (m, namespace) => ({
      type: "record",
      name: "__request",
      ...namespace ? { namespace } : {},
      fields: Array.isArray(m.request) ? m.request : []
    });
    const response = (m, namespace) => ({
      type: "record",
      name: "__response",
      ...namespace ? { namespace } : {},
      fields: [{ name: "response", type: m.response ?? "null" }]
    });
    const compare = (part, make, partRole, prefix) => diffAvroSchemas(
      relocated(sink, `${place}/${part}${prefix}`, `${place}/${part}`),
      { loc: at3(older, `${place}/${part}`), node: make(a, ns[0]) },
      { loc: at3(newer, `${place}/${part}`), node: make(b, ns[1]) },
      { role: partRole, label: `${label} ${name} ${part}`, names }
    );
    compare("request", request, "request", "/fields");
    compare("response", response, "response", "/fields/0/type");
  }
  for (const name of messagesA.keys())
    if (!messagesB.has(name)) sink.emit({ rule: "avro-message-removed", loc: at3(newer, "/messages"), params: { name } });
}
function messagesOf(protocol) {
  const out = /* @__PURE__ */ new Map();
  if (isObj(protocol.messages)) {
    for (const [name, m] of Object.entries(protocol.messages)) if (isObj(m)) out.set(name, m);
  }
  return out;
}
function fullNameOf(node) {
  return fullName(node.name, typeof node.namespace === "string" ? node.namespace || void 0 : void 0);
}
function aliasesOf(node, name) {
  const namespace = name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : void 0;
  return new Set(
    (Array.isArray(node.aliases) ? node.aliases : []).filter((a) => typeof a === "string").map((a) => fullName(a, namespace))
  );
}
function relocated(sink, from, to) {
  const move = (pointer) => pointer === from || pointer.startsWith(from + "/") ? to + pointer.slice(from.length) : pointer;
  return { emit: (change) => sink.emit({ ...change, loc: { ...change.loc, pointer: move(change.loc.pointer) } }) };
}

// src/core/diff/moves.ts
import { posix } from "node:path";
import { createHash } from "node:crypto";
var segments = (path) => path.split("/");
var { basename } = posix;
function movedFiles(base, head, sameUnit, identity2) {
  const [before, after] = [new Set(base.paths()), new Set(head.paths())];
  const removed = [...before].filter((p) => !after.has(p)).sort();
  const added = new Set([...after].filter((p) => !before.has(p)).sort());
  if (!removed.length || !added.size) return [];
  const moves = [];
  const moved2 = /* @__PURE__ */ new Set();
  const take = (from, to) => {
    if (!sameUnit(from, to)) return;
    moves.push({ base: from, head: to });
    moved2.add(from);
    added.delete(to);
  };
  const open = () => removed.filter((p) => !moved2.has(p));
  const pairUnique = (key) => {
    const group = (paths, side) => {
      const out = /* @__PURE__ */ new Map();
      for (const p of paths) {
        const k = key(p, side);
        if (k === void 0) continue;
        const same = out.get(k);
        if (same) same.push(p);
        else out.set(k, [p]);
      }
      return out;
    };
    const there = group(added, "head");
    for (const [k, from] of group(open(), "base")) {
      const to = there.get(k);
      if (from.length === 1 && to?.length === 1) take(from[0], to[0]);
    }
  };
  pairUnique((p, side) => {
    const bytes = (side === "base" ? base : head).read(p);
    if (bytes instanceof Oversized) return `oversized ${bytes.id}`;
    return bytes && createHash("sha256").update(isBinary(bytes) ? bytes : toLf(bytes)).digest("hex");
  });
  const folders = /* @__PURE__ */ new Map();
  for (const m of moves) {
    const [a, b] = [segments(m.base), segments(m.head)];
    if (a[a.length - 1] !== b[b.length - 1]) continue;
    while (a.length && b.length && a[a.length - 1] === b[b.length - 1]) [a.pop(), b.pop()];
    const [from, to] = [a.join("/"), b.join("/")];
    folders.set(from, folders.has(from) && folders.get(from) !== to ? null : to);
  }
  for (const r of open()) {
    const parts = segments(r);
    for (let depth = parts.length - 1; depth >= 0; depth--) {
      const to = folders.get(parts.slice(0, depth).join("/"));
      if (to === void 0) continue;
      const rest = parts.slice(depth).join("/");
      const target = to === "" ? rest : `${to}/${rest}`;
      if (to !== null && added.has(target)) take(r, target);
      break;
    }
  }
  pairUnique((p) => basename(p));
  if (identity2) pairUnique((p, side) => identity2(side, p));
  return moves.sort((x, y) => x.head < y.head ? -1 : x.head > y.head ? 1 : 0);
}

// src/core/source/operations.ts
var METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
var isObj4 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function reachedSchemas(doc, file = "", resolve2) {
  const reached = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new WeakSet();
  const stack = [
    [doc.paths, file],
    [doc.webhooks, file]
  ];
  while (stack.length) {
    const [n, at3] = stack.pop();
    if (!n || typeof n !== "object" || seen.has(n)) continue;
    seen.add(n);
    const ref = n.$ref;
    const tokens = typeof ref === "string" ? localRefTokens(ref) : void 0;
    if (tokens && at3 === file) {
      if (tokens[0] === "components" && tokens[1] === "schemas" && tokens[2] !== void 0) reached.add(tokens[2]);
      else if (tokens[0] === "definitions" && tokens[1] !== void 0 && doc.swagger) reached.add(tokens[1]);
      stack.push([refTarget(doc, ref), at3]);
    } else if (typeof ref === "string" && resolve2) {
      const target = followed(resolve2, at3, ref);
      if (target) stack.push([target.node, target.file]);
    }
    for (const v of Array.isArray(n) ? n : Object.values(n)) if (v && typeof v === "object") stack.push([v, at3]);
  }
  if (resolve2) {
    const components = doc.swagger ? doc.definitions : isObj4(doc.components) ? doc.components.schemas : void 0;
    for (const [name, node] of Object.entries(isObj4(components) ? components : {})) {
      if (isObj4(node) && seen.has(node)) reached.add(name);
      const ref = isObj4(node) ? node.$ref : void 0;
      if (typeof ref !== "string" || localRefTokens(ref)) continue;
      const target = followed(resolve2, file, ref);
      if (target && typeof target.node === "object" && target.node !== null && seen.has(target.node)) reached.add(name);
    }
  }
  return reached;
}
function followed(resolve2, file, ref) {
  try {
    return resolve2(file, ref);
  } catch {
    return void 0;
  }
}
function operations(doc, file, sections = ["paths"], deref = (item) => item, base = "") {
  const out = [];
  for (const section of sections) {
    const items = doc[section];
    if (!isObj4(items)) continue;
    for (const [path, raw] of Object.entries(items)) {
      const item = deref({ loc: { file, pointer: pointerJoin(base, section, path) }, node: raw });
      const node = item.node;
      if (!isObj4(node)) continue;
      for (const method of METHODS) {
        const op = node[method];
        if (isObj4(op)) out.push({ section, path, method, node: op, item: { loc: item.loc, node } });
      }
    }
  }
  return out;
}

// src/core/semantic/subdocument.ts
var isObj5 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var DIALECT_KEYS = ["$schema", "$id", "jsonSchemaDialect", "openapi", "swagger", "asyncapi"];
function tokensOf(ref) {
  return ref.slice(2).split("/").map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function at(root, tokens) {
  let node = root;
  for (const t of tokens) node = node !== null && typeof node === "object" ? node[t] : void 0;
  return node;
}
function subdocument(root, node) {
  if (!isObj5(root)) return root;
  const reached = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  const stack = [node];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== "object" || seen.has(n)) continue;
    seen.add(n);
    if (!Array.isArray(n)) {
      if ("$dynamicRef" in n || "$recursiveRef" in n) return root;
      const ref = n.$ref;
      if (typeof ref === "string") {
        if (!ref.startsWith("#/")) return root;
        if (!reached.has(ref)) {
          const target = at(root, tokensOf(ref));
          if (target === void 0) return root;
          reached.set(ref, target);
          stack.push(target);
        }
      }
    }
    for (const v of Array.isArray(n) ? n : Object.values(n)) if (v && typeof v === "object") stack.push(v);
  }
  const out = {};
  for (const k of DIALECT_KEYS) if (k in root) out[k] = root[k];
  const placed2 = [];
  for (const ref of [...reached.keys()].sort((a, b) => a.length - b.length)) {
    if (placed2.some((p) => ref.startsWith(p + "/"))) continue;
    const tokens = tokensOf(ref);
    let holder = out;
    for (const t of tokens.slice(0, -1)) {
      if (!isObj5(holder[t])) holder[t] = {};
      holder = holder[t];
    }
    holder[tokens[tokens.length - 1]] = reached.get(ref);
    placed2.push(ref);
  }
  return out;
}

// src/core/diff/openapi-diff.ts
var MAX_JUDGED_PER_DOCUMENT = 400;
var ADDED = { operation: "operation-added", webhook: "webhook-added", callback: "callback-added" };
var REMOVED = { operation: "operation-removed", webhook: "webhook-removed", callback: "callback-removed" };
var isObj6 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var at2 = (loc, ...tokens) => ({ file: loc.file, pointer: pointerJoin(loc.pointer, ...tokens) });
var OpenApiDiffer = class {
  constructor(baseDocs, headDocs, sink, schemas, errors, judged2 = [], roleOf = () => void 0) {
    this.baseDocs = baseDocs;
    this.headDocs = headDocs;
    this.sink = sink;
    this.schemas = schemas;
    this.errors = errors;
    this.judged = judged2;
    this.roleOf = roleOf;
  }
  baseDocs;
  headDocs;
  sink;
  schemas;
  errors;
  judged;
  roleOf;
  /** The two documents being compared, when set inclusion can judge their schemas (OpenAPI 3.1, and 3.0 read as JSON Schema 2020-12). */
  /** One document is Swagger 2.0 and the other OpenAPI 3 (a description upgraded): form fields are a request body. */
  upgraded = false;
  roots;
  diff({ baseFile, headFile }) {
    const a = baseFile ? this.baseDocs.get(baseFile).data : {};
    const b = headFile ? this.headDocs.get(headFile).data : {};
    const file = headFile ?? baseFile;
    const root = { file, pointer: "" };
    if (baseFile && headFile) this.documentLevel(a, b, root);
    const is3 = (d) => typeof d.openapi === "string" && /^3\.[01]\./.test(d.openapi);
    const judgeable = baseFile && headFile && is3(a) && is3(b);
    this.roots = judgeable ? { baseFile, headFile, judged: 0, seen: /* @__PURE__ */ new Map() } : void 0;
    const upgraded = !!baseFile && !!headFile && !a.swagger !== !b.swagger;
    this.upgraded = upgraded;
    const [pa, pb] = [sharedPath(a), sharedPath(b)];
    const moved2 = !!baseFile && !!headFile && pa !== void 0 && pb !== void 0 && pa !== pb;
    if (moved2) this.emit("base-path-changed", at2(root, b.swagger ? "basePath" : "servers"), { old: pa || "/", new: pb || "/" });
    const opsA = this.operations(this.baseDocs, a, baseFile, basePathOf(a, upgraded), moved2);
    const opsB = this.operations(this.headDocs, b, headFile, basePathOf(b, upgraded), moved2);
    for (const [key, op] of opsA) {
      const parent = { file, pointer: op.kind === "webhook" ? "/webhooks" : "/paths" };
      if (!opsB.has(key)) this.emit(REMOVED[op.kind], op.loc, { op: op.label }, headFile ? parent : void 0);
    }
    for (const [key, op] of opsB) {
      const old = opsA.get(key);
      if (!old) this.emit(ADDED[op.kind], op.loc, { op: op.label });
      else this.operation(old, op);
    }
    if (baseFile && headFile) this.orphans(a, b, baseFile, headFile);
  }
  /** Component schemas nothing reaches (a shared library, a document that is only components): compared by their role. */
  orphans(a, b, baseFile, headFile) {
    const follow = (docs) => (file2, ref) => {
      const r = docs.resolveRef({ file: file2, pointer: "" }, ref);
      return { file: r.loc.file, node: r.node };
    };
    const reached = /* @__PURE__ */ new Set([...reachedSchemas(a, baseFile, follow(this.baseDocs)), ...reachedSchemas(b, headFile, follow(this.headDocs))]);
    const holder = (d) => d.swagger ? "/definitions" : "/components/schemas";
    const schemas = (d) => d.swagger ? isObj6(d.definitions) ? d.definitions : {} : isObj6(d.components) && isObj6(d.components.schemas) ? d.components.schemas : {};
    const [sa, sb] = [schemas(a), schemas(b)];
    const file = headFile;
    const role = this.roleOf(file) ?? "event";
    const loc = (name, base = false) => ({
      file: base ? baseFile : headFile,
      pointer: pointerJoin(holder(base ? a : b), name)
    });
    const scope = (name) => ({
      context: role,
      role,
      label: `${holder(b).slice(1).replace("/", ".")}.${name} (reached by no operation)`
    });
    for (const name of Object.keys(sa)) {
      if (reached.has(name) || name in sb) continue;
      this.sink.emit({
        rule: "definition-removed",
        context: role,
        role,
        loc: loc(name, true),
        lineAt: { file, pointer: "" },
        params: { at: scope(name).label, name }
      });
    }
    for (const name of Object.keys(sb)) {
      if (reached.has(name)) continue;
      if (!(name in sa))
        this.sink.emit({ rule: "definition-added", context: role, role, loc: loc(name), params: { at: scope(name).label, name } });
      else this.schemas.compare([{ loc: loc(name, true), node: sa[name] }], [{ loc: loc(name), node: sb[name] }], scope(name));
    }
  }
  emit(rule, loc, params, lineAt, via) {
    this.sink.emit({ rule, loc, lineAt, params, via });
  }
  documentLevel(a, b, root) {
    const version = (d) => d.openapi ? String(d.openapi) : d.swagger ? `Swagger ${String(d.swagger)}` : void 0;
    if (version(a) !== version(b) && version(a) && version(b)) {
      this.emit("openapi-version-changed", at2(root, b.openapi ? "openapi" : "swagger"), { old: version(a), new: version(b) });
    }
    const infoA = isObj6(a.info) ? a.info : {};
    const infoB = isObj6(b.info) ? b.info : {};
    for (const key of /* @__PURE__ */ new Set([...Object.keys(infoA), ...Object.keys(infoB)])) {
      if (!sameValue(infoA[key], infoB[key]))
        this.emit("api-info-changed", at2(root, "info", key), { field: `info.${key}`, old: infoA[key], new: infoB[key] }, at2(root, "info"));
    }
    for (const field of ["tags", "externalDocs", "jsonSchemaDialect"]) {
      if (!sameValue(a[field], b[field])) this.emit("api-info-changed", at2(root, field), { field, old: a[field], new: b[field] });
    }
    const urls = (doc) => new Set(serverUrls(doc));
    const ua = urls(a);
    const ub = urls(b);
    for (const url of ua) if (!ub.has(url)) this.emit("server-removed", at2(root, "servers", url), { url }, at2(root, "servers"));
    for (const url of ub) if (!ua.has(url)) this.emit("server-added", at2(root, "servers", url), { url });
    const [schemesA, schemesB] = [securitySchemes(a), securitySchemes(b)];
    const schemeLoc = (name) => at2(root, ...b.swagger ? ["securityDefinitions"] : ["components", "securitySchemes"], name);
    for (const name of Object.keys(schemesA))
      if (!(name in schemesB)) this.emit("security-scheme-removed", schemeLoc(name), { name }, root);
    for (const name of Object.keys(schemesB)) {
      if (!(name in schemesA)) {
        this.emit("security-scheme-added", schemeLoc(name), { name });
        continue;
      }
      const sa = asScheme(this.deref(this.baseDocs, schemeLoc(name), schemesA[name]).node);
      const sb = asScheme(this.deref(this.headDocs, schemeLoc(name), schemesB[name]).node);
      for (const field of ["type", "scheme", "in", "name", "bearerFormat", "flows", "openIdConnectUrl"]) {
        if (!sameValue(sa?.[field], sb?.[field]))
          this.emit("security-scheme-changed", at2(schemeLoc(name), field), { name, field, values: schemeChange(sa?.[field], sb?.[field]) });
      }
    }
    for (const [key, value] of Object.entries(b)) {
      if (key.startsWith("x-") && !sameValue(a[key], value))
        this.emit("api-info-changed", at2(root, key), { field: key, old: a[key], new: value });
    }
  }
  deref(docs, loc, node) {
    try {
      return docs.deref(loc, node);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      if (!this.errors.some((e) => e.message === err.message))
        this.errors.push({ file: err.file ?? loc.file, line: err.line, message: err.message });
      return { loc, node: {} };
    }
  }
  /** `bare`: keyed by route alone, without the base path (it moved: operations pair across it). */
  operations(docs, doc, file, basePath, bare = false) {
    const out = /* @__PURE__ */ new Map();
    if (!file) return out;
    const deref = (item) => this.deref(docs, item.loc, item.node);
    const route = (path) => path.replace(/\{[^}]*\}/g, "{}");
    const add = (op) => out.set(op.key, { ...op, pathItem: op.item, doc, docFile: file });
    for (const { section, path, method, node, item } of operations(doc, file, ["paths", "webhooks"], deref)) {
      const M = method.toUpperCase();
      const webhook = section === "webhooks";
      const key = webhook ? `${M} webhook ${route(path)}` : `${M} ${bare ? "" : basePath}${route(path)}`;
      const label = webhook ? `webhook ${path}${method === "post" ? "" : ` (${M})`}` : `${M} ${basePath}${path}`;
      const loc = at2(item.loc, method);
      add({ kind: webhook ? "webhook" : "operation", key, path, label, method, loc, node, item });
      if (!isObj6(node.callbacks)) continue;
      const callbacks = node.callbacks;
      for (const cb of operations(callbacks, file, Object.keys(callbacks), deref, at2(loc, "callbacks").pointer)) {
        const CM = cb.method.toUpperCase();
        add({
          kind: "callback",
          key: `${key} callback ${cb.section} ${CM} ${cb.path}`,
          path: cb.path,
          label: `${label} callback ${cb.section} (${CM} ${cb.path})`,
          method: cb.method,
          loc: at2(cb.item.loc, cb.method),
          node: cb.node,
          item: cb.item
        });
      }
    }
    return out;
  }
  operation(a, b) {
    if (this.unchanged(a, b)) return;
    const op = b.label;
    if (!a.node.deprecated !== !b.node.deprecated)
      this.emit(b.node.deprecated ? "operation-deprecated" : "operation-undeprecated", at2(b.loc, "deprecated"), { op }, b.loc);
    if (a.node.operationId && b.node.operationId && a.node.operationId !== b.node.operationId) {
      this.emit("operation-id-changed", at2(b.loc, "operationId"), { op, old: a.node.operationId, new: b.node.operationId });
    }
    for (const field of ["summary", "description", "tags", "externalDocs"]) {
      if (!sameValue(a.node[field], b.node[field])) this.emit("operation-docs-changed", at2(b.loc, field), { op, field }, b.loc);
    }
    this.parameters(a, b);
    this.requestBody(a, b);
    this.responses(a, b);
    this.security(a, b);
  }
  /**
   * An operation written alike in both documents, whose references reach alike components, under the same path item
   * parameters and security, in documents read by the same rules: nothing in it can differ (most of a large API's
   * operations, between two releases).
   */
  unchanged(a, b) {
    if (a.path !== b.path || a.pathItem.loc.file !== a.docFile || b.pathItem.loc.file !== b.docFile) return false;
    const alike = (x, y) => alikeIn(x, y, a.doc, b.doc);
    const [da, db] = [a.doc, b.doc];
    const security = (d) => isObj6(d.components) ? d.components.securitySchemes : void 0;
    return da.openapi === db.openapi && da.swagger === db.swagger && alike(da.jsonSchemaDialect, db.jsonSchemaDialect) && alike(da.consumes, db.consumes) && alike(da.security, db.security) && alike(security(da), security(db)) && alike(
      isObj6(a.pathItem.node) ? a.pathItem.node.parameters : void 0,
      isObj6(b.pathItem.node) ? b.pathItem.node.parameters : void 0
    ) && alike(a.node, b.node);
  }
  parameterMap(docs, op) {
    const out = /* @__PURE__ */ new Map();
    const add = (list, loc) => {
      if (!Array.isArray(list)) return;
      list.forEach((raw, i) => {
        const p = this.deref(docs, at2(loc, "parameters", i), raw);
        if (!isObj6(p.node) || typeof p.node.name !== "string") return;
        const where = String(p.node.in);
        const slot = where === "path" ? `#${pathParams(op.path).indexOf(p.node.name)}` : where === "header" ? p.node.name.toLowerCase() : p.node.name;
        out.set(`${where}:${slot}`, p);
      });
    };
    add(op.pathItem.node && op.pathItem.node.parameters, op.pathItem.loc);
    add(op.node.parameters, op.loc);
    return out;
  }
  parameters(a, b) {
    const pa = this.parameterMap(this.baseDocs, a);
    const pb = this.parameterMap(this.headDocs, b);
    const op = b.label;
    for (const [key, side] of pa) {
      const p = side.node;
      if (p.in === "body" || p.in === "formData" && this.upgraded) continue;
      if (!pb.has(key)) this.emit("request-parameter-removed", side.loc, { op, in: p.in, name: p.name }, b.loc);
    }
    for (const [key, side] of pb) {
      const p = side.node;
      if (p.in === "body" || p.in === "formData" && this.upgraded) continue;
      const old = pa.get(key);
      const params = { op, in: p.in, name: p.name };
      if (!old) {
        this.emit(p.required ? "request-parameter-added-required" : "request-parameter-added", side.loc, params);
        continue;
      }
      const o = old.node;
      if (!o.required !== !p.required)
        this.emit(
          p.required ? "request-parameter-became-required" : "request-parameter-became-optional",
          at2(side.loc, "required"),
          params,
          side.loc
        );
      if (!o.deprecated && p.deprecated) this.emit("request-parameter-deprecated", at2(side.loc, "deprecated"), params);
      const [wa, wb] = [serialization(o, !!a.doc.swagger), serialization(p, !!b.doc.swagger)];
      const scalar = [parameterSchema(old), parameterSchema(side)].every((s) => isObj6(s?.node) && SCALARS.has(String(s.node.type)));
      for (const field of scalar ? ["style"] : ["style", "explode"]) {
        if (wa[field] !== wb[field])
          this.emit("request-parameter-style-changed", at2(side.loc, field), { ...params, field, old: wa[field], new: wb[field] }, side.loc);
      }
      if (!sameValue(o.allowReserved, p.allowReserved))
        this.emit(
          "request-parameter-style-changed",
          at2(side.loc, "allowReserved"),
          { ...params, field: "allowReserved", old: o.allowReserved, new: p.allowReserved },
          side.loc
        );
      if (o.allowEmptyValue === true && p.allowEmptyValue !== true) {
        this.emit(
          "request-parameter-style-changed",
          at2(side.loc, "allowEmptyValue"),
          { ...params, field: "allowEmptyValue", old: true, new: false },
          side.loc
        );
      }
      const label = `${op} ${p.in} parameter ${p.name}`;
      const sa = parameterSchema(old);
      const sb = parameterSchema(side);
      if (sa && sb)
        this.judge(
          sa,
          sb,
          "request",
          label,
          this.schemas.compare([sa], [sb], { context: "request-parameter", role: "request", label, via: op })
        );
    }
  }
  requestBody(a, b) {
    const op = b.label;
    const ba = this.body(this.baseDocs, a);
    const bb = this.body(this.headDocs, b);
    if (!ba && !bb) return;
    if (!ba) return this.emit(bb.required ? "request-body-added-required" : "request-body-added", bb.loc, { op });
    if (!bb) return this.emit("request-body-removed", ba.loc, { op }, b.loc);
    if (ba.required !== bb.required)
      this.emit(bb.required ? "request-body-became-required" : "request-body-became-optional", at2(bb.loc, "required"), { op }, bb.loc);
    this.content(ba.content, bb.content, "request", `${op} request body`, op, bb.loc, void 0, b.kind !== "operation");
  }
  /**
   * Hand a request or response schema to set inclusion, in its document; a document whose `$ref`s reach other files
   * is judged as one bundle with them, so a schema in a shared file is judged too.
   */
  judge(old, now, role, label, changes) {
    const r = this.roots;
    if (!r || !changes.size || r.judged >= MAX_JUDGED_PER_DOCUMENT) return;
    const both = r.bundles ??= [judgedDocument(this.baseDocs, r.baseFile), judgedDocument(this.headDocs, r.headFile)];
    const [x, y] = [both[0].copyOf(old.node), both[1].copyOf(now.node)];
    if (x === void 0 || y === void 0) return;
    const hidden = role === "request" ? "readOnly" : role === "response" ? "writeOnly" : void 0;
    const key = `${hidden}|${identity(x)}|${identity(y)}`;
    const known = r.seen.get(key);
    if (known) {
      for (const c of changes) known.changes.add(c);
      return;
    }
    r.judged++;
    const [a, b] = [
      this.readable(both[0].root, x, r.baseFile, this.baseDocs, hidden),
      this.readable(both[1].root, y, r.headFile, this.headDocs, hidden)
    ];
    const judged2 = {
      file: now.loc.file,
      role,
      label,
      older: a.node,
      newer: b.node,
      rootA: a.root,
      rootB: b.root,
      changes: new Set(changes),
      pointerOf: placedAt(old.loc, now.loc)
    };
    r.seen.set(key, judged2);
    this.judged.push(judged2);
  }
  /** The schema and what it reaches, read as JSON Schema 2020-12 (OpenAPI 3.0's dialect rewritten) in its direction. */
  readable(root, node, file, docs, hidden) {
    let part = { root: subdocument(root, node), node };
    const version = docs.get(file).data.openapi;
    const through = (rewrite2) => {
      const convert = rewrite2(part.root);
      part = { root: convert(part.root), node: convert(part.node) };
    };
    if (typeof version === "string" && version.startsWith("3.0.")) through(fromOpenApi30);
    if (hidden) through((root2) => withoutHidden(root2, hidden));
    return part;
  }
  body(docs, op) {
    if (op.node.requestBody !== void 0) {
      const rb = this.deref(docs, at2(op.loc, "requestBody"), op.node.requestBody);
      if (!isObj6(rb.node)) return void 0;
      return { loc: rb.loc, required: rb.node.required === true, content: this.media(docs, rb) };
    }
    const params = [...this.parameterMap(docs, op).values()];
    if (this.upgraded && op.doc.swagger) {
      const form = formBody(op, params);
      if (form) return form;
    }
    for (const side of params) {
      const p = side.node;
      if (p.in === "body") {
        const consumes = Array.isArray(op.node.consumes) ? op.node.consumes : op.doc.consumes;
        const content = /* @__PURE__ */ new Map();
        for (const media of consumes ?? ["application/json"]) content.set(media, { loc: at2(side.loc, "schema"), node: p.schema });
        return { loc: side.loc, required: p.required === true, content };
      }
    }
    return void 0;
  }
  media(docs, holder) {
    const out = /* @__PURE__ */ new Map();
    const node = holder.node;
    if (isObj6(node.content)) {
      for (const [media, mt] of Object.entries(node.content)) {
        if (isObj6(mt)) out.set(media, { loc: at2(holder.loc, "content", media, "schema"), node: mt.schema ?? {} });
      }
    } else if (node.schema !== void 0) {
      out.set("application/json", { loc: at2(holder.loc, "schema"), node: node.schema });
    }
    return out;
  }
  content(ca, cb, side, label, op, parent, status, outgoing = false) {
    const prefix = side === "request" ? "request" : "response";
    const context = outgoing ? `webhook-${side}` : side;
    const role = outgoing ? side === "request" ? "response" : "request" : side;
    for (const [media, s] of ca) if (!cb.has(media)) this.emit(`${prefix}-media-type-removed`, s.loc, { op, media, status }, parent);
    for (const [media, s] of cb) {
      const old = ca.get(media);
      if (!old) {
        this.emit(`${prefix}-media-type-added`, s.loc, { op, media, status });
        continue;
      }
      const scopeLabel = cb.size > 1 ? `${label} (${media})` : label;
      const found = this.schemas.compare([old], [s], { context, role, label: scopeLabel, via: op });
      this.judge(old, s, role, scopeLabel, found);
    }
  }
  responses(a, b) {
    const op = b.label;
    const ra = isObj6(a.node.responses) ? a.node.responses : {};
    const rb = isObj6(b.node.responses) ? b.node.responses : {};
    const respLoc = (o, status) => at2(o.loc, "responses", status);
    for (const status of Object.keys(ra)) {
      if (status in rb) continue;
      const success = /^[123]/.test(status);
      this.emit(success ? "response-success-status-removed" : "response-error-status-removed", respLoc(a, status), { op, status }, b.loc);
    }
    for (const status of Object.keys(rb)) {
      if (!(status in ra)) {
        this.emit("response-status-added", respLoc(b, status), { op, status });
        continue;
      }
      const sa = this.deref(this.baseDocs, respLoc(a, status), ra[status]);
      const sb = this.deref(this.headDocs, respLoc(b, status), rb[status]);
      if (!isObj6(sa.node) || !isObj6(sb.node)) continue;
      this.content(
        this.media(this.baseDocs, sa),
        this.media(this.headDocs, sb),
        "response",
        `${op} response ${status}`,
        op,
        sb.loc,
        status,
        b.kind !== "operation"
      );
      this.headers(sa, sb, op, status);
    }
  }
  headers(a, b, op, status) {
    const ha = isObj6(a.node.headers) ? a.node.headers : {};
    const hb = isObj6(b.node.headers) ? b.node.headers : {};
    const lower = (o) => new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), [k, v]]));
    const la = lower(ha);
    const lb = lower(hb);
    for (const [key, [name]] of la)
      if (!lb.has(key)) this.emit("response-header-removed", at2(a.loc, "headers", name), { op, status, name }, b.loc);
    for (const [key, [name, raw]] of lb) {
      const loc = at2(b.loc, "headers", name);
      const old = la.get(key);
      if (!old) {
        this.emit("response-header-added", loc, { op, status, name });
        continue;
      }
      const ha2 = this.deref(this.baseDocs, at2(a.loc, "headers", old[0]), old[1]);
      const hb2 = this.deref(this.headDocs, loc, raw);
      if (isObj6(ha2.node) && isObj6(hb2.node)) {
        if (ha2.node.required && !hb2.node.required)
          this.emit("response-header-became-optional", at2(hb2.loc, "required"), { op, status, name }, hb2.loc);
        for (const field of ["style", "explode"]) {
          if (!sameValue(ha2.node[field], hb2.node[field]))
            this.emit(
              "response-header-style-changed",
              at2(hb2.loc, field),
              { op, status, name, field, old: ha2.node[field], new: hb2.node[field] },
              hb2.loc
            );
        }
        const sa = parameterSchema(ha2);
        const sb = parameterSchema(hb2);
        if (sa && sb)
          this.schemas.compare([sa], [sb], {
            context: "response-header",
            role: "response",
            label: `${op} response ${status} header ${name}`,
            via: op
          });
      }
    }
  }
  security(a, b) {
    const effective = (o) => {
      const list = o.node.security ?? o.doc.security;
      if (!Array.isArray(list)) return void 0;
      const loc2 = o.node.security !== void 0 ? at2(o.loc, "security") : { file: o.docFile, pointer: "/security" };
      return {
        loc: loc2,
        reqs: list.filter(isObj6).map((r) => new Map(Object.entries(r).map(([k, v]) => [k, new Set(Array.isArray(v) ? v.map(String) : [])])))
      };
    };
    const sa = effective(a);
    const sb = effective(b);
    const op = b.label;
    const open = (s) => !s || s.reqs.length === 0 || s.reqs.some((r) => r.size === 0);
    const name = (r) => [...r.keys()].sort().join("+") || "anonymous";
    if (!sa && !sb) return;
    const loc = sb?.loc ?? b.loc;
    if (open(sa) && !open(sb)) return this.emit("security-added", loc, { op, schemes: sb.reqs.map(name).join(", ") }, void 0, op);
    if (!open(sa) && open(sb)) return this.emit("security-removed", loc, { op }, void 0, op);
    const ma = new Map((sa?.reqs ?? []).map((r) => [name(r), r]));
    const mb = new Map((sb?.reqs ?? []).map((r) => [name(r), r]));
    const covers = (weaker, stronger) => [...weaker].every(([scheme, scopes]) => stronger.has(scheme) && [...scopes].every((s) => stronger.get(scheme).has(s)));
    for (const [key, ra] of ma) {
      if (mb.has(key) || [...mb.values()].some((rb) => covers(rb, ra))) continue;
      this.emit("security-alternative-removed", at2(loc, key), { op, schemes: key }, loc, op);
    }
    for (const [key, rb] of mb) {
      const ra = ma.get(key);
      if (!ra) {
        this.emit("security-alternative-added", at2(loc, key), { op, schemes: key }, loc, op);
        continue;
      }
      for (const [scheme, scopes] of rb) {
        const old = ra.get(scheme) ?? /* @__PURE__ */ new Set();
        for (const scope of scopes)
          if (!old.has(scope)) this.emit("security-scope-added", at2(loc, key, scope), { op, scheme, scope }, loc, op);
        for (const scope of old)
          if (!scopes.has(scope)) this.emit("security-scope-removed", at2(loc, key, scope), { op, scheme, scope }, loc, op);
      }
    }
  }
};
function pathParams(path) {
  return [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
}
function parameterSchema(side) {
  const p = side.node;
  if (p.schema !== void 0) return { loc: at2(side.loc, "schema"), node: p.schema };
  if (isObj6(p.content)) {
    const [media, mt] = Object.entries(p.content)[0] ?? [];
    if (media && isObj6(mt)) return { loc: at2(side.loc, "content", media, "schema"), node: mt.schema ?? {} };
  }
  if (p.type !== void 0) {
    const { name: _n, in: _i, required: _r, description: _d, collectionFormat: _c, allowEmptyValue: _a, ...schema } = p;
    return { loc: side.loc, node: schema };
  }
  return void 0;
}
function formBody(op, params) {
  const fields = params.filter((s) => isObj6(s.node) && s.node.in === "formData");
  if (!fields.length) return void 0;
  const properties = {};
  const required = [];
  for (const { node } of fields) {
    const p = node;
    const schema2 = parameterSchema({ loc: op.loc, node: p })?.node;
    properties[String(p.name)] = isObj6(schema2) && schema2.type === "file" ? { ...schema2, type: "string", format: "binary" } : schema2 ?? {};
    if (p.required === true) required.push(String(p.name));
  }
  const consumes = (Array.isArray(op.node.consumes) ? op.node.consumes : op.doc.consumes)?.map(String) ?? [];
  const forms = consumes.filter((m) => m === "multipart/form-data" || m === "application/x-www-form-urlencoded");
  const media = forms.length ? forms : [
    Object.values(properties).some((s) => isObj6(s) && s.format === "binary") ? "multipart/form-data" : "application/x-www-form-urlencoded"
  ];
  const loc = at2(op.loc, "parameters");
  const schema = { type: "object", properties, ...required.length ? { required } : {} };
  return { loc, required: required.length > 0, content: new Map(media.map((m) => [m, { loc, node: schema }])) };
}
function serverUrls(doc) {
  if (!doc.swagger) return (Array.isArray(doc.servers) ? doc.servers : []).map((s) => isObj6(s) ? String(s.url) : "");
  const basePath = typeof doc.basePath === "string" ? doc.basePath : "";
  if (typeof doc.host !== "string") return basePath ? [basePath] : [];
  const schemes = Array.isArray(doc.schemes) && doc.schemes.length ? doc.schemes.map(String) : ["https"];
  return schemes.map((s) => `${s}://${doc.host}${basePath}`);
}
function securitySchemes(doc) {
  if (doc.swagger) return isObj6(doc.securityDefinitions) ? doc.securityDefinitions : {};
  return isObj6(doc.components) && isObj6(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
}
var SCALARS = /* @__PURE__ */ new Set(["string", "integer", "number", "boolean"]);
var FLOWS = {
  implicit: "implicit",
  password: "password",
  application: "clientCredentials",
  accessCode: "authorizationCode"
};
function asScheme(node) {
  if (!isObj6(node)) return {};
  if (node.type === "basic") return { type: "http", scheme: "basic" };
  if (node.type === "oauth2" && typeof node.flow === "string") {
    const { flow, authorizationUrl, tokenUrl, scopes } = node;
    const written = Object.fromEntries(Object.entries({ authorizationUrl, tokenUrl, scopes }).filter(([, v]) => v !== void 0));
    return { type: "oauth2", flows: { [FLOWS[flow] ?? flow]: written } };
  }
  return node;
}
function sharedPath(doc) {
  const trim = (path) => path.replace(/\/+$/, "");
  if (doc.swagger) return typeof doc.basePath === "string" ? trim(doc.basePath) : "";
  if (!Array.isArray(doc.servers) || !doc.servers.length) return "";
  const paths = new Set(
    doc.servers.map(
      (s) => isObj6(s) && typeof s.url === "string" ? trim(s.url.replace(/^[a-z{][^:/]*:\/\/[^/]*/i, "").replace(/[?#].*$/, "")) : void 0
    )
  );
  return paths.size === 1 ? [...paths][0] : void 0;
}
function basePathOf(doc, upgraded) {
  return doc.swagger || upgraded ? sharedPath(doc) ?? "" : "";
}
function serialization(p, swagger) {
  const simple = p.in === "path" || p.in === "header";
  if (!swagger) {
    const style2 = typeof p.style === "string" ? p.style : simple ? "simple" : "form";
    return { style: style2, explode: typeof p.explode === "boolean" ? p.explode : style2 === "form" };
  }
  const format = typeof p.collectionFormat === "string" ? p.collectionFormat : "csv";
  if (format === "multi") return { style: "form", explode: true };
  const style = { ssv: "spaceDelimited", pipes: "pipeDelimited", tsv: "tabDelimited" }[format] ?? (simple ? "simple" : "form");
  return { style, explode: false };
}
var ids = /* @__PURE__ */ new WeakMap();
var nextId = 0;
function identity(node) {
  if (!node || typeof node !== "object") return JSON.stringify(node);
  const ref = node.$ref;
  if (typeof ref === "string" && Object.keys(node).length === 1) return ref;
  let id = ids.get(node);
  if (id === void 0) ids.set(node, id = ++nextId);
  return `#${id}`;
}
function schemeChange(a, b) {
  const isMap = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  if (isMap(a) && isMap(b)) {
    const names = [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !sameValue(a[k], b[k]));
    const more = names.length > 3 ? ` and ${names.length - 3} more` : "";
    return names.length ? ` (${names.slice(0, 3).map((n) => codeSpan(show(n, 30))).join(", ")}${more})` : "";
  }
  return ` from ${codeSpan(show(a, 60))} to ${codeSpan(show(b, 60))}`;
}

// src/core/diff/schema-view.ts
var LOWER_BOUNDS = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties", "minContains"];
var UPPER_BOUNDS = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties", "maxContains"];
var OTHER_CONSTRAINTS = ["multipleOf", "uniqueItems", "pattern", "format"];
var CONSTRAINT_KEYWORDS = /* @__PURE__ */ new Set([
  "unevaluatedProperties",
  "unevaluatedItems",
  "dependentRequired",
  "dependentSchemas",
  "dependencies",
  "if",
  "then",
  "else",
  "propertyNames",
  "patternProperties",
  "contains",
  "contentSchema",
  "contentMediaType",
  "contentEncoding",
  "discriminator"
]);
var DOC_KEYWORDS = /* @__PURE__ */ new Set(["title", "description", "$comment", "examples", "example", "externalDocs", "xml"]);
var IGNORED = /* @__PURE__ */ new Set(["$schema", "$id", "$anchor", "$dynamicAnchor", "$vocabulary", "id", "nullable"]);
var HANDLED = /* @__PURE__ */ new Set([
  "type",
  "enum",
  "const",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "prefixItems",
  "additionalItems",
  "allOf",
  "oneOf",
  "anyOf",
  "not",
  "deprecated",
  "default",
  "$defs",
  "definitions",
  "$ref",
  ...LOWER_BOUNDS,
  ...UPPER_BOUNDS,
  ...OTHER_CONSTRAINTS
]);
function isIgluSelf(keyword, value) {
  return keyword === "self" && !!value && typeof value === "object" && "vendor" in value && "version" in value;
}
var MAX_SCHEMA_DEPTH = 300;
var ViewBuilder = class {
  constructor(docs, errors) {
    this.docs = docs;
    this.errors = errors;
  }
  docs;
  errors;
  /** Where a `$ref` written at `from` leads; undefined when nowhere readable (the view reports that, not this). */
  follow(from, ref) {
    try {
      return this.docs.resolveRef(from, ref);
    } catch (err) {
      if (err instanceof InputError) return void 0;
      throw err;
    }
  }
  /** The document a side sits in, where its local `$ref`s resolve (undefined when it cannot be read). */
  rootOf(loc) {
    try {
      return this.docs.get(loc.file).data;
    } catch (err) {
      if (err instanceof InputError) return void 0;
      throw err;
    }
  }
  /** Flatten sides into their conjunction of concrete (non-`$ref`, non-`allOf`) parts. */
  parts(sides) {
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    const visit = (side, depth = 0) => {
      const key = `${side.loc.file}#${side.loc.pointer}`;
      const node = side.node;
      if (seen.has(key)) {
        if (isPureRef(node) && !side.orNull)
          this.report(new InputError(`cyclic $ref ${node.$ref}`, side.loc.file, this.docs.lineOf(side.loc)));
        return;
      }
      seen.add(key);
      if (depth > MAX_SCHEMA_DEPTH) return this.tooDeep(side.loc, `a chain of $ref and allOf longer than ${MAX_SCHEMA_DEPTH}`);
      if (node === null || typeof node !== "object" || Array.isArray(node)) {
        out.push(side);
        return;
      }
      const obj2 = node;
      const ref = typeof obj2.$ref === "string" ? obj2.$ref : void 0;
      const voids = ref !== void 0 && this.voidsRefSiblings(side.loc.file);
      const allOf = !voids && Array.isArray(obj2.allOf) ? obj2.allOf : void 0;
      const single = voids ? void 0 : singleAlternative(obj2);
      const wrap = voids ? void 0 : nullableWrap(obj2);
      if (!ref && !allOf && !single && !wrap) {
        out.push(side);
        return;
      }
      let unresolved = false;
      const rest = voids ? refContainers(obj2) : { ...obj2 };
      const at3 = (...tokens) => ({ file: side.loc.file, pointer: pointerJoin(side.loc.pointer, ...tokens) });
      if (ref) {
        delete rest.$ref;
        try {
          visit(this.docs.resolveRef(side.loc, ref), depth + 1);
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          this.report(err);
          rest.$ref = ref;
          unresolved = true;
        }
      }
      if (allOf) {
        delete rest.allOf;
        allOf.forEach((member2, i) => visit({ loc: at3("allOf", i), node: member2 }, depth + 1));
      }
      if (single) {
        delete rest[single];
        visit({ loc: at3(single, 0), node: obj2[single][0] }, depth + 1);
      }
      if (wrap) {
        delete rest[wrap.keyword];
        const before = out.length;
        visit({ loc: at3(wrap.keyword, wrap.index), node: obj2[wrap.keyword][wrap.index] }, depth + 1);
        for (let i = before; i < out.length; i++) out[i] = { ...out[i], orNull: true };
      }
      if (Object.keys(rest).length) out.push({ loc: side.loc, node: rest, ...unresolved ? { unresolved } : {} });
    };
    for (const side of sides) visit(side);
    if (!out.length && sides[0]) out.push({ loc: sides[0].loc, node: {} });
    return out;
  }
  view(sides) {
    const parts = this.parts(sides);
    const view = {
      loc: parts[0]?.loc ?? sides[0].loc,
      never: false,
      ...parts.some((p) => p.unresolved) ? { unresolved: true } : {},
      properties: /* @__PURE__ */ new Map(),
      required: /* @__PURE__ */ new Set(),
      items: [],
      prefixItems: [],
      bounds: /* @__PURE__ */ new Map(),
      groups: [],
      not: [],
      docs: /* @__PURE__ */ new Map(),
      deprecated: false,
      defs: /* @__PURE__ */ new Map(),
      constraints: /* @__PURE__ */ new Map(),
      rest: /* @__PURE__ */ new Map(),
      parts,
      orNull: parts.some((p) => p.orNull)
    };
    for (const part of parts) this.addPart(view, part);
    if (!view.types && view.enumValues) view.types = new Set(view.enumValues.values.map(jsonType));
    if (view.orNull) {
      view.types?.add("null");
      if (view.enumValues && !view.enumValues.values.includes(null))
        view.enumValues = { ...view.enumValues, values: [...view.enumValues.values, null] };
    }
    return view;
  }
  /**
   * Swagger 2.0 has no `null` type: its descriptions say `x-nullable: true` (what go-swagger, NSwag and AutoRest write,
   * and what swagger2openapi turns into OpenAPI 3's `nullable: true`). Read so there, a description upgraded to
   * OpenAPI 3 keeps the same types; elsewhere it is an extension like any other.
   */
  inDialect(s, loc) {
    if (!("x-nullable" in s) || !this.isSwagger(loc.file)) return s;
    const { "x-nullable": nullable, ...rest } = s;
    return nullable === true ? { ...rest, nullable: true } : rest;
  }
  /**
   * Does a `$ref` in this file void the keywords beside it? Drafts 4 to 7 (by `$schema`) say so; 2019-09 on apply
   * them. OpenAPI 3.0 says so too, but descriptions write `nullable` and `description` beside a `$ref` and mean them,
   * so the keyword diff keeps reading them there (the judge follows the letter).
   */
  voidsRefSiblings(file) {
    let known = this.voiding.get(file);
    if (known === void 0) this.voiding.set(file, known = this.readsRefSiblingsVoid(file));
    return known;
  }
  voiding = /* @__PURE__ */ new Map();
  readsRefSiblingsVoid(file) {
    return refSiblingsVoided(this.rootOf({ file, pointer: "" }));
  }
  isSwagger(file) {
    const data = this.rootOf({ file, pointer: "" });
    return !!data && typeof data === "object" && "swagger" in data;
  }
  addPart(view, part) {
    const { loc, node } = part;
    if (node === false) {
      view.never = true;
      return;
    }
    if (node === null || typeof node !== "object" || Array.isArray(node)) return;
    const s = this.inDialect(node, loc);
    const at3 = (...tokens) => ({ file: loc.file, pointer: pointerJoin(loc.pointer, ...tokens) });
    const { types, consumed } = typeSet(s);
    if (types) view.types = view.types ? intersectTypes(view.types, types) : types;
    if ("const" in s || Array.isArray(s.enum)) {
      const values = "const" in s ? [s.const] : s.enum;
      const mine = { values, loc: at3("const" in s ? "const" : "enum"), isConst: "const" in s };
      view.enumValues = view.enumValues ? { ...view.enumValues, values: view.enumValues.values.filter((v) => values.some((w) => JSON.stringify(w) === JSON.stringify(v))) } : mine;
    }
    if (s.properties && typeof s.properties === "object") {
      for (const [name, sub] of Object.entries(s.properties)) {
        const list = view.properties.get(name) ?? [];
        list.push({ loc: at3("properties", name), node: sub });
        view.properties.set(name, list);
      }
    }
    if (Array.isArray(s.required)) {
      for (const r of s.required) if (typeof r === "string") view.required.add(r);
    }
    if (s.additionalProperties === false) view.additional = false;
    else if (s.additionalProperties && typeof s.additionalProperties === "object" && view.additional !== false) {
      view.additional = [...view.additional ?? [], { loc: at3("additionalProperties"), node: s.additionalProperties }];
    }
    const tuple2 = Array.isArray(s.prefixItems) ? "prefixItems" : Array.isArray(s.items) ? "items" : void 0;
    if (tuple2) {
      s[tuple2].forEach((sub, i) => {
        (view.prefixItems[i] ??= []).push({ loc: at3(tuple2, i), node: sub });
      });
    }
    const rest = tuple2 === "items" ? "additionalItems" : "items";
    if (s[rest] !== void 0 && !Array.isArray(s[rest]) && s[rest] !== true) view.items.push({ loc: at3(rest), node: s[rest] });
    for (const kw of LOWER_BOUNDS) this.bound(view, s, kw, at3(kw), Math.max);
    for (const kw of UPPER_BOUNDS) this.bound(view, s, kw, at3(kw), Math.min);
    for (const [flag, base] of [
      ["exclusiveMinimum", "minimum"],
      ["exclusiveMaximum", "maximum"]
    ]) {
      if (typeof s[flag] === "boolean" && typeof s[base] === "number") {
        if (s[flag]) {
          view.bounds.set(flag, { value: s[base], loc: at3(flag) });
          view.bounds.delete(base);
        } else view.bounds.delete(flag);
      }
    }
    for (const kw of OTHER_CONSTRAINTS) if (s[kw] !== void 0) view.bounds.set(kw, { value: s[kw], loc: at3(kw) });
    for (const keyword of ["oneOf", "anyOf"]) {
      if (Array.isArray(s[keyword]) && keyword !== consumed) {
        view.groups.push({
          keyword,
          loc: at3(keyword),
          alternatives: s[keyword].map((n, i) => ({ loc: at3(keyword, i), node: n }))
        });
      }
    }
    if (s.not !== void 0) view.not.push({ loc: at3("not"), node: s.not });
    if (s.deprecated === true) view.deprecated = true;
    if ("default" in s) view.default = { value: s.default, loc: at3("default") };
    for (const defsKw of ["$defs", "definitions"]) {
      const defs = s[defsKw];
      if (defs && typeof defs === "object") {
        for (const [name, sub] of Object.entries(defs)) view.defs.set(name, { loc: at3(defsKw, name), node: sub });
      }
    }
    for (const [kw, value] of Object.entries(s)) {
      if (HANDLED.has(kw) || IGNORED.has(kw) || isIgluSelf(kw, value)) continue;
      if (kw === "dependencies" && value && typeof value === "object" && !Array.isArray(value)) {
        const entries = Object.entries(value);
        const names = entries.filter(([, v]) => Array.isArray(v));
        const schemas = entries.filter(([, v]) => !Array.isArray(v));
        if (names.length) view.constraints.set("dependentRequired", { value: Object.fromEntries(names), loc: at3(kw) });
        if (schemas.length) view.constraints.set("dependentSchemas", { value: Object.fromEntries(schemas), loc: at3(kw) });
        continue;
      }
      if (CONSTRAINT_KEYWORDS.has(kw)) view.constraints.set(kw, { value, loc: at3(kw) });
      else if (DOC_KEYWORDS.has(kw) || kw.startsWith("x-")) view.docs.set(kw, { value, loc: at3(kw) });
      else view.rest.set(kw, { value, loc: at3(kw) });
    }
  }
  bound(view, s, kw, loc, pick) {
    const value = s[kw];
    if (typeof value !== "number") return;
    const old = view.bounds.get(kw);
    view.bounds.set(kw, old && typeof old.value === "number" ? { value: pick(old.value, value), loc } : { value, loc });
  }
  /**
   * A schema reached through more levels than the diff follows (a hostile chain of `$ref`s would exhaust the stack):
   * said at its place, and nothing below it compared.
   */
  tooDeep(loc, what) {
    this.report(new InputError(`${what}: not compared beyond this schema`, loc.file, this.docs.lineOf(loc)));
  }
  report(err) {
    if (!this.errors.some((e) => e.file === err.file && e.message === err.message)) {
      this.errors.push({ file: err.file ?? "", line: err.line, message: err.message });
    }
  }
};
function singleAlternative(s) {
  for (const kw of ["oneOf", "anyOf"]) if (Array.isArray(s[kw]) && s[kw].length === 1) return kw;
  return void 0;
}
function refContainers(obj2) {
  return Object.fromEntries(Object.entries(obj2).filter(([k]) => k === "$ref" || k === "$defs" || k === "definitions"));
}
function typeSet(s) {
  let types;
  let consumed;
  if (typeof s.type === "string") types = /* @__PURE__ */ new Set([s.type]);
  else if (Array.isArray(s.type)) types = new Set(s.type.filter((t) => typeof t === "string"));
  for (const kw of ["anyOf", "oneOf"]) {
    const alts = s[kw];
    if (!types && Array.isArray(alts) && alts.length > 1 && alts.every(isBareType)) {
      const listed = alts.flatMap((a) => [].concat(a.type));
      const overlap = new Set(listed).size < listed.length || listed.includes("integer") && listed.includes("number");
      if (kw === "oneOf" && overlap) continue;
      types = new Set(listed);
      consumed = kw;
    }
  }
  if (types && s.nullable === true) types.add("null");
  return { types, consumed };
}
function nullableWrap(s) {
  for (const keyword of ["oneOf", "anyOf"]) {
    const alts = s[keyword];
    if (!Array.isArray(alts) || alts.length !== 2) continue;
    const nullAt = alts.findIndex((a) => isBareType(a) && a.type === "null");
    if (nullAt >= 0 && !isBareType(alts[1 - nullAt])) return { keyword, index: 1 - nullAt };
  }
  return void 0;
}
function jsonType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
function isPureRef(node) {
  return node !== null && typeof node === "object" && Object.keys(node).length === 1 && typeof node.$ref === "string";
}
function isBareType(node) {
  return node !== null && typeof node === "object" && Object.keys(node).length === 1 && "type" in node;
}
function intersectTypes(a, b) {
  const out = /* @__PURE__ */ new Set();
  for (const t of a) {
    if (b.has(t)) out.add(t);
    else if (t === "number" && b.has("integer")) out.add("integer");
    else if (t === "integer" && b.has("number")) out.add("integer");
  }
  return out;
}

// src/core/diff/same-meaning.ts
var IDENTITY = /* @__PURE__ */ new Set(["$id", "$schema", "$anchor"]);
var ANNOTATION = /* @__PURE__ */ new Set(["$comment", "title", "description", "examples", "example", "deprecated"]);
var MAX_STEPS2 = 2e4;
function likeness(a, b, followA, followB) {
  if (sameValue(a.node, b.node) && !fingerprint(a.node).hasRef) return "same";
  let steps = MAX_STEPS2;
  let annotated = false;
  const open = /* @__PURE__ */ new Set();
  const at3 = (s, token) => ({
    loc: { file: s.loc.file, pointer: pointerJoin(s.loc.pointer, token) },
    node: s.node[token]
  });
  const schema = (x, y, depth) => {
    if (--steps < 0 || depth > 200) return false;
    const [p, q] = [x.node, y.node];
    if (p === null || q === null || typeof p !== "object" || typeof q !== "object") return p === q;
    if (Array.isArray(p) || Array.isArray(q)) {
      return Array.isArray(p) && Array.isArray(q) && p.length === q.length && p.every((_, i) => schema(at3(x, i), at3(y, i), depth + 1));
    }
    const [o, r] = [p, q];
    const [refA, refB] = [o.$ref, r.$ref];
    if (typeof refA === "string" || typeof refB === "string") {
      if (typeof refA !== "string" || typeof refB !== "string") return false;
      const key = `${x.loc.file}#${x.loc.pointer}\0${y.loc.file}#${y.loc.pointer}`;
      if (!open.has(key)) {
        open.add(key);
        const [ta, tb] = [followA(x.loc, refA), followB(y.loc, refB)];
        if (!ta || !tb ? refA !== refB : !schema(ta, tb, depth + 1)) return false;
      }
    }
    const told = (s) => Object.keys(s).filter((k) => ANNOTATION.has(k) || k.startsWith("x-"));
    if (!annotated) annotated = [.../* @__PURE__ */ new Set([...told(o), ...told(r)])].some((k) => !sameValue(o[k], r[k]));
    const keys = (s) => Object.keys(s).filter((k) => k !== "$ref" && !IDENTITY.has(k) && !ANNOTATION.has(k) && !k.startsWith("x-"));
    const [ka, kb] = [keys(o), keys(r)];
    if (ka.length !== kb.length || ka.some((k) => !(k in r))) return false;
    return ka.every((k) => {
      if (holdsData(k)) return sameValue(o[k], r[k]);
      if (!namesValues(k, o[k]) || !namesValues(k, r[k])) return schema(at3(x, k), at3(y, k), depth + 1);
      const [ma, mb] = [at3(x, k), at3(y, k)];
      const names = Object.keys(o[k]);
      return names.length === Object.keys(r[k]).length && names.every((n) => Object.hasOwn(r[k], n) && schema(at3(ma, n), at3(mb, n), depth + 1));
    });
  };
  return !schema(a, b, 0) ? "different" : annotated ? "annotations" : "same";
}
function namesValues(key, value) {
  return namesSchemas(key, value) || (key === "dependencies" || key === "dependentRequired") && isObj(value);
}

// src/core/diff/schema-diff.ts
var typeList = (types) => types ? [...types].sort().join("|") : "any";
var SchemaDiffer = class {
  constructor(base, head, sink) {
    this.base = base;
    this.head = head;
    this.sink = sink;
  }
  base;
  head;
  sink;
  done = /* @__PURE__ */ new Set();
  /** The changes found beneath each comparison, so that reaching it again through another operation is recorded. */
  found = /* @__PURE__ */ new Map();
  open = [];
  /** Compare two schemas; returns every change found beneath this comparison (for the semantic judge). */
  compare(a, b, scope, path = "", options = {}) {
    const partsA = this.base.parts(a);
    const partsB = this.head.parts(b);
    const key = `${scope.context}|${partsA.map(locKey).join("+")}|${partsB.map(locKey).join("+")}`;
    if (this.done.has(key)) {
      for (const c of this.found.get(key) ?? []) {
        addVia(c, scope.via);
        for (const set of this.open) set.add(c);
      }
      return this.found.get(key) ?? /* @__PURE__ */ new Set();
    }
    this.done.add(key);
    if (this.open.length >= MAX_SCHEMA_DEPTH) {
      const [builder, side] = b[0] ? [this.head, b[0]] : [this.base, a[0]];
      builder.tooDeep(side.loc, `schemas nested more than ${MAX_SCHEMA_DEPTH} levels deep`);
      return /* @__PURE__ */ new Set();
    }
    const mine = /* @__PURE__ */ new Set();
    this.found.set(key, mine);
    this.open.push(mine);
    try {
      this.compareViews(partsA, partsB, scope, path, options);
    } finally {
      this.open.pop();
    }
    return mine;
  }
  /**
   * Equal text whose `$ref`s name equal units on both sides: nothing below can differ. Unless the two are read by
   * different rules (a draft-07 `$ref` voids its siblings, 2020-12 applies them): then the same text may mean two
   * things, and is compared.
   */
  alike(a, b) {
    if (this.base.voidsRefSiblings(a.loc.file) !== this.head.voidsRefSiblings(b.loc.file)) return false;
    return alikeIn(a.node, b.node, this.base.rootOf(a.loc), this.head.rootOf(b.loc));
  }
  compareViews(partsA, partsB, scope, path, options) {
    if (partsA.length === partsB.length && partsA.every((p, i) => !p.orNull === !partsB[i].orNull && this.alike(p, partsB[i]))) return;
    const va = this.base.view(partsA);
    const vb = this.head.view(partsB);
    if (va.unresolved || vb.unresolved) return;
    const at3 = path ? `${scope.label} ${path}` : scope.label;
    const emit = (rule, loc, params = {}, lineAt) => {
      const stored = this.sink.emit({
        rule,
        context: scope.context,
        role: scope.role,
        loc,
        lineAt,
        params: { at: at3, ...params },
        via: scope.via
      });
      for (const set of this.open) set.add(stored);
    };
    if (!this.compareTypes(va, vb, emit)) return;
    this.compareEnum(va, vb, emit);
    this.compareObject(va, vb, scope, path, emit);
    this.compareArray(va, vb, scope, path, emit);
    const rewritten2 = binarySpelling(va, vb);
    const kept = rewritten2.size ? (rule, loc, params, lineAt) => !rewritten2.has(String(params?.keyword)) && emit(rule, loc, params, lineAt) : emit;
    this.compareBounds(va, vb, kept);
    this.compareConstraints(va, vb, kept);
    this.compareGroups(va, vb, scope, path, emit);
    this.compareAnnotations(va, vb, emit);
    if (options.defs) this.compareDefs(va, vb, scope, emit);
  }
  /** Returns false when the types are disjoint: one change says it all. */
  compareTypes(a, b, emit) {
    const typeLoc = pointerAt(b.loc, "type");
    if (a.never || b.never) {
      if (a.never !== b.never)
        emit(a.never ? "type-widened" : "type-narrowed", b.loc, {
          old: a.never ? "nothing" : "any",
          new: b.never ? "nothing" : "any",
          added: "any",
          removed: "all"
        });
      return false;
    }
    const ta = a.types;
    const tb = b.types;
    if (!ta && !tb) return true;
    if (!ta || !tb) {
      if (!ta) emit("type-narrowed", typeLoc, { old: "any", new: typeList(tb), removed: `non-${typeList(tb)}` });
      else emit("type-widened", typeLoc, { old: typeList(ta), new: "any", added: `non-${typeList(ta)}` });
      return true;
    }
    const covers = (set, t) => set.has(t) || t === "integer" && set.has("number");
    const removed = [...ta].filter((t) => !covers(tb, t));
    const added = [...tb].filter((t) => !covers(ta, t));
    const params = { old: typeList(ta), new: typeList(tb), removed: removed.join("|"), added: added.join("|") };
    if (removed.length && added.length) {
      emit("type-changed", typeLoc, params);
      return [...ta].some((t) => covers(tb, t));
    }
    if (removed.length) emit("type-narrowed", typeLoc, params);
    if (added.length) emit("type-widened", typeLoc, params);
    return true;
  }
  compareEnum(a, b, emit) {
    this.compareExtensibleEnum(a, b, emit);
    const ea = a.enumValues;
    const eb = b.enumValues;
    if (!ea && !eb) return;
    if (!ea) return emit("enum-added", eb.loc, { new: eb.values });
    if (!eb) return emit("enum-removed", ea.loc, { old: ea.values }, b.loc);
    if (ea.isConst && eb.isConst && ea.values.length === 1 && eb.values.length === 1) {
      if (!sameValue(ea.values[0], eb.values[0])) emit("const-changed", eb.loc, { old: ea.values[0], new: eb.values[0] });
      return;
    }
    const inB = new Set(eb.values.map((v) => fingerprint(v).hash));
    const inA = new Set(ea.values.map((v) => fingerprint(v).hash));
    ea.values.forEach((v, i) => {
      if (!inB.has(fingerprint(v).hash)) emit("enum-value-removed", pointerAt(ea.loc, String(i)), { value: fmt(v) }, eb.loc);
    });
    eb.values.forEach((v, i) => {
      if (!inA.has(fingerprint(v).hash)) emit("enum-value-added", pointerAt(eb.loc, String(i)), { value: fmt(v) });
    });
  }
  /** readOnly properties are not sent in requests, writeOnly ones not returned in responses. */
  visible(view, builder, role) {
    const hidden = role === "request" ? "readOnly" : role === "response" ? "writeOnly" : void 0;
    if (!hidden) return { props: view.properties, required: view.required };
    const props = /* @__PURE__ */ new Map();
    for (const [name, sides] of view.properties) {
      if (!builder.parts(sides).some((p) => p.node?.[hidden] === true)) props.set(name, sides);
    }
    return { props, required: new Set([...view.required].filter((n) => props.has(n) || !view.properties.has(n))) };
  }
  /** `x-extensible-enum`: removing a value breaks writers that send it; readers must tolerate additions. */
  compareExtensibleEnum(a, b, emit) {
    const xa = a.docs.get("x-extensible-enum");
    const xb = b.docs.get("x-extensible-enum");
    if (!xa || !xb || !Array.isArray(xa.value) || !Array.isArray(xb.value)) return;
    a.docs.delete("x-extensible-enum");
    b.docs.delete("x-extensible-enum");
    const inB = new Set(xb.value.map((v) => fingerprint(v).hash));
    const inA = new Set(xa.value.map((v) => fingerprint(v).hash));
    xa.value.forEach(
      (v, i) => inB.has(fingerprint(v).hash) || emit("enum-value-removed", pointerAt(xa.loc, String(i)), { value: fmt(v) }, xb.loc)
    );
    xb.value.forEach(
      (v, i) => inA.has(fingerprint(v).hash) || emit("extensible-enum-value-added", pointerAt(xb.loc, String(i)), { value: fmt(v) })
    );
  }
  compareObject(a, b, scope, path, emit) {
    const aClosed = a.additional === false;
    const bClosed = b.additional === false;
    const { props: pa, required: ra } = this.visible(a, this.base, scope.role);
    const { props: pb, required: rb } = this.visible(b, this.head, scope.role);
    for (const [name, sides] of pa) {
      if (pb.has(name)) continue;
      if (b.properties.has(name)) {
        emit("property-hidden", b.properties.get(name)[0].loc, { name, keyword: scope.role === "request" ? "readOnly" : "writeOnly" });
        continue;
      }
      const rule = bClosed ? "property-removed-from-closed-schema" : ra.has(name) ? "required-property-removed" : "property-removed";
      emit(rule, sides[0].loc, { name }, pointerAt(b.loc, "properties"));
    }
    for (const [name, sides] of pb) {
      if (pa.has(name)) {
        this.compare(pa.get(name), sides, scope, `${path}${member(name)}`);
        continue;
      }
      const loc = sides[0].loc;
      if (a.properties.has(name)) {
        emit(rb.has(name) ? "required-property-added" : "property-added", loc, { name });
        continue;
      }
      if (rb.has(name)) emit("required-property-added", loc, { name });
      if (aClosed) emit("property-added-to-closed-schema", loc, { name });
      else if (!rb.has(name)) emit("property-added", loc, { name });
    }
    const requiredLoc = pointerAt(b.loc, "required");
    for (const name of rb) {
      if (ra.has(name) || pb.has(name) && !pa.has(name) || a.properties.has(name) && !pa.has(name)) continue;
      emit("property-became-required", requiredLoc, { name });
    }
    for (const name of ra) {
      if (rb.has(name) || pa.has(name) && !pb.has(name) || b.properties.has(name) && !pb.has(name)) continue;
      emit("property-became-optional", pb.get(name)?.[0]?.loc ?? requiredLoc, { name });
    }
    const addLoc = pointerAt(b.loc, "additionalProperties");
    const ad = a.additional;
    const bd = b.additional;
    if (ad === false && bd !== false) emit("additional-properties-widened", addLoc);
    else if (ad !== false && bd === false) emit("additional-properties-narrowed", addLoc);
    else if (Array.isArray(ad) && Array.isArray(bd)) this.compare(ad, bd, scope, `${path}{*}`);
    else if (!ad && Array.isArray(bd)) emit("additional-properties-narrowed", addLoc);
    else if (Array.isArray(ad) && !bd) emit("additional-properties-widened", addLoc);
  }
  compareArray(a, b, scope, path, emit) {
    if (a.items.length && b.items.length) this.compare(a.items, b.items, scope, `${path}[]`);
    else if (b.items.length) emit("constraint-tightened", b.items[0].loc, { keyword: "items", old: "any", new: "schema" });
    else if (a.items.length) emit("constraint-relaxed", a.items[0].loc, { keyword: "items", old: "schema", new: "any" }, b.loc);
    const n = Math.max(a.prefixItems.length, b.prefixItems.length);
    for (let i = 0; i < n; i++) {
      const pa = a.prefixItems[i];
      const pb = b.prefixItems[i];
      if (pa && pb) this.compare(pa, pb, scope, `${path}[${i}]`);
      else if (pb) emit("constraint-tightened", pb[0].loc, { keyword: `prefixItems[${i}]`, old: "any", new: "schema" });
      else if (pa) emit("constraint-relaxed", pa[0].loc, { keyword: `prefixItems[${i}]`, old: "schema", new: "any" }, b.loc);
    }
  }
  compareBounds(a, b, emit) {
    const step = (kw, tighter) => {
      const ka = a.bounds.get(kw);
      const kb = b.bounds.get(kw);
      if (!ka && !kb) return;
      const loc = kb?.loc ?? ka.loc;
      const lineAt = kb ? void 0 : b.loc;
      const implied = IMPLIED_BOUNDS[kw];
      const shown = (k) => k ? k.value : implied === void 0 ? void 0 : `${implied} (by default)`;
      const params = { keyword: kw, old: shown(ka), new: shown(kb) };
      if (implied === void 0 && !ka) return emit("constraint-tightened", loc, params);
      if (implied === void 0 && !kb) return emit("constraint-relaxed", loc, params, lineAt);
      const x = ka ? ka.value : implied;
      const y = kb ? kb.value : implied;
      if (typeof x === "number" && typeof y === "number") {
        if (x !== y) emit(tighter(x, y) ? "constraint-tightened" : "constraint-relaxed", loc, params);
      } else if (!sameValue(x, y)) {
        if (kw === "format")
          emit(formatWithin(x, y) ? "constraint-relaxed" : formatWithin(y, x) ? "constraint-tightened" : "format-changed", loc, params);
        else if (kw === "uniqueItems") emit(y === true ? "constraint-tightened" : "constraint-relaxed", loc, params);
        else emit("keyword-changed", loc, params);
      }
    };
    this.compareRange(a, b, "lower", emit);
    this.compareRange(a, b, "upper", emit);
    for (const kw of LOWER_BOUNDS) if (!RANGE_KEYWORDS.has(kw)) step(kw, (x, y) => y > x);
    for (const kw of UPPER_BOUNDS) if (!RANGE_KEYWORDS.has(kw)) step(kw, (x, y) => y < x);
    const ma = a.bounds.get("multipleOf");
    const mb = b.bounds.get("multipleOf");
    const [da, db] = [ma?.value, mb?.value];
    if (typeof da === "number" && typeof db === "number" && da !== db && !divides(da, db) && !divides(db, da))
      emit("constraint-changed", mb.loc, { keyword: "multipleOf" });
    else step("multipleOf", (x, y) => divides(x, y));
    for (const kw of ["uniqueItems", "format"]) {
      const ka = a.bounds.get(kw);
      const kb = b.bounds.get(kw);
      if (kw === "uniqueItems" && ka?.value === false && !kb) continue;
      if (kw === "uniqueItems" && kb?.value === false && !ka) continue;
      step(kw, () => true);
    }
    const pa = a.bounds.get("pattern");
    const pb = b.bounds.get("pattern");
    if (pa && pb && pa.value !== pb.value) emit("pattern-changed", pb.loc, { old: pa.value, new: pb.value });
    else if (!pa && pb) emit("pattern-added", pb.loc, { new: pb.value });
    else if (pa && !pb) emit("pattern-removed", pa.loc, { old: pa.value }, b.loc);
  }
  /** minimum/exclusiveMinimum (and the maxima) bound one range: compare the effective bound, not each keyword. */
  compareRange(a, b, side, emit) {
    const ra = effectiveBound(a, side);
    const rb = effectiveBound(b, side);
    if (!ra && !rb) return;
    const keyword = side === "lower" ? "minimum" : "maximum";
    const loc = rb?.loc ?? ra.loc;
    const params = { keyword, old: ra ? ra.text : "none", new: rb ? rb.text : "none" };
    if (!ra) return emit("constraint-tightened", loc, params);
    if (!rb) return emit("constraint-relaxed", loc, params, b.loc);
    const sign = side === "lower" ? 1 : -1;
    const cmp = sign * (rb.value - ra.value) || Number(rb.exclusive) - Number(ra.exclusive);
    if (cmp > 0) emit("constraint-tightened", loc, params);
    else if (cmp < 0) emit("constraint-relaxed", loc, params);
  }
  /**
   * Written differently: alike once `$ref`s are followed and identities set aside (a new version folder's `$ref`s to
   * its own `$id`s), or alike but for what readers are told (a description added inside a `not`).
   */
  likeness(a, b) {
    const follow = (builder) => (from, ref) => builder.follow(from, ref);
    if (a.length !== b.length) return "different";
    const each = a.map((x, i) => likeness(x, b[i], follow(this.base), follow(this.head)));
    return each.includes("different") ? "different" : each.includes("annotations") ? "annotations" : "same";
  }
  compareConstraints(a, b, emit) {
    for (const kw of /* @__PURE__ */ new Set([...a.constraints.keys(), ...b.constraints.keys()])) {
      const ka = a.constraints.get(kw);
      const kb = b.constraints.get(kw);
      if (kw === "discriminator" && (!ka || !kb)) emit("schema-docs-changed", (kb ?? ka).loc, { keyword: kw }, kb ? void 0 : b.loc);
      else if (!ka) emit("applicator-added", kb.loc, { keyword: kw });
      else if (!kb) emit("applicator-removed", ka.loc, { keyword: kw }, b.loc);
      else if (!sameValue(ka.value, kb.value)) {
        const alike = this.likeness([{ loc: ka.loc, node: ka.value }], [{ loc: kb.loc, node: kb.value }]);
        if (alike === "different") emit("constraint-changed", kb.loc, { keyword: kw });
        else if (alike === "annotations") emit("schema-docs-changed", kb.loc, { keyword: kw });
      }
    }
  }
  compareGroups(a, b, scope, path, emit) {
    for (const keyword of ["oneOf", "anyOf"]) {
      const ga = a.groups.filter((g) => g.keyword === keyword);
      const gb = b.groups.filter((g) => g.keyword === keyword);
      const n = Math.max(ga.length, gb.length);
      for (let i = 0; i < n; i++) {
        const x = ga[i];
        const y = gb[i];
        if (!x)
          this.groupOnOneSide(
            y.alternatives,
            a.parts,
            "variant-added",
            keyword,
            emit,
            () => emit("constraint-tightened", y.loc, { keyword, old: "none", new: `${y.alternatives.length} alternatives` })
          );
        else if (!y)
          this.groupOnOneSide(
            x.alternatives,
            b.parts,
            "variant-removed",
            keyword,
            emit,
            () => emit("constraint-relaxed", x.loc, { keyword, old: `${x.alternatives.length} alternatives`, new: "none" }, b.loc),
            b.loc
          );
        else this.compareAlternatives(x.alternatives, y.alternatives, keyword, scope, path, emit);
      }
    }
    if (a.not.length || b.not.length) {
      const fa = a.not.map((s) => fingerprint(s.node).hash).join();
      const fb = b.not.map((s) => fingerprint(s.node).hash).join();
      if (!a.not.length) emit("constraint-tightened", b.not[0].loc, { keyword: "not", old: "none", new: "schema" });
      else if (!b.not.length) emit("constraint-relaxed", a.not[0].loc, { keyword: "not", old: "schema", new: "none" }, b.loc);
      else if (fa !== fb) {
        const alike = this.likeness(a.not, b.not);
        if (alike === "different") emit("negation-changed", b.not[0].loc);
        else if (alike === "annotations") emit("schema-docs-changed", b.not[0].loc, { keyword: "not" });
      }
    }
  }
  /**
   * A group on one side only. When the other side is one of its alternatives (`oneOf: [A, B]` became `A`,
   * written as `oneOf: [A]` or plain `A`), the others were removed or added; otherwise the group itself was.
   */
  groupOnOneSide(alternatives, otherParts, rule, keyword, emit, whole, lineAt) {
    const otherIds = new Set(otherParts.flatMap(altIds));
    const kept = alternatives.filter((s) => altIds(s).some((id) => otherIds.has(id)));
    if (!kept.length) return whole();
    for (const s of alternatives) if (!kept.includes(s)) emit(rule, s.loc, { keyword }, lineAt);
  }
  /** Pair alternatives by identity (same `$ref`, same content, same title), then by position. */
  compareAlternatives(xa, xb, keyword, scope, path, emit) {
    const unmatchedB = new Set(xb.map((_, i) => i));
    const withId = /* @__PURE__ */ new Map();
    xb.forEach((sb, k) => {
      for (const id of new Set(altIds(sb))) {
        const entry = withId.get(id);
        if (entry) entry.list.push(k);
        else withId.set(id, { at: 0, list: [k] });
      }
    });
    const firstUnmatched = (id) => {
      const entry = withId.get(id);
      if (!entry) return void 0;
      while (entry.at < entry.list.length && !unmatchedB.has(entry.list[entry.at])) entry.at++;
      return entry.list[entry.at];
    };
    const pairs = [];
    const unmatchedA = [];
    for (const sa of xa) {
      let j;
      for (const id of altIds(sa)) {
        const k = firstUnmatched(id);
        if (k !== void 0 && (j === void 0 || k < j)) j = k;
      }
      if (j === void 0) unmatchedA.push(sa);
      else {
        unmatchedB.delete(j);
        pairs.push([sa, xb[j]]);
      }
    }
    const restB = [...unmatchedB].map((k) => xb[k]);
    if (unmatchedA.length === restB.length) {
      unmatchedA.forEach((sa, i) => pairs.push([sa, restB[i]]));
      unmatchedA.length = restB.length = 0;
    }
    for (const [sa, sb] of pairs) this.compare([sa], [sb], scope, `${path}(${keyword} ${xb.indexOf(sb) + 1})`);
    for (const sa of unmatchedA) emit("variant-removed", sa.loc, { keyword }, void 0);
    for (const sb of restB) emit("variant-added", sb.loc, { keyword });
  }
  compareAnnotations(a, b, emit) {
    for (const [map, rule] of [
      [a.docs, "schema-docs-changed"],
      [a.rest, "keyword-changed"]
    ]) {
      const other = map === a.docs ? b.docs : b.rest;
      for (const kw of /* @__PURE__ */ new Set([...map.keys(), ...other.keys()])) {
        const ka = map.get(kw);
        const kb = other.get(kw);
        if (ka && kb && sameValue(ka.value, kb.value)) continue;
        emit(rule, kb?.loc ?? ka.loc, { keyword: kw, old: ka?.value, new: kb?.value }, kb ? void 0 : b.loc);
      }
    }
    if (a.deprecated !== b.deprecated) emit(b.deprecated ? "schema-deprecated" : "schema-undeprecated", pointerAt(b.loc, "deprecated"));
    if ((a.default || b.default) && !(a.default && b.default && sameValue(a.default.value, b.default.value))) {
      emit(
        "default-changed",
        b.default?.loc ?? a.default.loc,
        { old: a.default?.value, new: b.default?.value },
        b.default ? void 0 : b.loc
      );
    }
  }
  compareDefs(a, b, scope, emit) {
    for (const [name, side] of a.defs) if (!b.defs.has(name)) emit("definition-removed", side.loc, { name }, b.loc);
    for (const [name, side] of b.defs) {
      const old = a.defs.get(name);
      if (!old) emit("definition-added", side.loc, { name });
      else this.compare([old], [side], { ...scope, label: `${scope.label} $defs${member(name)}` }, "", { defs: true });
    }
  }
};
var RANGE_KEYWORDS = /* @__PURE__ */ new Set(["minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"]);
function effectiveBound(view, side) {
  const [incl, excl] = side === "lower" ? ["minimum", "exclusiveMinimum"] : ["maximum", "exclusiveMaximum"];
  const integer = view.types !== void 0 && view.types.size > 0 && [...view.types].every((t) => t === "integer" || t === "null");
  const candidates2 = [];
  for (const [kw, exclusive] of [
    [incl, false],
    [excl, true]
  ]) {
    const k = view.bounds.get(kw);
    if (!k || typeof k.value !== "number") continue;
    if (exclusive && integer)
      candidates2.push({ value: side === "lower" ? Math.floor(k.value) + 1 : Math.ceil(k.value) - 1, exclusive: false, loc: k.loc });
    else candidates2.push({ value: k.value, exclusive, loc: k.loc });
  }
  if (!candidates2.length) return void 0;
  const sign = side === "lower" ? 1 : -1;
  const best = candidates2.reduce((x, y) => sign * (y.value - x.value) > 0 || y.value === x.value && y.exclusive ? y : x);
  const op = side === "lower" ? best.exclusive ? ">" : ">=" : best.exclusive ? "<" : "<=";
  return { ...best, text: `${op} ${best.value}` };
}
var IMPLIED_BOUNDS = { minContains: 1 };
var WIDER_FORMATS = {
  uri: ["uri-reference", "iri", "iri-reference"],
  "uri-reference": ["iri-reference"],
  iri: ["iri-reference"],
  email: ["idn-email"],
  hostname: ["idn-hostname"]
};
function binarySpelling(a, b) {
  const out = /* @__PURE__ */ new Set();
  const format = (v) => v.bounds.get("format")?.value;
  const encoding = (v) => v.constraints.get("contentEncoding")?.value;
  for (const [x, y] of [
    [a, b],
    [b, a]
  ]) {
    if (format(y) !== void 0) continue;
    if (format(x) === "binary" && !x.constraints.has("contentMediaType") && y.constraints.has("contentMediaType"))
      out.add("format").add("contentMediaType");
    if (format(x) === "byte" && encoding(x) === void 0 && encoding(y) === "base64") out.add("format").add("contentEncoding");
  }
  return out;
}
function formatWithin(x, y) {
  return typeof x === "string" && typeof y === "string" && Object.hasOwn(WIDER_FORMATS, x) && WIDER_FORMATS[x].includes(y);
}
function altIds(s) {
  const n = s.node;
  const ids2 = [fingerprint(s.node).hash];
  const named = /\/(?:schemas|\$defs|definitions)\/([^/]+)$/.exec(s.loc.pointer);
  if (named) ids2.push("ref:" + named[1]);
  if (n && typeof n === "object") {
    if (typeof n.$ref === "string") ids2.push("ref:" + n.$ref.replace(/^.*\//, ""));
    if (typeof n.title === "string") ids2.push("title:" + n.title);
  }
  return ids2;
}
function locKey(side) {
  return `${side.loc.file}#${side.loc.pointer}${side.orNull ? "?" : ""}`;
}
function pointerAt(loc, ...tokens) {
  return { file: loc.file, pointer: pointerJoin(loc.pointer, ...tokens) };
}
function fmt(value) {
  return typeof value === "string" ? value : JSON.stringify(value);
}
function divides(d, m) {
  if (Number.isInteger(d) && Number.isInteger(m)) return m % d === 0;
  const ratio = m / d;
  return Number.isFinite(ratio) && Math.abs(ratio - Math.round(ratio)) <= 1e-9 * Math.max(1, Math.abs(ratio));
}
var member = (name) => /^[\w$-]+$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;

// src/core/diff/tree-diff.ts
var KIND_NAMES = {
  openapi: "OpenAPI document",
  "openapi-fragment": "OpenAPI components file",
  swagger: "Swagger 2.0 document",
  asyncapi: "AsyncAPI document",
  avro: "Avro schema",
  jsonschema: "JSON Schema",
  versions: "versions file",
  data: "data file",
  document: "document",
  other: "file",
  binary: "binary file"
};
function diffTrees(base, head, options = {}) {
  const own = Documents.pair(base, head);
  const baseDocs = options.documents?.base ?? own.base;
  const headDocs = options.documents?.head ?? own.head;
  const errors = [];
  const warnings = [];
  const moduleOf = options.moduleOf ?? moduleOfAnyPath;
  const identity2 = (side, p) => contractIdentity(side === "base" ? baseDocs : headDocs, p);
  const moves = options.pairs ? [] : movedFiles(
    base,
    head,
    (a, b) => moduleOf(a) === moduleOf(b) && !otherVersion(a, b) && isToolingName(a) === isToolingName(b),
    identity2
  );
  const sink = new ChangeSink(new Map(moves.map((m) => [m.base, m.head])));
  const schemas = new SchemaDiffer(new ViewBuilder(baseDocs, errors), new ViewBuilder(headDocs, errors), sink);
  const judged2 = [];
  const openapi = new OpenApiDiffer(baseDocs, headDocs, sink, schemas, errors, judged2, options.roleOf);
  const movedFrom = new Map(moves.map((m) => [m.head, m.base]));
  const movedAway = new Set(moves.map((m) => m.base));
  const published = new Map(options.pairs ? [] : predecessors(base.paths(), head.paths()).map((s) => [s.head, s.base]));
  const pairs = options.pairs ?? [.../* @__PURE__ */ new Set([...base.paths(), ...head.paths()])].filter((p) => !movedAway.has(p)).sort().map((p) => ({ base: movedFrom.get(p) ?? published.get(p) ?? p, head: p }));
  const later = [];
  const components = documentComponents(headDocs, head.paths());
  let baseComponents;
  const baseParts = () => baseComponents ??= documentComponents(baseDocs, base.paths());
  const usedAlready = (pair) => {
    const used = components.get(pair.head);
    return used && baseParts().has(pair.base) ? used : void 0;
  };
  const partAddedOrRemoved = (pair, kind, added) => {
    const [docs, file] = added ? [headDocs, pair.head] : [baseDocs, pair.base];
    const parts = added ? components : baseParts();
    const part = parts.get(file);
    if (!part || options.isContract?.(file) || isTopicCatalog(file)) return void 0;
    if (kind === "jsonschema" && standalone2(docs, file, part.kinds, options.roleOf)) return void 0;
    return {
      rule: "document-part-changed",
      loc: { file: pair.head, pointer: "" },
      params: { file: pair.head, action: added ? "added" : "removed", document: part.by }
    };
  };
  const addedOrRemoved = (pair, kind, added) => partAddedOrRemoved(pair, kind, added) ?? fileChange(added ? "contract-added" : "contract-removed", pair.head, kind);
  let referenced;
  const isData = (file, from) => {
    if (options.data !== "referenced" || isTopicCatalog(file) || options.isContract?.(file)) return true;
    referenced ??= [reachedFrom(baseDocs, base.paths()), reachedFrom(headDocs, head.paths())];
    return referenced[0].has(from) || referenced[1].has(file);
  };
  for (const l of options.pairs ? [] : leftOut(base.paths(), head.paths()))
    sink.emit({
      rule: "contract-left-out",
      loc: { file: l.head, pointer: "" },
      params: { file: l.head, name: l.base.slice(l.base.lastIndexOf("/") + 1), version: l.version, previous: l.previous }
    });
  const roleOfPair = (pair) => options.forceRole && options.role ? options.role : options.roleOf?.(pair.base) ?? roleFromPath(pair.base, options.role ?? "storage");
  const reachesTheSame = (pair) => {
    const was = completeClosure(baseDocs, pair.base);
    const is = completeClosure(headDocs, pair.head);
    if (!was || !is || was.size !== is.size) return false;
    for (const f of is) {
      const [x, y] = [base.read(f), head.read(f)];
      if (!was.has(f) || !x || !y || !sameContent(x, y)) return false;
    }
    return true;
  };
  for (const pair of pairs) {
    options.onFile?.(pair.head);
    const file = pair.head;
    const a = base.read(pair.base);
    const b = head.read(pair.head);
    if (movedFrom.has(file)) sink.emit(moved(file, pair.base, b));
    const previous = published.get(file);
    sink.relocate = previous ? relocator(previous, file) : void 0;
    if (previous) sink.emit(versionAdded(file, previous));
    const unchanged = a && b && sameContent(a, b);
    const reachesOut = unchanged && hasExternalRef(Buffer.from(b).toString("utf8")) && !reachesTheSame(pair);
    if (unchanged && !reachesOut) continue;
    const kindA = a && kindOrError(baseDocs, pair.base, a, options.looseSchemas);
    const readB = b && kindOrError(headDocs, file, b, options.looseSchemas);
    const kindB = readB === "data" && kindA === "jsonschema" ? kindA : readB;
    const broken = [kindA, kindB].find((k) => k instanceof InputError);
    if (broken) {
      if (unchanged) continue;
      if (/\.avdl$/i.test(file) && !(kindA === "avro" && kindB instanceof InputError)) {
        sink.emit(plainChange(file, "document", !a ? "added" : !b ? "removed" : "changed"));
        continue;
      }
      const contract = options.looseSchemas || isContractName(file) || isContractName(pair.base) || options.isContract?.(file) || [kindA, kindB].some((k) => typeof k === "string" && isContractKind(k));
      if (contract) {
        errors.push({ file: broken.file ?? file, line: broken.line, message: broken.message });
        if (kindA instanceof InputError && kindB instanceof InputError)
          sink.emit({ rule: "unreadable-contract-changed", loc: { file, pointer: "" }, params: { file, problem: kindB.message } });
        continue;
      }
      warnings.push(
        `${broken.file ?? file}${broken.line ? `:${broken.line}` : ""}: not a contract and not readable as data (${broken.message}); compared as text`
      );
      sink.emit({
        rule: "document-changed",
        loc: { file, pointer: "" },
        params: { file, action: !a ? "added" : !b ? "removed" : "changed" }
      });
      continue;
    }
    const kind = kindB ?? kindA;
    const used = a && b ? usedAlready(pair) : void 0;
    if (unchanged && !(isRoot(kind) && reachesOut)) continue;
    if (a && b && replacedBy(kindA, kindB)) {
      sink.emit(fileChange("contract-removed", file, kindA));
      sink.emit(fileChange("contract-added", file, kindB));
      continue;
    }
    try {
      if (kind === "openapi" || kind === "swagger") {
        if (!a || !b) sink.emit(fileChange(a ? "contract-removed" : "contract-added", file, kind));
        const api = (k) => k === "openapi" || k === "swagger";
        openapi.diff({ baseFile: api(kindA) ? pair.base : void 0, headFile: api(kindB) ? file : void 0 });
      } else if (kind === "asyncapi") {
        if (!a || !b || kindA !== kindB) sink.emit(fileChange(a ? "contract-removed" : "contract-added", file, kind));
        else diffAsyncApi({ baseDocs, headDocs, sink, schemas, errors, judged: judged2, roleOf: options.roleOf }, pair.base, file);
      } else if (kind === "avro") {
        if (!a || !b || kindA !== kindB) sink.emit(fileChange(a ? "contract-removed" : "contract-added", file, kind));
        else if (used && !roleOfItsOwn(file, used.kinds, options.roleOf)) {
        } else {
          const users = options.forceRole ? [] : [...avroUsersOf(baseDocs, pair.base)];
          const role = strictest([roleOfPair(pair), ...users.map((u) => roleOfPair({ base: u, head: u }))]);
          const root = (docs, f) => ({ loc: { file: f, pointer: "" }, node: docs.get(f).data });
          const names = [avroNamesOf(baseDocs), avroNamesOf(headDocs)];
          const [older, newer] = [root(baseDocs, pair.base), root(headDocs, file)];
          if (isAvroProtocol(older.node) && isAvroProtocol(newer.node))
            diffAvroProtocols(
              sink,
              { file: pair.base, node: older.node, names: names[0] },
              { file, node: newer.node, names: names[1] },
              role
            );
          else if (isAvroProtocol(older.node) !== isAvroProtocol(newer.node)) {
            sink.emit(fileChange("contract-removed", file, kind));
            sink.emit(fileChange("contract-added", file, kind));
          } else diffAvroSchemas(sink, older, newer, { role, label: file.replace(/^.*\//, ""), names });
        }
      } else if (kind === "jsonschema") {
        if (!a || !b) sink.emit(addedOrRemoved(pair, kind, !a));
        else if (kindA !== kindB) sink.emit(fileChange(a ? "contract-removed" : "contract-added", file, kind));
        else if (used && !roleOfItsOwn(file, used.kinds, options.roleOf)) {
        } else {
          const role = roleOfPair(pair);
          const label = `${file.replace(/^.*\//, "")}`;
          const root = (docs, f) => [{ loc: { file: f, pointer: "" }, node: docs.get(f).data }];
          const [older, newer] = [root(baseDocs, pair.base), root(headDocs, file)];
          const found = schemas.compare(older, newer, { context: role, role, label }, "", { defs: true });
          const [idA, idB] = [ownId(older[0].node), ownId(newer[0].node)];
          if (idA && idA !== idB && !previous)
            sink.emit({
              rule: "schema-id-changed",
              loc: { file, pointer: idB ? "/$id" : "" },
              params: { file, old: idA, new: idB ?? "none" }
            });
          if (found.size) {
            const [a2, b2] = [judgedDocument(baseDocs, pair.base), judgedDocument(headDocs, file)];
            const inA = (f, p) => a2.pointerOf(f === file ? pair.base : f, p) ?? a2.pointerOf(f, p);
            const inB = (f, p) => b2.pointerOf(f === pair.base ? file : f, p) ?? b2.pointerOf(f, p);
            judged2.push({ file, role, label, older: a2.root, newer: b2.root, changes: found, pointerOf: [inA, inB] });
          }
        }
      } else if (kind === "data" && !isData(file, pair.base)) {
        if (!movedFrom.has(file)) sink.emit(plainChange(file, "other", !a ? "added" : !b ? "removed" : "changed"));
      } else if (kind === "data" || kind === "openapi-fragment") {
        if (!a || !b) sink.emit(addedOrRemoved(pair, kind, !a));
        else if (!unchanged && used && [baseDocs.get(pair.base).data, headDocs.get(file).data].every(isExampleObject))
          sink.emit({ rule: "document-part-changed", loc: { file, pointer: "" }, params: { file, action: "changed", document: used.by } });
        else {
          const relocate = sink.relocate;
          later.push(() => {
            sink.relocate = relocate;
            const covered = sink.pointersFor(file).flatMap((p) => {
              const schema = /^(.*)\/properties\/[^/]+$/.exec(p)?.[1];
              return schema === void 0 ? [p] : [p, `${schema}/required`];
            });
            const followed2 = (pointer) => components.has(file) && /\/\$ref$/.test(pointer);
            const openapiOnly = used && [...used.kinds].every((k) => k === "openapi");
            for (const c of diffData(file, baseDocs.get(pair.base).data, headDocs.get(file).data)) {
              if (followed2(c.loc.pointer) || openapiOnly && DOCUMENTATION.test(c.loc.pointer)) continue;
              if (!covered.some((p) => p.startsWith(c.loc.pointer) || c.loc.pointer.startsWith(p))) sink.emit(c);
            }
          });
        }
      } else if (kind === "versions") {
        sink.emit({
          rule: "module-version-changed",
          loc: { file, pointer: "" },
          params: { file, old: a ? versionOf(baseDocs, pair.base) : "none", new: b ? versionOf(headDocs, file) : "none" }
        });
      } else if (!movedFrom.has(file)) {
        sink.emit(plainChange(file, kind, !a ? "added" : !b ? "removed" : "changed"));
      }
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      errors.push({ file: err.file ?? file, line: err.line, message: err.message });
    }
  }
  for (const run of later) {
    try {
      run();
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      errors.push({ file: err.file ?? "", line: err.line, message: err.message });
    }
  }
  sink.relocate = void 0;
  const final = finalize(sink.changes, headDocs, moduleOf);
  const { extra: proven, coverage } = reconcile(judged2, (raw) => final.byRaw.get(raw), options.judgement === "strict");
  const changes = sortChanges([...final.changes, ...finalize(proven, headDocs, moduleOf).changes]);
  warnings.push(...baseDocs.notes.filter((n) => !headDocs.notes.includes(n)), ...headDocs.notes);
  return {
    level: maxLevel(changes.map((c) => c.level)),
    changes,
    errors: dedupe(errors),
    warnings,
    semantic: coverage,
    ...moves.length ? { moves } : {}
  };
}
function documentComponents(docs, paths) {
  const roots = /* @__PURE__ */ new Map();
  for (const p of paths) {
    const d = /\.(ya?ml|json)$/i.test(p) ? unlessUnreadable(() => docs.get(p).data) : void 0;
    if (!!d && typeof d === "object") {
      if ("openapi" in d || "swagger" in d) roots.set(p, "openapi");
      else if ("asyncapi" in d) roots.set(p, "asyncapi");
    }
  }
  const reached = /* @__PURE__ */ new Map();
  if (!roots.size) return reached;
  for (const [root, kind] of roots) {
    for (const f of reachedFrom(docs, [root], (t) => reached.get(t)?.kinds.has(kind) ?? false))
      if (f !== root) (reached.get(f) ?? reached.set(f, { kinds: /* @__PURE__ */ new Set(), by: root }).get(f)).kinds.add(kind);
  }
  return reached;
}
var JUDGES_AS = { openapi: ["request", "response"], asyncapi: ["event"] };
var DOCUMENTATION = /\/(description|summary|title|externalDocs|example|examples)(\/|$)/;
function isExampleObject(data) {
  if (!data || typeof data !== "object" || Array.isArray(data)) return false;
  const keys = Object.keys(data);
  return (keys.includes("value") || keys.includes("externalValue")) && keys.every((k) => EXAMPLE_KEYS.has(k) || k.startsWith("x-"));
}
var EXAMPLE_KEYS = /* @__PURE__ */ new Set(["summary", "description", "value", "externalValue"]);
function standalone2(docs, file, usedBy, roleOf) {
  const d = docs.get(file).data;
  if (!!d && typeof d === "object" && "$schema" in d) return true;
  return /\.schema\.(json|ya?ml)$/i.test(file) || roleOfItsOwn(file, usedBy, roleOf);
}
function roleOfItsOwn(file, usedBy, roleOf) {
  if (roleOf?.(file)) return true;
  const folder = roleFromPath(file, "request") === roleFromPath(file, "response") ? roleFromPath(file, "request") : void 0;
  return folder !== void 0 && ![...usedBy].some((kind) => JUDGES_AS[kind].includes(folder));
}
function strictest(roles) {
  return new Set(roles.flatMap(sidesOfRole)).size > 1 ? "event" : roles[0];
}
function kindOrError(docs, file, bytes, loose) {
  try {
    return kindOf2(docs, file, bytes, loose);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return err;
  }
}
var SCHEMA_KEYWORDS = ["type", "properties", "items", "$ref", "allOf", "anyOf", "oneOf", "enum", "const", "$defs", "definitions"];
function kindOf2(docs, file, bytes, loose = false) {
  const plain = detectKind(file, bytes);
  if (plain === "document" || plain === "other" || plain === "binary" || plain === "versions") return plain;
  const data = docs.get(file).data;
  const kind = detectKind(file, bytes, data);
  if (loose && kind === "data" && (typeof data === "boolean" || data && typeof data === "object" && SCHEMA_KEYWORDS.some((k) => k in data)))
    return "jsonschema";
  return kind;
}
var DOCUMENT_FAMILY = {
  openapi: "openapi",
  swagger: "openapi",
  asyncapi: "asyncapi",
  avro: "avro"
};
function replacedBy(before, after) {
  const [x, y] = [DOCUMENT_FAMILY[before], DOCUMENT_FAMILY[after]];
  return (x !== void 0 || y !== void 0) && x !== y;
}
function isRoot(kind) {
  return kind === "openapi" || kind === "swagger" || kind === "asyncapi" || kind === "jsonschema";
}
function versionOf(docs, file) {
  const data = docs.get(file).data;
  const v = data && typeof data === "object" ? data.current ?? data.version : void 0;
  return v === void 0 ? "none" : String(v);
}
function versionAdded(file, previous) {
  const version = (p) => pathVersion(p)?.written ?? p;
  return {
    rule: "contract-version-added",
    loc: { file, pointer: "" },
    params: { file, version: version(file), previous: version(previous) }
  };
}
function moved(file, from, bytes) {
  const plain = detectKind(file, bytes);
  if (plain === "document" || plain === "other" || plain === "binary") return plainChange(file, plain, `moved from ${from}`);
  return { rule: "contract-moved", loc: { file, pointer: "" }, params: { file, from } };
}
function plainChange(file, kind, action) {
  const loc = { file, pointer: "" };
  const unjudged = kind === "document" ? unjudgedFormat(file) : void 0;
  if (unjudged)
    return {
      rule: "contract-unjudged",
      loc,
      params: { file, action, format: unjudged.format, tool: unjudged.tool && `, or run ${unjudged.tool} in your CI` }
    };
  const rule = kind === "binary" ? "binary-changed" : kind === "other" ? "other-file-changed" : "document-changed";
  return { rule, loc, params: { file, action } };
}
function fileChange(rule, file, kind) {
  return { rule, loc: { file, pointer: "" }, params: { file, kind: KIND_NAMES[kind] } };
}
function finalize(raw, headDocs, moduleOf) {
  const lineOf = (c) => c.lineAt && c.lineAt.file === c.loc.file ? c.lineAt : c.loc;
  const byFile = /* @__PURE__ */ new Map();
  for (const c of raw) {
    const where = lineOf(c);
    pushTo(byFile, where.file, c);
  }
  const lines = /* @__PURE__ */ new Map();
  for (const [file, list] of byFile) {
    if (!headDocs.has(file)) continue;
    try {
      const found = headDocs.get(file).positions.locateAll(list.map((c) => lineOf(c).pointer));
      for (const c of list) {
        const pos = found.get(lineOf(c).pointer);
        if (pos) lines.set(c, pos);
      }
    } catch {
      for (const c of list) if (c.loc.pointer === "") lines.set(c, { line: 1, column: 1 });
    }
  }
  const changes = raw.map((c) => {
    const rule = getRule(c.rule);
    const others = [...c.alsoVia ?? []].sort();
    const pos = lines.get(c);
    return {
      ruleId: emittedId(c),
      rule: c.rule,
      ...c.context ? { context: c.context } : {},
      ...c.role ? { role: c.role } : {},
      level: ruleLevel(rule, c.role),
      module: moduleOf(c.loc.file),
      file: c.loc.file,
      pointer: c.loc.pointer,
      ...pos ? { line: pos.line, column: pos.column } : {},
      message: fill(rule.message, c.params),
      ...c.identity ? { identity: c.identity } : abridges(c.params) ? { identity: sha256(Buffer.from(JSON.stringify(c.params))) } : {},
      hint: fill(ruleHint(rule, c.role), c.params),
      ...rule.migrate ? { migrate: ruleMigrate(rule, c.context ?? c.role, c.params) } : {},
      ...c.via || others.length ? { via: { first: c.via, named: !!c.via && String(c.params.at ?? c.params.op ?? "").includes(c.via), others } } : {},
      ...c.semantic ? { semantic: c.semantic } : {}
    };
  });
  return { changes, byRaw: new Map(raw.map((c, i) => [c, changes[i]])) };
}
function dedupe(errors) {
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((e) => {
    const key = `${e.file}|${e.line}|${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function contractIdentity(docs, file) {
  if (!/\.(ya?ml|json)$/i.test(file) && !isAvroFile(file)) return void 0;
  const data = unlessUnreadable(() => docs.get(file))?.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) return void 0;
  const d = data;
  const info = d.info;
  const title = info && typeof info === "object" && typeof info.title === "string" ? info.title.trim() : "";
  if (title && (typeof d.openapi === "string" || d.swagger !== void 0)) return `openapi ${title}`;
  if (title && typeof d.asyncapi === "string") return `asyncapi ${title}`;
  if (typeof d.$id === "string" && d.$id) return `schema ${d.$id}`;
  if (!isAvroFile(file)) return void 0;
  if (isAvroProtocol(d))
    return `avro protocol ${fullName(d.protocol, typeof d.namespace === "string" ? d.namespace || void 0 : void 0)}`;
  const avro = avroTypeName(d);
  return avro && `avro ${avro}`;
}
export {
  diffTrees
};
