import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  bump
} from "./chunk-BRPPCXKA.js";
import {
  printCheck
} from "./chunk-DKPYHRXK.js";
import "./chunk-OEIYIFPX.js";
import "./chunk-HCQ36O5V.js";
import "./chunk-UAJXAT5M.js";
import "./chunk-KCJREJXD.js";
import "./chunk-ZP6QAKNC.js";
import "./chunk-LSC7VEJX.js";
import "./chunk-HT7574KT.js";
import "./chunk-26GVR4GN.js";
import "./chunk-WFBQG7YW.js";
import "./chunk-EHJQXAUD.js";
import "./chunk-X5YIPVHM.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-MLD5EQ7M.js";
import "./chunk-5BNPDLWZ.js";
import "./chunk-LQT5G54K.js";
import "./chunk-HDYLMNIM.js";
import "./chunk-LIEK4HVD.js";
import "./chunk-76DSMZKO.js";
import {
  UsageError
} from "./chunk-KNFEERHG.js";
import "./chunk-VH6BFWQB.js";
import "./chunk-555N3RVI.js";

// src/cli/commands/bump.ts
import { parseArgs } from "node:util";
var BUMP_HELP = `Usage: contract-guard bump [<module>] [--level patch|minor|major]

In a git repository, set each changed module's version to what its changes since the baseline need (or to
--level), counted from its frozen version; then add the changelog entry the policy asks for and, for a major,
a migration note drafted from the breaking changes. Prints every file it writes, then what check now says.

Options:
  --level <level>    patch | minor | major (default: the bump the changes need)
  --root <folder>    contracts folder (default: the config's, else contracts)
  --config <file>    configuration file (default: .github/contract-guard.yml)
  -h, --help         show this help

It writes only the module's versions file, the changelog and a new migration note; an existing note is never
replaced. Exit codes: 0 done, 1 the check still blocks afterwards, 2 bad input.
`;
async function bumpCommand(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      level: { type: "string" },
      root: { type: "string" },
      config: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    process.stdout.write(BUMP_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`bump takes at most one module, not ${positionals.length}`);
  const level = values.level;
  if (level !== void 0 && level !== "patch" && level !== "minor" && level !== "major")
    throw new UsageError(`--level must be patch, minor or major, not '${level}'`);
  const result = await bump({ cwd: process.cwd(), module: positionals[0], level, root: values.root, configPath: values.config });
  for (const line of result.written) process.stdout.write(`wrote ${line}
`);
  for (const line of result.notes) process.stdout.write(`note: ${line}
`);
  printCheck(result.report);
  return result.report.blocked ? 1 : 0;
}
export {
  BUMP_HELP,
  bumpCommand
};
