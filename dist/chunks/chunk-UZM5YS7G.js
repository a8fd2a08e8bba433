import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  emittedId,
  fill,
  getRule,
  levelRank,
  localRefTokens,
  maxLevel,
  pointerJoin,
  pointerTokens,
  refTarget,
  ruleLevel,
  sortChanges
} from "./chunk-MK25LMMB.js";
import {
  InputError,
  isBug,
  unlessUnreadable
} from "./chunk-KNFEERHG.js";
import {
  require__,
  require_ajv,
  require_codegen
} from "./chunk-G3HKDXCB.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-555N3RVI.js";

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
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
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

// src/adapters/fs-tree.ts
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

// src/core/source/limits.ts
var LIMITS = {
  /** The GitHub REST description is ~13 MB of JSON; 32 MiB leaves room without inviting abuse. */
  maxFileBytes: 32 * 1024 * 1024,
  /** YAML aliases share nodes; a document that expands past this many nodes is an alias bomb. */
  maxExpandedNodes: 5e6,
  /** Collections nested deeper than this are refused (js-yaml checks YAML; we check JSON). */
  maxDepth: 200
};

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
  files = /* @__PURE__ */ new Map();
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
          if (st.isDirectory()) walk2(full);
          else if (st.isFile()) out.push(relative(this.root, full).split(sep).join("/"));
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
   * 13 MB description read five times cost a third of a second. One over the size limit is stood in for by a marker
   * of its size, never read whole.
   */
  read(path) {
    if (!this.files.has(path)) this.files.set(path, this.readNow(path));
    return this.files.get(path);
  }
  readNow(path) {
    const full = resolve(this.root, path);
    if (full !== this.root && !full.startsWith(this.root + sep)) return void 0;
    try {
      const st = lstatSync(full);
      if (!st.isFile()) return void 0;
      this.realRoot ??= realpathSync(this.root);
      const real = realpathSync(full);
      if (!real.startsWith(this.realRoot + sep)) return void 0;
      return st.size > LIMITS.maxFileBytes ? new Uint8Array(LIMITS.maxFileBytes + 1) : readFileSync(real);
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

// src/core/layout.ts
var FROZEN_DIR = "_frozen";
var GLOBALS = "globals";
var FREEZE_FILE = /^freeze-v[^/]+\.json$/;
var HISTORY_FILE = /^(freeze|sha-index)-v[^/]+\.json$/;
var ContractsLayout = class {
  /**
   * `root`: the contracts folder. `modulesDir`: where modules live, repository-relative or (when it does not start with
   * the root) relative to the root, as the built-in default `modules` is.
   */
  constructor(root, modulesDir = "modules") {
    this.root = root;
    this.prefix = root ? root + "/" : "";
    this.frozenDir = this.prefix + FROZEN_DIR;
    this.modulesDir = !this.prefix || modulesDir.startsWith(this.prefix) ? modulesDir : this.prefix + modulesDir;
  }
  root;
  /** `root/` or '' */
  prefix;
  /** `root/_frozen` */
  frozenDir;
  /** The folder holding one sub-folder per module, repository-relative. */
  modulesDir;
  /** A file of the frozen folder: `frozenPath('freeze-latest.json')`. */
  frozenPath(name) {
    return `${this.frozenDir}/${name}`;
  }
  isFrozen(path) {
    return path.startsWith(this.frozenDir + "/");
  }
  /** A versioned freeze stored in the frozen folder (not the `-latest` copy). */
  isFreezePath(path) {
    return this.isFrozen(path) && !path.slice(this.frozenDir.length + 1).includes("/") && isFreezeFile(path);
  }
  inRoot(path) {
    return path.startsWith(this.prefix);
  }
  /** The path as seen from the contracts root (paths outside it are returned as they are). */
  rel(path) {
    return this.prefix && path.startsWith(this.prefix) ? path.slice(this.prefix.length) : path;
  }
  /** The module owning a repository path: `<modulesDir>/<name>/…`, else `globals`. */
  moduleOf(path) {
    const start = this.modulesDir + "/";
    if (!path.startsWith(start)) return GLOBALS;
    const rest = path.slice(start.length);
    const slash = rest.indexOf("/");
    return slash > 0 ? rest.slice(0, slash) : GLOBALS;
  }
  /** `<modulesDir>/<name>/versions.yaml` or the root's `versions.yaml`: the module's versions file, when it is one. */
  versionsModule(path) {
    if (/^versions\.ya?ml$/.test(this.rel(path)) && this.inRoot(path)) return GLOBALS;
    const start = this.modulesDir + "/";
    return path.startsWith(start) && /^[^/]+\/versions\.ya?ml$/.test(path.slice(start.length)) ? this.moduleOf(path) : void 0;
  }
};
function moduleOfAnyPath(path) {
  const m = /(?:^|\/)modules\/([^/]+)\//.exec(path);
  return m ? m[1] : GLOBALS;
}
function isFreezeFile(path) {
  return FREEZE_FILE.test(baseName(path));
}
function isHistoryFile(path) {
  return HISTORY_FILE.test(baseName(path));
}
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}

// src/core/source/tree.ts
import { posix } from "node:path";

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
    represent: options.represent ?? ((data) => String(data)),
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
    represent: options.represent ?? ((data) => data),
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
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
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
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
  const result = {};
  for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
  return result;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
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
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
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
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
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
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj2 = data;
    for (const key of Object.keys(obj2)) map.set(key, obj2[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
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
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
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
function addMappingValue(state, frame, key, value, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
  const err = frame.tag.addPair(frame.value, key, value);
  if (err) throwError$1(state, err);
  frame.overridable?.delete(key);
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
    const key = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key, value, tag);
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
var supportedEols = ["\n", "\r", "\r\n"];

// node_modules/jsonc-parser/lib/esm/impl/format.js
function format(documentText, range, options) {
  let initialIndentLevel;
  let formatText;
  let formatTextStart;
  let rangeStart;
  let rangeEnd;
  if (range) {
    rangeStart = range.offset;
    rangeEnd = rangeStart + range.length;
    formatTextStart = rangeStart;
    while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
      formatTextStart--;
    }
    let endOffset = rangeEnd;
    while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
      endOffset++;
    }
    formatText = documentText.substring(formatTextStart, endOffset);
    initialIndentLevel = computeIndentLevel(formatText, options);
  } else {
    formatText = documentText;
    initialIndentLevel = 0;
    formatTextStart = 0;
    rangeStart = 0;
    rangeEnd = documentText.length;
  }
  const eol = getEOL(options, documentText);
  const eolFastPathSupported = supportedEols.includes(eol);
  let numberLineBreaks = 0;
  let indentLevel = 0;
  let indentValue;
  if (options.insertSpaces) {
    indentValue = cachedSpaces[options.tabSize || 4] ?? repeat(cachedSpaces[1], options.tabSize || 4);
  } else {
    indentValue = "	";
  }
  const indentType = indentValue === "	" ? "	" : " ";
  let scanner = createScanner(formatText, false);
  let hasError = false;
  function newLinesAndIndent() {
    if (numberLineBreaks > 1) {
      return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
    }
    const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
    if (!eolFastPathSupported || amountOfSpaces > cachedBreakLinesWithSpaces[indentType][eol].length) {
      return eol + repeat(indentValue, initialIndentLevel + indentLevel);
    }
    if (amountOfSpaces <= 0) {
      return eol;
    }
    return cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
  }
  function scanNext() {
    let token = scanner.scan();
    numberLineBreaks = 0;
    while (token === 15 || token === 14) {
      if (token === 14 && options.keepLines) {
        numberLineBreaks += 1;
      } else if (token === 14) {
        numberLineBreaks = 1;
      }
      token = scanner.scan();
    }
    hasError = token === 16 || scanner.getTokenError() !== 0;
    return token;
  }
  const editOperations = [];
  function addEdit(text2, startOffset, endOffset) {
    if (!hasError && (!range || startOffset < rangeEnd && endOffset > rangeStart) && documentText.substring(startOffset, endOffset) !== text2) {
      editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text2 });
    }
  }
  let firstToken = scanNext();
  if (options.keepLines && numberLineBreaks > 0) {
    addEdit(repeat(eol, numberLineBreaks), 0, 0);
  }
  if (firstToken !== 17) {
    let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
    let initialIndent = indentValue.length * initialIndentLevel < 20 && options.insertSpaces ? cachedSpaces[indentValue.length * initialIndentLevel] : repeat(indentValue, initialIndentLevel);
    addEdit(initialIndent, formatTextStart, firstTokenStart);
  }
  while (firstToken !== 17) {
    let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
    let secondToken = scanNext();
    let replaceContent = "";
    let needsLineBreak = false;
    while (numberLineBreaks === 0 && (secondToken === 12 || secondToken === 13)) {
      let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
      addEdit(cachedSpaces[1], firstTokenEnd, commentTokenStart);
      firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
      needsLineBreak = secondToken === 12;
      replaceContent = needsLineBreak ? newLinesAndIndent() : "";
      secondToken = scanNext();
    }
    if (secondToken === 2) {
      if (firstToken !== 1) {
        indentLevel--;
      }
      ;
      if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1) {
        replaceContent = newLinesAndIndent();
      } else if (options.keepLines) {
        replaceContent = cachedSpaces[1];
      }
    } else if (secondToken === 4) {
      if (firstToken !== 3) {
        indentLevel--;
      }
      ;
      if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3) {
        replaceContent = newLinesAndIndent();
      } else if (options.keepLines) {
        replaceContent = cachedSpaces[1];
      }
    } else {
      switch (firstToken) {
        case 3:
        case 1:
          indentLevel++;
          if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
            replaceContent = newLinesAndIndent();
          } else {
            replaceContent = cachedSpaces[1];
          }
          break;
        case 5:
          if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
            replaceContent = newLinesAndIndent();
          } else {
            replaceContent = cachedSpaces[1];
          }
          break;
        case 12:
          replaceContent = newLinesAndIndent();
          break;
        case 13:
          if (numberLineBreaks > 0) {
            replaceContent = newLinesAndIndent();
          } else if (!needsLineBreak) {
            replaceContent = cachedSpaces[1];
          }
          break;
        case 6:
          if (options.keepLines && numberLineBreaks > 0) {
            replaceContent = newLinesAndIndent();
          } else if (!needsLineBreak) {
            replaceContent = cachedSpaces[1];
          }
          break;
        case 10:
          if (options.keepLines && numberLineBreaks > 0) {
            replaceContent = newLinesAndIndent();
          } else if (secondToken === 6 && !needsLineBreak) {
            replaceContent = "";
          }
          break;
        case 7:
        case 8:
        case 9:
        case 11:
        case 2:
        case 4:
          if (options.keepLines && numberLineBreaks > 0) {
            replaceContent = newLinesAndIndent();
          } else {
            if ((secondToken === 12 || secondToken === 13) && !needsLineBreak) {
              replaceContent = cachedSpaces[1];
            } else if (secondToken !== 5 && secondToken !== 17) {
              hasError = true;
            }
          }
          break;
        case 16:
          hasError = true;
          break;
      }
      if (numberLineBreaks > 0 && (secondToken === 12 || secondToken === 13)) {
        replaceContent = newLinesAndIndent();
      }
    }
    if (secondToken === 17) {
      if (options.keepLines && numberLineBreaks > 0) {
        replaceContent = newLinesAndIndent();
      } else {
        replaceContent = options.insertFinalNewline ? eol : "";
      }
    }
    const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
    addEdit(replaceContent, firstTokenEnd, secondTokenStart);
    firstToken = secondToken;
  }
  return editOperations;
}
function repeat(s, count) {
  let result = "";
  for (let i = 0; i < count; i++) {
    result += s;
  }
  return result;
}
function computeIndentLevel(content, options) {
  let i = 0;
  let nChars = 0;
  const tabSize = options.tabSize || 4;
  while (i < content.length) {
    let ch = content.charAt(i);
    if (ch === cachedSpaces[1]) {
      nChars++;
    } else if (ch === "	") {
      nChars += tabSize;
    } else {
      break;
    }
    i++;
  }
  return Math.floor(nChars / tabSize);
}
function getEOL(options, text2) {
  for (let i = 0; i < text2.length; i++) {
    const ch = text2.charAt(i);
    if (ch === "\r") {
      if (i + 1 < text2.length && text2.charAt(i + 1) === "\n") {
        return "\r\n";
      }
      return "\r";
    } else if (ch === "\n") {
      return "\n";
    }
  }
  return options && options.eol || "\n";
}
function isEOL(text2, offset) {
  return "\r\n".indexOf(text2.charAt(offset)) !== -1;
}

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
function parseTree(text2, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep2, offset, length) => {
      if (currentParent.type === "property") {
        if (sep2 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep2 === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text2, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function findNodeAtLocation(root, path) {
  if (!root) {
    return void 0;
  }
  let node = root;
  for (let segment of path) {
    if (typeof segment === "string") {
      if (node.type !== "object" || !Array.isArray(node.children)) {
        return void 0;
      }
      let found = false;
      for (const propertyNode of node.children) {
        if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
          node = propertyNode.children[1];
          found = true;
          break;
        }
      }
      if (!found) {
        return void 0;
      }
    } else {
      const index = segment;
      if (node.type !== "array" || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
        return void 0;
      }
      node = node.children[index];
    }
  }
  return node;
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
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/impl/edit.js
function setProperty(text2, originalPath, value, options) {
  const path = originalPath.slice();
  const errors = [];
  const root = parseTree(text2, errors);
  let parent = void 0;
  let lastSegment = void 0;
  while (path.length > 0) {
    lastSegment = path.pop();
    parent = findNodeAtLocation(root, path);
    if (parent === void 0 && value !== void 0) {
      if (typeof lastSegment === "string") {
        value = { [lastSegment]: value };
      } else {
        value = [value];
      }
    } else {
      break;
    }
  }
  if (!parent) {
    if (value === void 0) {
      throw new Error("Can not delete in empty document");
    }
    return withFormatting(text2, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
  } else if (parent.type === "object" && typeof lastSegment === "string" && Array.isArray(parent.children)) {
    const existing = findNodeAtLocation(parent, [lastSegment]);
    if (existing !== void 0) {
      if (value === void 0) {
        if (!existing.parent) {
          throw new Error("Malformed AST");
        }
        const propertyIndex = parent.children.indexOf(existing.parent);
        let removeBegin;
        let removeEnd = existing.parent.offset + existing.parent.length;
        if (propertyIndex > 0) {
          let previous = parent.children[propertyIndex - 1];
          removeBegin = previous.offset + previous.length;
        } else {
          removeBegin = parent.offset + 1;
          if (parent.children.length > 1) {
            let next = parent.children[1];
            removeEnd = next.offset;
          }
        }
        return withFormatting(text2, { offset: removeBegin, length: removeEnd - removeBegin, content: "" }, options);
      } else {
        return withFormatting(text2, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
      }
    } else {
      if (value === void 0) {
        return [];
      }
      const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
      const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map((p) => p.children[0].value)) : parent.children.length;
      let edit;
      if (index > 0) {
        let previous = parent.children[index - 1];
        edit = { offset: previous.offset + previous.length, length: 0, content: "," + newProperty };
      } else if (parent.children.length === 0) {
        edit = { offset: parent.offset + 1, length: 0, content: newProperty };
      } else {
        edit = { offset: parent.offset + 1, length: 0, content: newProperty + "," };
      }
      return withFormatting(text2, edit, options);
    }
  } else if (parent.type === "array" && typeof lastSegment === "number" && Array.isArray(parent.children)) {
    const insertIndex = lastSegment;
    if (insertIndex === -1) {
      const newProperty = `${JSON.stringify(value)}`;
      let edit;
      if (parent.children.length === 0) {
        edit = { offset: parent.offset + 1, length: 0, content: newProperty };
      } else {
        const previous = parent.children[parent.children.length - 1];
        edit = { offset: previous.offset + previous.length, length: 0, content: "," + newProperty };
      }
      return withFormatting(text2, edit, options);
    } else if (value === void 0 && parent.children.length >= 0) {
      const removalIndex = lastSegment;
      const toRemove = parent.children[removalIndex];
      let edit;
      if (parent.children.length === 1) {
        edit = { offset: parent.offset + 1, length: parent.length - 2, content: "" };
      } else if (parent.children.length - 1 === removalIndex) {
        let previous = parent.children[removalIndex - 1];
        let offset = previous.offset + previous.length;
        let parentEndOffset = parent.offset + parent.length;
        edit = { offset, length: parentEndOffset - 2 - offset, content: "" };
      } else {
        edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: "" };
      }
      return withFormatting(text2, edit, options);
    } else if (value !== void 0) {
      let edit;
      const newProperty = `${JSON.stringify(value)}`;
      if (!options.isArrayInsertion && parent.children.length > lastSegment) {
        const toModify = parent.children[lastSegment];
        edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
      } else if (parent.children.length === 0 || lastSegment === 0) {
        edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + "," };
      } else {
        const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
        const previous = parent.children[index - 1];
        edit = { offset: previous.offset + previous.length, length: 0, content: "," + newProperty };
      }
      return withFormatting(text2, edit, options);
    } else {
      throw new Error(`Can not ${value === void 0 ? "remove" : options.isArrayInsertion ? "insert" : "modify"} Array index ${insertIndex} as length is not sufficient`);
    }
  } else {
    throw new Error(`Can not add ${typeof lastSegment !== "number" ? "index" : "property"} to parent of type ${parent.type}`);
  }
}
function withFormatting(text2, edit, options) {
  if (!options.formattingOptions) {
    return [edit];
  }
  let newText = applyEdit(text2, edit);
  let begin = edit.offset;
  let end = edit.offset + edit.content.length;
  if (edit.length === 0 || edit.content.length === 0) {
    while (begin > 0 && !isEOL(newText, begin - 1)) {
      begin--;
    }
    while (end < newText.length && !isEOL(newText, end)) {
      end++;
    }
  }
  const edits = format(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
  for (let i = edits.length - 1; i >= 0; i--) {
    const edit2 = edits[i];
    newText = applyEdit(newText, edit2);
    begin = Math.min(begin, edit2.offset);
    end = Math.max(end, edit2.offset + edit2.length);
    end += edit2.content.length - edit2.length;
  }
  const editLength = text2.length - (newText.length - end) - begin;
  return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
}
function applyEdit(text2, edit) {
  return text2.substring(0, edit.offset) + edit.content + text2.substring(edit.offset + edit.length);
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
function modify(text2, path, value, options) {
  return setProperty(text2, path, value, options);
}
function applyEdits(text2, edits) {
  let sortedEdits = edits.slice(0).sort((a, b) => {
    const diff = a.offset - b.offset;
    if (diff === 0) {
      return a.length - b.length;
    }
    return diff;
  });
  let lastModifiedOffset = text2.length;
  for (let i = sortedEdits.length - 1; i >= 0; i--) {
    let e = sortedEdits[i];
    if (e.offset + e.length <= lastModifiedOffset) {
      text2 = applyEdit(text2, e);
    } else {
      throw new Error("Overlapping edit");
    }
    lastModifiedOffset = e.offset;
  }
  return text2;
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

// src/core/source/parse.ts
function formatOf(file) {
  if (/\.(json|avsc)$/i.test(file)) return "json";
  if (/\.ya?ml$/i.test(file)) return "yaml";
  return void 0;
}
function isBinary(bytes) {
  const end = Math.min(bytes.length, 8e3);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}
function overSizeLimit(file, size) {
  const mb = (n) => (n / 1024 / 1024).toFixed(1);
  return new InputError(`file is ${mb(size)} MB, over the ${mb(LIMITS.maxFileBytes)} MB limit`, file);
}
function decodeText(file, bytes) {
  if (bytes.length > LIMITS.maxFileBytes) throw overSizeLimit(file, bytes.length);
  if (isBinary(bytes)) throw new InputError("binary file (contains NUL bytes), expected UTF-8 text", file);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    const at3 = lossy.indexOf("\uFFFD");
    const line = at3 < 0 ? void 0 : lossy.slice(0, at3).split("\n").length;
    throw new InputError("not valid UTF-8 text", file, line);
  }
}
function parseText(file, text2, format2) {
  const data = format2 === "json" ? parseJson(file, text2) : parseYaml(file, text2);
  return { file, format: format2, text: text2, data, positions: new PositionIndex(text2, format2 === "json") };
}
function parseJson(file, text2) {
  checkJsonShape(file, text2);
  let data;
  try {
    data = JSON.parse(text2);
  } catch (err) {
    const errors = [];
    parse2(text2, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    const line = first ? text2.slice(0, first.offset).split("\n").length : void 0;
    const reason = first ? printParseErrorCode(first.error) : err.message.replace(/, "[\s\S]*" is not valid JSON$/, "");
    throw new InputError(`invalid JSON: ${reason}`, file, line);
  }
  return data;
}
function parseYaml(file, text2) {
  let data;
  try {
    data = load(text2, { filename: file, maxDepth: LIMITS.maxDepth });
  } catch (err) {
    if (err instanceof YAMLException) {
      throw new InputError(`invalid YAML: ${err.reason}`, file, err.mark ? err.mark.line + 1 : void 0);
    }
    throw new InputError(`invalid YAML: ${err.message}`, file);
  }
  if (text2.includes("*")) checkExpansion(file, data);
  return data;
}
function checkExpansion(file, data) {
  const size = /* @__PURE__ */ new Map();
  const visiting = /* @__PURE__ */ new Set();
  const count = (value) => {
    if (value === null || typeof value !== "object") return 1;
    const known = size.get(value);
    if (known !== void 0) return known;
    if (visiting.has(value)) throw new InputError("recursive YAML alias (a node contains itself)", file);
    visiting.add(value);
    let total = 1;
    for (const child of Object.values(value)) {
      total += count(child);
      if (total > LIMITS.maxExpandedNodes) {
        throw new InputError(`YAML aliases expand to more than ${LIMITS.maxExpandedNodes.toLocaleString("en")} nodes (alias bomb?)`, file);
      }
    }
    visiting.delete(value);
    size.set(value, total);
    return total;
  };
  count(data);
}
function checkJsonShape(file, text2) {
  const lineAt = (i) => text2.slice(0, i).split("\n").length;
  const duplicate = (start, end) => new InputError(`duplicate key "${text2.slice(start, end)}" in one object`, file, lineAt(start - 1));
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
        const key = text2.slice(start, i);
        if (set.has(key)) throw duplicate(start, i);
        set.add(key);
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
      if (open.length > LIMITS.maxDepth) throw new InputError(`nesting deeper than ${LIMITS.maxDepth} levels`, file, lineAt(i));
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

// src/core/source/tree.ts
var MapTree = class {
  files = /* @__PURE__ */ new Map();
  constructor(files = []) {
    for (const [path, content] of files) this.set(path, content);
  }
  set(path, content) {
    this.files.set(path, typeof content === "string" ? new TextEncoder().encode(content) : content);
  }
  paths() {
    return [...this.files.keys()].sort();
  }
  read(path) {
    return this.files.get(path);
  }
};
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
  /**
   * The documents of a diff's two sides: a file with the same path and bytes on both (most of a large tree) is
   * parsed once, its parse shared. Parsed documents are never edited, so sharing one changes no answer.
   */
  static pair(base, head) {
    const [b, h] = [new _Documents(base), new _Documents(head)];
    [b.peer, h.peer] = [h, b];
    return { base: b, head: h };
  }
  /** This side's parse of `file`, if it has one and its bytes are `bytes`. */
  parsedAs(file, bytes) {
    const entry = this.cache.get(file);
    const mine = entry && this.tree.read(file);
    return mine && (mine === bytes || Buffer.from(mine.buffer, mine.byteOffset, mine.byteLength).equals(bytes)) ? entry : void 0;
  }
  has(file) {
    return this.tree.read(file) !== void 0;
  }
  /** Parse a YAML/JSON file; throws (the same) InputError on every call for a bad file. */
  get(file) {
    let entry = this.cache.get(file);
    if (!entry) {
      const bytes = this.tree.read(file);
      entry = bytes && this.peer?.parsedAs(file, bytes) || this.parse(file, bytes);
      this.cache.set(file, entry);
    }
    if (entry instanceof InputError) throw entry;
    return entry;
  }
  parse(file, bytes) {
    const format2 = formatOf(file);
    try {
      if (!bytes) throw new InputError("file not found", file);
      if (!format2) throw new InputError("not a YAML or JSON file", file);
      return parseText(file, decodeText(file, bytes), format2);
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
    const file = target ? this.targetFile(from, ref, target) : from.file;
    if (fragment && !fragment.startsWith("/")) throw this.refError(from, `$ref ${ref}: plain-name fragments are not supported`);
    const doc = this.get(file);
    let node = doc.data;
    for (const token of pointerTokens(fragment)) {
      if (node === null || typeof node !== "object" || !(token in node)) {
        throw this.refError(from, `$ref target ${ref} not found (${file} has no ${fragment})`);
      }
      node = node[token];
    }
    return { loc: { file, pointer: pointerJoin("", ...pointerTokens(fragment)) }, node };
  }
  /**
   * The file a `$ref`'s target (the part before `#`) names, looked up as JSON Schema says and real trees need: relative
   * to the file's location first, then against the file's `$id` through the `$id`s of the tree's own files.
   */
  targetFile(from, ref, target) {
    const key = `${from.file}\0${target}`;
    let found = this.targets.get(key);
    if (found === void 0) this.targets.set(key, found = this.findTarget(from, ref, target));
    return found;
  }
  findTarget(from, ref, target) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
      const viaId2 = this.byId(target);
      if (!viaId2)
        throw this.refError(from, `remote $ref ${ref} is not fetched (contract-guard never uses the network); vendor it into the tree`);
      return viaId2;
    }
    const joined = posix.normalize(posix.join(posix.dirname(from.file), safeDecode(target)));
    const inside = !(joined.startsWith("../") || joined === ".." || posix.isAbsolute(joined));
    const viaId = this.baseUri(from.file) ? this.byIdRelative(from.file, target) : void 0;
    if (inside && this.has(joined)) {
      if (viaId && viaId !== joined)
        this.note(`${from.file}: $ref ${target} resolves to ${joined} by location but to ${viaId} through $id; using ${joined}`);
      return joined;
    }
    if (viaId) return viaId;
    if (!inside) throw this.refError(from, `$ref ${ref} leaves the repository root`);
    throw this.refError(
      from,
      `$ref target ${ref} not found (no ${joined}${this.baseUri(from.file) ? ", and no file in the tree has that $id" : ""})`
    );
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
      const key = `${current.loc.file}#${current.loc.pointer}`;
      if (seen.has(key)) throw this.refError(current.loc, `cyclic $ref: ${[...seen].join(" -> ")} -> ${key}`);
      seen.add(key);
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
  /** The top-level `$id` of a file, its base URI for relative `$ref`s. */
  baseUri(file) {
    try {
      const data = this.get(file).data;
      return data && typeof data === "object" && typeof data.$id === "string" && /^[a-z][a-z0-9+.-]*:/i.test(data.$id) ? data.$id : void 0;
    } catch {
      return void 0;
    }
  }
  /** A target resolved against the file's `$id` (or absolute already), found among the tree's own `$id`s. */
  byIdRelative(file, target) {
    let uri;
    try {
      uri = new URL(target, this.baseUri(file)).href;
    } catch {
      return void 0;
    }
    return this.byId(uri);
  }
  /** `$id` of top-level JSON Schemas, so `$ref`s by URI to schemas in the tree resolve locally. */
  byId(uri) {
    if (!this.idIndex) {
      this.idIndex = /* @__PURE__ */ new Map();
      for (const path of this.tree.paths()) {
        if (!/\.(json|ya?ml)$/i.test(path) || !Buffer.from(this.tree.read(path) ?? []).includes("$id")) continue;
        const id = this.baseUri(path);
        if (id && !this.idIndex.has(idKey(id))) this.idIndex.set(idKey(id), path);
      }
    }
    return this.idIndex.get(idKey(uri));
  }
};
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
function filterTree(tree, keep) {
  return { paths: () => tree.paths().filter(keep), read: (p) => keep(p) ? tree.read(p) : void 0 };
}
function overlayTree(layers) {
  const layerOf = (p) => layers.find((l) => l.owns(p));
  return {
    paths: () => [...new Set(layers.flatMap((l) => l.tree.paths().filter((p) => layerOf(p) === l)))].sort(),
    read: (p) => layerOf(p)?.tree.read(p)
  };
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

// src/core/semantic/bundle.ts
var KEY = (n) => `contract-guard-bundled-${n}`;
function bundle(docs, file) {
  const keys = /* @__PURE__ */ new Map();
  const pending = [];
  const prefixOf = (target) => {
    if (target === file) return "";
    let key = keys.get(target);
    if (!key) {
      keys.set(target, key = KEY(keys.size + 1));
      pending.push(target);
    }
    return `/$defs/${key}`;
  };
  let from = file;
  const copies = new RewrittenCopy((node, key, value) => {
    if (from !== file && node === docs.get(from).data && (key === "$id" || key === "$schema")) return DROP;
    return key === "$ref" && typeof value === "string" ? rewrite2(value, from) : KEEP;
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
    const root = copies.copy(docs.get(file).data);
    const embedded = {};
    while (pending.length) {
      from = pending.shift();
      embedded[keys.get(from)] = copies.copy(docs.get(from).data);
    }
    if (keys.size) {
      if (!root || typeof root !== "object" || Array.isArray(root)) return void 0;
      const own = root.$defs && typeof root.$defs === "object" ? root.$defs : {};
      root.$defs = { ...own, ...embedded };
    }
    return { root, copyOf: (node) => copies.copyOf(node) };
  } catch (err) {
    if (err instanceof InputError) return void 0;
    throw err;
  }
}
function hasExternalRef(text2) {
  return /["']?\$ref["']?\s*:\s*["']?(?!#)[^\s"']/.test(text2);
}
function judgedDocument(docs, file) {
  const parsed = docs.get(file);
  return hasExternalRef(parsed.text) && bundle(docs, file) || { root: parsed.data, copyOf: (node) => node };
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
function directTargets(docs, file) {
  let known = directCache.get(docs);
  if (!known) directCache.set(docs, known = /* @__PURE__ */ new Map());
  if (known.has(file)) return known.get(file);
  let targets;
  const parsed = unlessUnreadable(() => docs.get(file));
  if (parsed && !hasExternalRef(parsed.text)) targets = /* @__PURE__ */ new Set();
  else if (parsed) {
    const refs = /* @__PURE__ */ new Set();
    collectRefs(parsed.data, refs);
    targets = /* @__PURE__ */ new Set();
    for (const ref of refs) {
      const target = ref.split("#")[0];
      if (!target) continue;
      try {
        targets.add(docs.targetFile({ file, pointer: "" }, ref, target));
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
      }
    }
  }
  known.set(file, targets);
  return targets;
}
function referenceClosure(docs, files) {
  const direct = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (!/\.(json|ya?ml)$/i.test(file)) continue;
    const targets = directTargets(docs, file);
    if (targets) direct.set(file, targets);
  }
  const closure = /* @__PURE__ */ new Map();
  const reach = (file, seen) => {
    const known = closure.get(file);
    if (known) return known;
    const out = /* @__PURE__ */ new Set();
    for (const t of direct.get(file) ?? []) {
      if (seen.has(t)) continue;
      out.add(t);
      for (const u of reach(t, /* @__PURE__ */ new Set([...seen, t]))) out.add(u);
    }
    closure.set(file, out);
    return out;
  };
  for (const file of direct.keys()) reach(file, /* @__PURE__ */ new Set([file]));
  return closure;
}

// src/core/source/kind.ts
var DOC_EXTENSIONS = /\.(md|markdown|txt|rst|adoc|html?)$/i;
function detectKind(file, bytes, data) {
  if (DOC_EXTENSIONS.test(file)) return "document";
  if (isToolingName(file)) return "other";
  if (/(^|\/)versions\.ya?ml$/i.test(file)) return "versions";
  if (!formatOf(file)) return bytes && isBinary(bytes) ? "binary" : "document";
  if (/\.avsc$/i.test(file)) return "avro";
  if (/\.schema\.(json|ya?ml)$/i.test(file) && (typeof data === "boolean" || data !== null && typeof data === "object" && !Array.isArray(data))) {
    const d = data;
    if (typeof d !== "object" || !("openapi" in d || "swagger" in d)) return "jsonschema";
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return "data";
  const doc = data;
  if (typeof doc.openapi === "string" && /^3\./.test(doc.openapi)) return "openapi";
  if (doc.swagger === "2.0" || doc.swagger === 2) return "swagger";
  if (typeof doc.asyncapi === "string" && /^[23]\./.test(doc.asyncapi)) return "asyncapi";
  if (typeof doc.$schema === "string" && /json-schema\.org/.test(doc.$schema)) return "jsonschema";
  if (/\.schema\.(json|ya?ml)$/i.test(file)) return "jsonschema";
  if (doc.components && typeof doc.components === "object" && !("paths" in doc)) return "openapi-fragment";
  if (("type" in doc || "properties" in doc || "$defs" in doc || "allOf" in doc || "oneOf" in doc) && /\/schemas?\//.test("/" + file)) {
    return "jsonschema";
  }
  return "data";
}
function roleFromPath(file, fallback) {
  const p = "/" + file.toLowerCase();
  if (/\/events?\//.test(p) || /\.event\.schema\./.test(p)) return "event";
  if (/\/storage\//.test(p)) return "storage";
  if (/\/requests?\//.test(p)) return "request";
  if (/\/responses?\//.test(p)) return "response";
  return fallback;
}
function isToolingName(file) {
  const p = "/" + file.toLowerCase();
  return /\.(py|sh|bash|ps1|bat|cmd|js|mjs|cjs|ts|rb|go|java|kt|rs|lock|ini|cfg|toml|env)$/.test(p) || /\/(makefile|dockerfile|\.gitignore|\.gitattributes|\.editorconfig)$/.test(p) || /\.(test|spec)\.(json|ya?ml)$/.test(p) || /\.postman_(collection|environment)\.json$/.test(p) || /\/\.?spectral[^/]*\.(json|ya?ml)$/.test(p) || /\/(package|package-lock|tsconfig)\.json$/.test(p) || /\/(tests?|tooling|scripts|harness|ci|\.github)\//.test(p);
}
function isContractName(file) {
  const p = "/" + file.toLowerCase();
  if (!/\.(json|ya?ml|avsc)$/.test(p)) return false;
  return /\.avsc$/.test(p) || /\/versions\.ya?ml$/.test(p) || /\.schema\.(json|ya?ml)$/.test(p) || /\/events?\/(.*\/)?(topics|catalog)\.ya?ml$/.test(p) || /\/[^/]*(openapi|swagger|asyncapi)[^/]*$/.test(p) || /\/(schemas?|openapi)\/([^/]+\/)*[^/]+$/.test(p);
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
function toCrlf(bytes) {
  const parts = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === LF && bytes[i - 1] !== CR) parts.push(CR);
    parts.push(bytes[i]);
  }
  return Uint8Array.from(parts);
}
function sameContent(a, b) {
  if (Buffer.compare(a, b) === 0) return true;
  if (!a.includes(CR) && !b.includes(CR)) return false;
  if (isBinary(a) || isBinary(b)) return false;
  return Buffer.compare(toLf(a), toLf(b)) === 0;
}

// src/core/diff/avro-diff.ts
var import_libraries = __toESM(require_libraries(), 1);

// src/core/diff/sink.ts
var ChangeSink = class {
  changes = [];
  keys = /* @__PURE__ */ new Map();
  /** Store a change, or note another way to it; returns the stored change. */
  emit(change) {
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
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function sidesOfRole(role) {
  if (role === "request" || role === "storage") return ["reader"];
  if (role === "response") return ["writer"];
  return ["reader", "writer"];
}
function avroType(node, loc) {
  try {
    return import_libraries.default.avsc().Type.forSchema(node, { wrapUnions: true });
  } catch (err) {
    throw new InputError(`not a valid Avro schema at ${loc.pointer || "/"}: ${err.message}`, loc.file);
  }
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
    fb.forEach((f, i) => {
      const old = fa.find((x) => x.name === f.name) ?? fa.find((x) => (f.aliases ?? []).includes(x.name));
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
      const rawOld = ra[fa.indexOf(old)];
      if (old.name !== f.name) out.push({ rule: "avro-field-renamed", pointer: fp, params: { at: where, old: old.name, new: f.name } });
      const oldDefault = isObj(rawOld) && "default" in rawOld ? JSON.stringify(rawOld.default) : void 0;
      const newDefault = hasDefault ? JSON.stringify(rawF.default) : void 0;
      if (oldDefault !== newDefault)
        out.push({
          rule: "avro-default-changed",
          pointer: fp,
          params: { at: where, old: oldDefault ?? "none", new: newDefault ?? "none" }
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
    for (const s of sa)
      if (!sb.includes(s))
        out.push({
          rule: defaultOf(rawB) ? "avro-enum-symbol-removed-to-default" : "avro-enum-symbol-removed",
          pointer: pointerJoin(pointer, "symbols"),
          params: { at: at3, symbol: s, default: defaultOf(rawB) }
        });
    for (const s of sb)
      if (!sa.includes(s))
        out.push({
          rule: defaultOf(rawA) ? "avro-enum-symbol-added-to-default" : "avro-enum-symbol-added",
          pointer: pointerJoin(pointer, "symbols", sb.indexOf(s)),
          params: { at: at3, symbol: s, default: defaultOf(rawA) }
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
  const [a, b] = [avroType(older.node, older.loc), avroType(newer.node, newer.loc)];
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
      for (const f of type.fields) out[f.name] = sample(f.type, pick2, `${site}.${f.name}`, depth + 1);
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
      const branchOf = (v) => v === null ? types.find((t) => t.typeName === "null") : types.find((t) => t.branchName === Object.keys(v)[0]);
      const used = types.filter((t) => values.some((v) => branchOf(v) === t));
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
    const shape = import_libraries.default.avsc().Type.forSchema(narrowed(writer, [datum], /* @__PURE__ */ new Set()), { wrapUnions: true });
    const bytes = shape.toBuffer(datum);
    reader.fromBuffer(bytes, reader.createResolver(shape));
    return false;
  } catch {
    return true;
  }
}
function findWitness(writer, reader) {
  const queue = [/* @__PURE__ */ new Map()];
  const tried = /* @__PURE__ */ new Set();
  for (let n = 0; queue.length && n < MAX_CANDIDATES; n++) {
    const choices = queue.shift();
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
      if (!choices.has(site)) for (let i = 1; i < options; i++) queue.push(new Map([...choices, [site, i]]));
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
  const kind = /^application\/vnd\.apache\.avro/i.test(name) ? "avro" : /json|asyncapi|^application\/schema/i.test(name) ? "json" : "other";
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
    return (this.lo >>> 0).toString(36) + "." + (this.hi >>> 0).toString(36);
  }
};
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
  return { lo: 0, hi: 0, hasRef: false, hash: text2 };
}
function sameValue(a, b) {
  const objects2 = a !== null && typeof a === "object";
  if (objects2 !== (b !== null && typeof b === "object")) return false;
  if (!objects2) return JSON.stringify(a) === JSON.stringify(b);
  const [x, y] = [lanesOf(a), lanesOf(b)];
  return x.lo === y.lo && x.hi === y.hi;
}
function hashText(text2) {
  foldText(text2, STRING);
  return (lo >>> 0).toString(36) + "." + (hi >>> 0).toString(36);
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
      changes: found
    });
  };
  for (const [key, c] of a.channels) if (!b.channels.has(key)) emit("channel-removed", c.loc.pointer, { channel: key }, "/channels");
  for (const [key, c] of b.channels) if (!a.channels.has(key)) emit("channel-added", c.loc, { channel: key });
  for (const [key, c] of b.channels) {
    const old = a.channels.get(key);
    if (!old) continue;
    if (old.address !== null && c.address !== null && old.address !== c.address)
      emit("channel-address-changed", c.addressLoc, { channel: key, old: old.address, new: c.address });
    const [context, role] = ["event", "event"];
    for (const [name, p] of c.parameters) {
      const q = old.parameters.get(name);
      if (!q) continue;
      const schemaOf = (s) => obj(s.node).schema !== void 0 ? { loc: { ...s.loc, pointer: pointerJoin(s.loc.pointer, "schema") }, node: obj(s.node).schema } : s;
      d.schemas.compare([schemaOf(q)], [schemaOf(p)], { context, role, label: `channel ${key} parameter ${name}` });
    }
  }
  for (const [key, op] of a.operations) {
    const channelGone = op.channel !== void 0 && !b.channels.has(op.channel);
    if (!b.operations.has(key) && !channelGone)
      emit(
        "async-operation-removed",
        op.loc.pointer,
        { operation: op.label },
        op.channel ? pointerJoin("/channels", op.channel) : "/operations"
      );
  }
  for (const [key, op] of b.operations) {
    const old = a.operations.get(key);
    if (!old) {
      if (op.channel === void 0 || a.channels.has(op.channel)) emit("async-operation-added", op.loc, { operation: op.label });
      continue;
    }
    if (old.action !== op.action)
      emit("async-operation-changed", pointerJoin(op.loc.pointer, "action"), {
        operation: op.label,
        what: `now ${op.action}s where it ${old.action === "send" ? "sent" : "received"}`
      });
    if (old.channel !== op.channel)
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
  const parentIn = (m, pointer) => {
    const op = /^\/channels\/([^/]+)\/(publish|subscribe)\//.exec(pointer);
    if (op) return m.operations.has(`${op[2]} ${op[1].replace(/~1/g, "/").replace(/~0/g, "~")}`);
    const ch = /^\/channels\/([^/]+)\//.exec(pointer);
    return !ch || m.channels.has(ch[1].replace(/~1/g, "/").replace(/~0/g, "~"));
  };
  const paired = pairMessages(a, b);
  const kept = new Set([...paired.values()].map((m) => m.key));
  for (const [key, m] of a.messages)
    if (!kept.has(key) && parentIn(b, key)) emit("message-removed", m.loc.pointer, { message: m.name }, key.replace(/\/[^/]+$/, ""));
  for (const [key, m] of b.messages) if (!paired.has(key) && parentIn(a, key)) emit("message-added", m.loc, { message: m.name });
  for (const [key, m] of b.messages) {
    const old = paired.get(key);
    if (old) compareMessage(d, a, b, old, m, judge);
  }
  const read = [...a.read, ...b.read];
  const definitions = /* @__PURE__ */ new Set([...a.messages.keys(), ...b.messages.keys()]);
  const judged2 = (p) => /^\/(channels|operations)\/[^/]+$/.test(p) || definitions.has(p) || read.some((r) => p === r || p.startsWith(r + "/")) || p === "/asyncapi";
  const covered = d.sink.pointersFor(file);
  const seen = /* @__PURE__ */ new Set();
  const gone = [...read, "/components/schemas", "/components/messageTraits"];
  for (const c of diffData(file, without(d.baseDocs.get(baseFile).data, gone), without(d.headDocs.get(file).data, gone))) {
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
function without(doc, pointers) {
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
        diffAvroSchemas(d.sink, x, y, { role, label: `message ${m.name}`, via });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        d.errors.push({ file: err.file ?? pb.side.loc.file, line: err.line, message: err.message });
      }
    } else if (pa.format === "json") {
      const scope = { context, role, label: `message ${m.name}`, via: via[0] };
      judge(pa.side, pb.side, scope, carried(d.schemas.compare([pa.side], [pb.side], scope), via));
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

// src/core/source/operations.ts
var METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
var isObj4 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function reachedSchemas(doc) {
  const reached = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new WeakSet();
  const stack = [doc.paths, doc.webhooks];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== "object" || seen.has(n)) continue;
    seen.add(n);
    const ref = n.$ref;
    const tokens = typeof ref === "string" ? localRefTokens(ref) : void 0;
    if (tokens) {
      if (tokens[0] === "components" && tokens[1] === "schemas" && tokens[2] !== void 0) reached.add(tokens[2]);
      stack.push(refTarget(doc, ref));
    }
    for (const v of Array.isArray(n) ? n : Object.values(n)) if (v && typeof v === "object") stack.push(v);
  }
  return reached;
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
  const placed = [];
  for (const ref of [...reached.keys()].sort((a, b) => a.length - b.length)) {
    if (placed.some((p) => ref.startsWith(p + "/"))) continue;
    const tokens = tokensOf(ref);
    let holder = out;
    for (const t of tokens.slice(0, -1)) {
      if (!isObj5(holder[t])) holder[t] = {};
      holder = holder[t];
    }
    holder[tokens[tokens.length - 1]] = reached.get(ref);
    placed.push(ref);
  }
  return out;
}

// src/core/semantic/schema.ts
var isObj6 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
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
  return isObj6(s) && Object.keys(s).every((k) => ANNOTATIONS.has(k) || k.startsWith("x-"));
}
function assertions(s) {
  return Object.keys(s).filter((k) => !ANNOTATIONS.has(k) && !k.startsWith("x-"));
}
function without2(s, ...keys) {
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
  const declared = root && typeof root === "object" ? root.$schema : void 0;
  if (typeof declared !== "string" || !PRE_2019.test(declared)) return (node) => node;
  return rewritten(root, refVoids);
}
function fromOpenApi30(root) {
  return rewritten(root, (node, key, value) => {
    if (typeof node.$ref === "string") return refVoids(node, key, value);
    const nullable = node.nullable === true;
    switch (key) {
      case "nullable":
        return DROP;
      case "type":
        return nullable && typeof value === "string" ? [value, "null"] : KEEP;
      case "enum":
        return nullable && Array.isArray(value) && !value.includes(null) ? [...value, null] : KEEP;
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

// src/core/diff/openapi-diff.ts
var MAX_JUDGED_PER_DOCUMENT = 400;
var ADDED = { operation: "operation-added", webhook: "webhook-added", callback: "callback-added" };
var REMOVED = { operation: "operation-removed", webhook: "webhook-removed", callback: "callback-removed" };
var isObj7 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
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
    const opsA = this.operations(this.baseDocs, a, baseFile);
    const opsB = this.operations(this.headDocs, b, headFile);
    for (const [key, op] of opsA) {
      const parent = { file, pointer: op.kind === "webhook" ? "/webhooks" : "/paths" };
      if (!opsB.has(key)) this.emit(REMOVED[op.kind], op.loc, { op: op.label }, headFile ? parent : void 0);
    }
    for (const [key, op] of opsB) {
      const old = opsA.get(key);
      if (!old) this.emit(ADDED[op.kind], op.loc, { op: op.label });
      else this.operation(old, op);
    }
    if (baseFile && headFile) this.orphans(a, b, file);
  }
  /** Component schemas nothing reaches (a shared library, a document that is only components): compared by their role. */
  orphans(a, b, file) {
    const reached = /* @__PURE__ */ new Set([...reachedSchemas(a), ...reachedSchemas(b)]);
    const schemas = (d) => isObj7(d.components) && isObj7(d.components.schemas) ? d.components.schemas : {};
    const [sa, sb] = [schemas(a), schemas(b)];
    const role = this.roleOf(file) ?? "event";
    const loc = (name) => ({ file, pointer: pointerJoin("/components/schemas", name) });
    const scope = (name) => ({ context: role, role, label: `components.schemas.${name} (reached by no operation)` });
    for (const name of Object.keys(sa)) {
      if (reached.has(name) || name in sb) continue;
      this.sink.emit({
        rule: "definition-removed",
        context: role,
        role,
        loc: loc(name),
        lineAt: { file, pointer: "" },
        params: { at: scope(name).label, name }
      });
    }
    for (const name of Object.keys(sb)) {
      if (reached.has(name)) continue;
      if (!(name in sa))
        this.sink.emit({ rule: "definition-added", context: role, role, loc: loc(name), params: { at: scope(name).label, name } });
      else this.schemas.compare([{ loc: loc(name), node: sa[name] }], [{ loc: loc(name), node: sb[name] }], scope(name));
    }
  }
  emit(rule, loc, params, lineAt, via) {
    this.sink.emit({ rule, loc, lineAt, params, via });
  }
  documentLevel(a, b, root) {
    if (a.openapi !== b.openapi && a.openapi && b.openapi) {
      this.emit("openapi-version-changed", at2(root, "openapi"), { old: a.openapi, new: b.openapi });
    }
    const infoA = isObj7(a.info) ? a.info : {};
    const infoB = isObj7(b.info) ? b.info : {};
    for (const key of /* @__PURE__ */ new Set([...Object.keys(infoA), ...Object.keys(infoB)])) {
      if (!sameValue(infoA[key], infoB[key]))
        this.emit("api-info-changed", at2(root, "info", key), { field: `info.${key}`, old: infoA[key], new: infoB[key] }, at2(root, "info"));
    }
    for (const field of ["tags", "externalDocs", "jsonSchemaDialect"]) {
      if (!sameValue(a[field], b[field])) this.emit("api-info-changed", at2(root, field), { field, old: a[field], new: b[field] });
    }
    const urls = (doc) => new Set((Array.isArray(doc.servers) ? doc.servers : []).map((s) => isObj7(s) ? String(s.url) : ""));
    const ua = urls(a);
    const ub = urls(b);
    for (const url of ua) if (!ub.has(url)) this.emit("server-removed", at2(root, "servers", url), { url }, at2(root, "servers"));
    for (const url of ub) if (!ua.has(url)) this.emit("server-added", at2(root, "servers", url), { url });
    const schemesA = isObj7(a.components) && isObj7(a.components.securitySchemes) ? a.components.securitySchemes : {};
    const schemesB = isObj7(b.components) && isObj7(b.components.securitySchemes) ? b.components.securitySchemes : {};
    const schemeLoc = (name) => at2(root, "components", "securitySchemes", name);
    for (const name of Object.keys(schemesA))
      if (!(name in schemesB)) this.emit("security-scheme-removed", schemeLoc(name), { name }, root);
    for (const name of Object.keys(schemesB)) {
      if (!(name in schemesA)) {
        this.emit("security-scheme-added", schemeLoc(name), { name });
        continue;
      }
      const sa = this.deref(this.baseDocs, schemeLoc(name), schemesA[name]).node;
      const sb = this.deref(this.headDocs, schemeLoc(name), schemesB[name]).node;
      for (const field of ["type", "scheme", "in", "name", "bearerFormat", "flows", "openIdConnectUrl"]) {
        if (!sameValue(sa?.[field], sb?.[field])) this.emit("security-scheme-changed", at2(schemeLoc(name), field), { name, field });
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
  operations(docs, doc, file) {
    const out = /* @__PURE__ */ new Map();
    if (!file) return out;
    const basePath = doc.swagger && typeof doc.basePath === "string" ? doc.basePath.replace(/\/$/, "") : "";
    const deref = (item) => this.deref(docs, item.loc, item.node);
    const route = (path) => path.replace(/\{[^}]*\}/g, "{}");
    const add = (op) => out.set(op.key, { ...op, pathItem: op.item, doc, docFile: file });
    for (const { section, path, method, node, item } of operations(doc, file, ["paths", "webhooks"], deref)) {
      const M = method.toUpperCase();
      const webhook = section === "webhooks";
      const key = webhook ? `${M} webhook ${route(path)}` : `${M} ${basePath}${route(path)}`;
      const label = webhook ? `webhook ${path}${method === "post" ? "" : ` (${M})`}` : `${M} ${basePath}${path}`;
      const loc = at2(item.loc, method);
      add({ kind: webhook ? "webhook" : "operation", key, path, label, method, loc, node, item });
      if (!isObj7(node.callbacks)) continue;
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
  parameterMap(docs, op) {
    const out = /* @__PURE__ */ new Map();
    const add = (list, loc) => {
      if (!Array.isArray(list)) return;
      list.forEach((raw, i) => {
        const p = this.deref(docs, at2(loc, "parameters", i), raw);
        if (!isObj7(p.node) || typeof p.node.name !== "string") return;
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
      if (p.in === "body") continue;
      if (!pb.has(key)) this.emit("request-parameter-removed", side.loc, { op, in: p.in, name: p.name }, b.loc);
    }
    for (const [key, side] of pb) {
      const p = side.node;
      if (p.in === "body") continue;
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
      for (const field of ["style", "explode", "allowReserved", "collectionFormat"]) {
        if (!sameValue(o[field], p[field]))
          this.emit("request-parameter-style-changed", at2(side.loc, field), { ...params, field, old: o[field], new: p[field] }, side.loc);
      }
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
      changes: new Set(changes)
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
      if (!isObj7(rb.node)) return void 0;
      return { loc: rb.loc, required: rb.node.required === true, content: this.media(docs, rb) };
    }
    for (const side of this.parameterMap(docs, op).values()) {
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
    if (isObj7(node.content)) {
      for (const [media, mt] of Object.entries(node.content)) {
        if (isObj7(mt)) out.set(media, { loc: at2(holder.loc, "content", media, "schema"), node: mt.schema ?? {} });
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
    const ra = isObj7(a.node.responses) ? a.node.responses : {};
    const rb = isObj7(b.node.responses) ? b.node.responses : {};
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
      if (!isObj7(sa.node) || !isObj7(sb.node)) continue;
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
    const ha = isObj7(a.node.headers) ? a.node.headers : {};
    const hb = isObj7(b.node.headers) ? b.node.headers : {};
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
      if (isObj7(ha2.node) && isObj7(hb2.node)) {
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
        reqs: list.filter(isObj7).map((r) => new Map(Object.entries(r).map(([k, v]) => [k, new Set(Array.isArray(v) ? v.map(String) : [])])))
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
  if (isObj7(p.content)) {
    const [media, mt] = Object.entries(p.content)[0] ?? [];
    if (media && isObj7(mt)) return { loc: at2(side.loc, "content", media, "schema"), node: mt.schema ?? {} };
  }
  if (p.type !== void 0) {
    const { name: _n, in: _i, required: _r, description: _d, ...schema } = p;
    return { loc: side.loc, node: schema };
  }
  return void 0;
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

// src/core/semantic/linked.ts
var LINK = "x-contract-guard-link";
var DATA = /* @__PURE__ */ new Set(["const", "enum", "default", "examples", "example"]);
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
    if (typeof o.$ref === "string" && o.$ref.startsWith("#")) refs.add(o.$ref);
    if (resolvedBeyondPointers(o, n === node)) refused = true;
    if ("unevaluatedProperties" in o || "unevaluatedItems" in o) annotated = true;
    if (Array.isArray(o.items) || "additionalItems" in o || "dependencies" in o) draft7 = true;
    for (const [k, v] of Object.entries(o)) if (!DATA.has(k) && !k.startsWith("x-") && v && typeof v === "object") stack.push(v);
  }
  const shape = { refs: [...refs].sort(), refused, annotated, draft7, size };
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
    if (!isObj6(node) && !Array.isArray(node)) {
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
    if (k === "$ref" && typeof v === "string" && v.startsWith("#")) out[LINK] = keyOf(v);
    else out[k] = DATA.has(k) || k.startsWith("x-") ? v : rewrite(v, keyOf, false, copies);
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
var meter;
var OVER_COMPILE_BUDGET = "over the compile budget of this diff";
function metered(m, check) {
  const outer = meter;
  meter = m;
  try {
    return check();
  } finally {
    meter = outer;
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
  ajv(draft2020) {
    let ajv = this.ajvs.get(draft2020);
    if (!ajv) {
      const made = ajv = this.make(draft2020);
      const prefix = `${draft2020}:`;
      made.addKeyword({
        keyword: LINK,
        schemaType: "string",
        errors: false,
        // looked up when called: a unit may call one compiled after it (a cycle)
        compile: (key) => (data) => this.call(made, prefix + key, data)
      });
      this.ajvs.set(draft2020, ajv);
    }
    return ajv;
  }
  call(ajv, id, data) {
    const unit = this.units.get(id);
    if (meter) {
      const charged = meter.charged ??= /* @__PURE__ */ new Set();
      if (!charged.has(id)) {
        if (meter.nodes < unit.size) throw new Unlinkable(OVER_COMPILE_BUDGET, true);
        meter.nodes -= unit.size;
        charged.add(id);
      }
    }
    if (unit.check === void 0) {
      const copy = unit.copy();
      unit.check = typeof copy === "boolean" ? () => copy : this.build(ajv, copy) ?? null;
      compiledUnits++;
      unit.copy = void 0;
    }
    if (!unit.check) throw new Unlinkable("ajv cannot compile the schema");
    return unit.check(data);
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
  return build(generation.ajv(draft2020), linked.top);
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
var ViewBuilder = class {
  constructor(docs, errors) {
    this.docs = docs;
    this.errors = errors;
  }
  docs;
  errors;
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
    const visit2 = (side) => {
      const key = `${side.loc.file}#${side.loc.pointer}`;
      const node = side.node;
      if (seen.has(key)) {
        if (isPureRef(node) && !side.orNull)
          this.report(new InputError(`cyclic $ref ${node.$ref}`, side.loc.file, this.docs.lineOf(side.loc)));
        return;
      }
      seen.add(key);
      if (node === null || typeof node !== "object" || Array.isArray(node)) {
        out.push(side);
        return;
      }
      const obj2 = node;
      const ref = typeof obj2.$ref === "string" ? obj2.$ref : void 0;
      const allOf = Array.isArray(obj2.allOf) ? obj2.allOf : void 0;
      const single = singleAlternative(obj2);
      const wrap = nullableWrap(obj2);
      if (!ref && !allOf && !single && !wrap) {
        out.push(side);
        return;
      }
      const rest = { ...obj2 };
      const at3 = (...tokens) => ({ file: side.loc.file, pointer: pointerJoin(side.loc.pointer, ...tokens) });
      if (ref) {
        delete rest.$ref;
        try {
          visit2(this.docs.resolveRef(side.loc, ref));
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          this.report(err);
          rest.$ref = ref;
        }
      }
      if (allOf) {
        delete rest.allOf;
        allOf.forEach((member, i) => visit2({ loc: at3("allOf", i), node: member }));
      }
      if (single) {
        delete rest[single];
        visit2({ loc: at3(single, 0), node: obj2[single][0] });
      }
      if (wrap) {
        delete rest[wrap.keyword];
        const before = out.length;
        visit2({ loc: at3(wrap.keyword, wrap.index), node: obj2[wrap.keyword][wrap.index] });
        for (let i = before; i < out.length; i++) out[i] = { ...out[i], orNull: true };
      }
      if (Object.keys(rest).length) out.push({ loc: side.loc, node: rest });
    };
    sides.forEach(visit2);
    if (!out.length && sides[0]) out.push({ loc: sides[0].loc, node: {} });
    return out;
  }
  view(sides) {
    const parts = this.parts(sides);
    const view = {
      loc: parts[0]?.loc ?? sides[0].loc,
      never: false,
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
  addPart(view, part) {
    const { loc, node } = part;
    if (node === false) {
      view.never = true;
      return;
    }
    if (node === null || typeof node !== "object" || Array.isArray(node)) return;
    const s = node;
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
      if (HANDLED.has(kw) || IGNORED.has(kw)) continue;
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
function typeSet(s) {
  let types;
  let consumed;
  if (typeof s.type === "string") types = /* @__PURE__ */ new Set([s.type]);
  else if (Array.isArray(s.type)) types = new Set(s.type.filter((t) => typeof t === "string"));
  for (const kw of ["anyOf", "oneOf"]) {
    const alts = s[kw];
    if (!types && Array.isArray(alts) && alts.length > 1 && alts.every(isBareType)) {
      types = new Set(alts.flatMap((a) => [].concat(a.type)));
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
  /** Equal text whose `$ref`s name equal units on both sides: nothing below can differ. */
  alike(a, b) {
    const pa = fingerprint(a.node);
    if (pa.hash !== fingerprint(b.node).hash) return false;
    return !pa.hasRef || sameReferents(a.node, this.base.rootOf(a.loc), this.head.rootOf(b.loc));
  }
  compareViews(partsA, partsB, scope, path, options) {
    if (partsA.length === partsB.length && partsA.every((p, i) => !p.orNull === !partsB[i].orNull && this.alike(p, partsB[i]))) return;
    const va = this.base.view(partsA);
    const vb = this.head.view(partsB);
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
    this.compareBounds(va, vb, emit);
    this.compareConstraints(va, vb, emit);
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
        this.compare(pa.get(name), sides, scope, `${path}.${name}`);
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
      const params = { keyword: kw, old: ka?.value, new: kb?.value };
      if (!ka) return emit("constraint-tightened", loc, params);
      if (!kb) return emit("constraint-relaxed", loc, params, lineAt);
      const x = ka.value;
      const y = kb.value;
      if (typeof x === "number" && typeof y === "number") {
        if (x !== y) emit(tighter(x, y) ? "constraint-tightened" : "constraint-relaxed", loc, params);
      } else if (!sameValue(x, y)) {
        if (kw === "format") emit("format-changed", loc, params);
        else if (kw === "uniqueItems") emit(y === true ? "constraint-tightened" : "constraint-relaxed", loc, params);
        else emit("keyword-changed", loc, params);
      }
    };
    this.compareRange(a, b, "lower", emit);
    this.compareRange(a, b, "upper", emit);
    for (const kw of LOWER_BOUNDS) if (!RANGE_KEYWORDS.has(kw)) step(kw, (x, y) => y > x);
    for (const kw of UPPER_BOUNDS) if (!RANGE_KEYWORDS.has(kw)) step(kw, (x, y) => y < x);
    step("multipleOf", (x, y) => Number.isInteger(y / x));
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
  compareConstraints(a, b, emit) {
    for (const kw of /* @__PURE__ */ new Set([...a.constraints.keys(), ...b.constraints.keys()])) {
      const ka = a.constraints.get(kw);
      const kb = b.constraints.get(kw);
      if (kw === "discriminator" && (!ka || !kb)) emit("schema-docs-changed", (kb ?? ka).loc, { keyword: kw }, kb ? void 0 : b.loc);
      else if (!ka) emit("applicator-added", kb.loc, { keyword: kw });
      else if (!kb) emit("applicator-removed", ka.loc, { keyword: kw }, b.loc);
      else if (!sameValue(ka.value, kb.value)) emit("constraint-changed", kb.loc, { keyword: kw });
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
      else if (fa !== fb) emit("negation-changed", b.not[0].loc);
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
    const idOf = altIds;
    const unmatchedB = new Set(xb.map((_, i) => i));
    const pairs = [];
    const unmatchedA = [];
    for (const sa of xa) {
      const ids2 = idOf(sa);
      const j = [...unmatchedB].find((k) => idOf(xb[k]).some((id) => ids2.includes(id)));
      if (j === void 0) unmatchedA.push(sa);
      else {
        unmatchedB.delete(j);
        pairs.push([sa, xb[j]]);
      }
    }
    const restB = [...unmatchedB].map((k) => xb[k]);
    while (unmatchedA.length && restB.length && unmatchedA.length === restB.length) pairs.push([unmatchedA.shift(), restB.shift()]);
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
      else this.compare([old], [side], { ...scope, label: `${scope.label} $defs.${name}` }, "", { defs: true });
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
function patternNfa(pattern) {
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
  const out = [];
  try {
    for (const word of nfa.words()) {
      out.push(text(word));
      if (out.length >= count) break;
    }
  } catch (err) {
    if (!(err instanceof import_libraries2.default.refa().TooManyNodesError)) throw err;
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
  for (const word of nfa.words()) return word.length;
  return Infinity;
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

// src/core/source/safe-regex.ts
var import_libraries3 = __toESM(require_libraries(), 1);
var UnsafePattern = class extends Error {
  constructor(pattern, reason) {
    super(`pattern ${JSON.stringify(pattern.length > 80 ? pattern.slice(0, 77) + "\u2026" : pattern)} cannot be checked safely: ${reason}`);
    this.pattern = pattern;
    this.name = "UnsafePattern";
  }
  pattern;
};
var cache2 = /* @__PURE__ */ new Map();
var MAX_CACHE = 5e3;
function safePattern(pattern) {
  let hit = cache2.get(pattern);
  if (!hit) {
    hit = compile(pattern);
    if (cache2.size >= MAX_CACHE) cache2.clear();
    cache2.set(pattern, hit);
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
function compile(pattern) {
  try {
    const { RE2JS } = import_libraries3.default.re2js();
    const re = RE2JS.compile(RE2JS.translateRegExp(pattern));
    return { test: (text2) => re.matcher(text2).find(), toString: () => `/${pattern}/u` };
  } catch (err) {
    const reason = err.message.replace(/^error parsing regexp: /, "");
    return new UnsafePattern(pattern, /Perl syntax|escape sequence/.test(reason) ? `RE2 cannot run it (${reason})` : reason);
  }
}
var safeRegExpEngine = Object.assign((pattern) => safePattern(pattern), { code: "safePattern" });
function unsafePatterns(data) {
  const out = [];
  const esc = (k) => k.replace(/~/g, "~0").replace(/\//g, "~1");
  const stack = [[data, ""]];
  while (stack.length) {
    const [node, pointer] = stack.pop();
    if (!node || typeof node !== "object") continue;
    const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v]) : Object.entries(node);
    for (const [k, v] of entries) {
      const at3 = `${pointer}/${esc(k)}`;
      if (k === "pattern" && typeof v === "string") {
        const why = unsafeReason(v);
        if (why) out.push({ pointer: at3, message: why });
      } else if (k === "patternProperties" && v && typeof v === "object" && !Array.isArray(v)) {
        for (const p of Object.keys(v)) {
          const why = unsafeReason(p);
          if (why) out.push({ pointer: `${at3}/${esc(p)}`, message: why });
        }
      }
      if (v && typeof v === "object") stack.push([v, at3]);
    }
  }
  return out;
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
    if (!isObj6(a) || !isObj6(b)) return false;
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
        const rest = without2(a, k);
        if (a[k].every((branch) => this.included(merge(rest, branch), b))) return true;
        return assertions(rest).length > 0 && this.included(rest, b);
      }
    }
    if (Array.isArray(a.allOf)) {
      const rest = without2(a, "allOf");
      const merged = a.allOf.reduce((acc, part) => merge(acc, part), rest);
      if (merged !== void 0 && this.included(merged, b)) return true;
      return [rest, ...a.allOf].some((part) => this.included(part, b));
    }
    if (a.$ref !== void 0) return this.included(merge(without2(a, "$ref"), this.deref({ $ref: a.$ref }, this.rootA)), b);
    if (Array.isArray(b.allOf))
      return b.allOf.every((part) => this.included(a, part)) && this.included(a, without2(b, "allOf"));
    if (Array.isArray(b.anyOf))
      return b.anyOf.some((branch) => this.included(a, branch)) && this.included(a, without2(b, "anyOf"));
    if (Array.isArray(b.oneOf)) {
      const branches = b.oneOf;
      const hit = branches.findIndex((branch) => this.included(a, branch));
      if (hit < 0) return false;
      return branches.every((other, i) => i === hit || this.disjoint(a, other)) && this.included(a, without2(b, "oneOf"));
    }
    if (b.not !== void 0) return this.disjoint(a, b.not) && this.included(a, without2(b, "not"));
    if (b.$ref !== void 0) return this.included(a, this.deref({ $ref: b.$ref }, this.rootB)) && this.included(a, without2(b, "$ref"));
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
    if (isObj6(b.dependentRequired)) {
      const da = isObj6(a.dependentRequired) ? a.dependentRequired : {};
      for (const [k, list] of Object.entries(b.dependentRequired)) {
        if (reqA.has(k)) continue;
        const have = new Set(strings(da[k]));
        if (strings(list).some((r) => !have.has(r) && !reqA.has(r))) return false;
      }
    }
    if (b.propertyNames !== void 0 && !this.namesIncluded(a, b)) return false;
    const propsA = isObj6(a.properties) ? a.properties : {};
    const propsB = isObj6(b.properties) ? b.properties : {};
    for (const name of /* @__PURE__ */ new Set([...Object.keys(propsA), ...Object.keys(propsB)])) {
      if (!this.included(valueSchema(a, name), valueSchema(b, name))) return false;
    }
    const ppA = isObj6(a.patternProperties) ? a.patternProperties : {};
    const ppB = isObj6(b.patternProperties) ? b.patternProperties : {};
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
    const namesB = { type: "string", ...isObj6(b.propertyNames) ? b.propertyNames : {} };
    if (b.propertyNames === false)
      return a.additionalProperties === false && !a.patternProperties && Object.keys(a.properties ?? {}).length === 0;
    if (a.propertyNames !== void 0 && this.included({ type: "string", ...isObj6(a.propertyNames) ? a.propertyNames : {} }, namesB))
      return true;
    if (a.additionalProperties !== false || a.patternProperties !== void 0) return false;
    const v = this.validator(namesB, this.rootB);
    return !!v && Object.keys(isObj6(a.properties) ? a.properties : {}).every((n) => v.accepts(n));
  }
  /** No instance is in both (sound: types that cannot meet, or one side finite and outside the other). */
  disjoint(a, b) {
    this.tick();
    a = this.deref(a, this.rootA);
    b = this.deref(b, this.rootB);
    if (a === false || b === false) return true;
    if (!isObj6(a) || !isObj6(b)) return false;
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
    const key = isObj6(s) ? s : void 0;
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
    if (!isObj6(s)) return false;
    if (Array.isArray(s.enum) && s.enum.length === 0) return true;
    if (Array.isArray(s.type) && s.type.length === 0) return true;
    if (s.not !== void 0 && this.isUniversal(this.deref(s.not, root), root)) return true;
    if (Array.isArray(s.allOf)) {
      const parts = s.allOf.map((p) => this.deref(p, root));
      if (parts.some((p) => this.isEmpty(p, root))) return true;
      if (parts.some((p) => isObj6(p) && p.not !== void 0 && parts.some((q) => sameCore(q, this.deref(p.not, root))))) return true;
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
    if (!isObj6(s)) return false;
    if (TYPES.every((t) => this.allOfType(s, t, root))) return true;
    const rest = (k) => assertions(without2(s, k)).length === 0;
    if (s.not !== void 0 && rest("not") && this.isEmpty(this.deref(s.not, root), root)) return true;
    if (Array.isArray(s.anyOf) && rest("anyOf")) {
      const parts = s.anyOf.map((p) => this.deref(p, root));
      if (parts.some((p) => this.isUniversal(p, root))) return true;
      if (parts.some((p) => isObj6(p) && p.not !== void 0 && parts.some((q) => sameCore(q, this.deref(p.not, root))))) return true;
    }
    if (Array.isArray(s.allOf) && rest("allOf") && s.allOf.every((p) => this.isUniversal(this.deref(p, root), root))) return true;
    return false;
  }
  /** Does the node accept every instance of type t (its keywords for t all vacuous, or a branch of its union that does)? */
  allOfType(s, t, root, depth = 0) {
    this.tick();
    s = this.deref(s, root);
    if (acceptsAll(s)) return true;
    if (!isObj6(s) || depth > 16) return false;
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
    return isObj6(s) && !typesOf(s).has(t) && !(t === "integer" && typesOf(s).has("number"));
  }
  /** Follow a node that is only a local `$ref` (annotations aside); undefined when it leads nowhere we can see. */
  deref(s, root, depth = 0) {
    if (!isObj6(s) || typeof s.$ref !== "string" || assertions(s).length !== 1 || depth > 32) return s;
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
      return isObj6(value) && Object.values(value).every(acceptsAll);
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
  if (isObj6(s.properties) && name in s.properties) parts.push(s.properties[name]);
  if (isObj6(s.patternProperties)) {
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
  if (!isObj6(a) || !isObj6(b)) return a === false || b === false ? false : void 0;
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (!(k in out) || sameValue(out[k], v)) out[k] = v;
    else if (k === "required") out[k] = [.../* @__PURE__ */ new Set([...strings(out[k]), ...strings(v)])];
    else if (k === "properties" && isObj6(out[k]) && isObj6(v)) {
      const props = { ...out[k] };
      for (const [p, s] of Object.entries(v)) props[p] = p in props ? { allOf: [props[p], s] } : s;
      out[k] = props;
    } else if (k === "allOf" && Array.isArray(out[k]) && Array.isArray(v)) out[k] = [...out[k], ...v];
    else return { allOf: [a, b] };
  }
  return out;
}
function sameCore(a, b) {
  const core = (s) => isObj6(s) ? Object.fromEntries(Object.entries(s).filter(([k]) => !ANNOTATIONS.has(k))) : s;
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

// src/core/semantic/validator.ts
var import_ajv = __toESM(require_ajv(), 1);
var import__ = __toESM(require__(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);
var ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;
function newAjv(draft2020, formats = true, judge = false) {
  const opts = {
    strict: false,
    allErrors: !judge,
    inlineRefs: !judge,
    validateSchema: false,
    allowUnionTypes: true,
    logger: false,
    validateFormats: formats,
    // patterns come from contracts: RE2's linear-time engine, never a backtracking one
    code: { regExp: safeRegExpEngine, optimize: !judge }
  };
  const ajv = draft2020 ? new import__.Ajv2020(opts) : new import_ajv.Ajv(opts);
  if (formats) {
    (0, import_ajv_formats.default)(ajv);
    ajv.addFormat("ulid", ULID);
  }
  return ajv;
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
  return someNode(schema, (o) => {
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
    if (!v) this.compiled.set(schema, v = schema === this.root ? this.whole(schema, MAX_DOCUMENT_NODES, false) : this.part(schema));
    return "accepts" in v ? v : void 0;
  }
  /** Why `compile` made no validator for `schema`. */
  refusal(schema) {
    const v = schema !== null && typeof schema === "object" ? this.compiled.get(schema) : void 0;
    return v && !("accepts" in v) ? v : AJV_REFUSED;
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
    if (linked === "whole") return this.whole(schema, MAX_COMPILED_NODES, true);
    if (linked.size > MAX_LINKED_NODES) return TOO_LARGE;
    const cost = MIN_COST + linked.ownSize;
    if (cost > budget.nodes) return SPENT;
    budget.nodes -= cost;
    const declared = isObj6(this.root) && typeof this.root.$schema === "string" ? this.root.$schema : void 0;
    const draft2020 = declared !== void 0 ? /2020-12|2019-09/.test(declared) : !linked.draft7;
    const v = cached(`linked:${draft2020}:${fingerprint(linked.top).hash}`, () => {
      const check = overflowed(() => compileLinked(linked, draft2020, (modern) => newAjv(modern, false, true), checkOf));
      return check && { accepts: answering(check) };
    });
    return v ? { accepts: (value) => metered(budget, () => v.accepts(value)) } : AJV_REFUSED;
  }
  /** The schema compiled with the definitions it reaches copied beside it: `unevaluated*` needs them inline. */
  whole(schema, limit, charge) {
    const standalone2 = schema === this.root ? schema : { ...reachedDefinitions(schema, this.root), ...inContextHeader(this.root), ...schema };
    const cost = Math.max(FRESH_INSTANCE_COST, sizeOf(standalone2, limit));
    if (cost > limit) return TOO_LARGE;
    if (charge && cost > this.budget.nodes) return SPENT;
    if (charge) this.budget.nodes -= cost;
    const v = cached(`${this.formats}:${fingerprint(standalone2).hash}`, () => {
      if (beyondAjv(standalone2)) return void 0;
      const check = compiledOrNot(newAjv(isDraft2020(standalone2), this.formats, true), standalone2);
      return check && { accepts: check };
    });
    return v ?? AJV_REFUSED;
  }
};
function compiledOrNot(ajv, schema) {
  const check = overflowed(() => checkOf(ajv, schema));
  return check && answering(check);
}
function overflowed(compile2) {
  try {
    return compile2();
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
var MAX_COMPILED_NODES = 1500;
var MAX_LINKED_NODES = 5e4;
var MAX_DOCUMENT_NODES = 2e4;
var DOCUMENT_BUDGET = 2e4;
var MIN_COST = 20;
var FRESH_INSTANCE_COST = 500;
function sizeOf(schema, limit) {
  let count = 0;
  someNode(schema, () => ++count > limit);
  return count;
}
function inContextHeader(root) {
  return isObj6(root) && typeof root.$schema === "string" ? { $schema: root.$schema } : {};
}
function reachedDefinitions(schema, root) {
  const out = {};
  if (!isObj6(root)) return out;
  const seen = /* @__PURE__ */ new WeakSet();
  const placed = /* @__PURE__ */ new Set();
  const scaffold = /* @__PURE__ */ new WeakSet();
  const stack = [schema];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== "object" || seen.has(n)) continue;
    seen.add(n);
    const ref = n.$ref;
    const tokens = typeof ref === "string" && !placed.has(ref) ? localRefTokens(ref) : void 0;
    if (tokens?.length) {
      placed.add(ref);
      let from = root;
      let to = out;
      tokens.forEach((t, i) => {
        from = isObj6(from) || Array.isArray(from) ? from[t] : void 0;
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

// src/core/semantic/witness.ts
var MAX_CANDIDATES2 = 400;
var MAX_DEPTH2 = 5;
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
    if (out.length >= MAX_CANDIDATES2) return;
    const key = JSON.stringify(v);
    if (key === void 0 || seen.has(key)) return;
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
function generateAll(schema, root, depth, refs, want) {
  if (depth > MAX_DEPTH2 || refs > 8 || --calls < 0) return [];
  if (schema === false) return [];
  if (schema === true || acceptsAll(schema)) return depth === 0 ? GENERIC : [null, "x", 1, {}];
  if (!isObj6(schema)) return [];
  const s = schema;
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
  if (isObj6(s.if)) append(out, [...generate(s.then ?? {}, root, depth, refs + 1), ...generate(s.else ?? {}, root, depth, refs + 1)]);
  for (const t of typesOf(s)) if (out.length < want) append(out, byType(t, s, root, depth, want - out.length));
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
  return out.map((n) => integer ? Math.round(n) : n).filter((n) => Number.isFinite(n));
}
function strings2(s) {
  const formats = typeof s.format === "string" ? FORMAT_SAMPLES[s.format] ?? [] : [];
  const set = stringSet(s);
  const samples = sampleStrings(set, 4);
  if (set.pattern) return [.../* @__PURE__ */ new Set([...hintStrings, ...samples, ...formats])];
  const { minLength: min, maxLength: max } = set;
  const bounds = [];
  for (const n of [min, max !== void 0 ? max + 1 : 5, max, min > 0 ? min - 1 : void 0, min + 1, 0, 1, 3]) {
    if (n !== void 0 && n >= 0 && n <= 1e4) bounds.push("a".repeat(n));
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
  if (min > 0) out.push(fill2(base, min - 1, first(restSamples)).slice(0, min - 1));
  if (isObj6(s.contains) || s.contains === true)
    for (const v of generate(s.contains, root, depth + 1).slice(0, 4)) out.push(fill2([...base, v], min, v));
  out.push(fill2(base, Math.max(min, 2), first(restSamples) ?? 1));
  return out;
}
function objects(s, root, depth, want) {
  const props = isObj6(s.properties) ? s.properties : {};
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
  for (const r of required) base[r] = valuesOf(r)[0];
  const out = [{ ...base }];
  const hinted = new Set(hintNames);
  const varied = [...required.filter((r) => r in props), ...Object.keys(props).filter((p) => hinted.has(p) && !required.includes(p))];
  for (const p of Object.keys(props)) if (varied.length < MAX_PROPS && !varied.includes(p)) varied.push(p);
  for (const name of varied.slice(0, MAX_PROPS)) {
    if (out.length >= want) return out;
    const values = valuesOf(name).slice(0, 6);
    for (const v of values) out.push({ ...base, [name]: v });
    if (name in base) {
      const without3 = { ...base };
      delete without3[name];
      out.push(without3);
    }
  }
  if (out.length >= want) return out;
  const extraValues = generate(s.additionalProperties ?? true, root, depth + 1).slice(0, 4);
  for (const v of extraValues.length ? extraValues : [1]) out.push({ ...base, extra_property: v });
  out.push({ ...base, extra_property: 1, another_property: 2 });
  for (const name of hintNames) if (!(name in props)) for (const v of [null, "x", 1, true, {}, []]) out.push({ ...base, [name]: v });
  if (isObj6(s.patternProperties)) {
    for (const [p, schema] of Object.entries(s.patternProperties)) {
      for (const name of patternSamples(p, 2))
        for (const v of generate(schema, root, depth + 1).slice(0, 3)) out.push({ ...base, [name]: v });
    }
  }
  if (isObj6(s.dependentRequired)) for (const k of Object.keys(s.dependentRequired)) out.push({ ...base, [k]: valuesOf(k)[0] });
  const all = { ...base };
  for (const name of varied.slice(0, MAX_PROPS)) all[name] = valuesOf(name)[0];
  out.push(all);
  return out;
}
function propertyNames(schema) {
  const out = /* @__PURE__ */ new Set();
  someNode(schema, (o) => {
    if (isObj6(o.properties)) for (const k of Object.keys(o.properties)) out.add(k);
    if (Array.isArray(o.required)) {
      for (const k of o.required) if (typeof k === "string") out.add(k);
    }
    return out.size > 64;
  });
  return [...out].slice(0, 64);
}
function patternSchema(s, name) {
  if (!isObj6(s.patternProperties)) return void 0;
  for (const [p, schema] of Object.entries(s.patternProperties)) {
    try {
      if (safePattern(p).test(name)) return schema;
    } catch {
    }
  }
  return void 0;
}
function mergeShallow(s, key, branch) {
  if (!isObj6(branch)) return branch;
  const rest = Object.fromEntries(Object.entries(s).filter(([k]) => k !== key && k !== "anyOf" && k !== "oneOf" && k !== "allOf"));
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
function included(olderAsWritten, newerAsWritten, options = {}) {
  const budget = options.budget;
  if (!budget) return judged(olderAsWritten, newerAsWritten, options);
  if (budget.steps <= 0) return { kind: "unproven", reason: OVER_DIFF_STEPS, spent: true };
  const taken = { steps: 0 };
  const own = options.maxSteps ?? MAX_STEPS;
  try {
    const verdict = judged(olderAsWritten, newerAsWritten, { ...options, maxSteps: Math.min(own, budget.steps) }, taken);
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
    for (const v of [...candidates(older, rootA, propertyNames(newer)), ...candidates(newer, rootB, propertyNames(older))]) {
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
    for (const v of [...candidates(older, rootA, propertyNames(newer), leads), ...candidates(newer, rootB, propertyNames(older), leads)])
      if (va.accepts(v) && !vb.accepts(v)) return { kind: "broken", witness: v };
  }
  if (va && vb) return { kind: "unproven", reason: "no proof and no counterexample found", spent: false };
  return { kind: "unproven", ...va ? pools2[1].refusal(newer) : pools2[0].refusal(older) };
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
function verdictOf(s, side, budget) {
  const [rootA, rootB] = [s.rootA ?? s.older, s.rootB ?? s.newer];
  return side === "reader" ? included(s.older, s.newer, { rootA, rootB, budget }) : included(s.newer, s.older, { rootA: rootB, rootB: rootA, budget });
}
function reconcile(schemas, changeOf, strict) {
  const judgements = [];
  const budget = { nodes: DIFF_COMPILE_BUDGET, steps: DIFF_STEP_BUDGET };
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
    for (const c of majors) c.semantic ??= semantic;
    if (majors.length) continue;
    const policy = changes.filter(byPolicy);
    for (const c of policy) c.semantic ??= { ...semantic, verdict: "policy" };
    if (policy.length) continue;
    extra.push({
      rule: j.broken.side === "reader" ? "schema-narrowed" : "schema-widened",
      context: j.schema.context ?? j.schema.role,
      role: j.schema.role,
      loc: { file: j.schema.file, pointer: "" },
      params: { at: j.schema.label },
      semantic
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
  const sink = new ChangeSink();
  const schemas = new SchemaDiffer(new ViewBuilder(baseDocs, errors), new ViewBuilder(headDocs, errors), sink);
  const judged2 = [];
  const openapi = new OpenApiDiffer(baseDocs, headDocs, sink, schemas, errors, judged2, options.roleOf);
  const pairs = options.pairs ?? [.../* @__PURE__ */ new Set([...base.paths(), ...head.paths()])].sort().map((p) => ({ base: p, head: p }));
  const later = [];
  const components = documentComponents(headDocs, head.paths());
  for (const pair of pairs) {
    options.onFile?.(pair.head);
    const file = pair.head;
    const a = base.read(pair.base);
    const b = head.read(pair.head);
    const unchanged = a && b && sameContent(a, b);
    const reachesOut = unchanged && hasExternalRef(Buffer.from(b).toString("utf8"));
    if (unchanged && !reachesOut) continue;
    const kindA = a && kindOrError(baseDocs, pair.base, a, options.looseSchemas);
    const kindB = b && kindOrError(headDocs, file, b, options.looseSchemas);
    const broken = [kindA, kindB].find((k) => k instanceof InputError);
    if (broken) {
      if (unchanged) continue;
      const contract = options.looseSchemas || isContractName(file) || isContractName(pair.base) || options.isContract?.(file) || [kindA, kindB].some((k) => typeof k === "string" && isContractKind(k));
      if (contract) {
        errors.push({ file: broken.file ?? file, line: broken.line, message: broken.message });
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
    if (unchanged && !(isRoot(kind) && reachesOut)) continue;
    try {
      if (kind === "openapi" || kind === "swagger") {
        if (!a || !b) sink.emit(fileChange(a ? "contract-removed" : "contract-added", file, kind));
        openapi.diff({ baseFile: kindA === kind ? pair.base : void 0, headFile: kindB === kind ? file : void 0 });
      } else if (kind === "asyncapi") {
        if (!a || !b || kindA !== kindB) sink.emit(fileChange(a ? "contract-removed" : "contract-added", file, kind));
        else diffAsyncApi({ baseDocs, headDocs, sink, schemas, errors, judged: judged2, roleOf: options.roleOf }, pair.base, file);
      } else if (kind === "avro") {
        if (!a || !b || kindA !== kindB) sink.emit(fileChange(a ? "contract-removed" : "contract-added", file, kind));
        else {
          const role = options.forceRole && options.role ? options.role : options.roleOf?.(file) ?? roleFromPath(file, options.role ?? "storage");
          const root = (docs, f) => ({ loc: { file: f, pointer: "" }, node: docs.get(f).data });
          diffAvroSchemas(sink, root(baseDocs, pair.base), root(headDocs, file), { role, label: file.replace(/^.*\//, "") });
        }
      } else if (kind === "jsonschema") {
        if (!a || !b || kindA !== kindB) sink.emit(fileChange(a ? "contract-removed" : "contract-added", file, kind));
        else if (components.has(file) && !standalone(headDocs, file, options.roleOf)) {
        } else {
          const role = options.forceRole && options.role ? options.role : options.roleOf?.(file) ?? roleFromPath(file, options.role ?? "storage");
          const label = `${file.replace(/^.*\//, "")}`;
          const root = (docs, f) => [{ loc: { file: f, pointer: "" }, node: docs.get(f).data }];
          const [older, newer] = [root(baseDocs, pair.base), root(headDocs, file)];
          const found = schemas.compare(older, newer, { context: role, role, label }, "", { defs: true });
          if (found.size) {
            const [a2, b2] = [judgedDocument(baseDocs, pair.base), judgedDocument(headDocs, file)];
            judged2.push({ file, role, label, older: a2.root, newer: b2.root, changes: found });
          }
        }
      } else if (kind === "data" || kind === "openapi-fragment") {
        if (!a || !b) sink.emit(fileChange(a ? "contract-removed" : "contract-added", file, kind));
        else
          later.push(() => {
            const covered = sink.pointersFor(file);
            for (const c of diffData(file, baseDocs.get(pair.base).data, headDocs.get(file).data)) {
              if (!covered.some((p) => p.startsWith(c.loc.pointer) || c.loc.pointer.startsWith(p))) sink.emit(c);
            }
          });
      } else if (kind === "versions") {
        sink.emit({
          rule: "module-version-changed",
          loc: { file, pointer: "" },
          params: { file, old: a ? versionOf(baseDocs, pair.base) : "none", new: b ? versionOf(headDocs, file) : "none" }
        });
      } else {
        const action = !a ? "added" : !b ? "removed" : "changed";
        const rule = kind === "binary" ? "binary-changed" : kind === "other" ? "other-file-changed" : "document-changed";
        sink.emit({ rule, loc: { file, pointer: "" }, params: { file, action } });
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
  const moduleOf = options.moduleOf ?? moduleOfAnyPath;
  const final = finalize(sink.changes, headDocs, moduleOf);
  const { extra: proven, coverage } = reconcile(judged2, (raw) => final.byRaw.get(raw), options.judgement === "strict");
  const changes = sortChanges([...final.changes, ...finalize(proven, headDocs, moduleOf).changes]);
  warnings.push(...baseDocs.notes.filter((n) => !headDocs.notes.includes(n)), ...headDocs.notes);
  return { level: maxLevel(changes.map((c) => c.level)), changes, errors: dedupe(errors), warnings, semantic: coverage };
}
function documentComponents(docs, paths) {
  const roots = paths.filter((p) => {
    const d = /\.(ya?ml|json)$/i.test(p) ? unlessUnreadable(() => docs.get(p).data) : void 0;
    return !!d && typeof d === "object" && ("openapi" in d || "swagger" in d || "asyncapi" in d);
  });
  if (!roots.length) return /* @__PURE__ */ new Set();
  const closure = referenceClosure(docs, paths);
  return new Set(roots.flatMap((r) => [...closure.get(r) ?? []]));
}
function standalone(docs, file, roleOf) {
  const d = docs.get(file).data;
  if (!!d && typeof d === "object" && "$schema" in d) return true;
  return /\.schema\.(json|ya?ml)$/i.test(file) || !!roleOf?.(file) || roleFromPath(file, "request") === roleFromPath(file, "response");
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
function isRoot(kind) {
  return kind === "openapi" || kind === "swagger" || kind === "asyncapi" || kind === "jsonschema";
}
function versionOf(docs, file) {
  const data = docs.get(file).data;
  const v = data && typeof data === "object" ? data.current ?? data.version : void 0;
  return v === void 0 ? "none" : String(v);
}
function fileChange(rule, file, kind) {
  return { rule, loc: { file, pointer: "" }, params: { file, kind: KIND_NAMES[kind] } };
}
function finalize(raw, headDocs, moduleOf) {
  const byFile = /* @__PURE__ */ new Map();
  for (const c of raw) {
    const where = c.lineAt ?? c.loc;
    byFile.set(where.file, [...byFile.get(where.file) ?? [], c]);
  }
  const lines = /* @__PURE__ */ new Map();
  for (const [file, list] of byFile) {
    if (!headDocs.has(file)) continue;
    try {
      const found = headDocs.get(file).positions.locateAll(list.map((c) => (c.lineAt ?? c.loc).pointer));
      for (const c of list) {
        const pos = found.get((c.lineAt ?? c.loc).pointer);
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
      hint: fill(rule.hint, c.params),
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

// src/core/source/readable.ts
var MAX_PER_FILE2 = 3;
function checkReadable(docs, paths, isContract = () => false) {
  const problems = [];
  const skipped = [];
  for (const file of paths) {
    if (!formatOf(file) || isToolingName(file) && !isContract(file)) continue;
    let data;
    try {
      data = docs.get(file).data;
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      const diagnostic = { file: err.file ?? file, line: err.line, message: err.message };
      (isContractName(file) || isContract(file) ? problems : skipped).push(diagnostic);
      continue;
    }
    if (!isContractKind(detectKind(file, void 0, data)) && !isContract(file)) continue;
    let found = 0;
    for (const { pointer, ref } of refsIn(data)) {
      if (found >= MAX_PER_FILE2) break;
      try {
        docs.deref({ file, pointer }, { $ref: ref });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        found++;
        problems.push({ file, line: docs.lineOf({ file, pointer }), message: err.message });
      }
    }
  }
  return { problems, skipped };
}
var INSTANCE_KEYWORDS = /* @__PURE__ */ new Set(["const", "enum", "default", "example"]);
function* refsIn(node, pointer = "") {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* refsIn(item, pointerJoin(pointer, i));
  } else if (node !== null && typeof node === "object") {
    if (isRefObject(node)) yield { pointer, ref: node.$ref };
    for (const [key, value] of Object.entries(node)) {
      if (INSTANCE_KEYWORDS.has(key) || key === "examples" && Array.isArray(value)) continue;
      if (key !== "$ref") yield* refsIn(value, pointerJoin(pointer, key));
    }
  }
}

export {
  LIMITS,
  FsTree,
  repositoryRootOf,
  referenceClosure,
  FROZEN_DIR,
  GLOBALS,
  ContractsLayout,
  isFreezeFile,
  isHistoryFile,
  load,
  modify,
  applyEdits,
  formatOf,
  isBinary,
  overSizeLimit,
  parseText,
  detectKind,
  isToolingName,
  toCrlf,
  sameContent,
  MapTree,
  Documents,
  filterTree,
  overlayTree,
  require_libraries,
  readAsyncApi,
  operations,
  ViewBuilder,
  unsafePatterns,
  newAjv,
  isDraft2020,
  diffTrees,
  checkReadable,
  refsIn
};
