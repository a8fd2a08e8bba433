import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/core/libraries.cjs
var require_libraries = __commonJS({
  "src/core/libraries.cjs"(exports) {
    "use strict";
    var refa;
    var avsc;
    var re2js;
    var undici;
    exports.refa = () => refa ??= __require("../lib/refa.cjs");
    exports.avsc = () => avsc ??= __require("../lib/avsc.cjs");
    exports.re2js = () => re2js ??= __require("../lib/re2js.cjs");
    exports.undici = () => undici ??= __require("../lib/undici.cjs");
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

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
    function getProperty(key2) {
      return typeof key2 == "string" && exports.IDENTIFIER.test(key2) ? new _Code(`.${key2}`) : _`[${key2}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key2) {
      if (typeof key2 == "string" && exports.IDENTIFIER.test(key2)) {
        return new _Code(`${key2}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key2}, use explicit $id name mapping`);
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
    var Node2 = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node2 {
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
    var Assign = class extends Node2 {
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
    var Label = class extends Node2 {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node2 {
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
    var Throw = class extends Node2 {
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
    var AnyCode = class extends Node2 {
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
    var ParentNode = class extends Node2 {
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
        for (const [key2, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key2);
          if (key2 !== value || this.opts.es5) {
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
    function alwaysValidSchema(it, schema2) {
      if (typeof schema2 == "boolean")
        return schema2;
      if (Object.keys(schema2).length === 0)
        return true;
      checkUnknownRules(it, schema2);
      return !schemaHasRules(schema2, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema2 = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema2 === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key2 in schema2) {
        if (!rules[key2])
          checkStrictMode(it, `unknown keyword: "${key2}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema2, rules) {
      if (typeof schema2 == "boolean")
        return !schema2;
      for (const key2 in schema2)
        if (rules[key2])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema2, RULES2) {
      if (typeof schema2 == "boolean")
        return !schema2;
      for (const key2 in schema2)
        if (key2 !== "$ref" && RULES2.all[key2])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema2, keyword, $data) {
      if (!$data) {
        if (typeof schema2 == "number" || typeof schema2 == "boolean")
          return schema2;
        if (typeof schema2 == "string")
          return (0, codegen_1._)`${schema2}`;
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
    function extendErrors({ gen, keyword, schemaValue, data: data2, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data2);
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
      const { keyword, data: data2, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data2]);
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
      const { gen, schema: schema2, validateName } = it;
      if (schema2 === false) {
        falseSchemaError(it, false);
      } else if (typeof schema2 == "object" && schema2.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema: schema2 } = it;
      if (schema2 === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data: data2 } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data: data2,
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
    function schemaHasRulesForType({ schema: schema2, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema2, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema2, group) {
      return group.rules.some((rule2) => shouldUseRule(schema2, rule2));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema2, rule2) {
      var _a;
      return schema2[rule2.keyword] !== void 0 || ((_a = rule2.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema2[kwd] !== void 0));
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
    function getSchemaTypes(schema2) {
      const types = getJSONTypes(schema2.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema2.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema2.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema2.nullable === true)
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
      const { gen, data: data2, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data2, opts.strictNumbers, DataType.Wrong);
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
      const { gen, data: data2, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data2}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data2}) && ${data2}.length == 1`, () => gen.assign(data2, (0, codegen_1._)`${data2}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data2}`).if(checkDataTypes(types, data2, opts.strictNumbers), () => gen.assign(coerced, data2)));
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
        gen.assign(data2, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data2}`).elseIf((0, codegen_1._)`${data2} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data2} === null
              || (${dataType} == "string" && ${data2} && ${data2} == +${data2})`).assign(coerced, (0, codegen_1._)`+${data2}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data2} === null
              || (${dataType} === "string" && ${data2} && ${data2} == +${data2} && !(${data2} % 1))`).assign(coerced, (0, codegen_1._)`+${data2}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data2} === "false" || ${data2} === 0 || ${data2} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data2} === "true" || ${data2} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data2} === "" || ${data2} === 0 || ${data2} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data2} === null`).assign(coerced, (0, codegen_1._)`[${data2}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data2, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data2} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data2})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data2} && typeof ${data2} == "object" && !Array.isArray(${data2})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data2} % 1) && !isNaN(${data2})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data2} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data2} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data2})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data2, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data2, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data2} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data2} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data2, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema: schema2 }) => `must be ${schema2}`,
      params: ({ schema: schema2, schemaValue }) => typeof schema2 == "string" ? (0, codegen_1._)`{type: ${schema2}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data: data2, schema: schema2 } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema2, "type");
      return {
        gen,
        keyword: "type",
        data: data2,
        schema: schema2.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema2,
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
        for (const key2 in properties) {
          assignDefault(it, key2, properties[key2].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data: data2, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data2}${(0, codegen_1.getProperty)(prop)}`;
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
      const { gen, data: data2, it } = cxt;
      gen.if(noPropertyInData(gen, data2, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data: data2, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data2, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
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
    function isOwnProperty(gen, data2, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data2}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data2, property, ownProperties) {
      const cond = (0, codegen_1._)`${data2}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data2, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data2, property, ownProperties) {
      const cond = (0, codegen_1._)`${data2}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data2, property))) : cond;
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
    function callValidateCode({ schemaCode, data: data2, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data2}, ${topSchemaRef}${schemaPath}` : data2;
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
      const { gen, data: data2, keyword, it } = cxt;
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
        const len = gen.const("len", (0, codegen_1._)`${data2}.length`);
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
      const { gen, schema: schema2, keyword, it } = cxt;
      if (!Array.isArray(schema2))
        throw new Error("ajv implementation error");
      const alwaysValid = schema2.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema2.forEach((_sch, i) => {
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
      const { gen, keyword, schema: schema2, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema2, parentSchema, it);
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
      const { gen, keyword, schema: schema2, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema2, parentSchema, it) : def.validate;
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
      const { gen, data: data2, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data2, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
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
    function validSchemaType(schema2, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema2) : st === "object" ? schema2 && typeof schema2 == "object" && !Array.isArray(schema2) : typeof schema2 == st || allowUndefined && typeof schema2 == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema: schema2, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema2, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema2[keyword]);
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
    function getSubschema(it, { keyword, schemaProp, schema: schema2, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema2 !== void 0) {
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
      if (schema2 !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema: schema2,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data: data2, dataTypes, propertyName }) {
      if (data2 !== void 0 && dataProp !== void 0) {
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
      if (data2 !== void 0) {
        const nextData = data2 instanceof codegen_1.Name ? data2 : gen.let("data", data2, true);
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
          var key2 = keys[i];
          if (!equal(a[key2], b[key2])) return false;
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
    var traverse = module.exports = function(schema2, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema2, "", schema2);
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
    function _traverse(opts, pre, post, schema2, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema2 && typeof schema2 == "object" && !Array.isArray(schema2)) {
        pre(schema2, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key2 in schema2) {
          var sch = schema2[key2];
          if (Array.isArray(sch)) {
            if (key2 in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key2 + "/" + i, rootSchema, jsonPtr, key2, schema2, i);
            }
          } else if (key2 in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key2 + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key2, schema2, prop);
            }
          } else if (key2 in traverse.keywords || opts.allKeys && !(key2 in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key2, rootSchema, jsonPtr, key2, schema2);
          }
        }
        post(schema2, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
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
    function inlineRef(schema2, limit = true) {
      if (typeof schema2 == "boolean")
        return true;
      if (limit === true)
        return !hasRef2(schema2);
      if (!limit)
        return false;
      return countKeys(schema2) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef2(schema2) {
      for (const key2 in schema2) {
        if (REF_KEYWORDS.has(key2))
          return true;
        const sch = schema2[key2];
        if (Array.isArray(sch) && sch.some(hasRef2))
          return true;
        if (typeof sch == "object" && hasRef2(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema2) {
      let count = 0;
      for (const key2 in schema2) {
        if (key2 === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key2))
          continue;
        if (typeof schema2[key2] == "object") {
          (0, util_1.eachItem)(schema2[key2], (sch) => count += countKeys(sch));
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
    function getSchemaRefs(schema2, baseId) {
      if (typeof schema2 == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema2[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema2, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
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
    function validateFunction({ gen, validateName, schema: schema2, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema2, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema2, opts)).code(body));
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
      const { schema: schema2, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema2.$comment)
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
    function funcSourceUrl(schema2, opts) {
      const schId = typeof schema2 == "object" && schema2[opts.schemaId];
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
    function schemaCxtHasRules({ schema: schema2, self }) {
      if (typeof schema2 == "boolean")
        return !schema2;
      for (const key2 in schema2)
        if (self.RULES.all[key2])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema: schema2, gen, opts } = it;
      if (opts.$comment && schema2.$comment)
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
      const { schema: schema2, errSchemaPath, opts, self } = it;
      if (schema2.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema2, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema: schema2, opts } = it;
      if (schema2.default !== void 0 && opts.useDefaults && opts.strictSchema) {
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
    function commentKeyword({ gen, schemaEnv, schema: schema2, errSchemaPath, opts }) {
      const msg = schema2.$comment;
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
      const { gen, schema: schema2, data: data2, allErrors, opts, self } = it;
      const { RULES: RULES2 } = self;
      if (schema2.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema2, RULES2))) {
        gen.block(() => keywordCode(it, "$ref", RULES2.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES2.rules)
          groupKeywords(group);
        groupKeywords(RULES2.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema2, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data2, opts.strictNumbers));
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
      const { gen, schema: schema2, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule2 of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema2, rule2)) {
            keywordCode(it, rule2.keyword, rule2.definition, group.type);
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
        const rule2 = rules[keyword];
        if (typeof rule2 == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule2)) {
          const { type } = rule2.definition;
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
      let data2;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data2 = names_1.default.rootData;
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
        data2 = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data2;
      }
      let expr = data2;
      const segments2 = jsonPointer.split("/");
      for (const segment of segments2) {
        if (segment) {
          data2 = (0, codegen_1._)`${data2}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data2}`;
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
        let schema2;
        if (typeof env.schema == "object")
          schema2 = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema2 === null || schema2 === void 0 ? void 0 : schema2[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema2 === null || schema2 === void 0 ? void 0 : schema2.$async;
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
      let _sch = resolve4.call(this, root, ref);
      if (_sch === void 0) {
        const schema2 = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema2)
          _sch = new SchemaEnv({ schema: schema2, schemaId, root, baseId });
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
    function resolve4(root, ref) {
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
        const { schema: schema2 } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema2[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema: schema2, schemaId, root, baseId });
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
    function getJsonPointer(parsedRef, { baseId, schema: schema2, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema2 === "boolean")
          return;
        const partSchema = schema2[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema2 = partSchema;
        const schId = typeof schema2 === "object" && schema2[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema2 != "boolean" && schema2.$ref && !(0, util_1.schemaHasRulesButRef)(schema2, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema2.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema: schema2, schemaId, root, baseId });
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
        parse3(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve4(baseURI, relativeURI, options) {
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
    function resolveComponent(base, relative3, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse3(serialize(base, options), options);
        relative3 = parse3(serialize(relative3, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative3.scheme) {
        target.scheme = relative3.scheme;
        target.userinfo = relative3.userinfo;
        target.host = relative3.host;
        target.port = relative3.port;
        target.path = removeDotSegments(relative3.path || "");
        target.query = relative3.query;
      } else {
        if (relative3.userinfo !== void 0 || relative3.host !== void 0 || relative3.port !== void 0) {
          target.userinfo = relative3.userinfo;
          target.host = relative3.host;
          target.port = relative3.port;
          target.path = removeDotSegments(relative3.path || "");
          target.query = relative3.query;
        } else {
          if (!relative3.path) {
            target.path = base.path;
            if (relative3.query !== void 0) {
              target.query = relative3.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative3.path[0] === "/") {
              target.path = removeDotSegments(relative3.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative3.path;
              } else if (!base.path) {
                target.path = relative3.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative3.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative3.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative3.fragment;
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
    function parse3(uri, opts) {
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
      resolve: resolve4,
      resolveComponent,
      equal,
      serialize,
      parse: parse3
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
      validate(schemaKeyRef, data2) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data2);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema2, _meta) {
        const sch = this._addSchema(schema2, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema2, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema2, meta);
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
      addSchema(schema2, key2, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema2)) {
          for (const sch of schema2)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema2 === "object") {
          const { schemaId } = this.opts;
          id = schema2[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key2 = (0, resolve_1.normalizeId)(key2 || id);
        this._checkUnique(key2);
        this.schemas[key2] = this._addSchema(schema2, _meta, key2, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema2, key2, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema2, key2, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema2, throwOrLogError) {
        if (typeof schema2 == "boolean")
          return true;
        let $schema;
        $schema = schema2.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema2);
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
        const rule2 = this.RULES.all[keyword];
        return typeof rule2 == "object" ? rule2.definition : !!rule2;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES: RULES2 } = this;
        delete RULES2.keywords[keyword];
        delete RULES2.all[keyword];
        for (const group of RULES2.rules) {
          const i = group.rules.findIndex((rule2) => rule2.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format2) {
        if (typeof format2 == "string")
          format2 = new RegExp(format2);
        this.formats[name] = format2;
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
          for (const key2 in rules) {
            const rule2 = rules[key2];
            if (typeof rule2 != "object")
              continue;
            const { $data } = rule2.definition;
            const schema2 = keywords[key2];
            if ($data && schema2)
              keywords[key2] = schemaOrData(schema2);
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
      _addSchema(schema2, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema2 == "object") {
          id = schema2[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema2 != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema2);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema2, baseId);
        sch = new compile_1.SchemaEnv({ schema: schema2, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema2, true);
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
      for (const key2 in checkOpts) {
        const opt = key2;
        if (opt in options)
          this.logger[log](`${msg}: option ${key2}. ${checkOpts[opt]}`);
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
        for (const key2 in optsSchemas)
          this.addSchema(optsSchemas[key2], key2);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format2 = this.opts.formats[name];
        if (format2)
          this.addFormat(name, format2);
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
      const { RULES: RULES2 } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES2.keywords[kwd])
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
      const { RULES: RULES2 } = this;
      let ruleGroup = post ? RULES2.post : RULES2.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES2.rules.push(ruleGroup);
      }
      RULES2.keywords[keyword] = true;
      if (!definition)
        return;
      const rule2 = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule2, definition.before);
      else
        ruleGroup.rules.push(rule2);
      RULES2.all[keyword] = rule2;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule2, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule2);
      } else {
        ruleGroup.rules.push(rule2);
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
    function schemaOrData(schema2) {
      return { anyOf: [schema2, $dataRef] };
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
        const { keyword, data: data2, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data2} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data2})`);
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
        const { gen, data: data2, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data2}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
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
        const { keyword, data: data2, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data2}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data2})`;
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
        const { gen, data: data2, $data, schema: schema2, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data2})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema2);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data2})`);
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
        const { keyword, data: data2, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data2}).length ${op} ${schemaCode}`);
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
        const { gen, schema: schema2, schemaCode, data: data2, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema2.length === 0)
          return;
        const useLoop = schema2.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema2) {
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
            for (const prop of schema2) {
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
            gen.if((0, code_1.checkMissingProp)(cxt, schema2, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data2, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data2, missing, opts.ownProperties));
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
        const { keyword, data: data2, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data2}.length ${op} ${schemaCode}`);
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
        const { gen, data: data2, $data, schema: schema2, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema2)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data2}.length`);
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
            gen.let(item, (0, codegen_1._)`${data2}[${i}]`);
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
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data2}[${i}], ${data2}[${j}])`, () => {
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
        const { gen, data: data2, $data, schemaCode, schema: schema2 } = cxt;
        if ($data || schema2 && typeof schema2 == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data2}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema2} !== ${data2}`);
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
        const { gen, data: data2, $data, schema: schema2, schemaCode, it } = cxt;
        if (!$data && schema2.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema2.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema2))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema2.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data2}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema2[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data2}, ${vSchema}[${i}])` : (0, codegen_1._)`${data2} === ${sch}`;
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
      const { gen, schema: schema2, data: data2, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data2}.length`);
      if (schema2 === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema2 == "object" && !(0, util_1.alwaysValidSchema)(it, schema2)) {
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
        const { schema: schema2, it } = cxt;
        if (Array.isArray(schema2))
          return validateTuple(cxt, "additionalItems", schema2);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema2))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data: data2, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data2}.length`);
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
        const { schema: schema2, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema2))
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
        const { gen, schema: schema2, parentSchema, data: data2, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data2}.length`);
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
        if ((0, util_1.alwaysValidSchema)(it, schema2)) {
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
            gen.if((0, codegen_1._)`${data2}.length > 0`, validateItemsWithCount);
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
    function splitDependencies({ schema: schema2 }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key2 in schema2) {
        if (key2 === "__proto__")
          continue;
        const deps = Array.isArray(schema2[key2]) ? propertyDeps : schemaDeps;
        deps[key2] = schema2[key2];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data: data2, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data2, prop, it.opts.ownProperties);
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
      const { gen, data: data2, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data2, prop, it.opts.ownProperties),
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
        const { gen, schema: schema2, data: data2, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema2))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data2, (key2) => {
          cxt.setParams({ propertyName: key2 });
          cxt.subschema({
            keyword: "propertyNames",
            data: key2,
            dataTypes: ["string"],
            propertyName: key2,
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
        const { gen, schema: schema2, parentSchema, data: data2, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema2))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data2, (key2) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key2);
            else
              gen.if(isAdditional(key2), () => additionalPropertyCode(key2));
          });
        }
        function isAdditional(key2) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key2);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key2} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key2})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key2) {
          gen.code((0, codegen_1._)`delete ${data2}[${key2}]`);
        }
        function additionalPropertyCode(key2) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema2 === false) {
            deleteAdditional(key2);
            return;
          }
          if (schema2 === false) {
            cxt.setParams({ additionalProperty: key2 });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema2 == "object" && !(0, util_1.alwaysValidSchema)(it, schema2)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key2, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key2);
              });
            } else {
              applyAdditionalSchema(key2, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key2, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key2,
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
        const { gen, schema: schema2, parentSchema, data: data2, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema2);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema2[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data2, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema2[prop].default !== void 0;
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
        const { gen, schema: schema2, data: data2, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema2);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema2[p]));
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
          gen.forIn("key", data2, (key2) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key2})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key2,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key2}]`, true);
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
        const { gen, schema: schema2, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema2)) {
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
        const { gen, schema: schema2, parentSchema, it } = cxt;
        if (!Array.isArray(schema2))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema2;
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
        const { gen, schema: schema2, it } = cxt;
        if (!Array.isArray(schema2))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema2.forEach((sch, i) => {
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
      const schema2 = it.schema[keyword];
      return schema2 !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema2);
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
        const { gen, data: data2, $data, schema: schema2, schemaCode, it } = cxt;
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
          const format2 = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format2, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format2, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format2}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format2}(${data2}) : ${format2}(${data2}))` : (0, codegen_1._)`${format2}(${data2})`;
            const validData = (0, codegen_1._)`(typeof ${format2} == "function" ? ${callFormat} : ${format2}.test(${data2}))`;
            return (0, codegen_1._)`${format2} && ${format2} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema2];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format2, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema2}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema2)}` : void 0;
            const fmt2 = gen.scopeValue("formats", { key: schema2, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt2}.validate`];
            }
            return ["string", fmtDef, fmt2];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data2})`;
            }
            return typeof format2 == "function" ? (0, codegen_1._)`${fmtRef}(${data2})` : (0, codegen_1._)`${fmtRef}.test(${data2})`;
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
    var format2 = [format_1.default];
    exports.default = format2;
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
        const { gen, data: data2, schema: schema2, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema2.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema2.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data2}${(0, codegen_1.getProperty)(tagName)}`);
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
      const { schemaEnv, schema: schema2, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema: schema2, schemaId, root, baseId, localRefs, meta });
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
        const { gen, schema: schema2, data: data2, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data2, (key2) => gen.if(unevaluatedDynamic(props, key2), () => unevaluatedPropCode(key2))));
        } else if (props !== true) {
          gen.forIn("key", data2, (key2) => props === void 0 ? unevaluatedPropCode(key2) : gen.if(unevaluatedStatic(props, key2), () => unevaluatedPropCode(key2)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key2) {
          if (schema2 === false) {
            cxt.setParams({ unevaluatedProperty: key2 });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema2)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key2,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key2) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key2}]`;
        }
        function unevaluatedStatic(evaluatedProps, key2) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key2} !== ${p}`);
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
        const { gen, schema: schema2, data: data2, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data2}.length`);
        if (schema2 === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema2 == "object" && !(0, util_1.alwaysValidSchema)(it, schema2)) {
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
    var format2 = require_format_annotation();
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
        with$data(this, format2),
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
        const { gen, data: data2, schemaCode, keyword, it } = cxt;
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
          const format2 = fCxt.schema;
          const fmtDef = self.formats[format2];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format2}" does not define "compare" function`);
          }
          const fmt2 = gen.scopeValue("formats", {
            key: format2,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format2)}` : void 0
          });
          cxt.fail$data(compareCode(fmt2));
        }
        function compareCode(fmt2) {
          return (0, codegen_1._)`${fmt2}.compare(${data2}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
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

// src/cli/commands/diff.ts
import { statSync as statSync2 } from "node:fs";
import { relative as relative2, resolve as resolve3, sep as sep2 } from "node:path";
import { parseArgs } from "node:util";

// src/cli/progress.ts
var AFTER_MS = 1e3;
function progressOnStderr(stream = process.stderr, now = () => Date.now()) {
  if (!stream.isTTY) return { tell: () => {
  }, done: () => {
  } };
  const start = now();
  let shown = false;
  return {
    tell(file2) {
      if (now() - start < AFTER_MS) return;
      const width = Math.max(20, (stream.columns || 80) - 1);
      const line = `judging ${file2}\u2026`;
      stream.write(`\r\x1B[2K${line.length > width ? "\u2026" + line.slice(line.length - width + 1) : line}`);
      shown = true;
    },
    done() {
      if (shown) stream.write("\r\x1B[2K");
    }
  };
}

// src/adapters/fs-tree.ts
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join, relative, resolve, sep } from "node:path";

// src/core/errors.ts
var InputError = class extends Error {
  constructor(message, file2, line) {
    super(message);
    this.file = file2;
    this.line = line;
    this.name = "InputError";
  }
  file;
  line;
  /** `file:line: message`, the shape editors and CI logs link. */
  oneLine() {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ""}: ` : "";
    return `${where}${this.message}`.replace(/\s*\n\s*/g, " ");
  }
};
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
function unlessUnreadable(read) {
  try {
    return read();
  } catch (err) {
    if (err instanceof InputError) return void 0;
    throw err;
  }
}
function isBug(err) {
  return err instanceof TypeError || err instanceof ReferenceError;
}

// src/core/source/limits.ts
var LIMITS = {
  /** The GitHub REST description is ~13 MB of JSON; 32 MiB leaves room without inviting abuse. */
  maxFileBytes: 32 * 1024 * 1024,
  /**
   * Bytes of files a check reads of one tree (a side's contracts): 128 MiB is ten GitHub REST descriptions. Past it,
   * files (in path order) are not read, and say so: sixty files of 30 MB each took 2 GB of memory per judgement, and
   * more took the App down.
   */
  maxTreeBytes: 128 * 1024 * 1024,
  /** YAML aliases share nodes; a document that expands past this many nodes is an alias bomb. */
  maxExpandedNodes: 5e6,
  /** Keys YAML merge keys (`<<: *base`) may copy in one file, all merges together: a merge bomb stops here. */
  maxMergeKeys: 1e5,
  /** Collections nested deeper than this are refused (js-yaml checks YAML; we check JSON). */
  maxDepth: 200,
  /**
   * Bytes of API descriptions Spectral lints on each side of a check (a description and the files its `$ref`s reach):
   * it takes ~4 s a MB, so 16 MiB (the GitHub REST description fits) is about a minute; the rest are said unlinted.
   */
  maxLintedBytes: 16 * 1024 * 1024
};

// src/core/source/withheld.ts
var OverSizeLimit = class extends InputError {
};
var Oversized = class extends Uint8Array {
  constructor(size, id, cause = "file") {
    super(0);
    this.size = size;
    this.id = id;
    this.cause = cause;
  }
  size;
  id;
  cause;
  // slices and copies of it are plain bytes (TypedArray methods build their results through this constructor)
  static get [Symbol.species]() {
    return Uint8Array;
  }
};
var TreeBudget = class {
  spent = 0;
  /** Whether a file of `size` bytes may be read; counted when it may. */
  take(size) {
    if (this.spent + size > LIMITS.maxTreeBytes) return false;
    this.spent += size;
    return true;
  }
};
function withheld(size, id, budget) {
  if (size > LIMITS.maxFileBytes) return new Oversized(size, id());
  return budget.take(size) ? void 0 : new Oversized(size, id(), "tree");
}
function overSizeLimit(file2, size) {
  const mb = (n) => (n / 1024 / 1024).toFixed(1);
  return new OverSizeLimit(`file is ${mb(size)} MB, over the ${mb(LIMITS.maxFileBytes)} MB limit`, file2);
}
function overTreeBudget(file2) {
  const mb = (LIMITS.maxTreeBytes / 1024 / 1024).toFixed(1);
  return new OverSizeLimit(
    `not read: with the files before it (in path order), it would pass the ${mb} MB a check reads of one side`,
    file2
  );
}

// src/adapters/fs-tree.ts
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn"]);
var FsTree = class {
  /** `prefixes`: list only files under these relative folders (the contracts root); reads are never limited by them. */
  constructor(root, prefixes = [""]) {
    this.root = root;
    this.prefixes = prefixes;
  }
  root;
  prefixes;
  list;
  realRoot;
  budget = new TreeBudget();
  files = /* @__PURE__ */ new Map();
  repositories = /* @__PURE__ */ new Map();
  paths() {
    if (!this.list) {
      const out = [];
      const walk2 = (dir) => {
        let entries;
        try {
          entries = readdirSync(dir);
        } catch {
          return;
        }
        for (const name of entries) {
          if (SKIP_DIRS.has(name)) continue;
          const full = join(dir, name);
          const st = lstatSync(full);
          if (st.isSymbolicLink()) continue;
          if (st.isDirectory()) {
            if (!this.nested(full)) walk2(full);
          } else if (st.isFile()) out.push(relative(this.root, full).split(sep).join("/"));
        }
      };
      for (const prefix of this.prefixes) walk2(join(this.root, prefix));
      this.list = [...new Set(out)].sort();
    }
    return this.list;
  }
  /**
   * A regular file inside the root: no `..`, no link anywhere on the way that leads out (real paths compared). Read
   * once: a diff asks for a file several times (its kind, its parse, the other side's comparison of bytes), and a
   * 13 MB description read five times cost a third of a second. One over the size limit, or past what a check reads of
   * one tree, is stood in for by a marker of its size and blob id, never read whole.
   */
  read(path) {
    if (!this.files.has(path)) this.files.set(path, this.readNow(path));
    return this.files.get(path);
  }
  /**
   * A folder below the root that is a repository of its own (a git submodule's checkout): a commit holds it as that
   * repository's commit id, not as files, so the working tree reads none of it either (git and the API cannot).
   */
  nested(dir) {
    let is = this.repositories.get(dir);
    if (is === void 0) this.repositories.set(dir, is = dir !== this.root && existsSync(join(dir, ".git")));
    return is;
  }
  readNow(path) {
    const full = resolve(this.root, path);
    if (full !== this.root && !full.startsWith(this.root + sep)) return void 0;
    for (let dir = dirname(full); dir.startsWith(this.root + sep); dir = dirname(dir)) if (this.nested(dir)) return void 0;
    try {
      const st = lstatSync(full);
      if (!st.isFile()) return void 0;
      this.realRoot ??= realpathSync.native(this.root);
      const real = realpathSync.native(full);
      if (!real.startsWith(this.realRoot + sep)) return void 0;
      return withheld(st.size, () => blobId(real, st.size), this.budget) ?? readFileSync(real);
    } catch {
      return void 0;
    }
  }
};
function repositoryRootOf(path) {
  const start = statSync(path).isDirectory() ? resolve(path) : dirname(resolve(path));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return start;
  }
}
function blobId(path, size) {
  const hash = createHash("sha1").update(`blob ${size}\0`);
  const chunk = Buffer.alloc(1 << 20);
  const fd = openSync(path, "r");
  try {
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) hash.update(chunk.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest("hex");
}

// src/core/semantic/copy.ts
var DROP = /* @__PURE__ */ Symbol("drop");
var KEEP = /* @__PURE__ */ Symbol("keep");
var RewrittenCopy = class {
  /**
   * `shareUnchanged`: a subtree with nothing to rewrite is used as it is, not copied (for a pure `rewrite` whose result
   * nobody edits): nodes keep their identity, so what was learnt of them (fingerprints) serves every copy.
   */
  constructor(rewrite2, shareUnchanged = false) {
    this.rewrite = rewrite2;
    this.shareUnchanged = shareUnchanged;
  }
  rewrite;
  shareUnchanged;
  copies = /* @__PURE__ */ new Map();
  /** Whether a node's subtree has anything to rewrite (with `shareUnchanged`). */
  changing = /* @__PURE__ */ new Map();
  copy(node) {
    if (!node || typeof node !== "object") return node;
    const known = this.copies.get(node);
    if (known !== void 0) return known;
    if (this.shareUnchanged && !this.changes(node, /* @__PURE__ */ new Set())) {
      this.copies.set(node, node);
      return node;
    }
    if (Array.isArray(node)) {
      const out2 = [];
      this.copies.set(node, out2);
      for (const v of node) out2.push(this.copy(v));
      return out2;
    }
    const out = {};
    this.copies.set(node, out);
    for (const [k, v] of Object.entries(node)) {
      const r = this.rewrite(node, k, v);
      if (r === DROP) continue;
      out[k] = r === KEEP ? this.copy(v) : r;
    }
    return out;
  }
  /** Does anything under `node` rewrite? A node met again on the way down (a cycle) counts as changing: copied, to be safe. */
  changes(node, path) {
    const known = this.changing.get(node);
    if (known !== void 0) return known;
    if (path.has(node)) return true;
    path.add(node);
    let found = false;
    if (Array.isArray(node)) found = node.some((v) => !!v && typeof v === "object" && this.changes(v, path));
    else
      for (const [k, v] of Object.entries(node)) {
        if (this.rewrite(node, k, v) !== KEEP || !!v && typeof v === "object" && this.changes(v, path)) {
          found = true;
          break;
        }
      }
    path.delete(node);
    this.changing.set(node, found);
    return found;
  }
  /** The copy of an original node, if one was made. */
  copyOf(node) {
    return node && typeof node === "object" ? this.copies.get(node) : node;
  }
};

// src/core/semantic/schema.ts
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function putOwn(o, key2, value) {
  if (key2 === "__proto__") Object.defineProperty(o, key2, { value, enumerable: true, writable: true, configurable: true });
  else o[key2] = value;
}
var ANNOTATIONS = /* @__PURE__ */ new Set([
  "title",
  "description",
  "$comment",
  "examples",
  "example",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "$schema",
  "$id",
  "$defs",
  "definitions",
  "$anchor",
  "$dynamicAnchor",
  "$vocabulary",
  "contentMediaType",
  "contentEncoding",
  "contentSchema",
  "discriminator",
  "xml",
  "externalDocs"
]);
var TYPES = ["null", "boolean", "object", "array", "number", "integer", "string"];
var TYPE_KEYWORDS = {
  multipleOf: "number",
  maximum: "number",
  exclusiveMaximum: "number",
  minimum: "number",
  exclusiveMinimum: "number",
  maxLength: "string",
  minLength: "string",
  pattern: "string",
  format: "string",
  items: "array",
  prefixItems: "array",
  additionalItems: "array",
  contains: "array",
  minContains: "array",
  maxContains: "array",
  maxItems: "array",
  minItems: "array",
  uniqueItems: "array",
  unevaluatedItems: "array",
  properties: "object",
  patternProperties: "object",
  additionalProperties: "object",
  required: "object",
  propertyNames: "object",
  maxProperties: "object",
  minProperties: "object",
  dependentRequired: "object",
  dependentSchemas: "object",
  dependencies: "object",
  unevaluatedProperties: "object"
};
function acceptsAll(s) {
  if (s === true) return true;
  return isObj(s) && Object.keys(s).every((k) => ANNOTATIONS.has(k) || k.startsWith("x-"));
}
function assertions(s) {
  return Object.keys(s).filter((k) => !ANNOTATIONS.has(k) && !k.startsWith("x-"));
}
function without(s, ...keys) {
  const out = {};
  for (const [k, v] of Object.entries(s)) if (!keys.includes(k)) out[k] = v;
  return out;
}
function typesOf(s) {
  const t = s.type;
  const list = typeof t === "string" ? [t] : Array.isArray(t) ? t.filter((x) => typeof x === "string") : void 0;
  if (!list) return new Set(TYPES);
  const out = new Set(list.filter((x) => TYPES.includes(x)));
  if (s.nullable === true) out.add("null");
  return out;
}
function typeOfValue(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}
function num(v) {
  return typeof v === "number" && Number.isFinite(v) ? v : void 0;
}
function holdsData(key2) {
  return DATA_KEYWORDS.has(key2) || key2.startsWith("x-");
}
var DATA_KEYWORDS = /* @__PURE__ */ new Set(["const", "enum", "default", "examples", "example"]);
function namesSchemas(key2, value) {
  return NAMED_SCHEMAS.has(key2) && isObj(value);
}
var NAMED_SCHEMAS = /* @__PURE__ */ new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);
function pushSchemaChildren(o, stack) {
  for (const [k, v] of Object.entries(o)) {
    if (holdsData(k) || !v || typeof v !== "object") continue;
    if (namesSchemas(k, v)) for (const s of Object.values(v)) stack.push(s);
    else stack.push(v);
  }
}
function someSchemaNode(root, test) {
  const seen = /* @__PURE__ */ new WeakSet();
  const stack = [root];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== "object" || seen.has(n)) continue;
    seen.add(n);
    if (Array.isArray(n)) {
      for (const v of n) stack.push(v);
      continue;
    }
    if (test(n)) return true;
    pushSchemaChildren(n, stack);
  }
  return false;
}
function someNode(root, test) {
  const seen = /* @__PURE__ */ new WeakSet();
  const stack = [root];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== "object" || seen.has(n)) continue;
    seen.add(n);
    if (!Array.isArray(n) && test(n)) return true;
    for (const v of Array.isArray(n) ? n : Object.values(n)) if (v && typeof v === "object") stack.push(v);
  }
  return false;
}
function keywordCost(o) {
  let cost = namesRequired(o);
  for (const k of ["allOf", "oneOf"]) {
    const n = Array.isArray(o[k]) ? o[k].length : 0;
    if (n > 100) cost += Math.floor(n * n / 70);
  }
  return cost;
}
function namesRequired(o) {
  let n = 0;
  for (const k of ["dependentRequired", "dependencies"]) {
    const map = o[k];
    if (isObj(map)) {
      for (const v of Object.values(map)) if (Array.isArray(v)) n += v.length;
    }
  }
  return n;
}
function compileSize(schema2, limit = Infinity) {
  let count = 0;
  let patterns = 0;
  someNode(schema2, (o) => {
    const before = patternCost(patterns);
    patterns += patternsAt(o);
    return (count += 1 + keywordCost(o) + patternCost(patterns) - before) > limit;
  });
  return count;
}
function patternsAt(o) {
  return (typeof o.pattern === "string" ? 1 : 0) + (isObj(o.patternProperties) ? Object.keys(o.patternProperties).length : 0);
}
function patternCost(n) {
  return n > 100 ? Math.floor(n * n / 125) : 0;
}

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// src/core/semantic/bundle.ts
var KEY = (n) => `contract-guard-bundled-${n}`;
function bundle(docs, file2) {
  const keys = /* @__PURE__ */ new Map();
  const pending = new Queue();
  const own = docs.get(file2).data;
  const taken = new Set(own && typeof own === "object" && isObj(own.$defs) ? Object.keys(own.$defs) : []);
  let next = 0;
  const prefixOf = (target) => {
    if (target === file2) return "";
    let key2 = keys.get(target);
    if (!key2) {
      do
        key2 = KEY(++next);
      while (taken.has(key2));
      keys.set(target, key2);
      pending.enqueue(target);
    }
    return `/$defs/${key2}`;
  };
  let from = file2;
  const copies = new RewrittenCopy((node, key2, value) => {
    if (from !== file2 && node === docs.get(from).data && (key2 === "$id" || key2 === "$schema")) return DROP;
    if (key2 !== "$ref" || typeof value !== "string") return KEEP;
    try {
      return rewrite2(value, from);
    } catch (err) {
      if (err instanceof InputError) return KEEP;
      throw err;
    }
  });
  const rewrite2 = (ref, at3) => {
    const hash = ref.indexOf("#");
    const target = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? "" : ref.slice(hash + 1);
    if (fragment && !fragment.startsWith("/")) throw new InputError(`plain-name fragment in ${ref}`, at3);
    const to = target ? docs.targetFile({ file: at3, pointer: "" }, ref, target) : at3;
    return `#${prefixOf(to)}${fragment}`;
  };
  try {
    const root = copies.copy(docs.get(file2).data);
    const embedded = {};
    while (pending.size) {
      from = pending.dequeue();
      embedded[keys.get(from)] = copies.copy(docs.get(from).data);
    }
    if (keys.size) {
      if (!root || typeof root !== "object" || Array.isArray(root)) return void 0;
      const own2 = root.$defs && typeof root.$defs === "object" ? root.$defs : {};
      root.$defs = { ...own2, ...embedded };
    }
    const pointerOf2 = (f, pointer) => f === file2 ? pointer : keys.has(f) ? `/$defs/${keys.get(f)}${pointer}` : void 0;
    return { root, copyOf: (node) => copies.copyOf(node), pointerOf: pointerOf2, files: [file2, ...keys.keys()] };
  } catch (err) {
    if (err instanceof InputError) return void 0;
    throw err;
  }
}
function hasExternalRef(text2) {
  return /["']?\$ref["']?\s*:\s*["']?(?!#)[^\s"']/.test(text2);
}
function judgedDocument(docs, file2) {
  const parsed = docs.get(file2);
  return hasExternalRef(parsed.text) && bundle(docs, file2) || {
    root: parsed.data,
    copyOf: (node) => node,
    pointerOf: (f, pointer) => f === file2 ? pointer : void 0,
    files: [file2]
  };
}

// src/core/policy/references.ts
function collectRefs(node, out) {
  if (Array.isArray(node)) node.forEach((n) => collectRefs(n, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string") out.add(v);
      else collectRefs(v, out);
    }
  }
}
var directCache = /* @__PURE__ */ new WeakMap();
var unresolved = /* @__PURE__ */ new WeakMap();
function directTargets(docs, file2) {
  let known = directCache.get(docs);
  if (!known) directCache.set(docs, known = /* @__PURE__ */ new Map());
  if (known.has(file2)) return known.get(file2);
  let targets;
  const parsed = unlessUnreadable(() => docs.get(file2));
  if (parsed && !hasExternalRef(parsed.text)) targets = /* @__PURE__ */ new Set();
  else if (parsed) {
    const refs = /* @__PURE__ */ new Set();
    collectRefs(parsed.data, refs);
    targets = /* @__PURE__ */ new Set();
    for (const ref of refs) {
      const target = ref.split("#")[0];
      if (!target) continue;
      try {
        targets.add(docs.targetFile({ file: file2, pointer: "" }, ref, target));
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        let broken = unresolved.get(docs);
        if (!broken) unresolved.set(docs, broken = /* @__PURE__ */ new Set());
        broken.add(file2);
      }
    }
  }
  known.set(file2, targets);
  return targets;
}
var targetsOfFile = (docs, file2) => /\.(json|ya?ml)$/i.test(file2) ? directTargets(docs, file2) : void 0;
function referenceClosure(docs, files) {
  const targetsOf = (file2) => targetsOfFile(docs, file2);
  const closure = /* @__PURE__ */ new Map();
  for (const file2 of files) {
    const direct = targetsOf(file2);
    if (!direct) continue;
    const out = /* @__PURE__ */ new Set();
    const stack = [...direct];
    while (stack.length) {
      const t = stack.pop();
      if (t === file2 || out.has(t)) continue;
      out.add(t);
      for (const u of targetsOf(t) ?? []) stack.push(u);
    }
    closure.set(file2, out);
  }
  return closure;
}
function reachedFrom(docs, files, known = () => false) {
  const out = /* @__PURE__ */ new Set();
  const stack = [];
  for (const file2 of files) for (const t of targetsOfFile(docs, file2) ?? []) if (t !== file2) stack.push(t);
  while (stack.length) {
    const t = stack.pop();
    if (out.has(t) || known(t)) continue;
    out.add(t);
    for (const u of targetsOfFile(docs, t) ?? []) stack.push(u);
  }
  return out;
}
function completeClosure(docs, file2) {
  const reached = referenceClosure(docs, [file2]).get(file2);
  if (!reached) return void 0;
  for (const f of [file2, ...reached])
    if (!/\.(json|ya?ml)$/i.test(f) || !directTargets(docs, f) || unresolved.get(docs)?.has(f)) return void 0;
  return reached;
}

// src/core/model.ts
var counted = (n, word2) => `${n} ${word2}${n === 1 ? "" : "s"}`;
var LEVELS = ["none", "patch", "minor", "major"];
var ROLES = ["request", "response", "event", "storage"];
var SCHEMA_CONTEXTS = [
  "request",
  "request-parameter",
  "response",
  "response-header",
  "event",
  // AsyncAPI messages in the direction the document gives them: the application sends them (its consumers read
  // them: writer side) or receives them (its producers write them: reader side)
  "event-sent",
  "event-received",
  "storage",
  // webhooks and callbacks: the API sends the request (writer side) and reads the receiver's response
  "webhook-request",
  "webhook-response"
];
function levelRank(level) {
  return LEVELS.indexOf(level);
}
function maxLevel(levels) {
  let best = "none";
  for (const l of levels) if (levelRank(l) > levelRank(best)) best = l;
  return best;
}
function isRole(value) {
  return typeof value === "string" && ROLES.includes(value);
}
function diagnosticText(e) {
  const where = { baseline: "in the baseline only; the head is fine", head: "at the head", both: "in the baseline and at the head" };
  return e.side ? `${e.message} (${where[e.side]})` : e.message;
}
function pushTo(map, key2, value) {
  const list = map.get(key2);
  if (list) list.push(value);
  else map.set(key2, [value]);
}
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function pointerJoin(pointer, ...tokens) {
  let out = pointer;
  for (const t of tokens) out += "/" + String(t).replace(/~/g, "~0").replace(/\//g, "~1");
  return out;
}
function pointerTokens(pointer) {
  if (pointer === "" || pointer === "#") return [];
  return pointer.replace(/^#/, "").slice(1).split("/").map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function localRefTokens(ref) {
  if (!ref.startsWith("#")) return void 0;
  let fragment;
  try {
    fragment = decodeURIComponent(ref.slice(1));
  } catch {
    return void 0;
  }
  return fragment === "" || fragment.startsWith("/") ? pointerTokens(fragment) : void 0;
}
function refTarget(root, ref) {
  const tokens = localRefTokens(ref);
  if (!tokens) return void 0;
  let node = root;
  for (const t of tokens) {
    if (!node || typeof node !== "object") return void 0;
    node = node[t];
  }
  return node;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function sortChanges(changes) {
  return changes.sort(
    (a, b) => levelRank(b.level) - levelRank(a.level) || compareText(a.module, b.module) || compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareText(a.pointer, b.pointer) || compareText(a.ruleId, b.ruleId)
  );
}

// src/core/layout.ts
var GLOBALS = "globals";
function moduleOfAnyPath(path) {
  const m = /(?:^|\/)modules\/([^/]+)\//.exec(path);
  return m ? m[1] : GLOBALS;
}

// src/core/rules/types.ts
function ruleFamily(family) {
  return (id, level, summary, message, hint, attributes = {}) => ({ id, family, level, summary, message, hint, ...attributes });
}
function sides(reader, writer) {
  return { reader, writer };
}
function levelForRole(level, role) {
  if (typeof level === "string") return level;
  if (role === "request" || role === "storage") return level.reader;
  if (role === "response") return level.writer;
  return levelRank(level.reader) >= levelRank(level.writer) ? level.reader : level.writer;
}

// src/core/rules/asyncapi-rules.ts
var asyncapi = ruleFamily("asyncapi");
var ASYNCAPI_RULES = [
  asyncapi(
    "channel-removed",
    "major",
    "An AsyncAPI channel was removed.",
    "channel `{channel}` removed",
    "Publishers and subscribers of this channel break: keep it, deprecated, until they moved to its replacement.",
    { migrate: "Stop publishing to and subscribing on channel `{channel}`; move to its replacement.", removes: "deprecatable" }
  ),
  asyncapi("channel-added", "minor", "An AsyncAPI channel was added.", "channel `{channel}` added", "Document who publishes on it."),
  asyncapi(
    "channel-address-changed",
    "major",
    "An AsyncAPI channel now lives at another address (topic, queue, routing key).",
    "channel `{channel}` moved from `{old}` to `{new}`",
    "Subscribers listening on the old address receive nothing: publish on both during the transition.",
    { migrate: "Publish to and subscribe on `{new}`, not `{old}`." }
  ),
  asyncapi(
    "async-operation-removed",
    "major",
    "An AsyncAPI operation (publish/subscribe, send/receive) was removed.",
    "operation `{operation}` removed",
    "Applications relying on this operation break: deprecate it first.",
    { migrate: "Stop relying on operation `{operation}`.", removes: "deprecatable" }
  ),
  asyncapi(
    "async-operation-added",
    "minor",
    "An AsyncAPI operation was added.",
    "operation `{operation}` added",
    "No action for existing applications."
  ),
  asyncapi(
    "message-removed",
    "major",
    "A message was removed from a channel, an operation or the components.",
    "message `{message}` removed",
    "Consumers expecting this message break: keep publishing it until they moved.",
    { migrate: "Stop sending and expecting message `{message}`.", removes: "deprecatable" }
  ),
  asyncapi(
    "message-added",
    "minor",
    "A message was added to a channel, an operation or the components.",
    "message `{message}` added",
    "Subscribers must ignore or handle the new message."
  ),
  asyncapi(
    "async-operation-changed",
    "major",
    "An AsyncAPI operation changed direction (send \u2194 receive) or channel.",
    "operation `{operation}` {what}",
    "Applications on either side of it break: add a new operation and keep the old one until they moved.",
    { migrate: "Adapt both sides of operation `{operation}`: it {what}." }
  ),
  asyncapi(
    "operation-message-removed",
    "major",
    "An operation no longer carries a message it carried (the message itself is still defined).",
    "operation `{operation}` no longer carries message `{message}`",
    "Consumers or producers of that message on this operation break: keep it on the operation until they moved.",
    { migrate: "Stop sending or expecting message `{message}` on operation `{operation}`." }
  ),
  asyncapi(
    "operation-message-added",
    "minor",
    "An operation now carries another, already defined message.",
    "operation `{operation}` now carries message `{message}`",
    "Consumers must ignore or handle the new message type on this channel."
  ),
  asyncapi(
    "message-content-type-changed",
    "major",
    "A message's content type changed (its own `contentType` or the document's `defaultContentType`).",
    "message `{message}` content type changed from `{old}` to `{new}`",
    "Readers decode by content type: publish the new encoding on a new channel.",
    { migrate: "Encode and decode message `{message}` as `{new}`, not `{old}`." }
  ),
  asyncapi(
    "message-schema-format-changed",
    "major",
    "A message payload's schema format changed (e.g. JSON Schema to Avro).",
    "message `{message}` payload format changed from `{old}` to `{new}`",
    "The bytes on the wire change: publish the new format on a new channel.",
    { migrate: "Write and read the payload of message `{message}` as `{new}`, not `{old}`." }
  ),
  asyncapi(
    "message-payload-unjudged",
    "minor",
    "A message payload in a schema format contract-guard does not read (Protocol Buffers, RAML, XML Schema) changed: listed, not judged.",
    "message `{message}` payload changed: `{format}` is not judged here",
    "Review what it breaks by hand{tool}; contract-guard cannot tell."
  ),
  asyncapi(
    "correlation-id-changed",
    "major",
    "A message's correlation id moved (another `location`) or was removed.",
    "message `{message}` correlation id moved from `{old}` to `{new}`",
    "Applications that correlate replies read the old place: keep it there until they moved.",
    { migrate: "Read the correlation id of message `{message}` from `{new}`, not `{old}`." }
  ),
  asyncapi(
    "async-info-changed",
    "patch",
    "Descriptive fields of an AsyncAPI document changed: info, descriptions, summaries, titles, tags, examples.",
    "`{field}` changed",
    "No action for consumers."
  )
];

// src/core/rules/avro-rules.ts
var avro = ruleFamily("avro");
var AVRO_RULES = [
  avro(
    "avro-field-added",
    "minor",
    "A field with a default was added to a record.",
    "field `{at}` added (with a default)",
    "Old data reads with the default; old readers ignore the field."
  ),
  avro(
    "avro-field-added-without-default",
    sides("major", "minor"),
    "A field without a default was added: data written before it cannot be read with the new schema.",
    "field `{at}` added without a default",
    'Give it a default (`"default": null` with a `["null", \u2026]` union), or release it on a new subject/topic.',
    {
      migrate: "{readers}: keep reading data written before this release with the old schema (it has no `{at}`), or move to a new subject or topic."
    }
  ),
  avro(
    "avro-field-removed",
    sides("minor", "major"),
    "A field without a default was removed: readers still on the old schema find it missing.",
    "field `{at}` removed (it had no default)",
    "Add a default to the field first (a release readers take), then remove it.",
    { migrate: "{readers}: upgrade to the new schema before any data without `{at}` is written." }
  ),
  avro(
    "avro-defaulted-field-removed",
    "minor",
    "A field that had a default was removed.",
    "field `{at}` removed (old readers use its default)",
    'Old readers see the default from now on: check it still means "unknown".'
  ),
  avro(
    "avro-field-renamed",
    sides("minor", "major"),
    "A field was renamed, the new name aliasing the old: new readers read old data, old readers miss the field.",
    "field `{old}` renamed to `{new}` (aliased)",
    "Old readers do not know the new name: keep the old one until they upgraded, or give their field a default.",
    { migrate: "{readers}: upgrade to the new schema before data is written with `{new}` for `{old}`." }
  ),
  avro(
    "avro-default-changed",
    "minor",
    "A field's default changed.",
    "default of `{at}` changed from {old} to {new}",
    "Readers filling the field from the default now see another value."
  ),
  avro(
    "avro-type-changed",
    "major",
    "A type changed to one Avro cannot resolve (no promotion between them).",
    "`{at}` changed type from {old} to {new}",
    "Add a new field (or subject/topic) with the new type; keep the old one.",
    {
      migrate: "{writers} and {readers}: move to a new field, subject or topic for `{at}` as {new}; data written as {old} cannot be read as it."
    }
  ),
  avro(
    "avro-type-promoted",
    sides("minor", "major"),
    "A type was promoted (int \u2192 long \u2192 float \u2192 double, string \u2194 bytes): new readers read old data, old readers cannot read the wider type.",
    "`{at}` promoted from {old} to {new}",
    "Upgrade every reader before a producer writes the wider type.",
    { migrate: "{readers}: upgrade to the new schema before `{at}` is written as {new}." }
  ),
  avro(
    "avro-type-interchanged",
    "minor",
    "A type was swapped for one Avro reads both ways (string \u2194 bytes).",
    "`{at}` changed from {old} to {new} (each reads the other)",
    "Readers get the same bytes under another type: check code that switches on it."
  ),
  avro(
    "avro-type-demoted",
    sides("major", "minor"),
    "A type was narrowed against promotion (long \u2192 int, double \u2192 float): data written before cannot be read.",
    "`{at}` narrowed from {old} to {new}",
    "Keep the wider type: Avro does not convert down.",
    { migrate: "{readers}: keep reading data written as {old} with the old schema: `{at}` is not read back as {new}." }
  ),
  avro(
    "avro-logical-type-changed",
    "major",
    "A logical type changed (e.g. timestamp-millis \u2192 timestamp-micros): the bytes read, their meaning differs.",
    "`{at}` logical type changed from {old} to {new}",
    "Add a new field with the new logical type.",
    { migrate: "{writers} and {readers}: move to a new field for `{at}` as {new}, not {old}." }
  ),
  avro(
    "avro-name-changed",
    "major",
    "A named type (record, enum, fixed) was renamed without an alias: resolution matches types by name.",
    "`{at}` renamed from {old} to {new}",
    "Keep the name, or add the old name to `aliases`.",
    { migrate: "{writers} and {readers}: move to `{new}` together; data written as {old} is not read as it." }
  ),
  avro(
    "avro-renamed-with-alias",
    sides("minor", "major"),
    "A named type was renamed and aliases its old name: new readers resolve old data, old readers do not know the new name.",
    "`{at}` renamed from {old} to {new} (aliased)",
    "Upgrade readers before producers write under the new name.",
    { migrate: "{readers}: upgrade to the new schema before data is written under {new}." }
  ),
  avro(
    "avro-enum-symbol-added",
    sides("minor", "major"),
    "An enum symbol was added and old readers have no enum default to map it to.",
    "`{at}` gained symbol {symbol}",
    "Give the enum a `default` first (readers map unknown symbols to it), then add symbols.",
    { migrate: "{readers}: upgrade to the new schema before {symbol} is written to `{at}`." }
  ),
  avro(
    "avro-enum-symbol-added-to-default",
    "minor",
    "An enum symbol was added; old readers map it to their enum's default.",
    "`{at}` gained symbol {symbol} (old readers read {default})",
    'Check that old readers treat the default as "unknown".'
  ),
  avro(
    "avro-enum-symbol-removed",
    sides("major", "minor"),
    "An enum symbol was removed and the new enum has no default: data written with it cannot be read.",
    "`{at}` lost symbol {symbol}",
    "Keep the symbol (deprecated in `doc`), or give the enum a `default`.",
    { migrate: "{readers}: keep data holding {symbol} in `{at}` readable with the old schema, or rewrite it first." }
  ),
  avro(
    "avro-enum-symbol-removed-to-default",
    "minor",
    "An enum symbol was removed; data written with it reads as the enum's default.",
    "`{at}` lost symbol {symbol} (read as {default})",
    'Check that readers treat the default as "unknown".'
  ),
  avro(
    "avro-union-branch-added",
    sides("minor", "major"),
    "A union gained a branch (or a type became a union): old readers fail on data in the new branch.",
    "`{at}` union gained {branch}",
    "Upgrade every reader before producers write the new branch.",
    { migrate: "{readers}: upgrade to the new schema before {branch} is written to `{at}`." }
  ),
  avro(
    "avro-union-branch-removed",
    sides("major", "minor"),
    "A union lost a branch: data written in it cannot be read with the new schema.",
    "`{at}` union lost {branch}",
    "Keep the branch until no data written with it is read any more.",
    { migrate: "{readers}: keep data holding {branch} in `{at}` readable with the old schema, or rewrite it first." }
  ),
  avro("avro-doc-changed", "patch", "Documentation (`doc`) changed.", "`doc` of {at} changed", "No action for readers or writers."),
  avro(
    "avro-incompatible",
    "major",
    "Avro schema resolution fails where no named rule explains it (the resolver\u2019s reason is given).",
    "{schema}: {side} fail: {reason}",
    "Read the witness and the resolver\u2019s reason; keep the old shape readable.",
    {
      migrate: "{writers} and {readers}: move together, on a new subject or topic: data written on one side of {schema} is not read on the other."
    }
  ),
  avro(
    "avro-protocol-type-added",
    "minor",
    "A protocol (`.avpr`) defines a new named type.",
    "type `{name}` added",
    "Nothing reads or writes it before it is used; generate the classes again."
  ),
  avro(
    "avro-protocol-type-removed",
    "major",
    "A protocol (`.avpr`) no longer defines a named type: code generated from it loses the class, and data of that type has no schema.",
    "type `{name}` removed",
    "Keep the type in the protocol until nothing reads or writes it, then remove it in a major release.",
    { migrate: "Stop sending and reading type `{name}`." }
  ),
  avro(
    "avro-message-added",
    "minor",
    "A protocol (`.avpr`) has a new message (an RPC call).",
    "message `{name}` added",
    "Clients can call it once servers have it: deploy servers first."
  ),
  avro(
    "avro-message-removed",
    "major",
    "A protocol (`.avpr`) no longer has a message: clients calling it fail.",
    "message `{name}` removed",
    "Deprecate the message first; remove it in a major release once no client calls it.",
    { migrate: "Stop calling message `{name}`." }
  )
];

// src/core/rules/file-rules.ts
var file = ruleFamily("file");
var data = ruleFamily("data");
var FILE_RULES = [
  file(
    "contract-added",
    "minor",
    "A new contract file (OpenAPI, JSON Schema or data).",
    "{kind} {file} added",
    "Document the new contract."
  ),
  file(
    "contract-removed",
    "major",
    "A contract file was removed.",
    "{kind} {file} removed",
    "Everything that reads or references this contract breaks: deprecate it first.",
    { migrate: "Stop reading and referencing {file}; move to its replacement." }
  ),
  file(
    "document-part-changed",
    "none",
    "A file that is part of an API description (a schema, an example or a parameter its `$ref`s reach) was added or removed, or an example file of it changed: what that changes is judged where the description uses it, as changes of the description (an example is documentation there).",
    "{file} {action}, a part of {document} (judged where it uses it)",
    "No action of its own: the changes listed for {document} are what consumers see."
  ),
  file(
    "unreadable-contract-changed",
    "major",
    "A contract that cannot be read at the baseline or at the head (over the size limit, not parsing) changed: what the change breaks cannot be told, so it is taken as breaking.",
    "{file} changed, and cannot be read on either side ({problem}): not judged",
    "Make it readable so the change can be judged, or have the Contract Council review it by hand.",
    { migrate: "Review {file} with its owners: it could not be judged." }
  ),
  file(
    "contract-moved",
    "patch",
    "A file moved to another path in the same unit; what it holds is compared with what it held at the old path.",
    "{file} moved from {from}",
    "Its content is judged as usual; anything that reads it by the old path (a code generator, a link, a `$ref` from another repository) must follow it."
  ),
  file(
    "schema-id-changed",
    "minor",
    "A JSON Schema's own `$id` changed or was removed: what `$ref`s it by that URI (in other repositories, in a registry) no longer finds it.",
    "{file}: $id changed from {old} to {new}",
    "Keep the old `$id` resolvable (publish the schema under both) until everything that references it follows; a new version beside the old one keeps both."
  ),
  file(
    "contract-version-added",
    "patch",
    "A new version published beside the last (a version in its path: `order/1.1.0/`, `v2.avsc`); what changed is compared with that version.",
    "{file}: version {version} published after {previous}",
    "Consumers move to it when they are ready; what changed since {previous} is listed with it."
  ),
  file(
    "contract-left-out",
    "major",
    "A new version published in its own folder (`order/1.1.0/`) has no file for one its previous version published: consumers that move to it lose that contract.",
    "{name}, published in {previous}, left out of {version}",
    "Publish {name} in {version} too (unchanged if nothing changed), or publish this as a new major version.",
    { migrate: "{name} is not in {version}: stay on {previous} for it, or stop using it." }
  ),
  file(
    "document-changed",
    "patch",
    "Markdown or other documentation changed.",
    "documentation {file} {action}",
    "No action for consumers."
  ),
  file(
    "module-version-changed",
    "patch",
    "A versions.yaml file changed.",
    "{file}: version {old} \u2192 {new}",
    "The version gate (contract-guard check) compares it with the required bump."
  ),
  file(
    "contract-unjudged",
    "minor",
    "A contract in a format contract-guard does not read (Protocol Buffers, GraphQL, Thrift, Avro IDL, XML Schema, WSDL, RAML) changed: listed, not judged.",
    "{file} {action}: {format} is not judged here",
    "Review what it breaks by hand{tool}; contract-guard cannot tell."
  ),
  file(
    "other-file-changed",
    "none",
    "A file in the contracts folder that is not a contract (a test, a script, tooling config, a Postman collection) changed.",
    "{file} {action} (not a contract: listed, not judged)",
    "No action: it is not part of any contract and needs no version bump."
  ),
  file(
    "binary-changed",
    "patch",
    "A file that is not text changed.",
    "{file} {action}",
    "Check by hand that this file belongs in the contracts tree."
  ),
  data("data-added", "minor", "A key or item was added to a YAML/JSON data file.", "{at} added", "No action for existing consumers."),
  data(
    "data-removed",
    "major",
    "A key or item was removed from a YAML/JSON data file.",
    "{at} removed",
    "Consumers reading this entry break.",
    { migrate: "Stop reading {at}." }
  ),
  data(
    "data-changed",
    "minor",
    "A value changed in a YAML/JSON data file.",
    "{at} changed from {old} to {new}",
    "Check that consumers of this value accept the new one."
  )
];

// src/core/rules/openapi-rules.ts
var api = ruleFamily("openapi");
var OPENAPI_RULES = [
  api("operation-added", "minor", "A new operation (path + method).", "{op} added", "Document the new endpoint."),
  api(
    "operation-removed",
    "major",
    "An operation was removed.",
    "{op} removed",
    "Clients calling {op} get 404/405: deprecate it for the required releases, then remove it in a major release.",
    { migrate: "Stop calling {op}; move to its replacement.", removes: "deprecatable" }
  ),
  api(
    "operation-deprecated",
    "minor",
    "An operation was marked deprecated.",
    "{op} deprecated",
    "Tell its consumers and give them the deprecation window."
  ),
  api("operation-undeprecated", "patch", "An operation is no longer deprecated.", "{op} no longer deprecated", "No action."),
  api(
    "operation-id-changed",
    "major",
    "An operationId changed; generated clients rename their methods.",
    "{op}: operationId changed from {old} to {new}",
    "Generated SDKs break: keep the old operationId.",
    { migrate: "Regenerate clients: the operation {old} is now {new}." }
  ),
  api(
    "operation-docs-changed",
    "patch",
    "Summary, description, tags or examples changed.",
    "{op}: {field} changed",
    "No action for consumers."
  ),
  api(
    "request-parameter-added",
    "minor",
    "An optional parameter was added.",
    "{op}: optional {in} parameter `{name}` added",
    "No action for existing clients."
  ),
  api(
    "request-parameter-added-required",
    "major",
    "A required parameter was added.",
    "{op}: required {in} parameter `{name}` added",
    "Existing clients do not send `{name}`: add it as optional with a default first.",
    { migrate: "Send {in} parameter `{name}` on every call to {op}." }
  ),
  api(
    "request-parameter-removed",
    "major",
    "A parameter was removed.",
    "{op}: {in} parameter `{name}` removed",
    "Clients still send `{name}` and may rely on its effect: deprecate it first, then remove it in a major release.",
    { migrate: "Stop sending {in} parameter `{name}` to {op}, and stop relying on its effect.", removes: "deprecatable" }
  ),
  api(
    "request-parameter-became-required",
    "major",
    "An optional parameter became required.",
    "{op}: {in} parameter `{name}` became required",
    "Clients that omit `{name}` are rejected: keep it optional.",
    { migrate: "Send {in} parameter `{name}` on every call to {op}." }
  ),
  api(
    "request-parameter-became-optional",
    "minor",
    "A required parameter became optional.",
    "{op}: {in} parameter `{name}` became optional",
    "No action for existing clients."
  ),
  api(
    "request-parameter-style-changed",
    "major",
    "A parameter's serialisation (style, explode) changed.",
    "{op}: {in} parameter `{name}` {field} changed from {old} to {new}",
    "Clients serialise `{name}` the old way: keep the old style.",
    { migrate: "Serialise {in} parameter `{name}` of {op} with {field} {new}, not {old}." }
  ),
  api(
    "request-parameter-deprecated",
    "minor",
    "A parameter was marked deprecated.",
    "{op}: {in} parameter `{name}` deprecated",
    "Tell its consumers and give them the deprecation window."
  ),
  api(
    "request-body-added",
    "minor",
    "An optional request body was added.",
    "{op}: optional request body added",
    "No action for existing clients."
  ),
  api(
    "request-body-added-required",
    "major",
    "A required request body was added.",
    "{op}: required request body added",
    "Existing clients send no body: make it optional.",
    { migrate: "Send a request body on every call to {op}." }
  ),
  api(
    "request-body-removed",
    "major",
    "The request body was removed.",
    "{op}: request body removed",
    "Clients still send a body the server no longer reads: deprecate first.",
    { migrate: "Stop sending a request body to {op}: it is no longer read." }
  ),
  api(
    "request-body-became-required",
    "major",
    "An optional request body became required.",
    "{op}: request body became required",
    "Clients that send no body are rejected: keep it optional.",
    { migrate: "Send a request body on every call to {op}." }
  ),
  api(
    "request-body-became-optional",
    "minor",
    "A required request body became optional.",
    "{op}: request body became optional",
    "No action for existing clients."
  ),
  api(
    "request-media-type-added",
    "minor",
    "A request media type was added.",
    "{op}: request media type {media} added",
    "No action for existing clients."
  ),
  api(
    "request-media-type-removed",
    "major",
    "A request media type was removed.",
    "{op}: request media type {media} removed",
    "Clients sending {media} get 415: keep accepting it.",
    { migrate: "Send request bodies to {op} in a media type it still accepts, not {media}." }
  ),
  api(
    "response-status-added",
    "minor",
    "A response status code was added.",
    "{op}: response {status} added",
    "Clients should handle {status}; document when it is returned."
  ),
  api(
    "response-success-status-removed",
    "major",
    "A 1xx/2xx/3xx response was removed.",
    "{op}: response {status} removed",
    "Clients that expect {status} break: keep returning it or release a major version.",
    { migrate: "Stop expecting {status} from {op}: handle the responses it returns now." }
  ),
  api(
    "response-error-status-removed",
    "minor",
    "A 4xx/5xx or default response was removed.",
    "{op}: response {status} removed",
    "Clients lose the documented error shape for {status}."
  ),
  api(
    "response-media-type-added",
    "minor",
    "A response media type was added.",
    "{op}: response {status} media type {media} added",
    "No action for existing clients."
  ),
  api(
    "response-media-type-removed",
    "major",
    "A response media type was removed.",
    "{op}: response {status} media type {media} removed",
    "Clients asking for {media} get 406: keep producing it.",
    { migrate: "Ask {op} for a media type it still returns, not {media}." }
  ),
  api(
    "response-header-added",
    "minor",
    "A response header was added.",
    "{op}: response {status} header `{name}` added",
    "No action for existing clients."
  ),
  api(
    "response-header-removed",
    "major",
    "A response header was removed.",
    "{op}: response {status} header `{name}` removed",
    "Clients reading `{name}` break: deprecate it first.",
    { migrate: "Stop reading header `{name}` from {op} {status} responses.", removes: "deprecatable" }
  ),
  api(
    "response-header-style-changed",
    "major",
    "A response header's serialisation (style, explode) changed.",
    "{op}: response {status} header `{name}` {field} changed from {old} to {new}",
    "Clients parse `{name}` the old way: keep the old style.",
    { migrate: "Parse header `{name}` of {op} with {field} {new}, not {old}." }
  ),
  api(
    "response-header-became-optional",
    "major",
    "A required response header became optional.",
    "{op}: response {status} header `{name}` became optional",
    "Clients relying on `{name}` must handle its absence.",
    { migrate: "Handle {op} {status} responses without header `{name}`." }
  ),
  api(
    "security-added",
    "major",
    "An operation that required no authentication now requires it.",
    "{op}: authentication now required ({schemes})",
    "Anonymous clients are rejected: announce the change and release a major version.",
    { migrate: "Authenticate every call to {op} ({schemes})." }
  ),
  api(
    "security-removed",
    "minor",
    "An operation no longer requires authentication.",
    "{op}: authentication no longer required",
    "Confirm this is intended: the operation is now public."
  ),
  api(
    "security-alternative-added",
    "minor",
    "A new way to authenticate was added.",
    "{op}: security alternative {schemes} added",
    "No action for existing clients."
  ),
  api(
    "security-alternative-removed",
    "major",
    "A way to authenticate was removed.",
    "{op}: security alternative {schemes} removed",
    "Clients authenticating with {schemes} are rejected: keep it during a deprecation window.",
    { migrate: "Authenticate calls to {op} with a scheme it still accepts, not {schemes}." }
  ),
  api(
    "security-scope-added",
    "major",
    "An OAuth scope is now required.",
    "{op}: scope {scope} of {scheme} now required",
    "Tokens without {scope} are rejected: grant the scope to clients first.",
    { migrate: "Get tokens with scope {scope} of {scheme} before calling {op}." }
  ),
  api(
    "security-scope-removed",
    "minor",
    "An OAuth scope is no longer required.",
    "{op}: scope {scope} of {scheme} no longer required",
    "No action for existing clients."
  ),
  api(
    "security-scheme-added",
    "minor",
    "A security scheme was defined.",
    "security scheme `{name}` added",
    "No action for existing clients."
  ),
  api(
    "security-scheme-removed",
    "major",
    "A security scheme was removed.",
    "security scheme `{name}` removed",
    "Operations using `{name}` lose their authentication method.",
    { migrate: "Authenticate with a scheme other than `{name}`." }
  ),
  api(
    "security-scheme-changed",
    "major",
    "A security scheme changed type, location or flows.",
    "security scheme `{name}`: {field} changed{values}",
    "Clients authenticate the old way: add a new scheme instead.",
    { migrate: "Authenticate with `{name}` as it is defined now ({field} changed)." }
  ),
  api("server-added", "minor", "A server URL was added.", "server {url} added", "No action for existing clients."),
  api(
    "base-path-changed",
    "major",
    "The route prefix every server shares (Swagger: `basePath`) changed: every operation is at another URL.",
    "every operation moved from {old} to {new}",
    "Clients calling the old URLs get 404: keep serving {old} during a transition, or release this as a major version.",
    { migrate: "Call every operation under {new}, not {old}." }
  ),
  // Servers are deployment metadata (often dev/qa hosts), not the interface; peers rate their removal as informational.
  api(
    "server-removed",
    "minor",
    "A server URL was removed.",
    "server {url} removed",
    "If clients use {url} in production, keep it routed during a transition."
  ),
  api(
    "api-info-changed",
    "patch",
    "Informational fields changed: info, tags, externalDocs, x- extensions.",
    "`{field}` changed from {old} to {new}",
    "No action for consumers."
  ),
  api(
    "openapi-version-changed",
    "minor",
    "The OpenAPI version of the document changed.",
    "OpenAPI version changed from {old} to {new}",
    "Check that your tooling supports {new}."
  ),
  api(
    "webhook-added",
    "minor",
    "A new webhook (OpenAPI 3.1 `webhooks`): a request the API sends to subscribers.",
    "{op} added",
    "Document the new webhook; receivers subscribe when they are ready."
  ),
  api(
    "webhook-removed",
    "major",
    "A webhook was removed: its receivers no longer get the event.",
    "{op} removed",
    "Receivers that rely on this event break: deprecate it first and keep sending it for the deprecation window.",
    { migrate: "Stop relying on {op}: it is no longer sent.", removes: "deprecatable" }
  ),
  api(
    "callback-added",
    "minor",
    "A new callback: a request the API sends back to a URL the client gave.",
    "{op} added",
    "Document the new callback."
  ),
  api(
    "callback-removed",
    "major",
    "A callback was removed: clients waiting for it never get it.",
    "{op} removed",
    "Clients that wait for this callback break: deprecate it first.",
    { migrate: "Stop waiting for {op}: it is no longer called.", removes: "deprecatable" }
  )
];

// src/core/rules/schema-rules.ts
var schema = ruleFamily("schema");
var SCHEMA_RULES = [
  schema(
    "type-narrowed",
    sides("major", "minor"),
    "A type was dropped from the accepted types.",
    "{at}: type narrowed from {old} to {new}",
    "Readers now reject {removed} values: keep accepting them, or make this a major release and tell the writers.",
    { migrate: "{writers}: send {at} as {new} only; {removed} values are rejected." }
  ),
  schema(
    "type-widened",
    sides("minor", "major"),
    "A type was added to the accepted types.",
    "{at}: type widened from {old} to {new}",
    "Old readers do not expect {added} values: make this a major release or keep the old type.",
    { migrate: "{readers}: accept {added} values at {at}." }
  ),
  schema(
    "type-changed",
    sides("major", "major"),
    "The type was replaced by an unrelated one.",
    "{at}: type changed from {old} to {new}",
    "Add a new field with the new type and deprecate the old one instead of changing it in place.",
    { migrate: "{writers} and {readers}: send and read {at} as {new}, not {old}." }
  ),
  schema(
    "enum-value-removed",
    sides("major", "minor"),
    "An allowed enum value was removed.",
    "{at}: enum value {value} removed",
    "Values already written or sent as {value} are now rejected: keep the value (mark it deprecated) until consumers migrate.",
    { migrate: "{writers}: stop sending {value} at {at}." }
  ),
  schema(
    "enum-value-added",
    sides("minor", "major"),
    "An enum value was added.",
    "{at}: enum value {value} added",
    "Readers with an exhaustive switch will fail on {value}: tell consumers before they receive it.",
    { migrate: "{readers}: handle {value} at {at} (no exhaustive switch over the old values)." }
  ),
  schema(
    "enum-added",
    sides("major", "minor"),
    "An enum now restricts a field that took any value.",
    "{at}: restricted to enum {new}",
    "Values outside the enum that were valid before are now rejected.",
    { migrate: "{writers}: send only {new} at {at}." }
  ),
  schema(
    "enum-removed",
    sides("minor", "major"),
    "An enum restriction was lifted.",
    "{at}: enum restriction {old} removed",
    "Readers may receive values outside the old enum.",
    { migrate: "{readers}: accept values beyond {old} at {at}." }
  ),
  schema(
    "const-changed",
    sides("major", "major"),
    "A const value changed.",
    "{at}: const changed from {old} to {new}",
    "A const change breaks every reader and writer: introduce a new field or version instead.",
    { migrate: "{writers} and {readers}: send and expect {new} at {at}, not {old}." }
  ),
  schema(
    "property-added",
    sides("minor", "minor"),
    "An optional property was added.",
    "{at}: optional property `{name}` added",
    "No action for existing consumers; document the new field.",
    { levelFrom: "policy" }
  ),
  schema(
    "property-added-to-closed-schema",
    sides("minor", "major"),
    "A property was added to a schema that forbids unknown properties (`additionalProperties: false`).",
    "{at}: property `{name}` added to a closed schema",
    "Old readers reject objects carrying `{name}`: roll readers out first, then writers, in a major release.",
    { migrate: "{readers}: accept `{name}` in {at} (open or update closed schemas)." }
  ),
  // The seed policy: removing a field is major for its readers, even an optional one (they use it when present).
  schema(
    "property-removed",
    sides("minor", "major"),
    "An optional property was removed.",
    "{at}: optional property `{name}` removed",
    "Consumers that read `{name}` when present lose it: deprecate it for the required releases, then remove it in a major release.",
    { migrate: "{readers}: stop relying on `{name}` in {at}.", removes: "deprecatable" }
  ),
  schema(
    "required-property-removed",
    sides("minor", "major"),
    "A required property was removed.",
    "{at}: required property `{name}` removed",
    "Consumers reading `{name}` break: deprecate it for the required releases, then remove it in a major release.",
    { migrate: "{readers}: handle {at} without `{name}`.", removes: "deprecatable" }
  ),
  schema(
    "property-removed-from-closed-schema",
    sides("major", "major"),
    "A property was removed from a schema that forbids unknown properties.",
    "{at}: property `{name}` removed from a closed schema",
    "Data that still carries `{name}` is now rejected: keep accepting it, or migrate stored data first.",
    { migrate: "{writers}: stop sending `{name}` in {at}; it is rejected now.", removes: "deprecatable" }
  ),
  schema(
    "required-property-added",
    sides("major", "minor"),
    "A new required property was added.",
    "{at}: required property `{name}` added",
    "Writers that do not send `{name}` are rejected: add it as optional with a default, then require it in a major release.",
    { migrate: "{writers}: always include `{name}` in {at}." }
  ),
  schema(
    "property-became-required",
    sides("major", "minor"),
    "An optional property became required.",
    "{at}: property `{name}` became required",
    "Writers that omit `{name}` are rejected: keep it optional or make this a major release.",
    { migrate: "{writers}: always include `{name}` in {at}." }
  ),
  schema(
    "property-became-optional",
    sides("minor", "major"),
    "A required property became optional.",
    "{at}: property `{name}` became optional",
    "Readers that rely on `{name}` being present must handle its absence.",
    { migrate: "{readers}: handle {at} without `{name}`." }
  ),
  schema(
    "additional-properties-narrowed",
    sides("major", "minor"),
    "Unknown properties are now rejected or constrained.",
    "{at}: additionalProperties narrowed",
    "Objects with extra properties that were valid are now rejected.",
    { migrate: "{writers}: send only the properties {at} declares." }
  ),
  schema(
    "additional-properties-widened",
    sides("minor", "major"),
    "Unknown properties are now allowed or less constrained.",
    "{at}: additionalProperties widened",
    "Readers with closed schemas will reject the extra properties.",
    { migrate: "{readers}: accept properties in {at} beyond those it declares." }
  ),
  schema(
    "constraint-tightened",
    sides("major", "minor"),
    "A validation keyword (min/max, length, items, properties count, multipleOf, uniqueItems, pattern, format) was added or tightened.",
    "{at}: {keyword} tightened from {old} to {new}",
    "Values valid under the old {keyword} are now rejected: relax it, or make this a major release.",
    { migrate: "{writers}: send values at {at} within the new {keyword} ({new})." }
  ),
  schema(
    "constraint-relaxed",
    sides("minor", "major"),
    "A validation keyword was removed or relaxed.",
    "{at}: {keyword} relaxed from {old} to {new}",
    "Readers that size or validate with the old {keyword} may reject or mishandle new values: tell them, or keep the bound.",
    { migrate: "{readers}: accept values at {at} up to the new {keyword} ({new})." }
  ),
  schema(
    "property-hidden",
    sides("major", "major"),
    "A property became readOnly (gone from requests) or writeOnly (gone from responses).",
    "{at}: property `{name}` became {keyword}",
    "Clients that send or read `{name}` break: add a new property instead.",
    { migrate: "{writers} and {readers}: stop sending and reading `{name}` in {at}: it is {keyword} now.", levelFrom: "policy" }
  ),
  schema(
    "applicator-added",
    sides("major", "minor"),
    "A structural keyword was added: if/then/else, patternProperties, dependentSchemas/Required, unevaluated*, contains, propertyNames, content*, discriminator.",
    "{at}: {keyword} added",
    "Values that passed before may now be rejected: check them against the new {keyword}.",
    { migrate: "{writers}: send values at {at} that the new {keyword} accepts." }
  ),
  schema(
    "applicator-removed",
    sides("minor", "major"),
    "A structural keyword was removed; readers lose a shape guarantee they may rely on.",
    "{at}: {keyword} removed",
    "Readers relied on what {keyword} guaranteed: keep it, or release a major version.",
    { migrate: "{readers}: stop relying on what {keyword} guaranteed at {at}." }
  ),
  schema(
    "constraint-changed",
    sides("major", "major"),
    "An applicator (if/then/else, patternProperties, dependentSchemas, unevaluated*, contains, propertyNames, content*) changed.",
    "{at}: {keyword} changed",
    "Which values validate changed in both directions: treat as breaking unless you have proven otherwise.",
    { migrate: "{writers} and {readers}: check values at {at} against the new {keyword}." }
  ),
  schema(
    "extensible-enum-value-added",
    sides("minor", "minor"),
    "A value was added to an `x-extensible-enum`, which readers must tolerate.",
    "{at}: extensible enum value {value} added",
    "No action: readers of an extensible enum accept unknown values."
  ),
  // A pattern refines a string: readers of a response read the string, they do not re-validate its shape.
  schema(
    "pattern-added",
    sides("major", "minor"),
    "A regular expression pattern now restricts a string.",
    "{at}: pattern {new} added",
    "Strings that do not match {new} are now rejected: check existing data and clients against it.",
    { migrate: "{writers}: send strings at {at} that match {new}." }
  ),
  schema(
    "pattern-removed",
    sides("minor", "minor"),
    "A pattern restriction was lifted.",
    "{at}: pattern {old} removed",
    "Readers that parse the value assuming {old} must not."
  ),
  schema(
    "pattern-changed",
    sides("major", "minor"),
    "A regular expression pattern was replaced.",
    "{at}: pattern changed from {old} to {new}",
    "Values matching the old pattern may now be rejected: keep the old pattern, or prove the new one accepts them.",
    { migrate: "{writers}: send strings at {at} that match {new}." }
  ),
  schema(
    "format-changed",
    sides("major", "major"),
    "A string format was replaced.",
    "{at}: format changed from {old} to {new}",
    "Values in the old format are rejected: add a new field for the new format.",
    { migrate: "{writers} and {readers}: send and parse {at} as {new}, not {old}.", levelFrom: "policy" }
  ),
  schema(
    "variant-added",
    sides("minor", "major"),
    "A oneOf/anyOf alternative was added.",
    "{at}: {keyword} alternative added",
    "Readers that switch over the alternatives must handle the new one.",
    { migrate: "{readers}: handle the new {keyword} alternative at {at}." }
  ),
  schema(
    "variant-removed",
    sides("major", "minor"),
    "A oneOf/anyOf alternative was removed.",
    "{at}: {keyword} alternative removed",
    "Values matching only the removed alternative are now rejected.",
    { migrate: "{writers}: stop sending values at {at} that only the removed {keyword} alternative accepted." }
  ),
  schema(
    "negation-changed",
    sides("major", "major"),
    "A `not` subschema changed.",
    "{at}: `not` subschema changed",
    "Review which values are now excluded; treat as breaking unless proven otherwise.",
    { migrate: "{writers} and {readers}: check values at {at} against the new `not`." }
  ),
  schema(
    "default-changed",
    sides("major", "patch"),
    "A default value changed: readers that fill in defaults behave differently.",
    "{at}: default changed from {old} to {new}",
    "Clients that omit the field get different behaviour: keep the old default or announce the change.",
    { migrate: "{writers}: send {at} explicitly where you relied on its default {old}: it is {new} now.", levelFrom: "policy" }
  ),
  schema(
    "definition-added",
    sides("minor", "minor"),
    "A shared definition ($defs / definitions / components) was added.",
    "{at}: definition `{name}` added",
    "No action for existing consumers."
  ),
  schema(
    "definition-removed",
    sides("major", "major"),
    "A shared definition was removed.",
    "{at}: definition `{name}` removed",
    "Every schema that references `{name}` breaks: keep the definition until nothing refers to it.",
    { migrate: "Stop referencing definition `{name}`.", removes: "deprecatable", levelFrom: "policy" }
  ),
  schema(
    "schema-deprecated",
    sides("minor", "minor"),
    "A schema or property was marked deprecated.",
    "{at}: marked deprecated",
    "Announce the deprecation; it may be removed after the deprecation window."
  ),
  schema("schema-undeprecated", sides("patch", "patch"), "A deprecation mark was removed.", "{at}: no longer deprecated", "No action."),
  schema(
    "schema-docs-changed",
    sides("patch", "patch"),
    "Only documentation changed: title, description, examples, $comment or x- extensions.",
    "{at}: {keyword} changed",
    "No action for consumers."
  ),
  schema(
    "keyword-changed",
    sides("minor", "minor"),
    "A keyword contract-guard does not classify changed (e.g. readOnly, contentEncoding, $id).",
    "{at}: {keyword} changed",
    "Review this change by hand: contract-guard cannot tell which side it affects."
  ),
  schema(
    "schema-narrowed",
    sides("major", "minor"),
    "The schema accepts less than before, as a whole (set inclusion), though no single keyword change says so.",
    "{at}: no longer accepts everything it accepted",
    "Readers reject values they accepted: find what the example shows and accept it again, or make this a major release.",
    { migrate: "{writers}: send values {at} accepts now; the example above is one it rejects." }
  ),
  schema(
    "schema-widened",
    sides("minor", "major"),
    "The schema accepts more than before, as a whole (set inclusion), though no single keyword change says so.",
    "{at}: accepts values it did not accept",
    "Old readers reject what may now be sent: keep the old limits, or make this a major release.",
    { migrate: "{readers}: accept what {at} allows now; the example above is one old readers reject." }
  )
];

// src/core/rules/catalog.ts
var RULES = [...OPENAPI_RULES, ...ASYNCAPI_RULES, ...AVRO_RULES, ...SCHEMA_RULES, ...FILE_RULES];
var BY_ID = new Map(RULES.map((r) => [r.id, r]));
if (BY_ID.size !== RULES.length) throw new Error("duplicate rule id in catalog");
function getRule(id) {
  const rule2 = BY_ID.get(id);
  if (!rule2) throw new Error(`unknown rule id ${id}`);
  return rule2;
}
function emittedId(change) {
  return change.context ? `${change.context}-${change.rule}` : change.rule;
}
function findRule(id) {
  const direct = BY_ID.get(id);
  if (direct) return { rule: direct };
  for (const context of [...SCHEMA_CONTEXTS].sort((a, b) => b.length - a.length)) {
    if (id.startsWith(context + "-")) {
      const rule2 = BY_ID.get(id.slice(context.length + 1));
      if (rule2?.family === "schema") return { rule: rule2, context };
    }
  }
  return void 0;
}
function ruleLevel(rule2, role) {
  return levelForRole(rule2.level, role);
}
var COMPATIBLE_HINTS = {
  // narrowed in what we send (a response, a webhook): its readers get less than they accepted
  response: "Compatible for those who read it: they only receive values they already accepted. No migration needed.",
  // widened in what we read (a request): what was sent before is still valid
  request: "Compatible for those who send it: everything valid before is still accepted. No migration needed.",
  // a change the rules call major, proven compatible by set inclusion
  proven: "Proven compatible by set inclusion: nothing that reads it breaks. No migration needed."
};
function ruleHint(rule2, role) {
  const level = rule2.level;
  if (rule2.family !== "schema" || typeof level === "string" || role !== "request" && role !== "response") return rule2.hint;
  const [mine, other] = role === "response" ? [level.writer, level.reader] : [level.reader, level.writer];
  return levelRank(mine) < levelRank(other) ? COMPATIBLE_HINTS[role] : rule2.hint;
}
var PARTIES = {
  request: { writers: "clients", readers: "the server" },
  "request-parameter": { writers: "clients", readers: "the server" },
  response: { writers: "the server", readers: "clients" },
  "response-header": { writers: "the server", readers: "clients" },
  "webhook-request": { writers: "the API", readers: "webhook receivers" },
  "webhook-response": { writers: "webhook receivers", readers: "the API" },
  event: { writers: "producers", readers: "consumers" },
  "event-sent": { writers: "producers", readers: "consumers" },
  "event-received": { writers: "producers", readers: "consumers" },
  storage: { writers: "writers", readers: "readers" }
};
function ruleMigrate(rule2, where, params) {
  if (!rule2.migrate) return void 0;
  const at3 = rule2.family === "avro" && (where === "request" || where === "response") ? "event" : where;
  const text2 = fill(rule2.migrate, { ...params, ...(at3 && PARTIES[at3]) ?? { writers: "writers", readers: "readers" } });
  return text2.charAt(0).toUpperCase() + text2.slice(1);
}
function fill(template, params) {
  return template.replace(/(`?)\{(\w+)\}(`?)/g, (whole, open, key2, close) => {
    if (!(key2 in params)) return whole;
    const value = show(params[key2]);
    return open && close ? codeSpan(value) : open + value + close;
  });
}
function show(value, max = MAX_SHOWN_TEXT) {
  if (typeof value === "string") return oneLine(value.length > max ? value.slice(0, max - 3) + "..." : value);
  if (value === void 0) return "none";
  const text2 = oneLine(JSON.stringify(value));
  const most = Math.min(max, 80);
  return text2.length > most ? text2.slice(0, most - 3) + "..." : text2;
}
function oneLine(text2) {
  return text2.replace(CONTROL, (c) => NAMED_CONTROL[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var MAX_SHOWN_TEXT = 200;
function abridges(params) {
  return Object.values(params).some(
    (v) => typeof v === "string" ? v.length > MAX_SHOWN_TEXT : v !== void 0 && (JSON.stringify(v)?.length ?? 0) > 80
  );
}
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]/g;
var NAMED_CONTROL = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function codeSpan(text2) {
  const longest = Math.max(0, ...(text2.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = longest ? " " : "";
  return fence + pad + text2 + pad + fence;
}

// src/core/sha256.ts
import { createHash as createHash2 } from "node:crypto";
function sha256(bytes) {
  return createHash2("sha256").update(bytes).digest("hex");
}

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data2) => String(data2)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data2) => data2),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data2) => data2),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data2) => typeof data2 === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data2) {
  if (data2 === null || typeof data2 !== "object" || Array.isArray(data2)) return false;
  const prototype = Object.getPrototypeOf(data2);
  return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
  const result = {};
  for (const key2 of keys) if (object[key2] !== void 0) result[key2] = object[key2];
  return result;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key2;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key2 = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key2 = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key2)) return "duplicate key in ordered map";
    carrier.seen.add(key2);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key2 of Object.keys(o)) map.set(key2, o[key2]);
    return map;
  },
  addPair: (container, key2, value) => {
    if (key2 !== null && typeof key2 === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key2);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key2) => {
    if (key2 !== null && typeof key2 === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key2));
  },
  keys: (container) => Object.keys(container),
  get: (container, key2) => {
    const normalizedKey = String(key2);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data2) => data2 instanceof Set,
  represent: (data2) => {
    const map = /* @__PURE__ */ new Map();
    for (const key2 of data2) map.set(key2, null);
    return map;
  },
  addPair: (container, key2, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key2);
    return "";
  },
  has: (container, key2) => container.has(key2),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key2 of tag.implicitFirstChars) keys.add(key2);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key2 of keys) implicitScalarByFirstChar.set(key2, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key2) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates2 = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates2) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key2, value) => {
    container.set(key2, value);
    return "";
  },
  has: (container, key2) => container.has(key2),
  keys: (container) => container.keys(),
  get: (container, key2) => container.get(key2),
  identify: (data2) => data2 instanceof Map || isPlainObject(data2),
  represent: (data2) => {
    if (data2 instanceof Map) return data2;
    const map = /* @__PURE__ */ new Map();
    const obj2 = data2;
    for (const key2 of Object.keys(obj2)) map.set(key2, obj2[key2]);
    return map;
  }
});
function normalizeKey(key2) {
  if (Array.isArray(key2)) {
    const array = Array.prototype.slice.call(key2);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key2 === "object" && Object.prototype.toString.call(key2) === "[object Object]") return "[object Object]";
  return String(key2);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key2 of Object.keys(o)) map.set(key2, o[key2]);
    return map;
  },
  addPair: (container, key2, value) => {
    const normalizedKey = normalizeKey(key2);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key2) => {
    const normalizedKey = normalizeKey(key2);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key2) => {
    const normalizedKey = String(key2);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold2 = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold2.breaks);
      position = captureStart = captureEnd = fold2.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold2 = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold2.breaks);
      position = captureStart = captureEnd = fold2.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold2 = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold2.breaks);
      position = captureStart = captureEnd = fold2.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
