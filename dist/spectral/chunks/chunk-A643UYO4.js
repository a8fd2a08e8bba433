import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  require_dist2 as require_dist
} from "./chunk-QTGDW5ZM.js";
import {
  __commonJS,
  __toCommonJS,
  init_tslib_es6,
  tslib_es6_exports
} from "./chunk-JPVFXIZM.js";

// node_modules/@stoplight/spectral-rulesets/dist/shared/functions/uniquenessTags.js
var require_uniquenessTags = __commonJS({
  "node_modules/@stoplight/spectral-rulesets/dist/shared/functions/uniquenessTags.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var spectral_core_1 = require_dist();
    function getDuplicateTagsIndexes(tags) {
      return tags.map((item) => item.name).reduce((acc, item, i, arr) => {
        if (arr.indexOf(item) !== i) {
          acc.push(i);
        }
        return acc;
      }, []);
    }
    exports.default = (0, spectral_core_1.createRulesetFunction)({
      input: {
        type: "array",
        items: {
          type: "object",
          properties: {
            name: {
              type: "string"
            }
          },
          required: ["name"]
        }
      },
      options: null
    }, function uniquenessTags(targetVal, _, ctx) {
      const duplicatedTags = getDuplicateTagsIndexes(targetVal);
      if (duplicatedTags.length === 0)
        return [];
      const results = [];
      for (const duplicatedIndex of duplicatedTags) {
        const duplicatedTag = targetVal[duplicatedIndex].name;
        results.push({
          message: `"tags" object contains duplicate tag name "${duplicatedTag}".`,
          path: [...ctx.path, duplicatedIndex, "name"]
        });
      }
      return results;
    });
  }
});

// node_modules/@stoplight/spectral-rulesets/dist/shared/functions/index.js
var require_functions = __commonJS({
  "node_modules/@stoplight/spectral-rulesets/dist/shared/functions/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.uniquenessTags = void 0;
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    var uniquenessTags_1 = tslib_1.__importDefault(require_uniquenessTags());
    Object.defineProperty(exports, "uniquenessTags", { enumerable: true, get: function() {
      return uniquenessTags_1.default;
    } });
  }
});

// node_modules/@stoplight/spectral-rulesets/dist/shared/functions/serverVariables/utils/parseUrlVariables.js
var require_parseUrlVariables = __commonJS({
  "node_modules/@stoplight/spectral-rulesets/dist/shared/functions/serverVariables/utils/parseUrlVariables.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.parseUrlVariables = void 0;
    function parseUrlVariables(str) {
      if (typeof str !== "string")
        return [];
      const variables = str.match(/{(.+?)}/g);
      if (!variables || variables.length === 0)
        return [];
      return variables.map((v) => v.slice(1, -1));
    }
    exports.parseUrlVariables = parseUrlVariables;
  }
});

// node_modules/@stoplight/spectral-rulesets/dist/shared/utils/getMissingProps.js
var require_getMissingProps = __commonJS({
  "node_modules/@stoplight/spectral-rulesets/dist/shared/utils/getMissingProps.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getMissingProps = void 0;
    function getMissingProps(arr, props) {
      return arr.filter((val) => {
        return !props.includes(val);
      });
    }
    exports.getMissingProps = getMissingProps;
  }
});

// node_modules/@stoplight/spectral-rulesets/dist/shared/utils/getRedundantProps.js
var require_getRedundantProps = __commonJS({
  "node_modules/@stoplight/spectral-rulesets/dist/shared/utils/getRedundantProps.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRedundantProps = void 0;
    function getRedundantProps(arr, keys) {
      return keys.filter((val) => {
        return !arr.includes(val);
      });
    }
    exports.getRedundantProps = getRedundantProps;
  }
});

// node_modules/@stoplight/spectral-rulesets/dist/shared/functions/serverVariables/utils/applyUrlVariables.js
var require_applyUrlVariables = __commonJS({
  "node_modules/@stoplight/spectral-rulesets/dist/shared/functions/serverVariables/utils/applyUrlVariables.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.applyUrlVariables = void 0;
    function* applyUrlVariables(url, variables) {
      yield* _applyUrlVariables(url, 0, variables.map(toApplicableVariable));
    }
    exports.applyUrlVariables = applyUrlVariables;
    function* _applyUrlVariables(url, i, variables) {
      const [name, values] = variables[i];
      let x = 0;
      while (x < values.length) {
        const substitutedValue = url.replace(name, values[x]);
        if (i === variables.length - 1) {
          yield substitutedValue;
        } else {
          yield* _applyUrlVariables(substitutedValue, i + 1, variables);
        }
        x++;
      }
    }
    function toApplicableVariable([name, values]) {
      return [toReplaceRegExp(name), values.map(encodeURI)];
    }
    function toReplaceRegExp(name) {
      return RegExp(escapeRegexp(`{${name}}`), "g");
    }
    function escapeRegexp(value) {
      return value.replace(/[\\^$*+?.()|[\]{}]/g, "\\$&");
    }
  }
});

