// docs/rules.md, generated from the catalog so the document can never drift from the code.
import { ROLES } from '../model.js';
import { POLICY_RULES } from '../policy/policy-rules.js';
import { COMPATIBLE_HINTS, findRule, RULES, SCHEMA_CONTEXTS } from './catalog.js';
import { levelForRole } from './types.js';

/** Where the published rules document lives: every rule id in a pull-request comment links to its row there. */
export const RULES_DOC_URL = 'https://github.com/contract-guard/contract-guard/blob/main/docs/rules.md';

/** The anchor of a rule's row: a schema rule's, whatever context prefix it was reported with. */
export function ruleAnchor(id: string): string {
  return findRule(id)?.rule.id ?? id;
}

export function ruleDocLink(id: string): string {
  return `${RULES_DOC_URL}#${ruleAnchor(id)}`;
}

// an anchor GitHub keeps (as user-content-<id>, which its page script scrolls to), so a table row can be linked
const anchored = (id: string) => `<a id="${id}"></a>\`${id}\``;

export function renderRulesDoc(): string {
  const out: string[] = [
    '# Rules',
    '',
    '<!-- Generated from src/core/rules/ by `npm run docs`. Do not edit: a test fails when this file is stale. -->',
    '',
    'Every change contract-guard reports carries one of these rule ids, a level (`patch`, `minor`, `major`), a one-line message and a migration hint: the fix says what the pull request’s author can do; what consumers do, for a change that can break them, is the line `bump` writes for it in the migration note (`{writers}` and `{readers}` are named for where the schema sits: clients and the server, producers and consumers).',
    '',
    '## Schema rules',
    '',
    `JSON Schema rules are emitted with a prefix that says where the schema sits: ${SCHEMA_CONTEXTS.map((c) => `\`${c}-\``).join(', ')}. ` +
      'For example `property-removed` in a response body is reported as `response-property-removed`. ' +
      'The level depends on who reads the schema: `request` and `storage` schemas are read by us, so narrowing what they accept breaks writers; ' +
      '`response` schemas are read by clients, so widening what we may send breaks them; `event` schemas are read and written across teams and take the higher of the two.',
    '',
    `The fix below says how not to break the side a rule breaks. Where a change is compatible in a request or a response, its hint says so instead: "${COMPATIBLE_HINTS.request}" (a request accepting more) or "${COMPATIBLE_HINTS.response}" (a response sending less); a major change proven compatible by set inclusion reads "${COMPATIBLE_HINTS.proven}" Stored data keeps the rule's fix, since whoever reads it later must still be told.`,
    '',
    `| rule | ${ROLES.join(' | ')} | what it detects | fix | what consumers do |`,
    `|---|${ROLES.map(() => '---').join('|')}|---|---|---|`,
  ];
  for (const r of RULES.filter((r) => r.family === 'schema')) {
    out.push(
      `| ${anchored(r.id)} | ${ROLES.map((role) => levelForRole(r.level, role)).join(' | ')} | ${r.summary} | ${cell(r.hint)} | ${cell(r.migrate ?? '')} |`,
    );
  }
  for (const [family, title] of [
    ['openapi', 'OpenAPI rules'],
    ['asyncapi', 'AsyncAPI rules'],
    ['avro', 'Avro rules'],
    ['file', 'File rules'],
    ['data', 'Data-file rules'],
  ] as const) {
    // Avro levels are per side: `reader` (new schema reads old data, a registry's backward) and `writer` (forward)
    const sided = family === 'avro';
    out.push(
      '',
      `## ${title}`,
      '',
      ...(sided
        ? [
            'Levels per side: *reader* = consumers on the new schema read data written with the old one (backward); *writer* = readers still on the old schema read data written with the new one (forward). An `.avsc` file is read as storage (reader side) unless `roles:` says otherwise; AsyncAPI payloads take the direction of their operation.',
            '',
            '| rule | reader | writer | what it detects | fix | what consumers do |',
            '|---|---|---|---|---|---|',
          ]
        : ['| rule | level | what it detects | fix | what consumers do |', '|---|---|---|---|---|']),
    );
    for (const r of RULES.filter((x) => x.family === family)) {
      const levels = sided
        ? `${levelForRole(r.level, 'request')} | ${levelForRole(r.level, 'response')}`
        : levelForRole(r.level, undefined);
      out.push(`| ${anchored(r.id)} | ${levels} | ${r.summary} | ${cell(r.hint)} | ${cell(r.migrate ?? '')} |`);
    }
  }
  out.push(
    '',
    '## Policy rules',
    '',
    'What makes a pull request blocked (`block`), in need of the Contract Council (`approve`) or worth a warning (`warn`). ' +
      'Rules marked *ratchet* judge the baseline too: what was already wrong there is debt, reported as a warning. ' +
      'Severities are set under `rules:` in the configuration (see [policy.md](policy.md)).',
    '',
    '| rule | severity | what it checks | fix |',
    '|---|---|---|---|',
  );
  for (const r of POLICY_RULES)
    out.push(`| ${anchored(r.id)} | ${r.severity}${r.ratchet ? ' (ratchet)' : ''} | ${cell(r.summary)} | ${cell(r.fix)} |`);
  out.push('', 'Run `contract-guard explain <rule-id>` for any of these in a terminal.');
  return out.join('\n') + '\n';
}

/** A table cell: pipes escaped, `{placeholder}` shown as the word it stands for. */
function cell(text: string): string {
  // two placeholders side by side (an optional suffix) stay two words: `*a**b*` reads as bold
  return text
    .replace(/\|/g, '\\|')
    .replace(/\}\{/g, '} {')
    .replace(/\{(\w+)\}/g, '*$1*');
}