function tagPercentDecode(source) {
  let result = "";
  let index = 0;
  while (index < source.length) {
    if (source.charCodeAt(index) !== 37) {
      result += source[index++];
      continue;
    }
    let ch = parseInt(source.slice(index + 1, index + 3), 16);
    index += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
        index += 3;
      }
    }
    if (ch < 65536) result += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state, message) {
  YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  const source = getScalarValue(state.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state.tagHandlers);
    const scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result = scalarTag.resolve(source, true, tagName);
      if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result,
        tag: scalarTag
      };
    }
    const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++;
  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state);
    if (frame.tag.has(frame.value, sourceKey)) continue;
    const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err) throwError$1(state, err);
    frame.overridable ??= /* @__PURE__ */ new Set();
    frame.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  state.position = frame.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
    for (const element of source) {
      const elementTag = state.nodeTags.get(element);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key2, value, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key2) && !frame.overridable?.has(key2)) throwError$1(state, "duplicated mapping key");
  const err = frame.tag.addPair(frame.value, key2, value);
  if (err) throwError$1(state, err);
  frame.overridable?.delete(key2);
}
function addValue(state, value, tag) {
  const frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document") {
    frame.value = value;
    frame.hasValue = true;
  } else if (frame.kind === "sequence") {
    if (isMappingTag(tag)) state.nodeTags.set(value, tag);
    const err = frame.tag.addItem(frame.value, value, frame.index++);
    if (err) throwError$1(state, err);
  } else if (frame.hasKey) {
    const key2 = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key2, value, tag);
  } else {
    frame.key = value;
    frame.keyPosition = state.position;
    frame.hasKey = true;
    frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor = {
      value,
      tag,
      isValueFinal
    };
    state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
    return anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state.eventIndex < state.events.length) {
    const event = state.events[state.eventIndex++];
    state.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map();
        state.nodeTags = /* @__PURE__ */ new Map();
        state.aliasCount = 0;
        state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, true);
        addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
        const tag = state.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
        const tag = state.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        const name = state.source.slice(event.anchorStart, event.anchorEnd);
        const anchor = state.anchors.get(name);
        if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
        if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
        addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey) {
          state.position = frame.keyPosition;
          throwError$1(state, "incomplete mapping pair in event stream");
        }
        if (frame.kind === "document") state.documents.push(frame.value);
        else {
          const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          if (frame.anchor) {
            frame.anchor.value = value;
            frame.anchor.isValueFinal = true;
          }
          addValue(state, value, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
  const opts = {
    ...DEFAULT_LOAD_OPTIONS,
    ...options
  };
  const source = String(input);
  const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
  const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
  return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
    ...pick(opts, CONSTRUCTOR_OPT_KEYS),
    source
  });
}
function load(input, options) {
  const documents = loadDocuments(input, options);
  if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
  if (documents.length === 1) return documents[0];
  throw new YAMLException("expected a single document in the stream, but found more");
}
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text2, ignoreTrivia = false) {
  const len = text2.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text2.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text2.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text2.length && text2.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text2.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text2.length && (text2.charCodeAt(pos) === 69 || text2.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text2.length && text2.charCodeAt(pos) === 43 || text2.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text2.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text2.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text2.charCodeAt(pos);
      if (ch === 34) {
        result += text2.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text2.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text2.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text2.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text2.charCodeAt(pos);
    if (isWhiteSpace2(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text2.charCodeAt(pos);
      } while (isWhiteSpace2(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text2.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text2.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text2.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text2.substring(start, pos);
          return token = 12;
        }
        if (text2.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text2.charCodeAt(pos);
            if (ch === 42 && text2.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text2.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text2.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text2.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text2.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text2.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace2(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace2(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parse(text2, errors = [], options = ParseOptions.DEFAULT) {
  let currentProperty = null;
  let currentParent = [];
  const previousParents = [];
  function onValue(value) {
    if (Array.isArray(currentParent)) {
      currentParent.push(value);
    } else if (currentProperty !== null) {
      currentParent[currentProperty] = value;
    }
  }
  const visitor = {
    onObjectBegin: () => {
      const object = {};
      onValue(object);
      previousParents.push(currentParent);
      currentParent = object;
      currentProperty = null;
    },
    onObjectProperty: (name) => {
      currentProperty = name;
    },
    onObjectEnd: () => {
      currentParent = previousParents.pop();
    },
    onArrayBegin: () => {
      const array = [];
      onValue(array);
      previousParents.push(currentParent);
      currentParent = array;
      currentProperty = null;
    },
    onArrayEnd: () => {
      currentParent = previousParents.pop();
    },
    onLiteralValue: onValue,
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text2, visitor, options);
  return currentParent[0];
}
function visit(text2, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text2, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parse2 = parse;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/core/source/positions.ts
var PositionIndex = class {
  constructor(text2, json = false) {
    this.text = text2;
    this.json = json;
  }
  text;
  json;
  lineStarts;
  offsets = /* @__PURE__ */ new Map();
  /** Resolve many pointers in one pass over the parser's events; a missing pointer falls back to its nearest ancestor. */
  locateAll(pointers) {
    const wanted = [...new Set(pointers)].filter((p) => !this.offsets.has(p));
    if (wanted.length) this.scan(wanted);
    const out = /* @__PURE__ */ new Map();
    for (const p of pointers) {
      const tokens = pointerTokens(p);
      for (let n = tokens.length; n >= 0; n--) {
        const prefix = pointerJoin("", ...tokens.slice(0, n));
        const offset = this.offsets.get(prefix);
        if (offset !== void 0) {
          out.set(p, this.toPosition(offset));
          break;
        }
      }
    }
    return out;
  }
  locate(pointer) {
    return this.locateAll([pointer]).get(pointer);
  }
  /** Find the offsets of `pointers` (those it can) into `offsets`. */
  scan(pointers) {
    const root = { children: /* @__PURE__ */ new Map(), pointer: "" };
    for (const p of pointers) {
      let node = root;
      for (const t of pointerTokens(p)) {
        let next = node.children.get(t);
        if (!next) {
          next = { children: /* @__PURE__ */ new Map(), pointer: pointerJoin(node.pointer, t) };
          node.children.set(t, next);
        }
        node = next;
      }
    }
    if (this.json) {
      this.offsets.set("", 0);
      try {
        scanJson(this.text, skipSpace(this.text, 0), root, this.offsets);
      } catch {
      }
      return;
    }
    let events;
    try {
      events = parseEvents(this.text, {});
    } catch {
      return;
    }
    const stack = [];
    this.offsets.set("", 0);
    for (const ev of events) {
      if (ev.type === EVENT_ID.DOCUMENT) continue;
      if (ev.type === EVENT_ID.POP) {
        stack.pop();
        continue;
      }
      const top = stack[stack.length - 1];
      let start = "start" in ev ? ev.start : "valueStart" in ev ? ev.valueStart : ev.anchorStart;
      if (ev.type === EVENT_ID.SCALAR && start > 0 && (this.text[start - 1] === '"' || this.text[start - 1] === "'")) start--;
      let here = top ? void 0 : root;
      if (top && top.map && top.key) {
        top.key = false;
        top.pending = void 0;
        if (top.trie && ev.type === EVENT_ID.SCALAR) {
          const child = top.trie.children.get(getScalarValue(this.text, ev));
          if (child) {
            this.offsets.set(child.pointer, start);
            top.pending = child;
          }
        }
        if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE)
          stack.push({ map: ev.type === EVENT_ID.MAPPING, index: 0, key: true });
        continue;
      }
      if (top && top.map) {
        here = top.pending;
        top.key = true;
      } else if (top) {
        here = top.trie?.children.get(String(top.index));
        top.index++;
        if (here) this.offsets.set(here.pointer, start);
      }
      if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE) {
        stack.push({ map: ev.type === EVENT_ID.MAPPING, index: 0, key: true, trie: here });
      }
    }
  }
  toPosition(offset) {
    if (!this.lineStarts) {
      const starts2 = [0];
      for (let i = 0; i < this.text.length; i++) if (this.text.charCodeAt(i) === 10) starts2.push(i + 1);
      this.lineStarts = starts2;
    }
    const starts = this.lineStarts;
    let lo2 = 0;
    let hi2 = starts.length - 1;
    while (lo2 < hi2) {
      const mid = lo2 + hi2 + 1 >> 1;
      if (starts[mid] <= offset) lo2 = mid;
      else hi2 = mid - 1;
    }
    return { line: lo2 + 1, column: offset - starts[lo2] + 1 };
  }
};
var SPACE = /* @__PURE__ */ new Set([32, 9, 10, 13]);
function skipSpace(text2, i) {
  while (i < text2.length && SPACE.has(text2.charCodeAt(i))) i++;
  return i;
}
function endOfString(text2, i) {
  for (let j = i + 1; j < text2.length; j++) {
    const c = text2.charCodeAt(j);
    if (c === 92)
      j++;
    else if (c === 34) return j + 1;
  }
  throw new Error("unterminated string");
}
function endOfValue(text2, i) {
  const c = text2.charCodeAt(i);
  if (c === 34) return endOfString(text2, i);
  if (c !== 123 && c !== 91) {
    let j = i;
    while (j < text2.length && !SPACE.has(text2.charCodeAt(j)) && !",]}".includes(text2[j])) j++;
    return j;
  }
  let depth = 0;
  for (let j = i; j < text2.length; j++) {
    const d = text2.charCodeAt(j);
    if (d === 34) j = endOfString(text2, j) - 1;
    else if (d === 123 || d === 91) depth++;
    else if ((d === 125 || d === 93) && --depth === 0) return j + 1;
  }
  throw new Error("unbalanced brackets");
}
function scanJson(text2, i, trie, offsets) {
  const open = text2.charCodeAt(i);
  if (!trie.children.size || open !== 123 && open !== 91) return endOfValue(text2, i);
  const object = open === 123;
  let j = skipSpace(text2, i + 1);
  for (let index = 0; text2.charCodeAt(j) !== (object ? 125 : 93); index++) {
    let child;
    const start = j;
    if (object) {
      const end = endOfString(text2, j);
      const raw = text2.slice(j + 1, end - 1);
      child = trie.children.get(raw.includes("\\") ? JSON.parse(text2.slice(j, end)) : raw);
      j = skipSpace(text2, end);
      j = skipSpace(text2, j + 1);
    } else child = trie.children.get(String(index));
    if (child) offsets.set(child.pointer, start);
    j = skipSpace(text2, child ? scanJson(text2, j, child, offsets) : endOfValue(text2, j));
    if (text2.charCodeAt(j) === 44) j = skipSpace(text2, j + 1);
  }
  return j + 1;
}

// src/core/source/avro-idl.ts
var import_libraries = __toESM(require_libraries(), 1);
var IMPORT = /^[ \t]*import[ \t]+(idl|protocol|schema)[ \t]+"[^"\n]*"[ \t]*;/gm;
function parseAvroIdl(file2, text2) {
  const own = text2.replace(IMPORT, (m) => " ".repeat(m.length));
  try {
    return import_libraries.default.avsc().readProtocol(own);
  } catch (err) {
    if (err instanceof RangeError) throw new InputError("Avro IDL nested too deep to read", file2);
    const message = err.message;
    const at3 = /"pos":(\d+)/.exec(message);
    const line = at3 ? text2.slice(0, Number(at3[1])).split("\n").length : void 0;
    const reason = message.replace(/^invalid token \{.*?\}: /, "");
    throw new InputError(
      `not Avro IDL avsc can read (Avro 1.10's syntax: \`string?\` is \`union { null, string }\`): ${reason}`,
      file2,
      line
    );
  }
}
var IdlPositions = class extends PositionIndex {
  constructor(text2, protocol) {
    super(text2);
    this.protocol = protocol;
  }
  protocol;
  /** Every part's place at once, in one pass: each search starts where the part before it was found. */
  scan() {
    if (this.offsets.size) return;
    this.offsets.set("", 0);
    const p = this.protocol;
    let cursor = 0;
    let misses = 0;
    const found = (pointer, source) => {
      if (misses > MAX_MISSES) return false;
      const re = new RegExp(source, "g");
      re.lastIndex = cursor;
      const at3 = re.exec(this.text)?.index;
      if (at3 === void 0) misses++;
      else this.offsets.set(pointer, at3), cursor = at3;
      return at3 !== void 0;
    };
    const members = (pointer, names, after) => names.forEach((n, j) => typeof n === "string" && found(`${pointer}/${j}`, `${word(n)}${after}`));
    (Array.isArray(p.types) ? p.types : []).forEach((t, i) => {
      if (typeof t?.name !== "string" || !found(`/types/${i}`, `\\b(record|error|enum|fixed)\\s+${word(t.name.replace(/^.*\./, ""))}`))
        return;
      members(
        `/types/${i}/fields`,
        (t.fields ?? []).map((f) => f?.name),
        "\\s*[=;]"
      );
      members(`/types/${i}/symbols`, t.symbols ?? [], "");
    });
    for (const [name, m] of Object.entries(p.messages ?? {})) {
      const at3 = pointerJoin("/messages", name);
      if (found(at3, `${word(name)}\\s*\\(`))
        members(
          `${at3}/request`,
          (m?.request ?? []).map((r) => r?.name),
          ""
        );
    }
  }
};
var MAX_MISSES = 100;
var word = (name) => `(?:\\b${escapeRegExp(name)}\\b|\`${escapeRegExp(name)}\`)`;

// src/core/source/parse.ts
function isIgluSchema(file2) {
  return /(^|\/)jsonschema\/\d+-\d+-\d+$/.test(file2);
}
var isAvroFile = (file2) => /\.av(sc|pr|dl)$/i.test(file2);
function formatOf(file2) {
  if (/\.avdl$/i.test(file2)) return "avdl";
  if (/\.json$/i.test(file2) || isAvroFile(file2) || isIgluSchema(file2)) return "json";
  if (/\.ya?ml$/i.test(file2)) return "yaml";
  return void 0;
}
function isBinary(bytes) {
  const end = Math.min(bytes.length, 8e3);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}
function decodeText(file2, bytes) {
  if (bytes instanceof Oversized) throw bytes.cause === "tree" ? overTreeBudget(file2) : overSizeLimit(file2, bytes.size);
  if (bytes.length > LIMITS.maxFileBytes) throw overSizeLimit(file2, bytes.length);
  const bom = bytes[0] === 255 && bytes[1] === 254 ? "LE" : bytes[0] === 254 && bytes[1] === 255 ? "BE" : void 0;
  if (bom) throw new InputError(`UTF-16 ${bom} text (it starts with a byte order mark): save it as UTF-8`, file2, 1);
  if (isBinary(bytes)) throw new InputError("binary file (contains NUL bytes), expected UTF-8 text", file2);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    const at3 = lossy.indexOf("\uFFFD");
    const line = at3 < 0 ? void 0 : lossy.slice(0, at3).split("\n").length;
    throw new InputError("not valid UTF-8 text", file2, line);
  }
}
function parseText(file2, text2, format2) {
  if (format2 === "avdl") {
    const data3 = parseAvroIdl(file2, text2);
    return { file: file2, format: format2, text: text2, data: data3, positions: new IdlPositions(text2, data3) };
  }
  const data2 = format2 === "json" ? parseJson(file2, text2) : parseYaml(file2, text2);
  return { file: file2, format: format2, text: text2, data: data2, positions: new PositionIndex(text2, format2 === "json") };
}
function parseJson(file2, text2) {
  checkJsonShape(file2, text2);
  let data2;
  try {
    data2 = JSON.parse(text2);
  } catch (err) {
    const errors = [];
    parse2(text2, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    const line = first ? text2.slice(0, first.offset).split("\n").length : void 0;
    const reason = first ? printParseErrorCode(first.error) : err.message.replace(/, "[\s\S]*" is not valid JSON$/, "");
    throw new InputError(`invalid JSON: ${reason}`, file2, line);
  }
  return data2;
}
var YAML_SCHEMA = CORE_SCHEMA.withTags(mergeTag);
function parseYaml(file2, text2) {
  let data2;
  try {
    data2 = load(text2, { filename: file2, maxDepth: LIMITS.maxDepth, schema: YAML_SCHEMA, maxTotalMergeKeys: LIMITS.maxMergeKeys });
  } catch (err) {
    if (err instanceof YAMLException) {
      const line = err.mark ? err.mark.line + 1 : secondDocumentLine(text2);
      if (/maxTotalMergeKeys/.test(err.reason))
        throw new InputError(`YAML merge keys copy more than ${LIMITS.maxMergeKeys.toLocaleString("en")} keys (merge bomb?)`, file2, line);
      throw new InputError(`invalid YAML: ${err.reason}`, file2, line);
    }
    throw new InputError(`invalid YAML: ${err.message}`, file2);
  }
  if (text2.includes("*")) checkExpansion(file2, data2);
  return data2;
}
function secondDocumentLine(text2) {
  const lines = text2.split("\n");
  const markers = lines.flatMap((l, i) => /^---(\s|$)/.test(l) ? [i] : []);
  const opening = lines.findIndex((l) => l.trim() !== "" && !l.trimStart().startsWith("#") && !l.startsWith("%"));
  const at3 = markers[0] === opening ? markers[1] : markers[0];
  return at3 === void 0 ? void 0 : at3 + 1;
}
function checkExpansion(file2, data2) {
  const size = /* @__PURE__ */ new Map();
  const visiting = /* @__PURE__ */ new Set();
  const count = (value) => {
    if (value === null || typeof value !== "object") return 1;
    const known = size.get(value);
    if (known !== void 0) return known;
    if (visiting.has(value)) throw new InputError("recursive YAML alias (a node contains itself)", file2);
    visiting.add(value);
    let total = 1;
    for (const child of Object.values(value)) {
      total += count(child);
      if (total > LIMITS.maxExpandedNodes) {
        throw new InputError(`YAML aliases expand to more than ${LIMITS.maxExpandedNodes.toLocaleString("en")} nodes (alias bomb?)`, file2);
      }
    }
    visiting.delete(value);
    size.set(value, total);
    return total;
  };
  count(data2);
}
function checkJsonShape(file2, text2) {
  const lineAt = (i) => text2.slice(0, i).split("\n").length;
  const duplicate = (start, end) => new InputError(`duplicate key "${text2.slice(start, end)}" in one object`, file2, lineAt(start - 1));
  const open = [];
  const sets = [];
  let from = new Int32Array(256);
  let to = new Int32Array(256);
  let top = 0;
  const next = /["[\]{}]/g;
  for (let m = next.exec(text2); m; m = next.exec(text2)) {
    let i = m.index;
    const c = text2.charCodeAt(i);
    if (c === 34) {
      const start = i + 1;
      for (i = text2.indexOf('"', start); i >= 0; i = text2.indexOf('"', i + 1)) {
        let b = i - 1;
        while (text2.charCodeAt(b) === 92) b--;
        if ((i - 1 - b) % 2 === 0) break;
      }
      if (i < 0) i = text2.length;
      next.lastIndex = i + 1;
      const depth = open.length;
      if (!depth || open[depth - 1] < 0) continue;
      let k = i + 1;
      while (k < text2.length && (text2.charCodeAt(k) === 32 || text2.charCodeAt(k) === 10 || text2.charCodeAt(k) === 13 || text2.charCodeAt(k) === 9))
        k++;
      if (text2.charCodeAt(k) !== 58) continue;
      const set = sets[depth - 1];
      if (set) {
        const key2 = text2.slice(start, i);
        if (set.has(key2)) throw duplicate(start, i);
        set.add(key2);
        continue;
      }
      const base = open[depth - 1];
      for (let j = base; j < top; j++) if (sameSpan(text2, from[j], to[j], start, i)) throw duplicate(start, i);
      if (top - base === SMALL_OBJECT) {
        const keys = /* @__PURE__ */ new Set([text2.slice(start, i)]);
        for (let j = base; j < top; j++) keys.add(text2.slice(from[j], to[j]));
        sets[depth - 1] = keys;
        top = base;
        continue;
      }
      if (top === from.length) {
        from = grown(from);
        to = grown(to);
      }
      from[top] = start;
      to[top++] = i;
    } else if (c === 91 || c === 123) {
      open.push(c === 123 ? top : -1);
      sets.push(void 0);
      if (open.length > LIMITS.maxDepth) throw new InputError(`nesting deeper than ${LIMITS.maxDepth} levels`, file2, lineAt(i));
    } else if (c === 93 || c === 125) {
      const base = open.pop();
      sets.pop();
      if (base !== void 0 && base >= 0) top = base;
    }
  }
}
function grown(a) {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
var SMALL_OBJECT = 16;
function sameSpan(text2, a, aEnd, b, bEnd) {
  if (aEnd - a !== bEnd - b) return false;
  for (; a < aEnd; a++, b++) if (text2.charCodeAt(a) !== text2.charCodeAt(b)) return false;
  return true;
}

// src/core/source/kind.ts
var DOC_EXTENSIONS = /\.(md|markdown|txt|rst|adoc|html?)$/i;
function detectKind(file2, bytes, data2) {
  if (DOC_EXTENSIONS.test(file2)) return "document";
  if (isToolingName(file2)) return "other";
  if (/(^|\/)versions\.ya?ml$/i.test(file2)) return "versions";
  if (!formatOf(file2)) return bytes && isBinary(bytes) ? "binary" : "document";
  if (isAvroFile(file2)) return "avro";
  if (/\.schema\.(json|ya?ml)$/i.test(file2) && (typeof data2 === "boolean" || data2 !== null && typeof data2 === "object" && !Array.isArray(data2))) {
    const d = data2;
    if (typeof d !== "object" || !("openapi" in d || "swagger" in d)) return "jsonschema";
  }
  if (data2 === null || typeof data2 !== "object" || Array.isArray(data2)) return "data";
  const doc = data2;
  if (typeof doc.openapi === "string" && /^3\./.test(doc.openapi)) return "openapi";
  if (doc.swagger === "2.0" || doc.swagger === 2) return "swagger";
  if (typeof doc.asyncapi === "string" && /^[23]\./.test(doc.asyncapi)) return "asyncapi";
  if (typeof doc.$schema === "string" && /json-schema\.org|\/self-desc\//.test(doc.$schema)) return "jsonschema";
  if (isIgluSchema(file2)) return "jsonschema";
  if (/\.schema\.(json|ya?ml)$/i.test(file2)) return "jsonschema";
  if (doc.components && typeof doc.components === "object" && !("paths" in doc)) return "openapi-fragment";
  if (("type" in doc || "properties" in doc || "$defs" in doc || "allOf" in doc || "oneOf" in doc) && /\/schemas?\//.test("/" + file2)) {
    return "jsonschema";
  }
  if (describesObjects(doc) && !/\/examples?\//i.test("/" + file2)) return "jsonschema";
  return "data";
}
var JSON_TYPES = /* @__PURE__ */ new Set(["object", "array", "string", "number", "integer", "boolean", "null"]);
function describesObjects(doc) {
  const isSchemaMap = (v) => v !== null && typeof v === "object" && !Array.isArray(v) && Object.values(v).every((s) => typeof s === "boolean" || s !== null && typeof s === "object" && !Array.isArray(s));
  const types = Array.isArray(doc.type) ? doc.type : [doc.type];
  if (!types.length || !types.every((t) => typeof t === "string" && JSON_TYPES.has(t))) return false;
  return types.includes("object") && isSchemaMap(doc.properties) || types.includes("array") && doc.items !== null && typeof doc.items === "object";
}
var UNJUDGED = [
  [/\.proto$/i, "Protocol Buffers", "`buf breaking`"],
  [/\.(graphql|graphqls|gql)$/i, "GraphQL", "`graphql-inspector diff`"],
  [/\.thrift$/i, "Thrift", ""],
  [/\.avdl$/i, "Avro IDL in a syntax avsc cannot read (after Avro 1.10)", "`avro-tools idl` to write it as an `.avpr`, judged here,"],
  [/\.xsd$/i, "XML Schema", ""],
  [/\.wsdl$/i, "WSDL", ""],
  [/\.raml$/i, "RAML", ""]
];
function unjudgedFormat(file2) {
  const found = UNJUDGED.find(([pattern]) => pattern.test(file2));
  return found && { format: found[1], tool: found[2] };
}
var isTopicCatalog = (file2) => /(^|\/)events?\/(.*\/)?(topics|catalog)\.ya?ml$/i.test(file2);
function roleFromPath(file2, fallback) {
  const p = "/" + file2.toLowerCase();
  if (/\/events?\//.test(p) || /\.event\.schema\./.test(p)) return "event";
  if (/\/storage\//.test(p)) return "storage";
  if (/\/requests?\//.test(p)) return "request";
  if (/\/responses?\//.test(p)) return "response";
  return fallback;
}
function isToolingName(file2) {
  const p = "/" + file2.toLowerCase();
  return /\.(py|sh|bash|ps1|bat|cmd|js|mjs|cjs|ts|rb|go|java|kt|rs|lock|ini|cfg|toml|env)$/.test(p) || /\/(makefile|dockerfile|\.gitignore|\.gitattributes|\.editorconfig)$/.test(p) || /\.(test|spec)\.(json|ya?ml)$/.test(p) || /\.postman_(collection|environment)\.json$/.test(p) || /\/\.?spectral[^/]*\.(json|ya?ml)$/.test(p) || /\/(package|package-lock|tsconfig)\.json$/.test(p) || /\/(pom\.xml|gradle\.properties|build\.gradle\.kts|build\.gradle)$/.test(p) || /\/(tests?|tooling|scripts|harness|ci|\.github)\//.test(p);
}
function isContractName(file2) {
  const p = "/" + file2.toLowerCase();
  if (isIgluSchema(file2)) return true;
  if (!/\.(json|ya?ml)$/.test(p) && !isAvroFile(p)) return false;
  return isAvroFile(p) || /\/versions\.ya?ml$/.test(p) || /\.schema\.(json|ya?ml)$/.test(p) || isTopicCatalog(file2) || /\/[^/]*(openapi|swagger|asyncapi)[^/]*$/.test(p) || /\/(schemas?|openapi)\/([^/]+\/)*[^/]+$/.test(p);
}
function isContractKind(kind) {
  return kind === "openapi" || kind === "openapi-fragment" || kind === "swagger" || kind === "asyncapi" || kind === "avro" || kind === "jsonschema" || kind === "versions";
}

// src/core/source/line-endings.ts
var CR = 13;
var LF = 10;
function toLf(bytes) {
  if (!bytes.includes(CR)) return bytes;
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === CR && bytes[i + 1] === LF) continue;
    out[n++] = bytes[i];
  }
  return out.subarray(0, n);
}
function sameContent(a, b) {
  if (a instanceof Oversized || b instanceof Oversized) return a instanceof Oversized && b instanceof Oversized && a.id === b.id;
  if (Buffer.compare(a, b) === 0) return true;
  if (!a.includes(CR) && !b.includes(CR)) return false;
  if (isBinary(a) || isBinary(b)) return false;
  return Buffer.compare(toLf(a), toLf(b)) === 0;
}

// node_modules/ajv/dist/refs/json-schema-draft-06.json
var json_schema_draft_06_default = {
  $schema: "http://json-schema.org/draft-06/schema#",
  $id: "http://json-schema.org/draft-06/schema#",
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
    title: {
      type: "string"
    },
    description: {
      type: "string"
    },
    default: {},
    examples: {
      type: "array",
      items: {}
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
      default: {}
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
      default: {}
    },
    dependencies: {
      type: "object",
      additionalProperties: {
        anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
      }
    },
    propertyNames: { $ref: "#" },
    const: {},
    enum: {
      type: "array",
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
    allOf: { $ref: "#/definitions/schemaArray" },
    anyOf: { $ref: "#/definitions/schemaArray" },
    oneOf: { $ref: "#/definitions/schemaArray" },
    not: { $ref: "#" }
  },
  default: {}
};

// node_modules/ajv/dist/refs/json-schema-draft-07.json with { type: 'json' }
var json_schema_draft_07_default = {
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

// src/core/source/meta-schemas.ts
var DOCUMENTS = [json_schema_draft_06_default, json_schema_draft_07_default];
function pathOf(id) {
  const url = new URL(id);
  return `/${url.host}${url.pathname}.json`;
}
var key = (uri) => uri.replace(/^https?:/, "").replace(/#$/, "");
var byUri = new Map(DOCUMENTS.map((d) => [key(d.$id), pathOf(d.$id)]));
var byPath = new Map(DOCUMENTS.map((d) => [pathOf(d.$id), d]));
function metaSchemaPath(uri) {
  return byUri.get(key(uri));
}
function metaSchemaText(path) {
  const doc = byPath.get(path);
  return doc && JSON.stringify(doc, null, 2);
}

// src/core/source/tree.ts
import { posix } from "node:path";
var MAX_REF_CHAIN = 300;
var Documents = class _Documents {
  constructor(tree) {
    this.tree = tree;
  }
  tree;
  cache = /* @__PURE__ */ new Map();
  /** `file\0target` → the file a `$ref` there names (targetFile). */
  targets = /* @__PURE__ */ new Map();
  idIndex;
  /** The other side of a diff (see `pair`). */
  peer;
  /** The baseline of a diff, at the head: whose files keep the `$id`s they held there (see `byId`). */
  baseline;
  /**
   * Why a path is not in the tree, when the tree is a part of a repository (a check reads its contracts only): said
   * where a `$ref` names it. A `$ref` from `contracts/` to `../shared/x.json` read "not found", though the file was there.
   */
  unreadBecause;
  /**
   * The documents of a diff's two sides: a file with the same path and bytes on both (most of a large tree) is
   * parsed once, its parse shared. Parsed documents are never edited, so sharing one changes no answer.
   */
  static pair(base, head) {
    const [b, h] = [new _Documents(base), new _Documents(head)];
    [b.peer, h.peer] = [h, b];
    h.baseline = b;
    return { base: b, head: h };
  }
  /** This side's parse of `file`, if it has one and its bytes are `bytes`. */
  parsedAs(file2, bytes) {
    const entry = this.cache.get(file2);
    const mine = entry && this.tree.read(file2);
    return mine && (mine === bytes || Buffer.from(mine.buffer, mine.byteOffset, mine.byteLength).equals(bytes)) ? entry : void 0;
  }
  has(file2) {
    return this.tree.read(file2) !== void 0;
  }
  /** Parse a YAML/JSON file; throws (the same) InputError on every call for a bad file. */
  get(file2) {
    let entry = this.cache.get(file2);
    if (!entry) {
      const meta = file2.startsWith("/") ? metaSchemaText(file2) : void 0;
      const bytes = meta !== void 0 ? Buffer.from(meta) : this.tree.read(file2);
      entry = bytes && this.peer?.parsedAs(file2, bytes) || this.parse(file2, bytes);
      this.cache.set(file2, entry);
    }
    if (entry instanceof InputError) throw entry;
    return entry;
  }
  parse(file2, bytes) {
    const format2 = formatOf(file2);
    try {
      if (!bytes) throw new InputError("file not found", file2);
      if (!format2) throw new InputError("not a YAML or JSON file", file2);
      return parseText(file2, decodeText(file2, bytes), format2);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      return err;
    }
  }
  /** Follow one `$ref` written at `from`. Remote targets are never fetched; leaving the root is refused. */
  resolveRef(from, ref) {
    const hash = ref.indexOf("#");
    const target = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? "" : ref.slice(hash + 1);
    const file2 = target ? this.targetFile(from, ref, target) : from.file;
    if (fragment && !fragment.startsWith("/")) throw this.refError(from, `$ref ${ref}: plain-name fragments are not supported`);
    const doc = this.get(file2);
    let node = doc.data;
    for (const token of pointerTokens(fragment)) {
      if (node === null || typeof node !== "object" || !(token in node)) {
        throw this.refError(from, `$ref target ${ref} not found (${file2} has no ${fragment})`);
      }
      node = node[token];
    }
    return { loc: { file: file2, pointer: pointerJoin("", ...pointerTokens(fragment)) }, node };
  }
  /**
   * The file a `$ref`'s target (the part before `#`) names, looked up as JSON Schema says and real trees need: relative
   * to the file's location first, then against the file's `$id` through the `$id`s of the tree's own files.
   */
  targetFile(from, ref, target) {
    const key2 = `${from.file}\0${target}`;
    let found = this.targets.get(key2);
    if (found === void 0) this.targets.set(key2, found = this.findTarget(from, ref, target));
    return found;
  }
  findTarget(from, ref, target) {
    const scheme = /^[a-z][a-z0-9+.-]*:/i.test(target);
    if (scheme || target.startsWith("//")) {
      const viaId2 = scheme ? this.byId(target) : this.byId(`https:${target}`) ?? this.byId(`http:${target}`);
      if (!viaId2)
        throw this.refError(from, `remote $ref ${ref} is not fetched (contract-guard never uses the network); vendor it into the tree`);
      return viaId2;
    }
    const joined = posix.normalize(posix.join(posix.dirname(from.file), safeDecode(target)));
    const inside = !(joined.startsWith("../") || joined === ".." || posix.isAbsolute(joined));
    const viaId = this.baseUri(from.file) ? this.byIdRelative(from.file, target) : void 0;
    if (inside && this.has(joined)) {
      if (viaId && viaId !== joined) {
        if (this.baseline && !this.baseline.has(joined) && this.baseline.resolvesTo(from, ref, target) === viaId) {
          this.note(
            `${from.file}: $ref ${target} resolves to ${joined} by location but to ${viaId} through $id, as on the base branch; using ${viaId}`
          );
          return viaId;
        }
        this.note(`${from.file}: $ref ${target} resolves to ${joined} by location but to ${viaId} through $id; using ${joined}`);
      }
      return joined;
    }
    if (viaId) return viaId;
    if (!inside) throw this.refError(from, `$ref ${ref} leaves the repository root`);
    const because = this.unreadBecause?.(joined);
    throw this.refError(
      from,
      `$ref target ${ref} not found (no ${joined}${this.baseUri(from.file) ? ", and no file in the tree has that $id" : ""}${because ? `: ${because}` : ""})`
    );
  }
  /** The file a `$ref` resolves to on this side, if it resolves. */
  resolvesTo(from, ref, target) {
    try {
      return this.targetFile(from, ref, target);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      return void 0;
    }
  }
  /** What resolving refs learnt that a reader should know (e.g. location and `$id` disagree). */
  notes = [];
  note(text2) {
    if (!this.notes.includes(text2)) this.notes.push(text2);
  }
  /** Follow a chain of pure `$ref` objects to the first real node; a chain that loops is an error. */
  deref(loc, node) {
    const seen = /* @__PURE__ */ new Set();
    let current = { loc, node };
    while (isRefObject(current.node)) {
      const key2 = `${current.loc.file}#${current.loc.pointer}`;
      if (seen.has(key2)) throw this.refError(current.loc, `cyclic $ref: ${[...seen].join(" -> ")} -> ${key2}`);
      if (seen.size >= MAX_REF_CHAIN) throw this.refError(loc, `a chain of more than ${MAX_REF_CHAIN} $refs, each to the next`);
      seen.add(key2);
      current = this.resolveRef(current.loc, current.node.$ref);
    }
    return current;
  }
  lineOf(loc) {
    try {
      return this.get(loc.file).positions.locate(loc.pointer)?.line;
    } catch {
      return void 0;
    }
  }
  refError(at3, message) {
    return new InputError(message, at3.file, this.lineOf(at3));
  }
  /** The top-level `$id` of a file (draft-04's and draft-03's `id`), its base URI for relative `$ref`s. */
  baseUri(file2) {
    try {
      const id = ownId(this.get(file2).data);
      return id !== void 0 && /^[a-z][a-z0-9+.-]*:/i.test(id) ? id : void 0;
    } catch {
      return void 0;
    }
  }
  /** A target resolved against the file's `$id` (or absolute already), found among the tree's own `$id`s. */
  byIdRelative(file2, target) {
    let uri;
    try {
      uri = new URL(target, this.baseUri(file2)).href;
    } catch {
      return void 0;
    }
    return this.byId(uri);
  }
  /** `$id` of top-level JSON Schemas, so `$ref`s by URI to schemas in the tree resolve locally. */
  byId(uri) {
    return this.ids().get(idKey(uri)) ?? metaSchemaPath(uri);
  }
  /** `$id` → the file that holds it: the first in path order, unless the baseline's holder still holds it. */
  ids() {
    if (this.idIndex) return this.idIndex;
    const index = this.idIndex = /* @__PURE__ */ new Map();
    for (const [key2, path] of this.baseline?.ids() ?? [])
      if (this.has(path) && idKey(this.baseUri(path) ?? "") === key2) index.set(key2, path);
    for (const path of this.tree.paths()) {
      const bytes = Buffer.from(this.tree.read(path) ?? []);
      if (!/\.(json|ya?ml)$/i.test(path) || !(bytes.includes("$id") || bytes.includes("draft-04") || bytes.includes("draft-03"))) continue;
      const id = this.baseUri(path);
      if (!id) continue;
      const holder = index.get(idKey(id));
      if (!holder) index.set(idKey(id), path);
      else if (holder !== path)
        this.note(`${path} has the $id of ${holder} (${id}): $refs to it resolve to ${holder}; give one of them an $id of its own`);
    }
    return index;
  }
};
function ownId(schema2) {
  if (schema2 === null || typeof schema2 !== "object") return void 0;
  const s = schema2;
  const id = s.$id !== void 0 ? s.$id : typeof s.$schema === "string" && /draft-0[34]\b/.test(s.$schema) ? s.id : void 0;
  return typeof id === "string" ? id.replace(/#$/, "") : void 0;
}
function idKey(uri) {
  return uri.replace(/#$/, "");
}
function safeDecode(s) {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}
function isRefObject(node) {
  return node !== null && typeof node === "object" && typeof node.$ref === "string";
}

// src/core/diff/avro-diff.ts
var import_libraries2 = __toESM(require_libraries(), 1);

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
  to(file2) {
    return this.moved.get(file2) ?? this.relocate?.(file2);
  }
  /** Store a change, or note another way to it; returns the stored change. */
  emit(change) {
    const to = this.to(change.loc.file);
    if (to) change = { ...change, loc: { ...change.loc, file: to } };
    const lineTo = change.lineAt && this.to(change.lineAt.file);
    if (lineTo) change = { ...change, lineAt: { ...change.lineAt, file: lineTo } };
    const key2 = `${emittedId(change)}|${change.loc.file}|${change.loc.pointer}`;
    const known = this.keys.get(key2);
    if (known) {
      addVia(known, change.via);
      return known;
    }
    this.keys.set(key2, change);
    this.changes.push(change);
    return change;
  }
  /** Pointers already reported for a file, so a fragment's generic diff does not repeat them. */
  pointersFor(file2) {
    return this.changes.filter((c) => c.loc.file === file2).map((c) => c.loc.pointer);
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
    return import_libraries2.default.avsc().Type.forSchema(node, { wrapUnions: true, registry });
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
      import_libraries2.default.avsc().Type.forSchema(def.node, { wrapUnions: true, registry, namespace: def.namespace });
    } catch {
      for (const key2 of Object.keys(registry)) if (!before.has(key2)) delete registry[key2];
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
  for (const file2 of docs.tree.paths().filter(isAvroFile)) {
    const data2 = unlessUnreadable(() => docs.get(file2))?.data;
    const protocol = isAvroProtocol(data2) ? data2 : void 0;
    const namespace = typeof protocol?.namespace === "string" ? protocol.namespace || void 0 : void 0;
    const names = namesIn(
      protocol ? protocol.types : data2,
      namespace,
      void 0,
      (full, node, at3) => found.push({ full, node, namespace: at3, file: file2 })
    );
    uses.set(file2, new Set([...names.referenced].filter((n) => !names.defined.has(n))));
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
function avroUsersOf(docs, file2) {
  const { usedBy } = definitions(docs);
  const out = /* @__PURE__ */ new Set();
  const stack = [file2];
  while (stack.length) {
    for (const user of usedBy.get(stack.pop()) ?? [])
      if (!out.has(user) && user !== file2) {
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
    const key2 = `${a.name}|${b.name}`;
    if (seen.has(key2)) return;
    seen.add(key2);
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
function breaksOn(rule2, side) {
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
  return (side === "reader" ? reader : writer).has(rule2);
}
var MAX_CANDIDATES = 300;
function sample(type, pick2, site = "", depth = 0) {
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
      return symbols[pick2(site, symbols.length)];
    }
    case "array":
      return depth > 4 ? [] : [sample(type.itemsType, pick2, `${site}[]`, depth + 1)];
    case "map":
      return depth > 4 ? {} : { k: sample(type.valuesType, pick2, `${site}{}`, depth + 1) };
    case "record": {
      const out = {};
      for (const f of type.fields) putOwn(out, f.name, sample(f.type, pick2, `${site}.${f.name}`, depth + 1));
      return out;
    }
    case "union": {
      const types = type.types;
      const nullAt = types.findIndex((t2) => t2.typeName === "null");
      const i = depth > 4 && nullAt >= 0 ? nullAt : pick2(site, types.length);
      const t = types[i];
      return t.typeName === "null" ? null : { [t.branchName]: sample(t, pick2, `${site}|${i}`, depth + 1) };
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
    const shape = import_libraries2.default.avsc().Type.forSchema(narrowed(writer, [datum], /* @__PURE__ */ new Set()), { wrapUnions: true, registry: /* @__PURE__ */ Object.create(null) });
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
    const key2 = JSON.stringify(writer.toString(datum));
    if (tried.has(key2)) continue;
    tried.add(key2);
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
  let format2 = m.fields.get("schemaFormat")?.node;
  const node = obj(payload.node);
  if (typeof node.schemaFormat === "string" && "schema" in node) {
    format2 = node.schemaFormat;
    side = { loc: { ...payload.loc, pointer: pointerJoin(payload.loc.pointer, "schema") }, node: node.schema };
  }
  const name = typeof format2 === "string" ? format2 : "application/schema+json";
  const kind = /^application\/vnd\.apache\.avro/i.test(name) ? "avro" : /json|asyncapi|openapi|^application\/schema/i.test(name) ? "json" : "other";
  return { format: kind, formatName: name, side };
}
function readAsyncApi(docs, file2, errors) {
  const doc = obj(docs.get(file2).data);
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
  const keyOf = (loc) => loc.file === file2 ? loc.pointer : `${loc.file}#${loc.pointer}`;
  const carriers = /* @__PURE__ */ new Map();
  const message = (at4, node, fallback, channel) => {
    const def = deref(at4, node);
    const key2 = keyOf(def.loc);
    if (channel !== void 0) (carriers.get(key2) ?? carriers.set(key2, /* @__PURE__ */ new Set()).get(key2)).add(channel);
    if (messages.has(key2)) return key2;
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
      if (side && side.loc.file === file2) read.add(side.loc.pointer);
    }
    const bindings = fields.get("bindings");
    if (bindings && bindings.loc.file === file2) read.add(pointerJoin(bindings.loc.pointer, "kafka", "key"));
    const name = typeof own.name === "string" ? own.name : typeof own.messageId === "string" ? own.messageId : pointerTokens(def.loc.pointer).pop() ?? fallback;
    messages.set(key2, { key: key2, name, loc: def.loc, fields });
    return key2;
  };
  const at3 = (...tokens) => ({ file: file2, pointer: pointerJoin("", ...tokens) });
  const channels = /* @__PURE__ */ new Map();
  const operations2 = /* @__PURE__ */ new Map();
  for (const [key2, raw] of Object.entries(obj(doc.channels))) {
    const c = deref(at3("channels", key2), raw);
    const node = obj(c.node);
    const topic = obj(obj(node.bindings).kafka).topic;
    const address = typeof topic === "string" ? topic : major === 3 ? typeof node.address === "string" ? node.address : null : key2;
    const addressLoc = typeof topic === "string" ? at3("channels", key2, "bindings", "kafka", "topic") : major === 3 ? at3("channels", key2, "address") : c.loc;
    const parameters = /* @__PURE__ */ new Map();
    for (const [name, p] of Object.entries(obj(node.parameters)))
      parameters.set(name, deref({ ...c.loc, pointer: pointerJoin(c.loc.pointer, "parameters", name) }, p));
    for (const p of [["address"], ["parameters"], ["bindings", "kafka", "topic"]]) read.add(pointerJoin("/channels", key2, ...p));
    channels.set(key2, { key: key2, loc: c.loc, address, addressLoc, parameters });
    if (major === 3) {
      for (const [name, m] of Object.entries(obj(node.messages)))
        message({ ...c.loc, pointer: pointerJoin(c.loc.pointer, "messages", name) }, m, name, key2);
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
            message({ ...resolved.loc, pointer: pointerJoin(resolved.loc.pointer, "oneOf", i) }, x, `${key2} ${verb} #${i + 1}`, key2)
          )
        );
      else if (m !== void 0) keys.add(message(mLoc, m, `${key2} ${verb}`, key2));
      read.add(mLoc.pointer);
      const opKey = `${verb} ${key2}`;
      operations2.set(opKey, {
        key: opKey,
        label: typeof op.operationId === "string" ? `${op.operationId} (${verb} ${key2})` : `${verb} ${key2}`,
        loc: opLoc,
        action: verb === "subscribe" ? "send" : "receive",
        channel: key2,
        messages: keys
      });
    }
  }
  if (major === 3) {
    for (const [key2, raw] of Object.entries(obj(doc.operations))) {
      const o = deref(at3("operations", key2), raw);
      const node = obj(o.node);
      const ch = deref({ ...o.loc, pointer: pointerJoin(o.loc.pointer, "channel") }, node.channel);
      const channel = ch.loc.file === file2 && ch.loc.pointer.startsWith("/channels/") ? pointerTokens(ch.loc.pointer)[1] : void 0;
      const keys = /* @__PURE__ */ new Set();
      if (Array.isArray(node.messages))
        node.messages.forEach(
          (m, i) => keys.add(message({ ...o.loc, pointer: pointerJoin(o.loc.pointer, "messages", i) }, m, `${key2} #${i + 1}`, channel))
        );
      else {
        const c = obj(deref(ch.loc, ch.node).node);
        for (const [name, m] of Object.entries(obj(c.messages)))
          keys.add(message({ ...ch.loc, pointer: pointerJoin(ch.loc.pointer, "messages", name) }, m, name, channel));
      }
      for (const p of ["action", "channel", "messages"]) read.add(pointerJoin("/operations", key2, p));
      operations2.set(key2, {
        key: key2,
        label: key2,
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
function diffData(file2, a, b) {
  const out = [];
  const root = { file: file2, pointer: "" };
  const push = (rule2, pointer, params, lineAt) => {
    out.push({
      rule: rule2,
      loc: { file: file2, pointer },
      lineAt: lineAt === void 0 ? void 0 : { file: file2, pointer: lineAt },
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
var refVoids = (node, key2) => typeof node.$ref === "string" && !KEPT_BESIDE_REF.has(key2) ? DROP : KEEP;
function rewritten(root, rewrite2) {
  const copies = new RewrittenCopy(rewrite2, true);
  copies.copy(root);
  return (node) => copies.copyOf(node) ?? copies.copy(node);
}
function refSiblingsVoid(root) {
  if (draft04(root))
    return rewritten(
      root,
      (node, key2, value) => typeof node.$ref === "string" ? refVoids(node, key2, value) : key2 === "id" && node === root && typeof value === "string" ? DROP : booleanBounds(node, key2, value)
    );
  return refSiblingsVoided(root) ? rewritten(root, refVoids) : (node) => node;
}
var booleanBounds = (node, key2, value) => {
  switch (key2) {
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      if (typeof value !== "boolean") return KEEP;
      const bound2 = node[key2 === "exclusiveMinimum" ? "minimum" : "maximum"];
      return value && typeof bound2 === "number" ? bound2 : DROP;
    }
    case "minimum":
    case "maximum":
      return node[key2 === "minimum" ? "exclusiveMinimum" : "exclusiveMaximum"] === true ? DROP : KEEP;
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
  return rewritten(root, (node, key2, value) => {
    if (typeof node.$ref === "string") return refVoids(node, key2, value);
    const nullable = node[nullableKey] === true;
    switch (key2) {
      case nullableKey:
        return DROP;
      case "type":
        return nullable && typeof value === "string" ? [value, "null"] : KEEP;
      case "enum":
        return nullable && Array.isArray(value) && !value.includes(null) ? [...value, null] : KEEP;
      default:
        return booleanBounds(node, key2, value);
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
  const rewrite2 = (node, key2, value) => {
    if (key2 !== "properties" && key2 !== "required" || !value || typeof value !== "object") return KEEP;
    const names = hiddenNames(node);
    if (!names.size) return KEEP;
    if (key2 === "required") return Array.isArray(value) ? value.filter((n) => !names.has(n)) : KEEP;
    return Object.fromEntries(
      Object.entries(value).filter(([name]) => !names.has(name)).map(([name, s]) => [name, copies.copy(s)])
    );
  };
  copies = new RewrittenCopy(rewrite2);
  copies.copy(root);
  return (node) => copies.copyOf(node) ?? copies.copy(node);
}

// src/core/semantic/strings.ts
var import_libraries3 = __toESM(require_libraries(), 1);
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
  const { JS, NFA, TooManyNodesError } = import_libraries3.default.refa();
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
  const { DFA, getIntersectionWords, isDisjointWith, TooManyNodesError } = import_libraries3.default.refa();
  try {
    const complement = DFA.fromFA(right, new DFA.LimitedNodeFactory(MAX_NODES));
    complement.complement();
    if (isDisjointWith(left, complement, MAX_NODES)) return { included: true };
    for (const word2 of getIntersectionWords(left, complement, MAX_NODES)) return { included: false, example: text(word2) };
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
    if (!(err instanceof import_libraries3.default.refa().TooManyNodesError)) throw err;
    return [];
  }
}
function fewestWords(nfa, count) {
  const { DFA } = import_libraries3.default.refa();
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
    const [word2] = fewestWords(nfa, 1);
    return word2 === void 0 ? Infinity : [...word2].length;
  } catch (err) {
    if (err instanceof import_libraries3.default.refa().TooManyNodesError) return void 0;
    throw err;
  }
}
function intersectAll(parts) {
  let out = null;
  const { NFA, TooManyNodesError } = import_libraries3.default.refa();
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
function text(word2) {
  return String.fromCodePoint(...word2);
}

// src/core/source/safe-regex.ts
var import_formats = __toESM(require_formats(), 1);
var import_libraries4 = __toESM(require_libraries(), 1);
var UnsafePattern = class extends Error {
  constructor(pattern, reason) {
    super(`pattern ${JSON.stringify(pattern.length > 80 ? pattern.slice(0, 77) + "\u2026" : pattern)} cannot be checked safely: ${reason}`);
    this.pattern = pattern;
    this.reason = reason;
    this.name = "UnsafePattern";
  }
  pattern;
  reason;
};
var cache2 = /* @__PURE__ */ new Map();
var MAX_CACHE = 5e3;
function safePattern(pattern) {
  return compiled(pattern, false);
}
function compiled(pattern, lines) {
  const key2 = `${lines ? "m" : "u"}:${pattern}`;
  let hit = cache2.get(key2);
  if (!hit) {
    hit = compile(pattern, lines);
    if (cache2.size >= MAX_CACHE) cache2.clear();
    cache2.set(key2, hit);
  }
  if (hit instanceof UnsafePattern) throw hit;
  return hit;
}
function unsafeReason(pattern) {
  try {
    safePattern(pattern);
    return void 0;
  } catch (err) {
    if (err instanceof UnsafePattern) return err.message;
    throw err;
  }
}
var MAX_PATTERN_CHARS = 1e5;
function compile(pattern, lines) {
  if (pattern.length > MAX_PATTERN_CHARS)
    return new UnsafePattern(
      pattern,
      `longer than ${MAX_PATTERN_CHARS.toLocaleString("en")} characters (${pattern.length.toLocaleString("en")})`
    );
  try {
    const { RE2JS } = import_libraries4.default.re2js();
    const re = RE2JS.compile(RE2JS.translateRegExp(pattern), lines ? RE2JS.MULTILINE : 0);
    return {
      test: (text2) => re.matcher(text2).find(),
      matches: (text2, limit) => {
        const out = [];
        const m = re.matcher(text2);
        while (out.length < limit && m.find()) out.push({ index: m.start(), text: m.group() ?? "" });
        return out;
      },
      // ajv keys the patterns it has compiled by `toString()`: each must say which pattern it is, as a RegExp does
      toString: () => `/${pattern}/${lines ? "m" : "u"}`
    };
  } catch (err) {
    const reason = err.message.replace(/^error parsing regexp: /, "");
    return new UnsafePattern(pattern, /Perl syntax|escape sequence/.test(reason) ? `RE2 cannot run it (${reason})` : reason);
  }
}
var MAX_NATIVE_FORMAT_CHARS = 4096;
function safeFormat(re) {
  let check = FORMAT_CHECKS.get(re);
  if (!check) {
    let compiled2;
    check = (text2) => (compiled2 ??= formatCheck(re))(text2);
    FORMAT_CHECKS.set(re, check);
  }
  return check;
}
var FORMAT_CHECKS = /* @__PURE__ */ new WeakMap();
function formatCheck(re) {
  try {
    const { RE2JS } = import_libraries4.default.re2js();
    const safe = RE2JS.compile(RE2JS.translateRegExp(re.source), re.flags.includes("i") ? RE2JS.CASE_INSENSITIVE : 0);
    return (text2) => safe.matcher(text2).find();
  } catch {
    return (text2) => text2.length > MAX_NATIVE_FORMAT_CHARS || re.test(text2);
  }
}
var safeRegExpEngine = Object.assign((pattern) => safePattern(pattern), { code: "safePattern" });

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
    const key2 = `${this.id(a)}|${this.id(b)}`;
    if (this.assumed.has(key2)) return true;
    this.assumed.add(key2);
    try {
      return this.objects(a, b);
    } finally {
      this.assumed.delete(key2);
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
    for (const schema2 of Object.values(ppA)) if (!this.included(schema2, addB)) return false;
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
    const key2 = isObj(s) ? s : void 0;
    if (!key2) return answer();
    const mark = `${question}:${this.id(key2)}`;
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
    for (const [p, schema2] of Object.entries(s.patternProperties)) {
      try {
        if (safePattern(p).test(name)) parts.push(schema2);
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
    const key2 = keysA.get(r);
    return !!key2 && key2 === keysB.get(r);
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
function link(schema2, root) {
  const own = shapeOf(schema2);
  if (own.refused) return void 0;
  if (own.annotated) return "whole";
  if (!root || typeof root !== "object")
    return own.refs.length ? void 0 : { top: schema2, units: /* @__PURE__ */ new Map(), size: own.size, ownSize: own.size, draft7: own.draft7 };
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
    const key2 = keys.get(ref);
    if (!key2) return void 0;
    if (units.has(key2)) continue;
    const node = refTarget(root, ref);
    const shape = node && typeof node === "object" ? shapeOf(node) : void 0;
    if (shape?.annotated) return "whole";
    units.set(key2, { size: shape?.size ?? 1, copy: () => typeof node === "boolean" ? node : rewrite(node, keyOf) });
    size += shape?.size ?? 1;
    draft7 ||= shape?.draft7 ?? false;
    if (shape) stack.push(...shape.refs);
  }
  return { top: rewrite(schema2, keyOf), units, size, ownSize: own.size, draft7 };
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
        compile: (key2) => (data2) => this.call(made, draft2020, prefix + key2, data2)
      });
      this.ajvs.set(`${draft2020}:${wide}`, ajv);
    }
    return ajv;
  }
  call(ajv, draft2020, id, data2) {
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
    return unit.check(data2);
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
  for (const [key2, unit] of linked.units) if (!units.has(prefix + key2)) units.set(prefix + key2, { size: unit.size, copy: unit.copy });
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
var import_formats2 = __toESM(require_formats(), 1);
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
    for (const [name, format2] of Object.entries(import_formats2.fullFormats)) if (format2 instanceof RegExp) ajv.addFormat(name, safeFormat(format2));
    ajv.addFormat("ulid", safeFormat(ULID));
  }
  return ajv;
}
function eagerly(code) {
  const at3 = code.indexOf("return function validate");
  return at3 < 0 ? code : `${code.slice(0, at3)}return (${code.slice(at3 + "return ".length)})`;
}
function failures(schema2) {
  if (!isObj(schema2) || compileSize(schema2, MAX_PLACED_NODES) > MAX_PLACED_NODES || beyondAjv(schema2) || explodes(schema2)) return void 0;
  const validate = overflowed(() => {
    try {
      return newAjv(isDraft2020(schema2), false).compile(schema2);
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
function isDraft2020(schema2) {
  if (!schema2 || typeof schema2 !== "object") return true;
  const declared = schema2.$schema;
  if (typeof declared === "string") return /2020-12|2019-09/.test(declared);
  return !usesDraft7Forms(schema2);
}
function usesDraft7Forms(schema2) {
  return someNode(schema2, (o) => Array.isArray(o.items) || "additionalItems" in o || "dependencies" in o);
}
function beyondAjv(schema2) {
  return someSchemaNode(schema2, (o) => {
    if (("unevaluatedItems" in o || "unevaluatedProperties" in o) && someNode(o, (n) => "contains" in n || "if" in n || "else" in n || "then" in n))
      return true;
    return resolvedBeyondPointers(o, o === schema2);
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
  compile(schema2) {
    if (schema2 === true || schema2 === false) return { accepts: () => schema2 };
    if (!schema2 || typeof schema2 !== "object") return void 0;
    let v = this.compiled.get(schema2);
    if (!v) this.compiled.set(schema2, v = schema2 === this.root ? this.whole(schema2, MAX_DOCUMENT_NODES, "documents") : this.part(schema2));
    return "accepts" in v ? v : void 0;
  }
  /** Why `compile` made no validator for `schema`. */
  refusal(schema2) {
    const v = schema2 !== null && typeof schema2 === "object" ? this.compiled.get(schema2) : void 0;
    if (v && !("accepts" in v) && v !== AJV_REFUSED) return v;
    let unsafe;
    someNode(schema2, (o) => {
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
  part(schema2) {
    const budget = this.budget;
    if (budget.nodes < MIN_COST) return SPENT;
    const linked = this.formats ? "whole" : link(schema2, this.root);
    if (linked === void 0) return AJV_REFUSED;
    if (linked === "whole") return this.whole(schema2, MAX_COMPILED_NODES, "nodes");
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
  whole(schema2, limit, account) {
    const standalone3 = asDocument(schema2, this.root);
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
function compiledOrNot(ajv, schema2, wide) {
  const collecting = () => wide && overflowed(() => checkOf(wide(), schema2));
  let check;
  if (wide && someNode(schema2, isWide)) check = collecting();
  else
    try {
      check = checkOf(ajv, schema2);
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      check = collecting();
    }
  return check && answering(check);
}
var WIDE_PROPERTIES = 1e3;
var isWide = (o) => isObj(o.properties) && Object.keys(o.properties).length > WIDE_PROPERTIES || // a tuple nests a block per item alike
Array.isArray(o.prefixItems) && o.prefixItems.length > WIDE_PROPERTIES || Array.isArray(o.items) && o.items.length > WIDE_PROPERTIES;
function overflowed(compile2) {
  try {
    return compile2();
  } catch (err) {
    if (err instanceof RangeError) return void 0;
    throw err;
  }
}
function checkOf(ajv, schema2) {
  if (explodes(schema2)) return void 0;
  let validate;
  try {
    validate = ajv.compile(schema2);
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
function cached(key2, build) {
  let v = COMPILED.get(key2);
  if (v === void 0) {
    v = build() ?? null;
    remember(key2, v);
  }
  return v ?? void 0;
}
var COMPILED = /* @__PURE__ */ new Map();
var MAX_REMEMBERED = 2e3;
function remember(key2, v) {
  COMPILED.set(key2, v);
  if (COMPILED.size > MAX_REMEMBERED) COMPILED.delete(COMPILED.keys().next().value);
}
function asDocument(schema2, root) {
  return schema2 === root ? schema2 : { ...reachedDefinitions(schema2, root), ...inContextHeader(root), ...schema2 };
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
function reachedDefinitions(schema2, root) {
  const out = {};
  if (!isObj(root)) return out;
  const seen = /* @__PURE__ */ new WeakSet();
  const placed2 = /* @__PURE__ */ new Set();
  const scaffold = /* @__PURE__ */ new WeakSet();
  const stack = [schema2];
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
function candidates(schema2, root, names = [], strings3 = []) {
  hintNames = names.slice(0, 32);
  hintStrings = strings3.slice(0, 16);
  calls = MAX_CALLS;
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (v) => {
    if (out.length >= MAX_CANDIDATES2 || v === void 0) return;
    const key2 = v !== null && typeof v === "object" ? `#${fingerprint(v).hash}` : JSON.stringify(v);
    if (seen.has(key2)) return;
    seen.add(key2);
    out.push(v);
  };
  for (const v of generate(schema2, root, 0)) add(v);
  for (const v of GENERIC) add(v);
  return out;
}
var PER_NODE = 48;
var PER_INNER_NODE = 8;
function generate(schema2, root, depth, refs = 0) {
  const want = depth === 0 ? PER_NODE : PER_INNER_NODE;
  return generateAll(schema2, root, depth, refs, want).slice(0, want);
}
var MAX_CALLS = 1500;
var calls = 0;
var MAX_PROPS = 40;
var MAX_COPIED_KEYS = 5e4;
function generateAll(schema2, root, depth, refs, want) {
  if (depth > MAX_DEPTH2 || refs > 8 || --calls < 0) return [];
  if (schema2 === false) return [];
  if (schema2 === true || acceptsAll(schema2)) return depth === 0 ? GENERIC : [null, "x", 1, {}];
  if (!isObj(schema2)) return [];
  const s = schema2;
  if (typeof s.$ref === "string") {
    const target = resolve2(s.$ref, root);
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
      const schema2 = props[name] ?? patternSchema(s, name) ?? s.additionalProperties ?? true;
      list = generate(schema2, root, depth + 1);
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
  const varied2 = [...required.filter((r) => r in props), ...Object.keys(props).filter((p) => hinted.has(p) && !isRequired.has(p))];
  for (const p of Object.keys(props)) if (varied2.length < MAX_PROPS && !varied2.includes(p)) varied2.push(p);
  for (const name of varied2.slice(0, MAX_PROPS)) {
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
    for (const [p, schema2] of Object.entries(s.patternProperties)) {
      for (const name of patternSamples(p, 2))
        for (const v of generate(schema2, root, depth + 1).slice(0, 3)) add(() => ({ ...base, [name]: v }));
    }
  }
  if (isObj(s.dependentRequired)) for (const k of Object.keys(s.dependentRequired)) add(() => ({ ...base, [k]: valuesOf(k)[0] }));
  add(() => {
    const all = { ...base };
    for (const name of varied2.slice(0, MAX_PROPS)) putOwn(all, name, valuesOf(name)[0]);
    return all;
  });
  return out;
}
function propertyNames(schema2, root) {
  const out = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new WeakSet();
  const pending = [schema2];
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
  for (const [p, schema2] of Object.entries(s.patternProperties)) {
    try {
      if (safePattern(p).test(name)) return schema2;
    } catch {
    }
  }
  return void 0;
}
function mergeShallow(s, key2, branch) {
  if (!isObj(branch)) return branch;
  const rest = Object.fromEntries(Object.entries(s).filter(([k]) => k !== key2 && k !== "anyOf" && k !== "oneOf" && k !== "allOf"));
  return { ...rest, ...branch };
}
function resolve2(ref, root) {
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
  const at3 = (loc) => (file2, pointer) => {
    if (file2 !== older.file && file2 !== newer.file) return void 0;
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
  for (const schema2 of schemas.slice(0, MAX_JUDGED)) {
    if (sameValue(schema2.older, schema2.newer) && schema2.rootA === void 0) continue;
    const sides2 = sidesOf(schema2.role);
    const verdicts = sides2.map((side) => ({ side, verdict: verdictOf(schema2, side, budget) }));
    const b = verdicts.find((v) => v.verdict.kind === "broken");
    const open = verdicts.map((v) => v.verdict).find((v) => v.kind === "unproven");
    judgements.push({
      schema: schema2,
      sides: sides2,
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
function diffAsyncApi(d, baseFile, file2) {
  const a = readAsyncApi(d.baseDocs, baseFile, d.errors);
  const b = readAsyncApi(d.headDocs, file2, d.errors);
  const emit = (rule2, at3, params, lineAt) => d.sink.emit({
    rule: rule2,
    loc: typeof at3 === "string" ? { file: file2, pointer: at3 } : at3,
    params,
    ...lineAt !== void 0 ? { lineAt: { file: file2, pointer: lineAt } } : {}
  });
  let bundles;
  const judge = (older, newer, { context, role, label }, found) => {
    if (!found.size) return;
    bundles ??= [judgedDocument(d.baseDocs, baseFile), judgedDocument(d.headDocs, file2)];
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
  for (const [key2, c] of a.channels) if (toB(key2) === void 0) emit("channel-removed", c.loc.pointer, { channel: key2 }, "/channels");
  for (const [key2, c] of b.channels) if (toA(key2) === void 0) emit("channel-added", c.loc, { channel: key2 });
  for (const [key2, c] of b.channels) {
    const old = a.channels.get(toA(key2) ?? "");
    if (!old) continue;
    if (old.address !== null && c.address !== null && old.address !== c.address)
      emit("channel-address-changed", c.addressLoc, { channel: key2, old: old.address, new: c.address });
    const [context, role] = ["event", "event"];
    for (const [name, p] of c.parameters) {
      const q = old.parameters.get(name);
      if (!q) continue;
      const schemaOf = (s, major) => {
        const n = obj(s.node);
        if (n.schema !== void 0) return { loc: { ...s.loc, pointer: pointerJoin(s.loc.pointer, "schema") }, node: n.schema };
        return major < 3 ? s : { loc: s.loc, node: { type: "string", ...n } };
      };
      d.schemas.compare([schemaOf(q, a.major)], [schemaOf(p, b.major)], { context, role, label: `channel ${key2} parameter ${name}` });
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
  for (const [key2, m] of a.messages)
    if (!kept.has(key2) && parentIn(b, key2, a)) emit("message-removed", m.loc.pointer, { message: m.name }, key2.replace(/\/[^/]+$/, ""));
  for (const [key2, m] of b.messages) if (!paired.has(key2) && parentIn(a, key2, b)) emit("message-added", m.loc, { message: m.name });
  for (const [key2, m] of b.messages) {
    const old = paired.get(key2);
    if (old) compareMessage(d, a, b, old, m, judge);
  }
  if (across) {
    const version2 = (m, f) => String(obj(m.get(f).data).asyncapi);
    emit("async-info-changed", "/asyncapi", { field: `asyncapi (${version2(d.baseDocs, baseFile)} \u2192 ${version2(d.headDocs, file2)})` });
    const info = (m, f) => ({ info: obj(m.get(f).data).info });
    const seen2 = /* @__PURE__ */ new Set();
    for (const c of diffData(file2, info(d.baseDocs, baseFile), info(d.headDocs, file2))) {
      const field = pointerTokens(c.loc.pointer).slice(0, 2).join(".");
      if (!seen2.has(field)) emit("async-info-changed", c.loc.pointer, { field });
      seen2.add(field);
    }
    return;
  }
  const read = [...a.read, ...b.read];
  const definitions2 = /* @__PURE__ */ new Set([...a.messages.keys(), ...b.messages.keys()]);
  const judged2 = (p) => /^\/(channels|operations)\/[^/]+$/.test(p) || definitions2.has(p) || read.some((r) => p === r || p.startsWith(r + "/")) || p === "/asyncapi";
  const covered = d.sink.pointersFor(file2);
  const seen = /* @__PURE__ */ new Set();
  const gone = [...read, "/components/schemas", "/components/messageTraits"];
  for (const c of diffData(file2, without2(d.baseDocs.get(baseFile).data, gone), without2(d.headDocs.get(file2).data, gone))) {
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
  if (!across) return (key2) => to.channels.has(key2) ? key2 : void 0;
  const byAddress = /* @__PURE__ */ new Map();
  for (const [k, c] of to.channels) if (c.address !== null && !byAddress.has(c.address)) byAddress.set(c.address, k);
  return (key2) => {
    const address = from.channels.get(key2)?.address;
    return address === null || address === void 0 ? void 0 : byAddress.get(address);
  };
}
function pairMessages(a, b) {
  const named = (m) => typeof m.fields.get("name")?.node === "string" || typeof m.fields.get("messageId")?.node === "string";
  const out = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Set();
  for (const [key2, m] of b.messages) {
    const old = a.messages.get(key2);
    if (old && (!named(old) || !named(m) || old.name === m.name)) {
      out.set(key2, old);
      used.add(old.key);
    }
  }
  for (const [key2, m] of b.messages) {
    if (out.has(key2) || !named(m)) continue;
    const same = [...a.messages.values()].filter((x) => !used.has(x.key) && named(x) && x.name === m.name);
    if (same.length !== 1) continue;
    out.set(key2, same[0]);
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
  const emit = (rule2, loc, params) => d.sink.emit({ rule: rule2, loc, params });
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
import { posix as posix2 } from "node:path";
import { createHash as createHash3 } from "node:crypto";
var segments = (path) => path.split("/");
var { basename } = posix2;
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
  const pairUnique = (key2) => {
    const group = (paths, side) => {
      const out = /* @__PURE__ */ new Map();
      for (const p of paths) {
        const k = key2(p, side);
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
    return bytes && createHash3("sha256").update(isBinary(bytes) ? bytes : toLf(bytes)).digest("hex");
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

// src/core/version-path.ts
var WHOLE = /^(v?)(\d{1,3})(?:([.\-_])(\d{1,4})(?:\3(\d{1,4}))?)?$/i;
var SUFFIX = /^(.+?)([._-])(v?)(\d{1,3})(?:\.(\d{1,4})(?:\.(\d{1,4}))?)?$/i;
var EXTENSION = /(\.schema)?\.(json|ya?ml|avsc|avpr|avdl)$/i;
function pathVersion(path) {
  const parts = path.split("/");
  const own = nameVersion(parts);
  if (own?.kind !== "line") return own ?? folderVersion(parts);
  const folder = folderVersion(parts);
  return folder?.kind === "release" ? folder : own;
}
function nameVersion(parts) {
  const name = parts[parts.length - 1];
  const ext = EXTENSION.exec(name)?.[0] ?? "";
  const stem = name.slice(0, name.length - ext.length);
  const dir = parts.slice(0, -1).join("/");
  const whole = WHOLE.exec(stem);
  if (whole && (whole[1] || whole[4] !== void 0 || inVersions(parts, parts.length - 1))) {
    const at3 = dir ? `${dir}/{version}${ext}` : `{version}${ext}`;
    return version(whole[0], whole[1], whole[2], whole[4], whole[5], at3, at3);
  }
  const suffix = SUFFIX.exec(stem);
  if (suffix && (suffix[3] || suffix[6] !== void 0)) {
    const at3 = `${dir ? dir + "/" : ""}${suffix[1]}${suffix[2]}{version}${ext}`;
    return version(stem.slice(suffix[1].length + 1), suffix[3], suffix[4], suffix[5], suffix[6], at3, at3);
  }
  return void 0;
}
function folderVersion(parts) {
  for (let i = parts.length - 2; i >= 0; i--) {
    const m = WHOLE.exec(parts[i]);
    if (!m || !m[1] && m[4] === void 0 && !inVersions(parts, i)) continue;
    const series = [...parts.slice(0, i), "{version}", ...parts.slice(i + 1)].join("/");
    const unit = [...parts.slice(0, i), "{version}"].join("/");
    return version(m[0], m[1], m[2], m[4], m[5], series, unit);
  }
  return void 0;
}
function inVersions(parts, i) {
  return i > 0 && parts[i - 1] === "versions" && /^\d{1,4}(\.[a-z]+)*$/i.test(parts[i].replace(EXTENSION, ""));
}
function version(written, v, major, minor, patch, series, unit) {
  const n = (s) => String(Number(s ?? 0));
  return {
    series,
    unit,
    version: `${n(major)}.${n(minor)}.${n(patch)}`,
    written,
    kind: v && minor === void 0 ? "line" : "release"
  };
}
function compareVersions(a, b) {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}
function otherVersion(a, b) {
  const [x, y] = [pathVersion(a), pathVersion(b)];
  return !!x && !!y && x.version !== y.version;
}
function predecessors(basePaths, headPaths) {
  const before = new Set(basePaths);
  const bySeries = /* @__PURE__ */ new Map();
  for (const p of basePaths) {
    const pv = pathVersion(p);
    if (pv) pushTo(bySeries, pv.series, { path: p, version: pv.version });
  }
  const out = [];
  for (const p of headPaths) {
    const pv = pathVersion(p);
    if (!pv || before.has(p) || !(EXTENSION.test(p) || isIgluSchema(p))) continue;
    let best;
    for (const o of bySeries.get(pv.series) ?? [])
      if (compareVersions(o.version, pv.version) < 0 && (!best || compareVersions(o.version, best.version) > 0)) best = o;
    if (best) out.push({ base: best.path, head: p });
  }
  return out;
}
function leftOut(basePaths, headPaths) {
  const inFolder = (p) => {
    const pv = pathVersion(p);
    return pv && pv.unit !== pv.series && EXTENSION.test(p) ? pv : void 0;
  };
  const released = /* @__PURE__ */ new Map();
  for (const p of basePaths) {
    const pv = inFolder(p);
    if (!pv) continue;
    const versions = released.get(pv.unit) ?? released.set(pv.unit, /* @__PURE__ */ new Map()).get(pv.unit);
    const at3 = versions.get(pv.version) ?? versions.set(pv.version, { written: pv.written, paths: [] }).get(pv.version);
    at3.paths.push(p);
  }
  const fresh = /* @__PURE__ */ new Map();
  for (const p of headPaths) {
    const pv = inFolder(p);
    if (!pv || released.get(pv.unit)?.has(pv.version)) continue;
    const key2 = `${pv.unit}@${pv.version}`;
    const at3 = fresh.get(key2) ?? fresh.set(key2, { unit: pv.unit, version: pv.version, written: pv.written, series: /* @__PURE__ */ new Set() }).get(key2);
    at3.series.add(pv.series);
  }
  const out = [];
  for (const v of fresh.values()) {
    const older = [...released.get(v.unit) ?? []].filter(([version2]) => compareVersions(version2, v.version) < 0);
    const previous = older.sort(([a], [b]) => compareVersions(b, a))[0]?.[1];
    for (const p of previous?.paths ?? []) {
      const series = pathVersion(p).series;
      if (!v.series.has(series))
        out.push({ base: p, head: series.replace("{version}", v.written), version: v.written, previous: previous.written });
    }
  }
  return out.sort((x, y) => x.head < y.head ? -1 : x.head > y.head ? 1 : 0);
}
function relocator(from, to) {
  const [a, b] = [pathVersion(from), pathVersion(to)];
  if (!a || !b) return () => void 0;
  return (file2) => {
    const pv = pathVersion(file2);
    if (pv?.unit !== a.unit || pv.written !== a.written) return void 0;
    const at3 = pv.series.indexOf("{version}");
    return file2.slice(0, at3) + b.written + file2.slice(at3 + a.written.length);
  };
}

// src/core/source/operations.ts
var METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
var isObj4 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function reachedSchemas(doc, file2 = "", resolve4) {
  const reached = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new WeakSet();
  const stack = [
    [doc.paths, file2],
    [doc.webhooks, file2]
  ];
  while (stack.length) {
    const [n, at3] = stack.pop();
    if (!n || typeof n !== "object" || seen.has(n)) continue;
    seen.add(n);
    const ref = n.$ref;
    const tokens = typeof ref === "string" ? localRefTokens(ref) : void 0;
    if (tokens && at3 === file2) {
      if (tokens[0] === "components" && tokens[1] === "schemas" && tokens[2] !== void 0) reached.add(tokens[2]);
      else if (tokens[0] === "definitions" && tokens[1] !== void 0 && doc.swagger) reached.add(tokens[1]);
      stack.push([refTarget(doc, ref), at3]);
    } else if (typeof ref === "string" && resolve4) {
      const target = followed(resolve4, at3, ref);
      if (target) stack.push([target.node, target.file]);
    }
    for (const v of Array.isArray(n) ? n : Object.values(n)) if (v && typeof v === "object") stack.push([v, at3]);
  }
  if (resolve4) {
    const components = doc.swagger ? doc.definitions : isObj4(doc.components) ? doc.components.schemas : void 0;
    for (const [name, node] of Object.entries(isObj4(components) ? components : {})) {
      if (isObj4(node) && seen.has(node)) reached.add(name);
      const ref = isObj4(node) ? node.$ref : void 0;
      if (typeof ref !== "string" || localRefTokens(ref)) continue;
      const target = followed(resolve4, file2, ref);
      if (target && typeof target.node === "object" && target.node !== null && seen.has(target.node)) reached.add(name);
    }
  }
  return reached;
}
function followed(resolve4, file2, ref) {
  try {
    return resolve4(file2, ref);
  } catch {
    return void 0;
  }
}
function operations(doc, file2, sections = ["paths"], deref = (item) => item, base = "") {
  const out = [];
  for (const section of sections) {
    const items = doc[section];
    if (!isObj4(items)) continue;
    for (const [path, raw] of Object.entries(items)) {
      const item = deref({ loc: { file: file2, pointer: pointerJoin(base, section, path) }, node: raw });
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
    const file2 = headFile ?? baseFile;
    const root = { file: file2, pointer: "" };
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
    for (const [key2, op] of opsA) {
      const parent = { file: file2, pointer: op.kind === "webhook" ? "/webhooks" : "/paths" };
      if (!opsB.has(key2)) this.emit(REMOVED[op.kind], op.loc, { op: op.label }, headFile ? parent : void 0);
    }
    for (const [key2, op] of opsB) {
      const old = opsA.get(key2);
      if (!old) this.emit(ADDED[op.kind], op.loc, { op: op.label });
      else this.operation(old, op);
    }
    if (baseFile && headFile) this.orphans(a, b, baseFile, headFile);
  }
  /** Component schemas nothing reaches (a shared library, a document that is only components): compared by their role. */
  orphans(a, b, baseFile, headFile) {
    const follow = (docs) => (file3, ref) => {
      const r = docs.resolveRef({ file: file3, pointer: "" }, ref);
      return { file: r.loc.file, node: r.node };
    };
    const reached = /* @__PURE__ */ new Set([...reachedSchemas(a, baseFile, follow(this.baseDocs)), ...reachedSchemas(b, headFile, follow(this.headDocs))]);
    const holder = (d) => d.swagger ? "/definitions" : "/components/schemas";
    const schemas = (d) => d.swagger ? isObj6(d.definitions) ? d.definitions : {} : isObj6(d.components) && isObj6(d.components.schemas) ? d.components.schemas : {};
    const [sa, sb] = [schemas(a), schemas(b)];
    const file2 = headFile;
    const role = this.roleOf(file2) ?? "event";
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
        lineAt: { file: file2, pointer: "" },
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
  emit(rule2, loc, params, lineAt, via) {
    this.sink.emit({ rule: rule2, loc, lineAt, params, via });
  }
  documentLevel(a, b, root) {
    const version2 = (d) => d.openapi ? String(d.openapi) : d.swagger ? `Swagger ${String(d.swagger)}` : void 0;
    if (version2(a) !== version2(b) && version2(a) && version2(b)) {
      this.emit("openapi-version-changed", at2(root, b.openapi ? "openapi" : "swagger"), { old: version2(a), new: version2(b) });
    }
    const infoA = isObj6(a.info) ? a.info : {};
    const infoB = isObj6(b.info) ? b.info : {};
    for (const key2 of /* @__PURE__ */ new Set([...Object.keys(infoA), ...Object.keys(infoB)])) {
      if (!sameValue(infoA[key2], infoB[key2]))
        this.emit("api-info-changed", at2(root, "info", key2), { field: `info.${key2}`, old: infoA[key2], new: infoB[key2] }, at2(root, "info"));
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
    for (const [key2, value] of Object.entries(b)) {
      if (key2.startsWith("x-") && !sameValue(a[key2], value))
        this.emit("api-info-changed", at2(root, key2), { field: key2, old: a[key2], new: value });
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
  operations(docs, doc, file2, basePath, bare = false) {
    const out = /* @__PURE__ */ new Map();
    if (!file2) return out;
    const deref = (item) => this.deref(docs, item.loc, item.node);
    const route = (path) => path.replace(/\{[^}]*\}/g, "{}");
    const add = (op) => out.set(op.key, { ...op, pathItem: op.item, doc, docFile: file2 });
    for (const { section, path, method, node, item } of operations(doc, file2, ["paths", "webhooks"], deref)) {
      const M = method.toUpperCase();
      const webhook = section === "webhooks";
      const key2 = webhook ? `${M} webhook ${route(path)}` : `${M} ${bare ? "" : basePath}${route(path)}`;
      const label = webhook ? `webhook ${path}${method === "post" ? "" : ` (${M})`}` : `${M} ${basePath}${path}`;
      const loc = at2(item.loc, method);
      add({ kind: webhook ? "webhook" : "operation", key: key2, path, label, method, loc, node, item });
      if (!isObj6(node.callbacks)) continue;
      const callbacks = node.callbacks;
      for (const cb of operations(callbacks, file2, Object.keys(callbacks), deref, at2(loc, "callbacks").pointer)) {
        const CM = cb.method.toUpperCase();
        add({
          kind: "callback",
          key: `${key2} callback ${cb.section} ${CM} ${cb.path}`,
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
    for (const [key2, side] of pa) {
      const p = side.node;
      if (p.in === "body" || p.in === "formData" && this.upgraded) continue;
      if (!pb.has(key2)) this.emit("request-parameter-removed", side.loc, { op, in: p.in, name: p.name }, b.loc);
    }
    for (const [key2, side] of pb) {
      const p = side.node;
      if (p.in === "body" || p.in === "formData" && this.upgraded) continue;
      const old = pa.get(key2);
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
    const key2 = `${hidden}|${identity(x)}|${identity(y)}`;
    const known = r.seen.get(key2);
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
    r.seen.set(key2, judged2);
    this.judged.push(judged2);
  }
  /** The schema and what it reaches, read as JSON Schema 2020-12 (OpenAPI 3.0's dialect rewritten) in its direction. */
  readable(root, node, file2, docs, hidden) {
    let part = { root: subdocument(root, node), node };
    const version2 = docs.get(file2).data.openapi;
    const through = (rewrite2) => {
      const convert = rewrite2(part.root);
      part = { root: convert(part.root), node: convert(part.node) };
    };
    if (typeof version2 === "string" && version2.startsWith("3.0.")) through(fromOpenApi30);
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
    for (const [key2, [name]] of la)
      if (!lb.has(key2)) this.emit("response-header-removed", at2(a.loc, "headers", name), { op, status, name }, b.loc);
    for (const [key2, [name, raw]] of lb) {
      const loc = at2(b.loc, "headers", name);
      const old = la.get(key2);
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
    for (const [key2, ra] of ma) {
      if (mb.has(key2) || [...mb.values()].some((rb) => covers(rb, ra))) continue;
      this.emit("security-alternative-removed", at2(loc, key2), { op, schemes: key2 }, loc, op);
    }
    for (const [key2, rb] of mb) {
      const ra = ma.get(key2);
      if (!ra) {
        this.emit("security-alternative-added", at2(loc, key2), { op, schemes: key2 }, loc, op);
        continue;
      }
      for (const [scheme, scopes] of rb) {
        const old = ra.get(scheme) ?? /* @__PURE__ */ new Set();
        for (const scope of scopes)
          if (!old.has(scope)) this.emit("security-scope-added", at2(loc, key2, scope), { op, scheme, scope }, loc, op);
        for (const scope of old)
          if (!scopes.has(scope)) this.emit("security-scope-removed", at2(loc, key2, scope), { op, scheme, scope }, loc, op);
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
    const { name: _n, in: _i, required: _r, description: _d, collectionFormat: _c, allowEmptyValue: _a, ...schema2 } = p;
    return { loc: side.loc, node: schema2 };
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
    const schema3 = parameterSchema({ loc: op.loc, node: p })?.node;
    properties[String(p.name)] = isObj6(schema3) && schema3.type === "file" ? { ...schema3, type: "string", format: "binary" } : schema3 ?? {};
    if (p.required === true) required.push(String(p.name));
  }
  const consumes = (Array.isArray(op.node.consumes) ? op.node.consumes : op.doc.consumes)?.map(String) ?? [];
  const forms = consumes.filter((m) => m === "multipart/form-data" || m === "application/x-www-form-urlencoded");
  const media = forms.length ? forms : [
    Object.values(properties).some((s) => isObj6(s) && s.format === "binary") ? "multipart/form-data" : "application/x-www-form-urlencoded"
  ];
  const loc = at2(op.loc, "parameters");
  const schema2 = { type: "object", properties, ...required.length ? { required } : {} };
  return { loc, required: required.length > 0, content: new Map(media.map((m) => [m, { loc, node: schema2 }])) };
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
  const format2 = typeof p.collectionFormat === "string" ? p.collectionFormat : "csv";
  if (format2 === "multi") return { style: "form", explode: true };
  const style = { ssv: "spaceDelimited", pipes: "pipeDelimited", tsv: "tabDelimited" }[format2] ?? (simple ? "simple" : "form");
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
  parts(sides2) {
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    const visit2 = (side, depth = 0) => {
      const key2 = `${side.loc.file}#${side.loc.pointer}`;
      const node = side.node;
      if (seen.has(key2)) {
        if (isPureRef(node) && !side.orNull)
          this.report(new InputError(`cyclic $ref ${node.$ref}`, side.loc.file, this.docs.lineOf(side.loc)));
        return;
      }
      seen.add(key2);
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
      let unresolved2 = false;
      const rest = voids ? refContainers(obj2) : { ...obj2 };
      const at3 = (...tokens) => ({ file: side.loc.file, pointer: pointerJoin(side.loc.pointer, ...tokens) });
      if (ref) {
        delete rest.$ref;
        try {
          visit2(this.docs.resolveRef(side.loc, ref), depth + 1);
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          this.report(err);
          rest.$ref = ref;
          unresolved2 = true;
        }
      }
      if (allOf) {
        delete rest.allOf;
        allOf.forEach((member2, i) => visit2({ loc: at3("allOf", i), node: member2 }, depth + 1));
      }
      if (single) {
        delete rest[single];
        visit2({ loc: at3(single, 0), node: obj2[single][0] }, depth + 1);
      }
      if (wrap) {
        delete rest[wrap.keyword];
        const before = out.length;
        visit2({ loc: at3(wrap.keyword, wrap.index), node: obj2[wrap.keyword][wrap.index] }, depth + 1);
        for (let i = before; i < out.length; i++) out[i] = { ...out[i], orNull: true };
      }
      if (Object.keys(rest).length) out.push({ loc: side.loc, node: rest, ...unresolved2 ? { unresolved: unresolved2 } : {} });
    };
    for (const side of sides2) visit2(side);
    if (!out.length && sides2[0]) out.push({ loc: sides2[0].loc, node: {} });
    return out;
  }
  view(sides2) {
    const parts = this.parts(sides2);
    const view = {
      loc: parts[0]?.loc ?? sides2[0].loc,
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
  voidsRefSiblings(file2) {
    let known = this.voiding.get(file2);
    if (known === void 0) this.voiding.set(file2, known = this.readsRefSiblingsVoid(file2));
    return known;
  }
  voiding = /* @__PURE__ */ new Map();
  readsRefSiblingsVoid(file2) {
    return refSiblingsVoided(this.rootOf({ file: file2, pointer: "" }));
  }
  isSwagger(file2) {
    const data2 = this.rootOf({ file: file2, pointer: "" });
    return !!data2 && typeof data2 === "object" && "swagger" in data2;
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
  bound(view, s, kw, loc, pick2) {
    const value = s[kw];
    if (typeof value !== "number") return;
    const old = view.bounds.get(kw);
    view.bounds.set(kw, old && typeof old.value === "number" ? { value: pick2(old.value, value), loc } : { value, loc });
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
  const schema2 = (x, y, depth) => {
    if (--steps < 0 || depth > 200) return false;
    const [p, q] = [x.node, y.node];
    if (p === null || q === null || typeof p !== "object" || typeof q !== "object") return p === q;
    if (Array.isArray(p) || Array.isArray(q)) {
      return Array.isArray(p) && Array.isArray(q) && p.length === q.length && p.every((_, i) => schema2(at3(x, i), at3(y, i), depth + 1));
    }
    const [o, r] = [p, q];
    const [refA, refB] = [o.$ref, r.$ref];
    if (typeof refA === "string" || typeof refB === "string") {
      if (typeof refA !== "string" || typeof refB !== "string") return false;
      const key2 = `${x.loc.file}#${x.loc.pointer}\0${y.loc.file}#${y.loc.pointer}`;
      if (!open.has(key2)) {
        open.add(key2);
        const [ta, tb] = [followA(x.loc, refA), followB(y.loc, refB)];
        if (!ta || !tb ? refA !== refB : !schema2(ta, tb, depth + 1)) return false;
      }
    }
    const told = (s) => Object.keys(s).filter((k) => ANNOTATION.has(k) || k.startsWith("x-"));
    if (!annotated) annotated = [.../* @__PURE__ */ new Set([...told(o), ...told(r)])].some((k) => !sameValue(o[k], r[k]));
    const keys = (s) => Object.keys(s).filter((k) => k !== "$ref" && !IDENTITY.has(k) && !ANNOTATION.has(k) && !k.startsWith("x-"));
    const [ka, kb] = [keys(o), keys(r)];
    if (ka.length !== kb.length || ka.some((k) => !(k in r))) return false;
    return ka.every((k) => {
      if (holdsData(k)) return sameValue(o[k], r[k]);
      if (!namesValues(k, o[k]) || !namesValues(k, r[k])) return schema2(at3(x, k), at3(y, k), depth + 1);
      const [ma, mb] = [at3(x, k), at3(y, k)];
      const names = Object.keys(o[k]);
      return names.length === Object.keys(r[k]).length && names.every((n) => Object.hasOwn(r[k], n) && schema2(at3(ma, n), at3(mb, n), depth + 1));
    });
  };
  return !schema2(a, b, 0) ? "different" : annotated ? "annotations" : "same";
}
function namesValues(key2, value) {
  return namesSchemas(key2, value) || (key2 === "dependencies" || key2 === "dependentRequired") && isObj(value);
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
    const key2 = `${scope.context}|${partsA.map(locKey).join("+")}|${partsB.map(locKey).join("+")}`;
    if (this.done.has(key2)) {
      for (const c of this.found.get(key2) ?? []) {
        addVia(c, scope.via);
        for (const set of this.open) set.add(c);
      }
      return this.found.get(key2) ?? /* @__PURE__ */ new Set();
    }
    this.done.add(key2);
    if (this.open.length >= MAX_SCHEMA_DEPTH) {
      const [builder, side] = b[0] ? [this.head, b[0]] : [this.base, a[0]];
      builder.tooDeep(side.loc, `schemas nested more than ${MAX_SCHEMA_DEPTH} levels deep`);
      return /* @__PURE__ */ new Set();
    }
    const mine = /* @__PURE__ */ new Set();
    this.found.set(key2, mine);
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
    const emit = (rule2, loc, params = {}, lineAt) => {
      const stored = this.sink.emit({
        rule: rule2,
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
    const kept = rewritten2.size ? (rule2, loc, params, lineAt) => !rewritten2.has(String(params?.keyword)) && emit(rule2, loc, params, lineAt) : emit;
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
    for (const [name, sides2] of view.properties) {
      if (!builder.parts(sides2).some((p) => p.node?.[hidden] === true)) props.set(name, sides2);
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
    for (const [name, sides2] of pa) {
      if (pb.has(name)) continue;
      if (b.properties.has(name)) {
        emit("property-hidden", b.properties.get(name)[0].loc, { name, keyword: scope.role === "request" ? "readOnly" : "writeOnly" });
        continue;
      }
      const rule2 = bClosed ? "property-removed-from-closed-schema" : ra.has(name) ? "required-property-removed" : "property-removed";
      emit(rule2, sides2[0].loc, { name }, pointerAt(b.loc, "properties"));
    }
    for (const [name, sides2] of pb) {
      if (pa.has(name)) {
        this.compare(pa.get(name), sides2, scope, `${path}${member(name)}`);
        continue;
      }
      const loc = sides2[0].loc;
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
  groupOnOneSide(alternatives, otherParts, rule2, keyword, emit, whole, lineAt) {
    const otherIds = new Set(otherParts.flatMap(altIds));
    const kept = alternatives.filter((s) => altIds(s).some((id) => otherIds.has(id)));
    if (!kept.length) return whole();
    for (const s of alternatives) if (!kept.includes(s)) emit(rule2, s.loc, { keyword }, lineAt);
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
    for (const [map, rule2] of [
      [a.docs, "schema-docs-changed"],
      [a.rest, "keyword-changed"]
    ]) {
      const other = map === a.docs ? b.docs : b.rest;
      for (const kw of /* @__PURE__ */ new Set([...map.keys(), ...other.keys()])) {
        const ka = map.get(kw);
        const kb = other.get(kw);
        if (ka && kb && sameValue(ka.value, kb.value)) continue;
        emit(rule2, kb?.loc ?? ka.loc, { keyword: kw, old: ka?.value, new: kb?.value }, kb ? void 0 : b.loc);
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
  const format2 = (v) => v.bounds.get("format")?.value;
  const encoding = (v) => v.constraints.get("contentEncoding")?.value;
  for (const [x, y] of [
    [a, b],
    [b, a]
  ]) {
    if (format2(y) !== void 0) continue;
    if (format2(x) === "binary" && !x.constraints.has("contentMediaType") && y.constraints.has("contentMediaType"))
      out.add("format").add("contentMediaType");
    if (format2(x) === "byte" && encoding(x) === void 0 && encoding(y) === "base64") out.add("format").add("contentEncoding");
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
    const [docs, file2] = added ? [headDocs, pair.head] : [baseDocs, pair.base];
    const parts = added ? components : baseParts();
    const part = parts.get(file2);
    if (!part || options.isContract?.(file2) || isTopicCatalog(file2)) return void 0;
    if (kind === "jsonschema" && standalone2(docs, file2, part.kinds, options.roleOf)) return void 0;
    return {
      rule: "document-part-changed",
      loc: { file: pair.head, pointer: "" },
      params: { file: pair.head, action: added ? "added" : "removed", document: part.by }
    };
  };
  const addedOrRemoved = (pair, kind, added) => partAddedOrRemoved(pair, kind, added) ?? fileChange(added ? "contract-added" : "contract-removed", pair.head, kind);
  let referenced;
  const isData = (file2, from) => {
    if (options.data !== "referenced" || isTopicCatalog(file2) || options.isContract?.(file2)) return true;
    referenced ??= [reachedFrom(baseDocs, base.paths()), reachedFrom(headDocs, head.paths())];
    return referenced[0].has(from) || referenced[1].has(file2);
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
    const file2 = pair.head;
    const a = base.read(pair.base);
    const b = head.read(pair.head);
    if (movedFrom.has(file2)) sink.emit(moved(file2, pair.base, b));
    const previous = published.get(file2);
    sink.relocate = previous ? relocator(previous, file2) : void 0;
    if (previous) sink.emit(versionAdded(file2, previous));
    const unchanged = a && b && sameContent(a, b);
    const reachesOut = unchanged && hasExternalRef(Buffer.from(b).toString("utf8")) && !reachesTheSame(pair);
    if (unchanged && !reachesOut) continue;
    const kindA = a && kindOrError(baseDocs, pair.base, a, options.looseSchemas);
    const readB = b && kindOrError(headDocs, file2, b, options.looseSchemas);
    const kindB = readB === "data" && kindA === "jsonschema" ? kindA : readB;
    const broken = [kindA, kindB].find((k) => k instanceof InputError);
    if (broken) {
      if (unchanged) continue;
      if (/\.avdl$/i.test(file2) && !(kindA === "avro" && kindB instanceof InputError)) {
        sink.emit(plainChange(file2, "document", !a ? "added" : !b ? "removed" : "changed"));
        continue;
      }
      const contract = options.looseSchemas || isContractName(file2) || isContractName(pair.base) || options.isContract?.(file2) || [kindA, kindB].some((k) => typeof k === "string" && isContractKind(k));
      if (contract) {
        errors.push({ file: broken.file ?? file2, line: broken.line, message: broken.message });
        if (kindA instanceof InputError && kindB instanceof InputError)
          sink.emit({ rule: "unreadable-contract-changed", loc: { file: file2, pointer: "" }, params: { file: file2, problem: kindB.message } });
        continue;
      }
      warnings.push(
        `${broken.file ?? file2}${broken.line ? `:${broken.line}` : ""}: not a contract and not readable as data (${broken.message}); compared as text`
      );
      sink.emit({
        rule: "document-changed",
        loc: { file: file2, pointer: "" },
        params: { file: file2, action: !a ? "added" : !b ? "removed" : "changed" }
      });
      continue;
    }
    const kind = kindB ?? kindA;
    const used = a && b ? usedAlready(pair) : void 0;
    if (unchanged && !(isRoot(kind) && reachesOut)) continue;
    if (a && b && replacedBy(kindA, kindB)) {
      sink.emit(fileChange("contract-removed", file2, kindA));
      sink.emit(fileChange("contract-added", file2, kindB));
      continue;
    }
    try {
      if (kind === "openapi" || kind === "swagger") {
        if (!a || !b) sink.emit(fileChange(a ? "contract-removed" : "contract-added", file2, kind));
        const api2 = (k) => k === "openapi" || k === "swagger";
        openapi.diff({ baseFile: api2(kindA) ? pair.base : void 0, headFile: api2(kindB) ? file2 : void 0 });
      } else if (kind === "asyncapi") {
        if (!a || !b || kindA !== kindB) sink.emit(fileChange(a ? "contract-removed" : "contract-added", file2, kind));
        else diffAsyncApi({ baseDocs, headDocs, sink, schemas, errors, judged: judged2, roleOf: options.roleOf }, pair.base, file2);
      } else if (kind === "avro") {
        if (!a || !b || kindA !== kindB) sink.emit(fileChange(a ? "contract-removed" : "contract-added", file2, kind));
        else if (used && !roleOfItsOwn(file2, used.kinds, options.roleOf)) {
        } else {
          const users = options.forceRole ? [] : [...avroUsersOf(baseDocs, pair.base)];
          const role = strictest([roleOfPair(pair), ...users.map((u) => roleOfPair({ base: u, head: u }))]);
          const root = (docs, f) => ({ loc: { file: f, pointer: "" }, node: docs.get(f).data });
          const names = [avroNamesOf(baseDocs), avroNamesOf(headDocs)];
          const [older, newer] = [root(baseDocs, pair.base), root(headDocs, file2)];
          if (isAvroProtocol(older.node) && isAvroProtocol(newer.node))
            diffAvroProtocols(
              sink,
              { file: pair.base, node: older.node, names: names[0] },
              { file: file2, node: newer.node, names: names[1] },
              role
            );
          else if (isAvroProtocol(older.node) !== isAvroProtocol(newer.node)) {
            sink.emit(fileChange("contract-removed", file2, kind));
            sink.emit(fileChange("contract-added", file2, kind));
          } else diffAvroSchemas(sink, older, newer, { role, label: file2.replace(/^.*\//, ""), names });
        }
      } else if (kind === "jsonschema") {
        if (!a || !b) sink.emit(addedOrRemoved(pair, kind, !a));
        else if (kindA !== kindB) sink.emit(fileChange(a ? "contract-removed" : "contract-added", file2, kind));
        else if (used && !roleOfItsOwn(file2, used.kinds, options.roleOf)) {
        } else {
          const role = roleOfPair(pair);
          const label = `${file2.replace(/^.*\//, "")}`;
          const root = (docs, f) => [{ loc: { file: f, pointer: "" }, node: docs.get(f).data }];
          const [older, newer] = [root(baseDocs, pair.base), root(headDocs, file2)];
          const found = schemas.compare(older, newer, { context: role, role, label }, "", { defs: true });
          const [idA, idB] = [ownId(older[0].node), ownId(newer[0].node)];
          if (idA && idA !== idB && !previous)
            sink.emit({
              rule: "schema-id-changed",
              loc: { file: file2, pointer: idB ? "/$id" : "" },
              params: { file: file2, old: idA, new: idB ?? "none" }
            });
          if (found.size) {
            const [a2, b2] = [judgedDocument(baseDocs, pair.base), judgedDocument(headDocs, file2)];
            const inA = (f, p) => a2.pointerOf(f === file2 ? pair.base : f, p) ?? a2.pointerOf(f, p);
            const inB = (f, p) => b2.pointerOf(f === pair.base ? file2 : f, p) ?? b2.pointerOf(f, p);
            judged2.push({ file: file2, role, label, older: a2.root, newer: b2.root, changes: found, pointerOf: [inA, inB] });
          }
        }
      } else if (kind === "data" && !isData(file2, pair.base)) {
        if (!movedFrom.has(file2)) sink.emit(plainChange(file2, "other", !a ? "added" : !b ? "removed" : "changed"));
      } else if (kind === "data" || kind === "openapi-fragment") {
        if (!a || !b) sink.emit(addedOrRemoved(pair, kind, !a));
        else if (!unchanged && used && [baseDocs.get(pair.base).data, headDocs.get(file2).data].every(isExampleObject))
          sink.emit({ rule: "document-part-changed", loc: { file: file2, pointer: "" }, params: { file: file2, action: "changed", document: used.by } });
        else {
          const relocate = sink.relocate;
          later.push(() => {
            sink.relocate = relocate;
            const covered = sink.pointersFor(file2).flatMap((p) => {
              const schema2 = /^(.*)\/properties\/[^/]+$/.exec(p)?.[1];
              return schema2 === void 0 ? [p] : [p, `${schema2}/required`];
            });
            const followed2 = (pointer) => components.has(file2) && /\/\$ref$/.test(pointer);
            const openapiOnly = used && [...used.kinds].every((k) => k === "openapi");
            for (const c of diffData(file2, baseDocs.get(pair.base).data, headDocs.get(file2).data)) {
              if (followed2(c.loc.pointer) || openapiOnly && DOCUMENTATION.test(c.loc.pointer)) continue;
              if (!covered.some((p) => p.startsWith(c.loc.pointer) || c.loc.pointer.startsWith(p))) sink.emit(c);
            }
          });
        }
      } else if (kind === "versions") {
        sink.emit({
          rule: "module-version-changed",
          loc: { file: file2, pointer: "" },
          params: { file: file2, old: a ? versionOf(baseDocs, pair.base) : "none", new: b ? versionOf(headDocs, file2) : "none" }
        });
      } else if (!movedFrom.has(file2)) {
        sink.emit(plainChange(file2, kind, !a ? "added" : !b ? "removed" : "changed"));
      }
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      errors.push({ file: err.file ?? file2, line: err.line, message: err.message });
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
function isExampleObject(data2) {
  if (!data2 || typeof data2 !== "object" || Array.isArray(data2)) return false;
  const keys = Object.keys(data2);
  return (keys.includes("value") || keys.includes("externalValue")) && keys.every((k) => EXAMPLE_KEYS.has(k) || k.startsWith("x-"));
}
var EXAMPLE_KEYS = /* @__PURE__ */ new Set(["summary", "description", "value", "externalValue"]);
function standalone2(docs, file2, usedBy, roleOf) {
  const d = docs.get(file2).data;
  if (!!d && typeof d === "object" && "$schema" in d) return true;
  return /\.schema\.(json|ya?ml)$/i.test(file2) || roleOfItsOwn(file2, usedBy, roleOf);
}
function roleOfItsOwn(file2, usedBy, roleOf) {
  if (roleOf?.(file2)) return true;
  const folder = roleFromPath(file2, "request") === roleFromPath(file2, "response") ? roleFromPath(file2, "request") : void 0;
  return folder !== void 0 && ![...usedBy].some((kind) => JUDGES_AS[kind].includes(folder));
}
function strictest(roles) {
  return new Set(roles.flatMap(sidesOfRole)).size > 1 ? "event" : roles[0];
}
function kindOrError(docs, file2, bytes, loose) {
  try {
    return kindOf2(docs, file2, bytes, loose);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return err;
  }
}
var SCHEMA_KEYWORDS = ["type", "properties", "items", "$ref", "allOf", "anyOf", "oneOf", "enum", "const", "$defs", "definitions"];
function kindOf2(docs, file2, bytes, loose = false) {
  const plain2 = detectKind(file2, bytes);
  if (plain2 === "document" || plain2 === "other" || plain2 === "binary" || plain2 === "versions") return plain2;
  const data2 = docs.get(file2).data;
  const kind = detectKind(file2, bytes, data2);
  if (loose && kind === "data" && (typeof data2 === "boolean" || data2 && typeof data2 === "object" && SCHEMA_KEYWORDS.some((k) => k in data2)))
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
function versionOf(docs, file2) {
  const data2 = docs.get(file2).data;
  const v = data2 && typeof data2 === "object" ? data2.current ?? data2.version : void 0;
  return v === void 0 ? "none" : String(v);
}
function versionAdded(file2, previous) {
  const version2 = (p) => pathVersion(p)?.written ?? p;
  return {
    rule: "contract-version-added",
    loc: { file: file2, pointer: "" },
    params: { file: file2, version: version2(file2), previous: version2(previous) }
  };
}
function moved(file2, from, bytes) {
  const plain2 = detectKind(file2, bytes);
  if (plain2 === "document" || plain2 === "other" || plain2 === "binary") return plainChange(file2, plain2, `moved from ${from}`);
  return { rule: "contract-moved", loc: { file: file2, pointer: "" }, params: { file: file2, from } };
}
function plainChange(file2, kind, action) {
  const loc = { file: file2, pointer: "" };
  const unjudged = kind === "document" ? unjudgedFormat(file2) : void 0;
  if (unjudged)
    return {
      rule: "contract-unjudged",
      loc,
      params: { file: file2, action, format: unjudged.format, tool: unjudged.tool && `, or run ${unjudged.tool} in your CI` }
    };
  const rule2 = kind === "binary" ? "binary-changed" : kind === "other" ? "other-file-changed" : "document-changed";
  return { rule: rule2, loc, params: { file: file2, action } };
}
function fileChange(rule2, file2, kind) {
  return { rule: rule2, loc: { file: file2, pointer: "" }, params: { file: file2, kind: KIND_NAMES[kind] } };
}
function finalize(raw, headDocs, moduleOf) {
  const lineOf = (c) => c.lineAt && c.lineAt.file === c.loc.file ? c.lineAt : c.loc;
  const byFile = /* @__PURE__ */ new Map();
  for (const c of raw) {
    const where = lineOf(c);
    pushTo(byFile, where.file, c);
  }
  const lines = /* @__PURE__ */ new Map();
  for (const [file2, list] of byFile) {
    if (!headDocs.has(file2)) continue;
    try {
      const found = headDocs.get(file2).positions.locateAll(list.map((c) => lineOf(c).pointer));
      for (const c of list) {
        const pos = found.get(lineOf(c).pointer);
        if (pos) lines.set(c, pos);
      }
    } catch {
      for (const c of list) if (c.loc.pointer === "") lines.set(c, { line: 1, column: 1 });
    }
  }
  const changes = raw.map((c) => {
    const rule2 = getRule(c.rule);
    const others = [...c.alsoVia ?? []].sort();
    const pos = lines.get(c);
    return {
      ruleId: emittedId(c),
      rule: c.rule,
      ...c.context ? { context: c.context } : {},
      ...c.role ? { role: c.role } : {},
      level: ruleLevel(rule2, c.role),
      module: moduleOf(c.loc.file),
      file: c.loc.file,
      pointer: c.loc.pointer,
      ...pos ? { line: pos.line, column: pos.column } : {},
      message: fill(rule2.message, c.params),
      ...c.identity ? { identity: c.identity } : abridges(c.params) ? { identity: sha256(Buffer.from(JSON.stringify(c.params))) } : {},
      hint: fill(ruleHint(rule2, c.role), c.params),
      ...rule2.migrate ? { migrate: ruleMigrate(rule2, c.context ?? c.role, c.params) } : {},
      ...c.via || others.length ? { via: { first: c.via, named: !!c.via && String(c.params.at ?? c.params.op ?? "").includes(c.via), others } } : {},
      ...c.semantic ? { semantic: c.semantic } : {}
    };
  });
  return { changes, byRaw: new Map(raw.map((c, i) => [c, changes[i]])) };
}
function dedupe(errors) {
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((e) => {
    const key2 = `${e.file}|${e.line}|${e.message}`;
    if (seen.has(key2)) return false;
    seen.add(key2);
    return true;
  });
}
function contractIdentity(docs, file2) {
  if (!/\.(ya?ml|json)$/i.test(file2) && !isAvroFile(file2)) return void 0;
  const data2 = unlessUnreadable(() => docs.get(file2))?.data;
  if (data2 === null || typeof data2 !== "object" || Array.isArray(data2)) return void 0;
  const d = data2;
  const info = d.info;
  const title = info && typeof info === "object" && typeof info.title === "string" ? info.title.trim() : "";
  if (title && (typeof d.openapi === "string" || d.swagger !== void 0)) return `openapi ${title}`;
  if (title && typeof d.asyncapi === "string") return `asyncapi ${title}`;
  if (typeof d.$id === "string" && d.$id) return `schema ${d.$id}`;
  if (!isAvroFile(file2)) return void 0;
  if (isAvroProtocol(d))
    return `avro protocol ${fullName(d.protocol, typeof d.namespace === "string" ? d.namespace || void 0 : void 0)}`;
  const avro2 = avroTypeName(d);
  return avro2 && `avro ${avro2}`;
}

// src/core/report/model.ts
var DEBT_NOTE = " (already at the baseline)";
var warningLine = (v) => `${v.message} [${v.ruleId}]`;
function shownWarnings(report) {
  const warned = report.warned ?? [];
  const debt = new Set(warned.filter((v) => v.debt).map(warningLine));
  const found = new Map(warned.filter((v) => !v.debt).map((v) => [warningLine(v), v]));
  return report.warnings.filter((w) => !debt.has(w)).map((line) => ({ line, finding: found.get(line) }));
}
function currentShown(m, none) {
  return m.currentVersion ?? (m.release ? `${m.release.by} ${m.release.name} after merge` : none);
}
function buildReport(result, context = {}) {
  const byModule = /* @__PURE__ */ new Map();
  for (const c of result.changes) pushTo(byModule, c.module, c);
  const modules = [...byModule].map(([name, list]) => ({ name, level: maxLevel(list.map((c) => c.level)), changes: list.length })).sort((a, b) => levelRank(b.level) - levelRank(a.level) || compareText(a.name, b.name));
  const { warnings = [], ...where } = context;
  return {
    level: result.level,
    ...where,
    modules,
    changes: result.changes,
    errors: result.errors,
    warnings: [...warnings, ...result.warnings ?? []],
    ...result.semantic?.judged ? { semantic: result.semantic } : {}
  };
}

// src/core/source/readable.ts
var MAX_PER_FILE2 = 3;
function checkReadable(docs, paths, isContract = () => false) {
  const problems = [];
  const skipped = [];
  for (const file2 of paths) {
    if (!formatOf(file2) || isToolingName(file2) && !isContract(file2)) continue;
    let data2;
    try {
      data2 = docs.get(file2).data;
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      const diagnostic = {
        file: err.file ?? file2,
        line: err.line,
        message: err.message,
        ...err instanceof OverSizeLimit ? { tooLarge: true } : {}
      };
      (isContractName(file2) || isContract(file2) ? problems : skipped).push(diagnostic);
      continue;
    }
    if (!isContractKind(detectKind(file2, void 0, data2)) && !isContract(file2)) continue;
    let found = 0;
    for (const { pointer, ref } of refsIn(data2)) {
      if (found >= MAX_PER_FILE2) break;
      try {
        docs.deref({ file: file2, pointer }, { $ref: ref });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        found++;
        problems.push({ file: file2, line: docs.lineOf({ file: file2, pointer }), message: err.message });
      }
    }
  }
  return { problems, skipped };
}
var INSTANCE_KEYWORDS = /* @__PURE__ */ new Set(["const", "enum", "default", "example"]);
function pointerOf(step) {
  const tokens = [];
  for (let s = step; s?.up; s = s.up) tokens.push(s.token);
  return pointerJoin("", ...tokens.reverse());
}
function* refsIn(root) {
  const stack = [{ node: root, up: void 0, token: "" }];
  while (stack.length) {
    const step = stack.pop();
    const node = step.node;
    if (node === null || typeof node !== "object") continue;
    const children = [];
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++)
        if (node[i] !== null && typeof node[i] === "object") children.push({ node: node[i], up: step, token: i });
    } else {
      if (isRefObject(node)) yield { pointer: pointerOf(step), ref: node.$ref };
      for (const key2 of Object.keys(node)) {
        const value = node[key2];
        if (value === null || typeof value !== "object" || INSTANCE_KEYWORDS.has(key2) || key2 === "examples" && Array.isArray(value))
          continue;
        children.push({ node: value, up: step, token: key2 });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

// src/cli/output.ts
import { styleText } from "node:util";

// package.json
var package_default = {
  name: "contract-guard",
  version: "0.1.0",
  description: 'Contract governance for "contracts are law" repositories: diff, classify and gate OpenAPI, JSON Schema and versions.yaml changes against frozen snapshots.',
  license: "MIT",
  type: "module",
  engines: {
    node: ">=20.12"
  },
  bin: {
    "contract-guard": "dist/cli.js"
  },
  scripts: {
    start: "node dist/cli.js demo",
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    test: "npm run format:check && npm run build && npm run typecheck && node scripts/run-tests.mjs",
    conformance: "node --import tsx scripts/conformance.ts",
    bench: "npm run build && node --import tsx scripts/bench.ts",
    docs: "node --import tsx scripts/gen-rules-doc.ts",
    app: "node dist/app.js",
    format: 'prettier --write "src/**/*.ts" "test/**/*.ts" "scripts/**/*.{ts,mjs}"',
    "format:check": 'prettier --check "src/**/*.ts" "test/**/*.ts" "scripts/**/*.{ts,mjs}"',
    load: "npm run build && node --import tsx scripts/load.ts"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@stoplight/spectral-core": "^1.24.1",
    "@stoplight/spectral-functions": "^1.11.1",
    "@stoplight/spectral-parsers": "^1.0.5",
    "@stoplight/spectral-rulesets": "^1.23.1",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    avsc: "^5.7.9",
    bullmq: "^5.81.5",
    diff: "^9.0.0",
    "fastest-levenshtein": "^1.0.16",
    "js-yaml": "^5.5.0",
    "jsonc-parser": "^3.3.1",
    probot: "^14.3.2",
    "prom-client": "^15.1.3",
    re2js: "^2.10.0",
    refa: "^0.12.1",
    semver: "^7.8.6",
    "simple-git": "^4.0.2",
    ulid: "^3.0.2",
    yaml: "^2.9.1",
    "yocto-queue": "^1.2.2",
    zeptomatch: "^2.1.0"
  },
  devDependencies: {
    "@asyncapi/diff": "^0.5.0",
    "@octokit/webhooks-examples": "^7.6.1",
    "@types/node": "^20.19.43",
    "@types/semver": "^7.8.0",
    esbuild: "^0.28.2",
    "github-markdown-css": "^5.9.0",
    marked: "^18.2.1",
    "octokit-openapi-new": "npm:@octokit/openapi@23.0.2",
    "octokit-openapi-old": "npm:@octokit/openapi@21.0.0",
    "octokit-webhooks-new": "npm:@octokit/openapi-webhooks@^12.1.0",
    "octokit-webhooks-old": "npm:@octokit/openapi-webhooks@^11.0.0",
    "playwright-core": "^1.65.1",
    prettier: "^3.10.1",
    tsx: "^4.23.15",
    typescript: "^7.0.2"
  },
  overrides: {
    "msgpackr-extract": "3.0.4"
  },
  scarfSettings: {
    enabled: false
  }
};

// src/core/report/change-text.ts
function changeText(change) {
  return change.message + routes(change) + semanticNote(change);
}
function routes(change) {
  const via = change.via;
  if (!via) return "";
  const first = via.first && !via.named ? ` (via ${via.first})` : "";
  const { others } = via;
  const list = others.length > 2 ? `${others.slice(0, 2).join(", ")} and ${others.length - 2} more` : others.join(" and ");
  return first + (others.length ? ` (also via ${list})` : "");
}
function semanticNote(change) {
  const s = change.semantic;
  if (!s) return "";
  if (s.verdict === "compatible") return " \u2014 proven compatible (no valid value breaks)";
  const example = s.witness === void 0 ? "" : showValue(s.witness);
  const broke = s.side === "writer" ? `${example} may now be sent and old readers reject it` : `${example} was accepted and is now rejected`;
  if (s.verdict === "policy") return example ? ` \u2014 level from policy (set inclusion: ${broke})` : " \u2014 level from policy";
  return example ? ` \u2014 e.g. ${broke}` : "";
}
function showValue(value, { spaced = false } = {}) {
  const v = shortenStrings(value);
  const text2 = (spaced ? spacedJson(v) : JSON.stringify(v)) ?? String(value);
  if (text2.length <= MAX_SHOWN) return codeSpan(oneLine(text2));
  return codeSpan(oneLine(abridged(v, spaced, MAX_SHOWN))) + " (abridged; the JSON report has it whole)";
}
var MAX_SHOWN = 300;
function abridged(value, spaced, room) {
  if (!value || typeof value !== "object") {
    const text2 = JSON.stringify(value) ?? "null";
    return text2.length <= room ? text2 : `${text2.slice(0, Math.max(1, room - 1))}\u2026`;
  }
  const list = Array.isArray(value);
  const entries = list ? value.map((v) => [void 0, v]) : Object.entries(value).filter(([, v]) => v !== void 0);
  const parts = [];
  let used = 2;
  for (const [k, v] of entries) {
    const head = k === void 0 ? "" : JSON.stringify(k) + (spaced ? ": " : ":");
    const left = room - used - head.length - 16;
    if (left < 4) break;
    const part = head + abridged(v, spaced, left);
    parts.push(part);
    used += part.length + 2;
  }
  if (parts.length < entries.length) parts.push(`\u2026 ${(entries.length - parts.length).toLocaleString("en-US")} more`);
  const inside = parts.join(spaced ? ", " : ",");
  return list ? `[${inside}]` : `{${inside}}`;
}
function spacedJson(value) {
  if (Array.isArray(value)) return `[${value.map((v) => spacedJson(v) ?? "null").join(", ")}]`;
  if (value && typeof value === "object")
    return `{${Object.entries(value).filter(([, v]) => v !== void 0).map(([k, v]) => `${JSON.stringify(k)}: ${spacedJson(v)}`).join(", ")}}`;
  return JSON.stringify(value);
}
var LONG = 40;
function shortenStrings(value) {
  if (typeof value === "string") return value.length > LONG ? `${value.slice(0, 24)}\u2026${value.slice(-12)}` : value;
  if (Array.isArray(value)) return value.map(shortenStrings);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shortenStrings(v)]));
  return value;
}

// src/core/report/verdict.ts
function verdictOf2(report) {
  if (report.hotfix?.authorised && (report.blocked || report.approval?.required)) return "hotfix";
  if (report.blocked) return "blocked";
  if (report.approval?.required) return report.approval.approved ? "approved" : "approval";
  return "pass";
}
var BLOCKED_BY = {
  "version-bump-missing": (v, r) => `needs a ${r.modules.find((m) => m.name === v.module)?.requiredBump ?? "bigger"} version bump`,
  "changeset-missing": (v, r) => `needs a changeset declaring a ${r.modules.find((m) => m.name === v.module)?.requiredBump ?? "bigger"} release`,
  "version-decreased": () => "its version went down",
  "invariant-removed": () => "removes a frozen invariant",
  "frozen-history-edited": () => "edits the frozen history",
  "contract-unreadable": () => "leaves a contract unreadable",
  "contract-too-large": () => "holds a contract too large to read"
};
var ASKED_FOR = {
  "policy-changed": (v) => `it changes the guard's policy (${v.file})`,
  "code-invariant-touched": () => "it changes code a frozen contract guards"
};
function verdictExplains(ruleId) {
  return ruleId === "version-bump-missing" || ruleId === "changeset-missing" || ruleId === "version-decreased" || ruleId === "major-change";
}
function verdictLine(report) {
  const kind = verdictOf2(report);
  const own = report.changes.filter((c) => !c.earlier);
  const breaking = own.filter((c) => c.level === "major").length;
  const level = maxLevel(own.map((c) => c.level));
  const earlier = report.changes.filter((c) => c.earlier && c.level === "major");
  const none = own.length < report.changes.length ? "no contract changes of its own" : "no contract changes";
  const asked = report.violations?.find((v) => v.approvable && ASKED_FOR[v.ruleId]);
  const what = (breaking ? counted(breaking, "breaking change") : asked ? ASKED_FOR[asked.ruleId](asked) : level !== "none" ? `${level} change` : none) + (earlier.length ? ` (${counted(earlier.length, "breaking change")} already on ${earlier[0].earlier})` : "");
  if (kind === "hotfix") return `\u{1F6A8} emergency hotfix: ${what} (authorised by @${report.hotfix.by}; freeze right after merge)`;
  if (kind === "blocked") {
    const blocking = report.violations?.filter((v) => v.blocking) ?? [];
    const first = blocking[0];
    const why = first && BLOCKED_BY[first.ruleId] ? BLOCKED_BY[first.ruleId](first, report) : `${counted(blocking.length, "problem")} to fix`;
    const more = first && BLOCKED_BY[first.ruleId] && blocking.length > 1 ? ` (and ${counted(blocking.length - 1, "more problem")})` : "";
    return `\u26D4 blocked: ${why}${more}`;
  }
  if (kind === "approval") return `\u26A0\uFE0F needs Contract Council approval: ${what}`;
  if (kind === "approved")
    return `\u2705 approved by the Contract Council (${report.approval.approvedBy.map((u) => `@${u}`).join(", ")}): ${what}`;
  return `\u2705 passes: ${what}`;
}

// src/core/report/github.ts
var CHANGE_COMMAND = { major: "error", minor: "warning", patch: "notice" };
var ANNOTATIONS_PER_KIND = 10;
function renderGithub(report) {
  const wanted = [];
  const add = (kind, line) => wanted.push({ kind, line });
  for (const v of (report.violations ?? []).filter((x) => x.blocking))
    add("error", command("error", v.file, v.line, v.ruleId, `${v.message}. Fix: ${v.fix}`));
  for (const e of report.errors) add("error", command("error", e.file, e.line, "unreadable contract", diagnosticText(e)));
  for (const v of (report.violations ?? []).filter((x) => !x.blocking))
    add("warning", command("warning", v.file, v.line, v.ruleId, `${v.message}. Fix: ${v.fix}`));
  for (const c of report.changes) {
    const cmd = CHANGE_COMMAND[c.level];
    if (cmd) add(cmd, command(cmd, c.file, c.line, `${c.level} change: ${c.ruleId}`, `${changeText(c)}
${c.hint}`));
  }
  const { shown, rest } = withinStepLimits(wanted, (w) => w.kind);
  const lines = shown.map((w) => w.line);
  if (rest)
    lines.push(
      `::notice title=contract-guard::${escapeData(`${rest} more than GitHub shows in one step: run \`contract-guard check\` (or --format json) for the full report`)}`
    );
  lines.push(`contract-guard ${report.violations ? verdictLine(report) : `${report.level} contract change`}`);
  return lines.join("\n") + "\n";
}
function withinStepLimits(items, kindOf3) {
  const count = { error: 0, warning: 0, notice: 0 };
  const dropped = { error: 0, warning: 0, notice: 0 };
  const shown = [];
  for (const item of items) {
    const kind = kindOf3(item);
    if (count[kind] < ANNOTATIONS_PER_KIND - (kind === "notice" ? 1 : 0)) {
      shown.push(item);
      count[kind]++;
    } else dropped[kind]++;
  }
  const rest = Object.entries(dropped).filter(([, n]) => n).map(([k, n]) => `${n} ${k}${n === 1 ? "" : "s"}`).join(", ");
  return { shown, rest };
}
function command(kind, file2, line, title, message) {
  const props = [`file=${escapeProperty(file2)}`, ...line ? [`line=${line}`] : [], `title=${escapeProperty(title)}`];
  return `::${kind} ${props.join(",")}::${escapeData(message)}`;
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/core/report/json.ts
function publicChange(c) {
  return {
    ruleId: c.ruleId,
    level: c.level,
    module: c.module,
    file: c.file,
    pointer: c.pointer,
    ...c.line !== void 0 ? { line: c.line, column: c.column } : {},
    message: changeText(c),
    hint: c.hint,
    ...c.via?.first ? { via: [c.via.first, ...c.via.others] } : {},
    ...c.semantic ? { semantic: c.semantic } : {}
  };
}
function publicReport(report) {
  return { ...report, changes: report.changes.map(publicChange) };
}
function reportJson(report) {
  return JSON.stringify(publicReport(report), null, 2);
}

// src/core/policy/policy-rules.ts
var rule = (id, severity, summary, message, fix, ratchet = false) => ({
  id,
  severity,
  summary,
  message,
  fix,
  ratchet
});
var POLICY_RULES = [
  rule(
    "version-bump-missing",
    "block",
    "A module has changes that need a bigger version bump than its versions file has.",
    "{module}: {level} changes need a {required} bump from {frozen}, but the version is {current}",
    "Set `{assignment}` in {file}."
  ),
  rule(
    "changeset-missing",
    "block",
    "A package released with changesets has changes that need a bigger release than its pending changesets declare (its version is the release's to write, not the pull request's).",
    "{module}: {level} changes need a {required} release, but {declared}",
    "Add a changeset declaring a {required} release of {module} (`npx changeset`), as drafted: {draft}."
  ),
  rule(
    "version-path-too-low",
    "block",
    "A new version published in a path (`order/1.1.0/`) whose version is lower than its changes since the last need.",
    "{module}: {level} changes since {frozen} need a {required} version, but they are published as {current}",
    "Publish them as {path} instead."
  ),
  rule(
    "published-version-changed",
    "block",
    "A version published in a path was edited in place beyond a patch: a release (`1.0.0/`) is never changed, a major line (`v1/`) only compatibly.",
    "{file}: {level} change to the published {version}",
    "Leave {version} as it was and publish the change as {path}."
  ),
  rule(
    "version-removed",
    "block",
    "A changed module had a version at the baseline and has no version number now: its version file was removed, or its version replaced by text that is none.",
    "{module}: its version {frozen} at the baseline is gone{how}",
    "Keep its version where {file} held it, at least {suggested} ({required} changes since {frozen})."
  ),
  rule(
    "version-path-mismatch",
    "block",
    "A file published under a version in its path says it is another: an Iglu schema's `self.version`, or the version in its `$id`. Registries and readers go by what the file says.",
    "{file}: its path publishes {path}, but {where} says {said}",
    "Set {where} to {expected}, as its path says.",
    true
  ),
  rule(
    "version-decreased",
    "block",
    "A module's version went down.",
    "{module}: version went down from {frozen} to {current}",
    "Versions only go up: set `{key}:` in {file} to at least {frozen}."
  ),
  rule(
    "version-bump-excess",
    "warn",
    "A module was bumped more than its changes need.",
    "{module}: bumped to {current} ({bump}) but its changes only need a {required} bump",
    "Consider `{key}: {suggested}`; a bigger bump tells consumers to expect breakage."
  ),
  rule(
    "version-missing",
    "warn",
    "A changed module has no version to compare (no versions file, no OpenAPI info.version).",
    "{module}: changed, with no version to compare{written}",
    "Write its version (e.g. `{key}: 1.0.0`) in {file}{also}; where something outside the repository versions it (a schema registry), turn this warning off in the policy (`rules: {version-missing: off}`)."
  ),
  rule(
    "event-breaking-on-existing-channel",
    "block",
    "A breaking change to what an existing channel carries (with `events.breaking: new-channel`): it must come on a new versioned channel beside the old one.",
    "{topic}: breaking change on a channel in use ({change})",
    "Leave `{topic}` as it is and publish the new shape on `{next}` beside it (in {where}); dual-publish until its consumers moved."
  ),
  rule(
    "invariant-removed",
    "block",
    "A frozen schema invariant was removed, made optional or changed in type.",
    "{invariant}: `{name}` in {file} {problem}",
    "Restore `{name}` as it was: frozen invariants can never be removed or changed."
  ),
  rule(
    "code-invariant-forbidden",
    "block",
    "Code matches a pattern a frozen contract forbids.",
    "{invariant}: forbidden pattern /{pattern}/ found in {file}",
    "Remove it: {invariant} is a frozen contract other parts of the system rely on."
  ),
  rule(
    "code-invariant-missing",
    "block",
    "Code no longer contains what a frozen contract requires.",
    "{invariant}: {file} must contain /{pattern}/",
    "Restore the required code: {invariant} is a frozen contract."
  ),
  rule(
    "policy-changed",
    "approve",
    "The guard's own policy or Spectral ruleset was changed: what every later pull request is judged by (asked only where the base branch names a Council).",
    "{file} changed: {what}",
    "Get an approving review from {council}: what pull requests are held to is theirs to change."
  ),
  rule("code-invariant-touched", "approve", "Files guarded by an on_change invariant changed.", "{invariant}: {file} changed", "{text}"),
  rule(
    "frozen-history-edited",
    "block",
    "An existing freeze file was edited or deleted, or a freeze was added that is not a true snapshot of the pull request's tree (or not newer than the base branch's).",
    "frozen snapshot {file} was {action}",
    "Frozen history is append-only: leave {file} as it is on the base branch; a new freeze comes only from `contract-guard freeze create <version>` on the final tree."
  ),
  rule(
    "contract-unreadable",
    "block",
    "A contract cannot be read: it does not parse, a `$ref` resolves nowhere (by location or `$id`), `$ref`s loop, or its schemas chain or nest through `$ref`s deeper than the diff follows (300 levels).",
    "{file}: {problem}",
    "Fix the file so it parses and every `$ref` names a file (or `$id`) in the tree, without loops or chains hundreds deep; nothing else in it can be judged until then.",
    true
  ),
  rule(
    "contract-too-large",
    "block",
    "A contract is larger than a check reads: over the size limit of a file (32 MB), or past what a check reads of one side (128 MB, in path order). It is not read, so nothing in it can be judged.",
    "{file}: {problem}",
    "Make it smaller or split it, or, when the files before it take what a check reads, split the pull request; a generated file nobody reads as a contract can be left out with `files.ignore` in the policy on the default branch.",
    true
  ),
  rule(
    "example-invalid",
    "block",
    "An example does not validate against its schema.",
    "{file}: {message} (schema {schema})",
    "Fix the example or the schema so that they agree.",
    true
  ),
  rule(
    "example-unvalidated",
    "warn",
    "An example was not validated: the schemas compiled for examples in one check passed the check's budget (50,000 schema nodes on each side).",
    "{file} was not validated against {schema}: the schemas compiled for examples in this check passed their budget",
    "Validate it in your own tests, or make the schemas it reaches smaller: each check compiles at most 50,000 schema nodes for examples."
  ),
  rule(
    "inline-examples-unvalidated",
    "warn",
    "Examples an OpenAPI description writes in place were not validated: past the check's budget (5,000 schema nodes a side) or past the first 50 that fail in one description.",
    "{file}: {count} written in place not validated ({why})",
    "Fix the examples reported first, or validate these in your own tests: each check compiles at most 5,000 schema nodes for them."
  ),
  rule(
    "example-unpaired",
    "warn",
    "An example has no schema to validate against.",
    "{file} has no schema (name it like its schema, or set `$schema`)",
    "Rename it after its schema (`x.json` for `x.schema.json`) or add a `$schema` that points at it."
  ),
  rule(
    "operation-missing-4xx",
    "block",
    "An OpenAPI operation declares no 4xx response.",
    "{op} in {file} declares no 4xx response",
    "Declare at least the 4xx responses clients must handle (400, 401, 403, 404\u2026).",
    true
  ),
  rule(
    "security-not-global",
    "block",
    "The global security requirement does not name both an mTLS and a Bearer scheme.",
    "{file}: global security must require {missing}",
    "Add a top-level `security:` requirement with a mutualTLS scheme and an http bearer scheme.",
    true
  ),
  rule(
    "health-not-exempt",
    "block",
    "`/health` is not exempt from authentication.",
    "{file}: {op} must set `security: []`",
    "Give `/health` an empty `security: []` so probes need no credentials.",
    true
  ),
  rule(
    "openapi-not-3-1",
    "block",
    "An OpenAPI document does not declare 3.1 with the JSON Schema 2020-12 dialect.",
    "{file}: {problem}",
    "Declare `openapi: 3.1.x` and `jsonSchemaDialect: https://json-schema.org/draft/2020-12/schema`.",
    true
  ),
  rule(
    "spectral-error",
    "block",
    "A finding at `error` severity of the repository's Spectral ruleset.",
    "{file}: {message} (Spectral rule {code})",
    "Fix it as the rule {code} asks, or lower its severity in the ruleset ({ruleset}) on the default branch.",
    true
  ),
  rule(
    "spectral-warning",
    "warn",
    "A finding at `warn` severity of the repository's Spectral ruleset.",
    "{file}: {message} (Spectral rule {code})",
    "Fix it as the rule {code} asks; it does not block.",
    true
  ),
  rule(
    "major-change",
    "approve",
    "A major (breaking) change needs Contract Council approval.",
    "{module}: {count} major change{plural}",
    "Get an approving review from {council}."
  ),
  rule(
    "removal-without-deprecation",
    "approve",
    "Something was removed without being deprecated in enough earlier freezes.",
    "{what} after {count} of {needed} releases of deprecation",
    "Mark it `deprecated: true` and keep it for {needed} freezes, or get Contract Council approval."
  ),
  rule(
    "changelog-missing",
    "warn",
    "The changelog has no entry for a module's new version.",
    "{changelog} has no entry for {module} {current}",
    "Add a `## {entry}` entry to {changelog}{none}."
  ),
  rule(
    "migration-note-missing",
    "warn",
    "A major change has no migration note.",
    "no migration note for {module} {current} in {migrations}/",
    "Add {note} saying what consumers must change."
  ),
  rule(
    "ignore-expired",
    "warn",
    "An ignore entry in the config has passed its `until` date and no longer applies.",
    "ignore of {rule}{where} expired on {until} ({reason})",
    "Fix the finding, or extend `until` with a reason the Contract Council accepts."
  )
];
var BY_ID2 = new Map(POLICY_RULES.map((r) => [r.id, r]));
function getPolicyRule(id) {
  const r = BY_ID2.get(id);
  if (!r) throw new Error(`unknown policy rule ${id}`);
  return r;
}

// src/core/report/sarif.ts
var CHANGE_LEVEL = { major: "error", minor: "warning", patch: "note", none: "none" };
function renderSarif(report, version2) {
  const results = [
    ...(report.violations ?? []).map((v) => ({
      ruleId: v.ruleId,
      level: v.blocking ? "error" : "warning",
      message: { text: `${v.message}. Fix: ${v.fix}` },
      locations: [location(v.file, v.line)]
    })),
    ...report.changes.map((c) => ({
      ruleId: c.ruleId,
      level: CHANGE_LEVEL[c.level],
      message: { text: `${changeText(c)}. ${c.hint}` },
      locations: [location(c.file, c.line)],
      // the same change on another run is the same alert in code scanning
      partialFingerprints: { contractGuard: `${c.ruleId}|${c.file}|${c.pointer}` }
    }))
  ];
  const used = new Set(results.map((r) => r.ruleId));
  const rules = [
    ...RULES.flatMap((r) => [...used].filter((id) => findRule(id)?.rule.id === r.id).map((id) => ({ id, text: r.summary, help: r.hint }))),
    ...POLICY_RULES.filter((r) => used.has(r.id)).map((r) => ({ id: r.id, text: r.summary, help: getPolicyRule(r.id).fix }))
  ];
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "contract-guard",
            version: version2,
            rules: rules.map((r) => ({ id: r.id, shortDescription: { text: r.text }, help: { text: r.help } }))
          }
        },
        results
      }
    ]
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}
function location(file2, line) {
  return { physicalLocation: { artifactLocation: { uri: file2 }, ...line ? { region: { startLine: line } } : {} } };
}

// src/core/report/drafts.ts
function draftLink(p, links) {
  if (!links) return "";
  if (p.after === void 0)
    return `<a href="${attr(links.newFile(p.path, p.text))}">Create <code>${html(p.path)}</code> from this draft</a>`;
  const where = p.after === 0 ? "at the top" : `after line ${p.after}`;
  return `<a href="${attr(links.editFile(p.path))}">Edit <code>${html(p.path)}</code></a> and paste it ${where}`;
}
function draftDetails(p, links) {
  const link2 = draftLink(p, links);
  return [
    `<details><summary>\u{1F4DD} Draft for <code>${html(p.path)}</code>${link2 ? ` \xB7 ${link2}` : ""}</summary>`,
    "",
    fenced(p.text, "markdown"),
    "",
    "</details>"
  ].join("\n");
}
function fenced(text2, lang = "") {
  const longest = Math.max(2, ...[...text2.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${lang}
${text2.replace(/\n$/, "")}
${fence}`;
}
var html = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
var attr = (s) => html(s).replace(/"/g, "&quot;");

// src/core/rules/doc.ts
var RULES_DOC_URL = "https://github.com/contract-guard/contract-guard/blob/main/docs/rules.md";
function ruleAnchor(id) {
  return findRule(id)?.rule.id ?? id;
}
function ruleDocLink(id) {
  return `${RULES_DOC_URL}#${ruleAnchor(id)}`;
}

// src/core/report/markdown.ts
var MAX_MARKDOWN = 6e4;
var ICON = { major: "\u{1F534}", minor: "\u{1F7E1}", patch: "\u{1F535}", none: "\u26AA" };
function renderMarkdown(report, options = {}) {
  const { limit = MAX_MARKDOWN, links } = options;
  const top = [];
  const verdict = report.violations ? verdictLine(report) : `: ${ICON[report.level]} ${report.changes.length ? `**${report.level}** contract change` : "no contract changes"}`;
  top.push(`### contract-guard${report.violations ? " " : ""}${verdict}`, "");
  const context = [report.baseline && `baseline: ${report.baseline}`, report.head && `head: ${report.head}`].filter(Boolean);
  if (context.length) top.push(`<sub>${escape2(context.join(" \xB7 "))}</sub>`, "");
  const h = report.hotfix;
  if (h?.authorised)
    top.push(
      `> \u{1F6A8} **Emergency hotfix** authorised by @${h.by} (label \`${h.label}\`): this check passes although the problems below stand. Freeze the contracts right after merge, and fix forward.`,
      ""
    );
  else if (h?.rebased)
    top.push(
      `> \u26A0\uFE0F The label \`${h.label}\` was added by @${h.by} before this pull request's base branch was changed: it let the head into the branch it targeted then, not this one. A Contract Council member must add it again (remove it and add it) for this base.`,
      ""
    );
  else if (h?.stale)
    top.push(
      `> \u26A0\uFE0F The label \`${h.label}\` was added by @${h.by} before the latest push: it let through what was pushed then, not the commits since. A Contract Council member must add it again (remove it and add it) for this head.`,
      ""
    );
  else if (h)
    top.push(
      `> \u26A0\uFE0F The label \`${h.label}\` was added by @${h.by}, who is not on the Contract Council: it has no effect. A Contract Council member must add it (remove it and ask one).`,
      ""
    );
  const approved = report.approval?.approved && report.approval.approvedBy?.length;
  const breaking = report.changes.filter((c) => c.level === "major");
  if (breaking.length) {
    const title = approved ? `**Breaking changes** approved by ${report.approval.approvedBy.map((u) => `@${u}`).join(", ")}` : "**Breaking changes**";
    top.push(title, "", "| where | what changed | who breaks |", "|---|---|---|");
    for (const c of varied(breaking).slice(0, MAX_BREAKING_ROWS)) top.push(breakingRow(c));
    if (breaking.length > MAX_BREAKING_ROWS)
      top.push(
        "",
        `\u2026 and ${breaking.length - MAX_BREAKING_ROWS} more breaking changes: each is annotated on its line in the check run, and all are in the JSON report.`
      );
    top.push("");
  }
  const blocking = report.violations?.filter((v) => v.blocking) ?? [];
  const pending = approved ? [] : report.violations?.filter((v) => v.approvable) ?? [];
  const next = blocking[0] ?? pending.find((v) => v.ruleId === "major-change") ?? pending[0];
  if (next) {
    const where = placeOf(next.file, next.line);
    const more2 = blocking.length + pending.length - 1;
    top.push(
      `**To do:** ${verdictExplains(next.ruleId) ? "" : `${escape2(next.message)}. `}${escape2(next.fix)} <sub>${where}${next.suggestion ? ": a suggested change is on that line" : ""} \xB7 ${ruleLink(next.ruleId)}${more2 > 0 ? ` \xB7 ${more2} more below` : ""}</sub>`,
      ""
    );
  }
  if (report.errors.length) {
    top.push("**Files that could not be analysed:**", "");
    for (const e of report.errors.slice(0, 20)) top.push(`- ${placeOf(e.file, e.line)}: ${escape2(diagnosticText(e))}`);
    if (report.errors.length > 20) top.push(`- \u2026 and ${report.errors.length - 20} more (see the JSON report)`);
    top.push("");
  }
  const rest = [];
  const debt = (report.warned ?? []).filter((v) => v.debt);
  const warnings = shownWarnings(report);
  for (const { line, finding: v } of warnings.slice(0, 20))
    rest.push(
      v ? `> \u26A0\uFE0F ${escape2(v.message)}. **Fix:** ${escape2(v.fix)} <sub>${ruleLink(v.ruleId)} \xB7 ${placeOf(v.file, v.line)}</sub>` : `> \u26A0\uFE0F ${escape2(line)}`,
      ""
    );
  if (warnings.length > 20) rest.push(`> \u26A0\uFE0F \u2026 and ${warnings.length - 20} more warnings (see the JSON report)`, "");
  const list = (title, icon, items) => {
    if (!items.length) return;
    rest.push(`**${title}**`, "");
    for (const v of items)
      rest.push(`- ${icon} ${escape2(v.message)}. **Fix:** ${escape2(v.fix)} <sub>${ruleLink(v.ruleId)} \xB7 ${placeOf(v.file, v.line)}</sub>`);
    rest.push("");
  };
  list(
    "Blocking",
    "\u26D4",
    blocking.filter((v) => v !== next)
  );
  list(
    "Needs Contract Council approval",
    "\u26A0\uFE0F",
    pending.filter((v) => v !== next)
  );
  if (report.modules.some((m) => m.requiredBump !== void 0)) {
    rest.push("| unit | level | frozen | current | required bump |", "|---|---|---|---|---|");
    for (const m of report.modules.filter((x) => x.requiredBump !== void 0))
      rest.push(
        `| ${m.name}${m.inherits?.length ? ` (inherits ${m.inherits.map((f) => `\`${f}\``).join(", ")})` : ""} | ${ICON[m.level]} ${m.level} | ${m.frozenVersion ?? "\u2013"} | ${currentShown(m, "\u2013")} | ${m.requiredBump} |`
      );
    rest.push("");
  }
  for (const d of report.drafts ?? []) rest.push(draftDetails(d.proposal, links), "");
  const asked = new Set([...blocking, ...pending, ...report.warned ?? []].map((v) => `${v.ruleId}|${v.module ?? ""}`));
  const checklist = (report.checklist ?? []).filter((i) => i.done || !i.ruleId || !asked.has(`${i.ruleId}|${i.module ?? ""}`));
  if (checklist.length) {
    rest.push("**Migration checklist**", "");
    for (const item of checklist) rest.push(`- [${item.done ? "x" : " "}] ${escape2(item.text)}`);
    rest.push("");
  }
  if (debt.length) {
    rest.push(`**${debt.length} problem${debt.length === 1 ? "" : "s"} already on the base branch** (debt: reported, not blocking)`, "");
    for (const v of debt.slice(0, 50))
      rest.push(
        `- ${escape2(v.message.endsWith(DEBT_NOTE) ? v.message.slice(0, -DEBT_NOTE.length) : v.message)} <sub>${ruleLink(v.ruleId)} \xB7 ${placeOf(v.file, v.line)}</sub>`
      );
    if (debt.length > 50) rest.push(`- \u2026 and ${debt.length - 50} more (see the JSON report)`);
    rest.push("");
  }
  const unproven = coverageLine(report.semantic);
  if (unproven) rest.push(unproven, "");
  let head = top.join("\n");
  if (head.length > limit / 2)
    head = head.slice(0, limit / 2).replace(/\n[^\n]*$/, "") + "\n\n\u2026 (cut: see the check run and the JSON report)\n";
  const others = report.changes.filter((c) => c.level !== "major");
  const more = blocking.length + pending.length - (next ? 1 : 0);
  const drafts = report.drafts?.length ?? 0;
  const summary = [
    more && `${more} more to do`,
    drafts && `${drafts} draft${drafts === 1 ? "" : "s"}`,
    checklist.length && "the checklist",
    others.length && `${others.length} other change${others.length === 1 ? "" : "s"}`,
    debt.length && `${debt.length} old problem${debt.length === 1 ? "" : "s"}`
  ].filter(Boolean);
  if (!summary.length) summary.push("details");
  if (!rest.length && !others.length) return bounded(head, limit);
  const open = `<details><summary>${summary.join(" \xB7 ")}</summary>

`;
  const close = "\n</details>\n";
  let body = rest.join("\n");
  const budget = limit - head.length - open.length - close.length;
  if (body.length > budget / 2) body = body.slice(0, budget / 2).replace(/\n[^\n]*$/, "") + "\n\n\u2026 (cut: see the JSON report)\n";
  return bounded(head + "\n" + open + body + changeList(others, budget - body.length) + close, limit);
}
function coverageLine(s) {
  if (!s?.unproven) return void 0;
  const spent = s.overBudget ? ` (${s.overBudget} stopped by a budget)` : "";
  return `<sub>Set inclusion judged ${s.judged} changed schema${s.judged === 1 ? "" : "s"}: ${s.proven} proven compatible, ${s.breaking} breaking with a witness, ${s.unproven} unproven${spent}. An unproven schema's changes keep the rules' levels; the JSON report marks each \`unproven\` with its reason.</sub>`;
}
var MAX_BREAKING_ROWS = 4;
function bounded(text2, limit) {
  return text2.length <= limit ? text2 : text2.slice(0, limit - 60).replace(/\n[^\n]*$/, "") + "\n\n\u2026 (cut at the size limit: see the JSON report)\n";
}
var WHO = {
  request: "clients sending requests",
  "request-parameter": "clients sending requests",
  response: "clients reading responses",
  "response-header": "clients reading responses",
  event: "consumers of the event",
  "event-sent": "consumers of the event",
  "event-received": "producers of the event",
  storage: "readers of stored data",
  "webhook-request": "webhook receivers",
  "webhook-response": "webhook receivers"
};
function whoBreaks(c) {
  const family = findRule(c.ruleId)?.rule.family;
  if (family === "avro")
    return c.role === "storage" ? "readers of stored data" : c.role === "request" || c.role === "response" ? "consumers of the event" : "producers and consumers";
  if (c.context) return WHO[c.context] ?? "readers";
  if (c.role) return WHO[c.role] ?? "readers";
  return family === "asyncapi" ? "publishers and subscribers" : family === "openapi" ? "API clients" : "readers of this file";
}
function varied(changes) {
  const seen = /* @__PURE__ */ new Map();
  const rank = new Map(changes.map((c) => [c, seen.set(c.ruleId, (seen.get(c.ruleId) ?? 0) + 1).get(c.ruleId)]));
  return [...changes].sort((a, b) => rank.get(a) - rank.get(b));
}
var OPERATION = /^((?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) \S+) (.+)$/;
function placeEnd(message) {
  let quoted = false;
  let code = false;
  for (let i = 0; i < message.length - 1; i++) {
    const ch = message[i];
    if (quoted && ch === "\\") i++;
    else if (ch === '"' && !code) quoted = !quoted;
    else if (ch === "`" && !quoted) code = !code;
    else if (!quoted && !code && ch === ":" && message[i + 1] === " ") return i;
  }
  return -1;
}
function breakingRow(c) {
  const colon = placeEnd(c.message);
  const op = colon < 0 ? OPERATION.exec(c.message) : null;
  const where = colon > 0 ? c.message.slice(0, colon) : op ? op[1] : c.file.split("/").pop();
  const what = colon > 0 ? c.message.slice(colon + 2) : op ? `operation ${op[2]}` : c.message;
  const s = c.semantic;
  const cell = (t) => escape2(t).replace(/\|/g, "\\|");
  const witness = s?.witness !== void 0 ? `<br>e.g. ${cell(`${showValue(s.witness, { spaced: true })} ${s.side === "writer" ? "may now be sent" : "was accepted, now rejected"}`)}` : "";
  const at3 = `<sub>${placeOf(c.file, c.line).replace(/\|/g, "\\|")}</sub>`;
  const earlier = c.earlier ? `<br><sub>already on ${cell(c.earlier)}: not this pull request's</sub>` : "";
  return `| ${cell(where)}<br>${at3} | ${cell(what)} <sub>${ruleLink(c.ruleId)}</sub>${witness}${earlier} | ${whoBreaks(c)} |`;
}
var ruleLink = (id) => `[\`${id}\`](${ruleDocLink(id)})`;
function changeList(changes, budget) {
  if (!changes.length) return "";
  const rows = changes.map(
    (c) => `- ${ICON[c.level]} ${ruleLink(c.ruleId)} ${escape2(changeText(c))} (${placeOf(c.file, c.line)})${c.earlier ? ` <sub>already on ${escape2(c.earlier)}</sub>` : ""}`
  );
  let body = "\n**Other changes**\n\n";
  let shown = 0;
  for (const row of rows) {
    const rest = `- \u2026 and ${rows.length - shown} more (see the JSON report)
`;
    if (body.length + row.length + 1 + rest.length > budget) {
      body += rest;
      break;
    }
    body += row + "\n";
    shown++;
  }
  return body;
}
function placeOf(file2, line) {
  return codeSpan(oneLine(`${file2}${line ? `:${line}` : ""}`));
}
function escape2(text2) {
  const line = text2.replace(/\r?\n|\r/g, " ");
  let out = "";
  let at3 = 0;
  for (const m of line.matchAll(/`+/g)) {
    if (m.index < at3) continue;
    const close = closingRun(line, m.index + m[0].length, m[0].length);
    if (close < 0) continue;
    out += inert(line.slice(at3, m.index)) + line.slice(m.index, close + m[0].length);
    at3 = close + m[0].length;
  }
  return out + inert(line.slice(at3));
}
function closingRun(text2, from, length) {
  for (let i = text2.indexOf("`", from); i >= 0; i = text2.indexOf("`", i)) {
    let end = i;
    while (text2[end] === "`") end++;
    if (end - i === length) return i;
    i = end;
  }
  return -1;
}
var inert = (text2) => text2.replace(/[<>]/g, (c) => c === "<" ? "&lt;" : "&gt;").replace(/[[\]]/g, "\\$&").replace(/@(?=[A-Za-z0-9])/g, "@\u200B");

// src/core/report/text.ts
var plain = (_style, text2) => text2;
var LEVEL_STYLE = { major: "red", minor: "yellow", patch: "cyan", none: "gray" };
function renderText(report, paint2 = plain) {
  const lines = [];
  const lvl = (l) => paint2(LEVEL_STYLE[l], l.toUpperCase().padEnd(5));
  const count = report.changes.length;
  const changed = [...new Set(report.changes.map((c) => c.module))];
  const byLevelAndUnit = /* @__PURE__ */ new Map();
  for (const c of report.changes) pushTo(byLevelAndUnit, `${c.level}
${c.module}`, c);
  const perLevel = ["major", "minor", "patch", "none"].map((l) => [l, report.changes.filter((c) => c.level === l).length]).filter(([, n]) => n).map(([l, n]) => `${n} ${l}`).join(" \xB7 ");
  const summary = count ? `${perLevel} in ${changed.length} unit${changed.length === 1 ? "" : "s"}` : "no contract changes";
  lines.push(`${paint2("bold", "contract-guard")}  ${lvl(report.level)}  ${summary}`);
  if (report.violations) lines.push(paint2(report.blocked ? "red" : report.approval?.required ? "yellow" : "green", verdictLine(report)));
  if (report.baseline || report.head) lines.push(paint2("gray", `baseline: ${report.baseline ?? "?"}   head: ${report.head ?? "?"}`));
  const debt = (report.warned ?? []).filter((v) => v.debt);
  for (const { line, finding: v } of shownWarnings(report)) {
    lines.push(paint2("yellow", `warning: ${line}`));
    if (v) lines.push(`  ${paint2("gray", "fix:")} ${v.fix}${v.line ? paint2("gray", `  (${oneLine(v.file)}:${v.line})`) : ""}`);
  }
  const versioned = report.modules.filter((m) => m.requiredBump !== void 0);
  if (versioned.length) {
    lines.push("", paint2("bold", "units") + paint2("gray", "  (frozen \u2192 current, bump needed)"));
    for (const m of versioned) {
      const inherits = m.inherits?.length ? paint2("gray", `  inherits ${m.inherits.join(", ")}`) : "";
      lines.push(
        `  ${m.name.padEnd(16)} ${lvl(m.level)}  ${m.frozenVersion ?? "none"} \u2192 ${currentShown(m, "none")}, needs ${m.requiredBump}${inherits}`
      );
    }
  }
  const section = (title, style, list) => {
    if (!list.length) return;
    lines.push("", paint2(style, title));
    for (const v of list) {
      lines.push(`  ${paint2(style, "\u25CF")} ${v.message}  ${paint2("gray", `[${v.ruleId}]`)}`);
      lines.push(`    ${paint2("gray", "fix:")} ${v.fix}${v.line ? paint2("gray", `  (${oneLine(v.file)}:${v.line})`) : ""}`);
    }
  };
  section("blocking", "red", report.violations?.filter((v) => v.blocking) ?? []);
  section("needs Contract Council approval", "yellow", report.violations?.filter((v) => v.approvable) ?? []);
  if (report.checklist?.length) {
    lines.push("", paint2("bold", "migration checklist"));
    for (const item of report.checklist) lines.push(`  [${item.done ? paint2("green", "x") : " "}] ${item.text}`);
  }
  if (report.changes.length && report.violations) lines.push("", paint2("bold", "changes"));
  for (const level of ["major", "minor", "patch", "none"]) {
    for (const name of [...changed].sort()) {
      const list = byLevelAndUnit.get(`${level}
${name}`) ?? [];
      if (!list.length) continue;
      lines.push("", `${lvl(level)}  ${paint2("bold", name)}  (${list.length})`);
      for (const c of list) {
        const where = oneLine(`${c.file}${c.line ? `:${c.line}` : ""}`);
        lines.push(`  ${changeText(c)}  ${paint2("gray", `[${c.ruleId}]`)}`);
        lines.push(`    ${paint2("gray", where)}`);
        if (c.level === "major" || c.level === "minor") lines.push(`    ${paint2("gray", "\u2192")} ${c.hint}`);
      }
    }
  }
  if (debt.length) {
    lines.push("", paint2("gray", `already on the base branch (debt, not blocking): ${debt.length}`));
    for (const v of debt)
      lines.push(paint2("gray", `  ${v.message.endsWith(DEBT_NOTE) ? v.message.slice(0, -DEBT_NOTE.length) : v.message}  [${v.ruleId}]`));
  }
  return lines.join("\n") + "\n";
}

// src/cli/output.ts
var FORMATS = ["text", "json", "markdown", "sarif", "github"];
function parseFormat(value) {
  const format2 = value ?? "text";
  if (!FORMATS.includes(format2)) throw new UsageError(`--format must be ${FORMATS.join(", ")}, not '${format2}'`);
  return format2;
}
var paint = (style, text2) => styleText(style, text2);
function render(report, format2, stream = process.stdout) {
  if (format2 === "json") return reportJson(report) + "\n";
  if (format2 === "markdown") return renderMarkdown(report);
  if (format2 === "sarif") return renderSarif(report, package_default.version);
  if (format2 === "github") return renderGithub(report);
  const color = stream.isTTY && !process.env.NO_COLOR;
  return renderText(report, color ? paint : plain);
}
function printErrors(report) {
  for (const e of report.errors)
    process.stderr.write(`contract-guard: error: ${e.file}${e.line ? `:${e.line}` : ""}: ${diagnosticText(e)}
`);
}

// src/cli/commands/diff.ts
var DIFF_HELP = `Usage: contract-guard diff <base> <revision> [options]

Classify the changes between two contract files or two folders.

Options:
  --role <role>      request | response | event | storage: how a JSON Schema is read
                     (default: from its path, else storage)
  --format <format>  text | json | markdown | sarif | github (default: text)
  --judgement <how>  policy (default): set inclusion proves or refutes a change, the rules keep their level;
                     strict: set inclusion decides the level of every JSON Schema change
  --fail-on <level>  major | minor | patch: exit 1 when the changes reach that level (for CI)
  -h, --help         show this help

Exit codes: 0 compared (files in two folders that cannot be read are listed under errors),
1 the changes reach --fail-on, 2 bad input or usage (including either of two files given not being readable).
`;
async function diffCommand(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: "string" },
      format: { type: "string" },
      judgement: { type: "string" },
      "fail-on": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    process.stdout.write(DIFF_HELP);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError("diff takes two paths: contract-guard diff <base> <revision>");
  const format2 = parseFormat(values.format);
  if (values.role !== void 0 && !isRole(values.role))
    throw new UsageError(`--role must be request, response, event or storage, not '${values.role}'`);
  const role = values.role;
  const judgement = values.judgement ?? "policy";
  if (judgement !== "policy" && judgement !== "strict") throw new UsageError(`--judgement must be policy or strict, not '${judgement}'`);
  const failOn = values["fail-on"];
  if (failOn !== void 0 && !["major", "minor", "patch"].includes(failOn))
    throw new UsageError(`--fail-on must be major, minor or patch, not '${failOn}'`);
  const [a, b] = positionals.map((p) => resolve3(p));
  const kindOf3 = (p) => {
    try {
      return statSync2(p).isDirectory() ? "dir" : "file";
    } catch {
      throw new UsageError(`no such file or folder: ${p}`);
    }
  };
  const ka = kindOf3(a);
  if (ka !== kindOf3(b)) throw new UsageError("diff compares two files or two folders, not one of each");
  let result;
  const progress = progressOnStderr();
  const onFile = (file2) => progress.tell(file2);
  let trees;
  let documents;
  if (ka === "dir") {
    trees = [new FsTree(a), new FsTree(b), [], []];
    trees[2] = trees[0].paths();
    trees[3] = trees[1].paths();
    documents = Documents.pair(trees[0], trees[1]);
    result = diffTrees(trees[0], trees[1], {
      role,
      forceRole: role !== void 0,
      looseSchemas: role !== void 0,
      documents,
      judgement,
      onFile
    });
  } else {
    const ra = repositoryRootOf(a);
    const rb = repositoryRootOf(b);
    const rel = (root, p) => relative2(root, p).split(sep2).join("/");
    trees = [new FsTree(ra, []), new FsTree(rb, []), [rel(ra, a)], [rel(rb, b)]];
    documents = Documents.pair(trees[0], trees[1]);
    result = diffTrees(trees[0], trees[1], {
      role: role ?? "storage",
      forceRole: role !== void 0,
      looseSchemas: true,
      pairs: [{ base: trees[2][0], head: trees[3][0] }],
      documents,
      judgement,
      onFile
    });
  }
  progress.done();
  const report = buildReport(result);
  for (const [docs, paths] of [
    [documents.base, trees[2]],
    [documents.head, trees[3]]
  ]) {
    for (const e of checkReadable(docs, paths, () => ka === "file").problems)
      if (!report.errors.some((k) => k.file === e.file && k.message === e.message)) report.errors.push(e);
  }
  if (ka === "file" && report.errors.length) {
    printErrors(report);
    return 2;
  }
  process.stdout.write(render(report, format2));
  printErrors(report);
  return failOn && levelRank(report.level) >= levelRank(failOn) ? 1 : 0;
}
export {
  DIFF_HELP,
  diffCommand
};
