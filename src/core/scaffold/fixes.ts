// The lint findings that have one safe automatic fix: an operation without a 4xx response gets the house's shared
// error responses (as $refs), an OpenAPI 3.1 document without a dialect gets the 2020-12 one, and a JSON Schema
// without `$schema` that already reads as 2020-12 gets it said. Pure: documents in, edited texts out.
import { unlessUnreadable } from '../errors.js';
import { isDraft2020 } from '../semantic/validator.js';
import { detectKind } from '../source/kind.js';
import { operations } from '../source/operations.js';
import { formatOf } from '../source/parse.js';
import type { Documents } from '../source/tree.js';
import { setIn } from './edit.js';
import type { House } from './house.js';
import { DIALECT, errorResponses } from './skeletons.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export interface FileFix {
  file: string;
  before: string;
  after: string;
  /** What was fixed, one line each. */
  fixes: string[];
}

export function planFixes(docs: Documents, paths: string[], house: House, read: (file: string) => string): FileFix[] {
  const out: FileFix[] = [];
  for (const file of paths) {
    const format = formatOf(file);
    const data = format && unlessUnreadable(() => docs.get(file).data);
    if (!format || !isObj(data)) continue;
    const kind = detectKind(file, undefined, data);
    const before = read(file);
    let text = before;
    const fixes: string[] = [];
    if (kind === 'openapi') {
      if (/^3\.1\./.test(String(data.openapi)) && data.jsonSchemaDialect === undefined) {
        text = setIn(text, format, ['jsonSchemaDialect'], DIALECT, { after: 'openapi' });
        fixes.push(`jsonSchemaDialect: ${DIALECT}`);
      }
      for (const { path, method, node: op } of operations(data, file)) {
        const responses = isObj(op.responses) ? op.responses : undefined;
        if (!responses || Object.keys(responses).some((s) => /^4(\d\d|xx)$/i.test(s))) continue;
        const item = isObj(data.paths) && isObj(data.paths[path]) ? data.paths[path] : {};
        const hasInput = op.requestBody !== undefined || [op.parameters, item.parameters].some((p) => Array.isArray(p) && p.length);
        const added = errorResponses(file, house, hasInput, path.includes('{'));
        if (!Object.keys(added).length) continue; // no input, no parameters, no security: no 4xx this operation can answer
        for (const [status, response] of Object.entries(added))
          text = setIn(text, format, ['paths', path, method, 'responses', status], response);
        fixes.push(
          `${method.toUpperCase()} ${path}: ${Object.keys(added).join(', ')}${house.errors.size ? ' (the shared error responses)' : ''}`,
        );
      }
    } else if (kind === 'jsonschema' && data.$schema === undefined && isDraft2020(data)) {
      text = setIn(text, format, ['$schema'], DIALECT, { first: true });
      fixes.push(`$schema: ${DIALECT}`);
    }
    if (fixes.length) out.push({ file, before, after: text, fixes });
  }
  return out;
}
