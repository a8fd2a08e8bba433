import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  formatOf,
  isBinary,
  isIgluSchema
} from "./chunk-W2ONGEZ5.js";
import {
  localRefTokens,
  pointerJoin,
  refTarget
} from "./chunk-J2WTEFWK.js";
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
  if (typeof doc.$schema === "string" && /json-schema\.org|\/self-desc\//.test(doc.$schema)) return "jsonschema";
  if (isIgluSchema(file)) return "jsonschema";
  if (/\.schema\.(json|ya?ml)$/i.test(file)) return "jsonschema";
  if (doc.components && typeof doc.components === "object" && !("paths" in doc)) return "openapi-fragment";
  if (("type" in doc || "properties" in doc || "$defs" in doc || "allOf" in doc || "oneOf" in doc) && /\/schemas?\//.test("/" + file)) {
    return "jsonschema";
  }
  return "data";
}
var UNJUDGED = [
  [/\.proto$/i, "Protocol Buffers", "`buf breaking`"],
  [/\.(graphql|graphqls|gql)$/i, "GraphQL", "`graphql-inspector diff`"],
  [/\.thrift$/i, "Thrift", ""],
  [/\.avdl$/i, "Avro IDL", "`avro-tools idl2schemata` to judge it as `.avsc`"],
  [/\.xsd$/i, "XML Schema", ""],
  [/\.wsdl$/i, "WSDL", ""],
  [/\.raml$/i, "RAML", ""]
];
function unjudgedFormat(file) {
  const found = UNJUDGED.find(([pattern]) => pattern.test(file));
  return found && { format: found[1], tool: found[2] };
}
var isTopicCatalog = (file) => /(^|\/)events?\/(.*\/)?(topics|catalog)\.ya?ml$/i.test(file);
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
  return /\.(py|sh|bash|ps1|bat|cmd|js|mjs|cjs|ts|rb|go|java|kt|rs|lock|ini|cfg|toml|env)$/.test(p) || /\/(makefile|dockerfile|\.gitignore|\.gitattributes|\.editorconfig)$/.test(p) || /\.(test|spec)\.(json|ya?ml)$/.test(p) || /\.postman_(collection|environment)\.json$/.test(p) || /\/\.?spectral[^/]*\.(json|ya?ml)$/.test(p) || /\/(package|package-lock|tsconfig)\.json$/.test(p) || /\/(pom\.xml|gradle\.properties|build\.gradle\.kts|build\.gradle)$/.test(p) || /\/(tests?|tooling|scripts|harness|ci|\.github)\//.test(p);
}
function isContractName(file) {
  const p = "/" + file.toLowerCase();
  if (isIgluSchema(file)) return true;
  if (!/\.(json|ya?ml|avsc)$/.test(p)) return false;
  return /\.avsc$/.test(p) || /\/versions\.ya?ml$/.test(p) || /\.schema\.(json|ya?ml)$/.test(p) || isTopicCatalog(file) || /\/[^/]*(openapi|swagger|asyncapi)[^/]*$/.test(p) || /\/(schemas?|openapi)\/([^/]+\/)*[^/]+$/.test(p);
}
function isContractKind(kind) {
  return kind === "openapi" || kind === "openapi-fragment" || kind === "swagger" || kind === "asyncapi" || kind === "avro" || kind === "jsonschema" || kind === "versions";
}

// src/core/source/operations.ts
var METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
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
      else if (tokens[0] === "definitions" && tokens[1] !== void 0 && doc.swagger) reached.add(tokens[1]);
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
    if (!isObj(items)) continue;
    for (const [path, raw] of Object.entries(items)) {
      const item = deref({ loc: { file, pointer: pointerJoin(base, section, path) }, node: raw });
      const node = item.node;
      if (!isObj(node)) continue;
      for (const method of METHODS) {
        const op = node[method];
        if (isObj(op)) out.push({ section, path, method, node: op, item: { loc: item.loc, node } });
      }
    }
  }
  return out;
}

