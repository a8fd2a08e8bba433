import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  runCheck
} from "./chunk-OEIYIFPX.js";
import "./chunk-HCQ36O5V.js";
import "./chunk-UAJXAT5M.js";
import {
  git
} from "./chunk-KCJREJXD.js";
import {
  parseFormat,
  printErrors,
  render
} from "./chunk-RRAUH2I6.js";
import "./chunk-H7PA7AWM.js";
import "./chunk-ZP6QAKNC.js";
import "./chunk-AZ2DVI3S.js";
import "./chunk-LSC7VEJX.js";
import "./chunk-HT7574KT.js";
import "./chunk-26GVR4GN.js";
import "./chunk-LX5R2PVH.js";
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
import "./chunk-KNFEERHG.js";
import "./chunk-VH6BFWQB.js";
import "./chunk-555N3RVI.js";

// src/cli/commands/demo.ts
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
var DEMO_HELP = `Usage: contract-guard demo [--format text|json|markdown] [--keep]

Run check on the bundled sample contracts (contracts/) and the bundled example change
(examples/change/), in a temporary git repository. No network, no setup.
`;
function projectDir() {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
async function demoCommand(argv) {
  const { values } = parseArgs({
    args: argv,
    options: { format: { type: "string" }, keep: { type: "boolean" }, help: { type: "boolean", short: "h" } }
  });
  if (values.help) {
    process.stdout.write(DEMO_HELP);
    return 0;
  }
  const format = parseFormat(values.format);
  const project = projectDir();
  const example = join(project, "examples", "change");
  const work = mkdtempSync(join(tmpdir(), "contract-guard-demo-"));
  try {
    cpSync(join(project, "contracts"), join(work, "contracts"), { recursive: true });
    const g = git(work);
    const author = ["-c", "user.name=contract-guard demo", "-c", "user.email=demo@contract-guard.invalid", "-c", "commit.gpgsign=false"];
    await g.raw(["init", "--quiet", "--initial-branch=main"]);
    await g.raw(["add", "-A"]);
    await g.raw([...author, "commit", "--quiet", "-m", "contracts: sample baseline"]);
    await g.raw(["checkout", "--quiet", "-b", "example-change"]);
    cpSync(join(example, "files"), work, { recursive: true });
    const deletions = join(example, "deleted.txt");
    if (existsSync(deletions)) {
      for (const line of readFileSync(deletions, "utf8").split("\n").map((l) => l.trim())) {
        if (line && !line.startsWith("#")) rmSync(resolve(work, line), { force: true });
      }
    }
    await g.raw(["add", "-A"]);
    await g.raw([...author, "commit", "--quiet", "-m", "example change"]);
    if (format === "text") {
      const about = readFileSync(join(example, "README.md"), "utf8").split("\n").find((l) => l.trim() && !l.startsWith("#"));
      process.stdout.write(`Sample: ${join(project, "contracts")}
Example change: ${about ?? "examples/change"}

`);
    }
    const report = await runCheck({ cwd: work, baseBranch: "main", head: "example-change" });
    process.stdout.write(render(report, format));
    printErrors(report);
    return 0;
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
    else process.stderr.write(`kept ${work}
`);
  }
}
export {
  DEMO_HELP,
  demoCommand,
  projectDir
};
