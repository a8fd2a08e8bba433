// docs/rules.md, generated from the catalog so the document can never drift from the code.
import { ROLES } from '../model.js';
import { RULES, SCHEMA_CONTEXTS } from './catalog.js';
import { levelForRole } from './types.js';

export function renderRulesDoc(): string {
  const out: string[] = [
    '# Rules',
    '',
    '<!-- Generated from src/core/rules/ by `npm run docs`. Do not edit: a test fails when this file is stale. -->',
    '',
    'Every change contract-guard reports carries one of these rule ids, a level (`patch`, `minor`, `major`), a one-line message and a migration hint.',
    '',
    '## Schema rules',
    '',
    `JSON Schema rules are emitted with a prefix that says where the schema sits: ${SCHEMA_CONTEXTS.map((c) => `\`${c}-\``).join(', ')}. ` +
      'For example `property-removed` in a response body is reported as `response-property-removed`. ' +
      'The level depends on who reads the schema: `request` and `storage` schemas are read by us, so narrowing what they accept breaks writers; ' +
      '`response` schemas are read by clients, so widening what we may send breaks them; `event` schemas are read and written across teams and take the higher of the two.',
    '',
    `| rule | ${ROLES.join(' | ')} | what it detects | fix |`,
    `|---|${ROLES.map(() => '---').join('|')}|---|---|`,
  ];
  for (const r of RULES.filter((r) => r.family === 'schema')) {
    out.push(`| \`${r.id}\` | ${ROLES.map((role) => levelForRole(r.level, role)).join(' | ')} | ${r.summary} | ${cell(r.hint)} |`);
  }
  for (const [family, title] of [
    ['openapi', 'OpenAPI rules'],
    ['file', 'File rules'],
    ['data', 'Data-file rules'],
  ] as const) {
    out.push('', `## ${title}`, '', '| rule | level | what it detects | fix |', '|---|---|---|---|');
    for (const r of RULES.filter((x) => x.family === family)) {
      out.push(`| \`${r.id}\` | ${levelForRole(r.level, undefined)} | ${r.summary} | ${cell(r.hint)} |`);
    }
  }
  return out.join('\n') + '\n';
}

/** A table cell: pipes escaped, `{placeholder}` shown as the word it stands for. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\{(\w+)\}/g, '*$1*');
}