// src/core/source/safe-regex.ts
var import_formats = __toESM(require_formats(), 1);
var import_libraries = __toESM(require_libraries(), 1);
var UnsafePattern = class extends Error {
  constructor(pattern, reason) {
    super(`pattern ${JSON.stringify(pattern.length > 80 ? pattern.slice(0, 77) + "\u2026" : pattern)} cannot be checked safely: ${reason}`);
    this.pattern = pattern;
    this.name = "UnsafePattern";
  }
  pattern;
};
var cache = /* @__PURE__ */ new Map();
var MAX_CACHE = 5e3;
function safePattern(pattern) {
  let hit = cache.get(pattern);
  if (!hit) {
    hit = compile(pattern);
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(pattern, hit);
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
function compile(pattern) {
  if (pattern.length > MAX_PATTERN_CHARS)
    return new UnsafePattern(
      pattern,
      `longer than ${MAX_PATTERN_CHARS.toLocaleString("en")} characters (${pattern.length.toLocaleString("en")})`
    );
  try {
    const { RE2JS } = import_libraries.default.re2js();
    const re = RE2JS.compile(RE2JS.translateRegExp(pattern));
    return { test: (text) => re.matcher(text).find(), toString: () => `/${pattern}/u` };
  } catch (err) {
    const reason = err.message.replace(/^error parsing regexp: /, "");
    return new UnsafePattern(pattern, /Perl syntax|escape sequence/.test(reason) ? `RE2 cannot run it (${reason})` : reason);
  }
}
var MAX_NATIVE_FORMAT_CHARS = 4096;
function safeFormat(re) {
  let check = FORMAT_CHECKS.get(re);
  if (!check) {
    let compiled;
    check = (text) => (compiled ??= formatCheck(re))(text);
    FORMAT_CHECKS.set(re, check);
  }
  return check;
}
var FORMAT_CHECKS = /* @__PURE__ */ new WeakMap();
function formatCheck(re) {
  try {
    const { RE2JS } = import_libraries.default.re2js();
    const safe = RE2JS.compile(RE2JS.translateRegExp(re.source), re.flags.includes("i") ? RE2JS.CASE_INSENSITIVE : 0);
    return (text) => safe.matcher(text).find();
  } catch {
    return (text) => text.length > MAX_NATIVE_FORMAT_CHARS || re.test(text);
  }
}
var nativeFormats;
function nativeOnlyFormats() {
  return nativeFormats ??= new Set(
    Object.entries(import_formats.fullFormats).flatMap(([name, f]) => f instanceof RegExp && unsafeReason(f.source) !== void 0 ? [name] : [])
  );
}
function uncheckableString(data) {
  const native = nativeOnlyFormats();
  let format;
  let long;
  const stack = [[data, ""]];
  while (stack.length && !(format && long)) {
    const [node, pointer] = stack.pop();
    if (typeof node === "string") {
      if (!long && node.length > MAX_NATIVE_FORMAT_CHARS) long = { pointer, length: node.length };
      continue;
    }
    if (!node || typeof node !== "object") continue;
    const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v]) : Object.entries(node);
    for (const [k, v] of entries) {
      if (k === "format" && typeof v === "string" && native.has(v)) format ??= v;
      stack.push([v, pointerJoin(pointer, k)]);
    }
  }
  if (!format || !long) return void 0;
  const chars = (n) => n.toLocaleString("en");
  return {
    pointer: long.pointer,
    message: `a string of ${chars(long.length)} characters, too long to check safely against format "${format}" (${chars(MAX_NATIVE_FORMAT_CHARS)} at most)`
  };
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
      const at = `${pointer}/${esc(k)}`;
      if (k === "pattern" && typeof v === "string") {
        const why = unsafeReason(v);
        if (why) out.push({ pointer: at, message: why });
      } else if (k === "patternProperties" && v && typeof v === "object" && !Array.isArray(v)) {
        for (const p of Object.keys(v)) {
          const why = unsafeReason(p);
          if (why) out.push({ pointer: `${at}/${esc(p)}`, message: why });
        }
      }
      if (v && typeof v === "object") stack.push([v, at]);
    }
  }
  return out;
}

export {
  detectKind,
  unjudgedFormat,
  isTopicCatalog,
  roleFromPath,
  isToolingName,
  isContractName,
  isContractKind,
  require_libraries,
  require_formats,
  safePattern,
  unsafeReason,
  safeFormat,
  uncheckableString,
  safeRegExpEngine,
  unsafePatterns,
  reachedSchemas,
  operations
};
