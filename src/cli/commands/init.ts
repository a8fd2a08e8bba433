import { parseArgs } from 'node:util';
import { init } from '../../services/init.js';

export const INIT_HELP = `Usage: contract-guard init [--action <owner/repo@ref>]

In a git repository, find the contracts (root folder, modules with versions.yaml, changelog, an event envelope
whose required fields become an invariant) and write:
  .github/contract-guard.yml             the policy, commented, with a yaml-language-server $schema line
  .github/contract-guard.schema.json     the policy's JSON Schema, so editors complete and check it
  .github/workflows/contract-guard.yml   the Action on pull requests, reviews, labels and merges
  <root>/_frozen/                        a first freeze, when there is none
A file that exists is never replaced: it is listed as kept. Then commit them.

Options:
  --action <ref>   the Action to use in the workflow (default: contract-guard/contract-guard@v1)
  -h, --help       show this help
`;

export async function initCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { action: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write(INIT_HELP);
    return 0;
  }
  const { layout, written, kept, notes } = await init(process.cwd(), values.action ?? 'contract-guard/contract-guard@v1');
  const out = (s: string) => process.stdout.write(s + '\n');
  out(
    `found ${layout.found.length} contract${layout.found.length === 1 ? '' : 's'}${layout.scope ? '' : ` under ${layout.root || '.'}/`}:`,
  );
  for (const f of layout.found) out(`  ${f.file} (${f.kind})`);
  if (layout.leftOut.length) {
    out(`left out ${layout.leftOut.length} YAML/JSON file${layout.leftOut.length === 1 ? '' : 's'}:`);
    for (const f of layout.leftOut.slice(0, 20)) out(`  ${f.file}: ${f.why}`);
    if (layout.leftOut.length > 20) out(`  … and ${layout.leftOut.length - 20} more`);
  }
  for (const u of layout.units)
    // a version written in the paths has no key: the path says where
    out(
      `unit ${u.name}: ${u.version ?? 'no version'}${u.file ? ` at ${u.file}${u.line ? `:${u.line}` : ''}${u.key ? ` (${u.key})` : ''}` : ''}`,
    );
  if (layout.modules.length) out(`modules under ${layout.modulesRoot}/: ${layout.modules.join(', ')}`);
  if (layout.envelope) out(`invariant: ${layout.envelope.file} keeps ${layout.envelope.keep.join(', ')}`);
  for (const w of written) out(`wrote ${w}`);
  for (const k of kept) out(`kept ${k}: it exists, not overwritten`);
  for (const n of notes) out(`note: ${n}`);
  if (written.length) out('next: fill in council.teams, commit these files, and make the contract-guard check required (README).');
  return 0;
}
