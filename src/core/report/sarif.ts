// SARIF 2.1.0 (`--format sarif`), for code scanning: every change and every finding with its rule, level and place.
import { findRule, RULES } from '../rules/catalog.js';
import { POLICY_RULES, getPolicyRule } from '../policy/policy-rules.js';
import type { Level } from '../model.js';
import { changeText } from './change-text.js';
import type { Report } from './model.js';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

const CHANGE_LEVEL: Record<Level, SarifLevel> = { major: 'error', minor: 'warning', patch: 'note', none: 'none' };

export function renderSarif(report: Report, version: string): string {
  const results = [
    ...(report.violations ?? []).map((v) => ({
      ruleId: v.ruleId,
      level: (v.blocking ? 'error' : 'warning') as SarifLevel,
      message: { text: `${v.message}. Fix: ${v.fix}` },
      locations: [location(v.file, v.line)],
    })),
    ...report.changes.map((c) => ({
      ruleId: c.ruleId,
      level: CHANGE_LEVEL[c.level],
      message: { text: `${changeText(c)}. ${c.hint}` },
      locations: [location(c.file, c.line)],
      // the same change on another run is the same alert in code scanning
      partialFingerprints: { contractGuard: `${c.ruleId}|${c.file}|${c.pointer}` },
    })),
  ];
  const used = new Set(results.map((r) => r.ruleId));
  const rules = [
    ...RULES.flatMap((r) => [...used].filter((id) => findRule(id)?.rule.id === r.id).map((id) => ({ id, text: r.summary, help: r.hint }))),
    ...POLICY_RULES.filter((r) => used.has(r.id)).map((r) => ({ id: r.id, text: r.summary, help: getPolicyRule(r.id).fix })),
  ];
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'contract-guard',
            version,
            rules: rules.map((r) => ({ id: r.id, shortDescription: { text: r.text }, help: { text: r.help } })),
          },
        },
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

function location(file: string, line: number | undefined) {
  return { physicalLocation: { artifactLocation: { uri: file }, ...(line ? { region: { startLine: line } } : {}) } };
}
