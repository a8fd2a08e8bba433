// Checks every OpenAPI document on every run: 4xx coverage, global mTLS + Bearer, /health exempt, 3.1 + 2020-12.
import { unlessUnreadable } from '../errors.js';
import { InputError } from '../errors.js';
import { pointerJoin } from '../model.js';
import { detectKind } from '../source/kind.js';
import { operations } from '../source/operations.js';
import type { Documents } from '../source/tree.js';
import { finding, type Finding } from './finding.js';

const DIALECT_2020 = /json-schema\.org\/draft\/2020-12\/schema/;
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export function lintOpenApi(docs: Documents, paths: string[]): Finding[] {
  const out: Finding[] = [];
  for (const file of paths) {
    if (!/\.(json|ya?ml)$/i.test(file)) continue;
    const parsed = unlessUnreadable(() => docs.get(file));
    if (!parsed || detectKind(file, undefined, parsed.data) !== 'openapi') continue;
    const doc = parsed.data as Obj;
    const line = (pointer: string) => docs.lineOf({ file, pointer });
    if (!/^3\.1\./.test(String(doc.openapi))) {
      out.push(
        finding(
          'openapi-not-3-1',
          file,
          { file, problem: `declares openapi ${String(doc.openapi)}, not 3.1` },
          { line: line('/openapi'), key: `${file}|version` },
        ),
      );
    } else if (typeof doc.jsonSchemaDialect !== 'string' || !DIALECT_2020.test(doc.jsonSchemaDialect)) {
      out.push(
        finding(
          'openapi-not-3-1',
          file,
          { file, problem: 'does not declare jsonSchemaDialect https://json-schema.org/draft/2020-12/schema' },
          { line: line('/jsonSchemaDialect'), key: `${file}|dialect` },
        ),
      );
    }
    const schemeType = (name: string): string => {
      const raw = isObj(doc.components) && isObj(doc.components.securitySchemes) ? doc.components.securitySchemes[name] : undefined;
      try {
        const s = docs.deref({ file, pointer: pointerJoin('/components/securitySchemes', name) }, raw).node as Obj | undefined;
        if (!isObj(s)) return '';
        return s.type === 'http' ? `http:${String(s.scheme).toLowerCase()}` : String(s.type);
      } catch (err) {
        if (err instanceof InputError) return '';
        throw err;
      }
    };
    const requirements = Array.isArray(doc.security) ? doc.security.filter(isObj) : [];
    const complete = requirements.some((r) => {
      const types = Object.keys(r).map(schemeType);
      return types.includes('mutualTLS') && types.includes('http:bearer');
    });
    if (!complete) {
      const types = requirements.flatMap((r) => Object.keys(r).map(schemeType));
      const missing =
        [!types.includes('mutualTLS') && 'an mTLS (mutualTLS) scheme', !types.includes('http:bearer') && 'a Bearer (http bearer) scheme']
          .filter(Boolean)
          .join(' and ') || 'mTLS and Bearer in the same requirement';
      out.push(finding('security-not-global', file, { file, missing }, { line: line('/security'), key: `${file}|security` }));
    }
    for (const { path, method, node: op } of operations(doc, file)) {
      const label = `${method.toUpperCase()} ${path}`;
      const at = pointerJoin('/paths', path, method);
      const responses = isObj(op.responses) ? Object.keys(op.responses) : [];
      if (!responses.some((s) => /^4(\d\d|xx)$/i.test(s)))
        out.push(finding('operation-missing-4xx', file, { file, op: label }, { line: line(at), key: `${file}|${label}|4xx` }));
      if (/(^|\/)health$/.test(path)) {
        const exempt =
          Array.isArray(op.security) && (op.security.length === 0 || op.security.some((r) => isObj(r) && Object.keys(r).length === 0));
        if (!exempt) out.push(finding('health-not-exempt', file, { file, op: label }, { line: line(at), key: `${file}|${label}|health` }));
      }
    }
  }
  return out;
}
