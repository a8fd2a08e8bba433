import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  ruleDocLink
} from "./chunk-LX5R2PVH.js";
import {
  POLICY_RULES
} from "./chunk-WFBQG7YW.js";
import {
  RULES,
  findRule,
  levelForRole
} from "./chunk-5BNPDLWZ.js";
import {
  UsageError
} from "./chunk-KNFEERHG.js";
import {
  ROLES
} from "./chunk-VH6BFWQB.js";
import "./chunk-555N3RVI.js";

// src/core/rules/explain.ts
function explainRule(id) {
  const found = findRule(id);
  if (found) {
    const { rule, context } = found;
    const levels = typeof rule.level === "string" ? [`level: ${rule.level}`] : ROLES.map((role) => `  ${role.padEnd(9)} ${levelForRole(rule.level, role)}`);
    return [
      `${id}${context ? ` (the rule ${rule.id} in ${/^[aeiou]/.test(context) ? "an" : "a"} ${context} schema)` : ""}`,
      "",
      rule.summary,
      "",
      ...typeof rule.level === "string" ? levels : ["level, by who reads the schema:", ...levels],
      ...rule.levelFrom === "policy" ? ["", "The level is the SemVer policy\u2019s; with `judgement: strict`, set inclusion alone decides."] : [],
      "",
      `reported as: ${rule.message}`,
      `fix: ${rule.hint}`,
      ...rule.migrate ? [`consumers, in the migration note: ${rule.migrate}`] : [],
      "",
      `docs: ${ruleDocLink(id)}`
    ];
  }
  const policy = POLICY_RULES.find((r) => r.id === id);
  if (!policy) return void 0;
  return [
    `${id} (a policy rule)`,
    "",
    policy.summary,
    "",
    `severity: ${policy.severity} (block: fails the check; approve: needs the Contract Council; warn: reported only)`,
    `reported as: ${policy.message}`,
    `fix: ${policy.fix}`,
    "",
    "Change its severity under `rules:` in .github/contract-guard.yml.",
    `docs: ${ruleDocLink(id)}`
  ];
}
var KNOWN_IDS = [...RULES.map((r) => r.id), ...POLICY_RULES.map((r) => r.id)];

// src/cli/commands/explain.ts
var EXPLAIN_HELP = `Usage: contract-guard explain <rule-id>

What a rule means, its level (by role for schema rules) or severity (policy rules), how it reads in a report,
and how to fix what it reports. Schema rules are accepted with their context prefix (response-property-removed).
`;
async function explainCommand(argv) {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(EXPLAIN_HELP);
    return 0;
  }
  if (argv.length !== 1) throw new UsageError("explain takes one rule id (try: contract-guard explain property-removed)");
  const id = argv[0];
  const lines = explainRule(id);
  if (!lines) {
    const near = KNOWN_IDS.filter((k) => k.includes(id) || id.includes(k)).slice(0, 5);
    throw new UsageError(
      `unknown rule '${id}'${near.length ? ` (did you mean: ${near.join(", ")}?)` : ""}; every rule is in docs/rules.md`
    );
  }
  process.stdout.write(lines.join("\n") + "\n");
  return 0;
}
export {
  EXPLAIN_HELP,
  explainCommand
};
