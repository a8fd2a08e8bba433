import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  InputError,
  Oversized,
  decodeText,
  formatOf,
  isBinary,
  parseText,
  require_libraries
} from "./chunk-SISG3UZI.js";
import {
  SCHEMA_CONTEXTS,
  __commonJS,
  __toESM,
  levelRank,
  pointerJoin,
  pointerTokens
} from "./chunk-QGZXPBIK.js";

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
    const format = formatOf(file2);
    try {
      if (!bytes) throw new InputError("file not found", file2);
      if (!format) throw new InputError("not a YAML or JSON file", file2);
      return parseText(file2, decodeText(file2, bytes), format);
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
  note(text) {
    if (!this.notes.includes(text)) this.notes.push(text);
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
  refError(at, message) {
    return new InputError(message, at.file, this.lineOf(at));
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
function filterTree(tree, keep) {
  return { paths: () => tree.paths().filter(keep), read: (p) => keep(p) ? tree.read(p) : void 0 };
}

// src/core/sha256.ts
import { createHash } from "node:crypto";
function sha256(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
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
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`unknown rule id ${id}`);
  return rule;
}
function emittedId(change) {
  return change.context ? `${change.context}-${change.rule}` : change.rule;
}
function findRule(id) {
  const direct = BY_ID.get(id);
  if (direct) return { rule: direct };
  for (const context of [...SCHEMA_CONTEXTS].sort((a, b) => b.length - a.length)) {
    if (id.startsWith(context + "-")) {
      const rule = BY_ID.get(id.slice(context.length + 1));
      if (rule?.family === "schema") return { rule, context };
    }
  }
  return void 0;
}
function ruleLevel(rule, role) {
  return levelForRole(rule.level, role);
}
var COMPATIBLE_HINTS = {
  // narrowed in what we send (a response, a webhook): its readers get less than they accepted
  response: "Compatible for those who read it: they only receive values they already accepted. No migration needed.",
  // widened in what we read (a request): what was sent before is still valid
  request: "Compatible for those who send it: everything valid before is still accepted. No migration needed.",
  // a change the rules call major, proven compatible by set inclusion
  proven: "Proven compatible by set inclusion: nothing that reads it breaks. No migration needed."
};
function ruleHint(rule, role) {
  const level = rule.level;
  if (rule.family !== "schema" || typeof level === "string" || role !== "request" && role !== "response") return rule.hint;
  const [mine, other] = role === "response" ? [level.writer, level.reader] : [level.reader, level.writer];
  return levelRank(mine) < levelRank(other) ? COMPATIBLE_HINTS[role] : rule.hint;
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
function ruleMigrate(rule, where, params) {
  if (!rule.migrate) return void 0;
  const at = rule.family === "avro" && (where === "request" || where === "response") ? "event" : where;
  const text = fill(rule.migrate, { ...params, ...(at && PARTIES[at]) ?? { writers: "writers", readers: "readers" } });
  return text.charAt(0).toUpperCase() + text.slice(1);
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
  const text = oneLine(JSON.stringify(value));
  const most = Math.min(max, 80);
  return text.length > most ? text.slice(0, most - 3) + "..." : text;
}
function oneLine(text) {
  return text.replace(CONTROL, (c) => NAMED_CONTROL[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var MAX_SHOWN_TEXT = 200;
function abridges(params) {
  return Object.values(params).some(
    (v) => typeof v === "string" ? v.length > MAX_SHOWN_TEXT : v !== void 0 && (JSON.stringify(v)?.length ?? 0) > 80
  );
}
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]/g;
var NAMED_CONTROL = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function codeSpan(text) {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = longest ? " " : "";
  return fence + pad + text + pad + fence;
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
  if (a instanceof Oversized || b instanceof Oversized) return a instanceof Oversized && b instanceof Oversized && a.id === b.id;
  if (Buffer.compare(a, b) === 0) return true;
  if (!a.includes(CR) && !b.includes(CR)) return false;
  if (isBinary(a) || isBinary(b)) return false;
  return Buffer.compare(toLf(a), toLf(b)) === 0;
}

// src/core/source/safe-regex.ts
var import_formats = __toESM(require_formats(), 1);
var import_libraries = __toESM(require_libraries(), 1);
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
var cache = /* @__PURE__ */ new Map();
var MAX_CACHE = 5e3;
function safePattern(pattern) {
  return compiled(pattern, false);
}
function safeLinePattern(pattern) {
  return compiled(pattern, true);
}
function compiled(pattern, lines) {
  const key2 = `${lines ? "m" : "u"}:${pattern}`;
  let hit = cache.get(key2);
  if (!hit) {
    hit = compile(pattern, lines);
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(key2, hit);
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
    const { RE2JS } = import_libraries.default.re2js();
    const re = RE2JS.compile(RE2JS.translateRegExp(pattern), lines ? RE2JS.MULTILINE : 0);
    return {
      test: (text) => re.matcher(text).find(),
      matches: (text, limit) => {
        const out = [];
        const m = re.matcher(text);
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
    check = (text) => (compiled2 ??= formatCheck(re))(text);
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
var safeRegExpEngine = Object.assign((pattern) => safePattern(pattern), { code: "safePattern" });

export {
  MapTree,
  Documents,
  ownId,
  filterTree,
  sha256,
  require_ucs2length,
  RULES,
  getRule,
  emittedId,
  findRule,
  ruleLevel,
  COMPATIBLE_HINTS,
  ruleHint,
  ruleMigrate,
  fill,
  show,
  oneLine,
  abridges,
  codeSpan,
  require_formats,
  UnsafePattern,
  safePattern,
  safeLinePattern,
  unsafeReason,
  safeFormat,
  safeRegExpEngine,
  toLf,
  toCrlf,
  sameContent
};