// node_modules/@stoplight/spectral-rulesets/dist/shared/functions/serverVariables/index.js
var require_serverVariables = __commonJS({
  "node_modules/@stoplight/spectral-rulesets/dist/shared/functions/serverVariables/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var spectral_core_1 = require_dist();
    var parseUrlVariables_1 = require_parseUrlVariables();
    var getMissingProps_1 = require_getMissingProps();
    var getRedundantProps_1 = require_getRedundantProps();
    var applyUrlVariables_1 = require_applyUrlVariables();
    exports.default = (0, spectral_core_1.createRulesetFunction)({
      input: {
        errorMessage: "Invalid Server Object",
        type: "object",
        properties: {
          url: {
            type: "string"
          },
          variables: {
            type: "object",
            additionalProperties: {
              type: "object",
              properties: {
                enum: {
                  type: "array",
                  items: {
                    type: "string"
                  }
                },
                default: {
                  type: "string"
                },
                description: {
                  type: "string"
                },
                examples: {
                  type: "string"
                }
              },
              patternProperties: {
                "^x-": true
              },
              additionalProperties: false
            }
          }
        },
        required: ["url"]
      },
      errorOnInvalidInput: true,
      options: {
        type: ["object", "null"],
        properties: {
          checkSubstitutions: {
            type: "boolean",
            default: "false"
          },
          requireDefault: {
            type: "boolean",
            default: "false"
          }
        },
        additionalProperties: false
      }
    }, function serverVariables({ url, variables }, opts, ctx) {
      const results = [];
      const foundVariables = (0, parseUrlVariables_1.parseUrlVariables)(url);
      const definedVariablesKeys = variables === void 0 ? [] : Object.keys(variables);
      accumulateRedundantVariables(results, ctx.path, foundVariables, definedVariablesKeys);
      if (foundVariables.length === 0)
        return results;
      accumulateMissingVariables(results, ctx.path, foundVariables, definedVariablesKeys);
      if (variables === void 0)
        return results;
      const variablePairs = [];
      for (const key of definedVariablesKeys) {
        if (!foundVariables.includes(key))
          continue;
        const variable = variables[key];
        if (variable.enum !== void 0) {
          variablePairs.push([key, variable.enum]);
          checkVariableEnumValues(results, ctx.path, key, variable.enum, variable.default);
        } else if (variable.default !== void 0) {
          variablePairs.push([key, [variable.default]]);
        } else {
          variablePairs.push([key, []]);
        }
        if (variable.default === void 0 && (opts === null || opts === void 0 ? void 0 : opts.requireDefault) === true) {
          results.push({
            message: `Server Variable "${key}" has a missing default.`,
            path: [...ctx.path, "variables", key]
          });
        }
      }
      if ((opts === null || opts === void 0 ? void 0 : opts.checkSubstitutions) === true) {
        checkSubstitutions(results, ctx.path, url, variablePairs);
      }
      return results;
    });
    function accumulateRedundantVariables(results, path, foundVariables, definedVariablesKeys) {
      if (definedVariablesKeys.length === 0)
        return;
      const redundantVariables = (0, getRedundantProps_1.getRedundantProps)(foundVariables, definedVariablesKeys);
      for (const variable of redundantVariables) {
        results.push({
          message: `Server's "variables" object has unused defined "${variable}" url variable.`,
          path: [...path, "variables", variable]
        });
      }
    }
    function accumulateMissingVariables(results, path, foundVariables, definedVariablesKeys) {
      const missingVariables = definedVariablesKeys.length === 0 ? foundVariables : (0, getMissingProps_1.getMissingProps)(foundVariables, definedVariablesKeys);
      if (missingVariables.length > 0) {
        results.push({
          message: `Not all server's variables are described with "variables" object. Missed: ${missingVariables.join(", ")}.`,
          path: [...path, "variables"]
        });
      }
    }
    function checkVariableEnumValues(results, path, name, enumValues, defaultValue) {
      if (defaultValue !== void 0 && !enumValues.includes(defaultValue)) {
        results.push({
          message: `Server Variable "${name}" has a default not listed in the enum.`,
          path: [...path, "variables", name, "default"]
        });
      }
    }
    function checkSubstitutions(results, path, url, variables) {
      if (variables.length === 0)
        return;
      const invalidUrls = [];
      for (const substitutedUrl of (0, applyUrlVariables_1.applyUrlVariables)(url, variables)) {
        try {
          new URL(substitutedUrl);
        } catch {
          invalidUrls.push(substitutedUrl);
          if (invalidUrls.length === 5) {
            break;
          }
        }
      }
      if (invalidUrls.length === 5) {
        results.push({
          message: `At least 5 substitutions of server variables resulted in invalid URLs: ${invalidUrls.join(", ")} and more`,
          path: [...path, "variables"]
        });
      } else if (invalidUrls.length > 0) {
        results.push({
          message: `A few substitutions of server variables resulted in invalid URLs: ${invalidUrls.join(", ")}`,
          path: [...path, "variables"]
        });
      }
    }
  }
});

export {
  require_functions,
  require_parseUrlVariables,
  require_getMissingProps,
  require_getRedundantProps,
  require_serverVariables
};
