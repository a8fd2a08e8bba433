import { writeFileSync } from 'node:fs';
import { CONFIG_SCHEMA } from '../src/core/policy/config-schema.js';
import { renderRulesDoc } from '../src/core/rules/doc.js';
import { renderValidators, VALIDATORS_FILE } from './validators.js';

writeFileSync('docs/rules.md', renderRulesDoc());
console.log('wrote docs/rules.md');
// the policy's JSON Schema, for editors (`# yaml-language-server: $schema=…`); `init` writes the same beside the policy
writeFileSync('docs/contract-guard.schema.json', JSON.stringify(CONFIG_SCHEMA, null, 2) + '\n');
console.log('wrote docs/contract-guard.schema.json');
// the validators of our own files as code, so no start-up compiles them
writeFileSync(VALIDATORS_FILE, renderValidators());
console.log(`wrote ${VALIDATORS_FILE}`);
