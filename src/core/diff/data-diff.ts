// Plain structural diff for YAML/JSON that is neither OpenAPI nor JSON Schema (topics catalogs, AsyncAPI, ...).
import type { RuleId } from '../rules/catalog.js';
import type { Loc } from '../model.js';
import { pointerJoin } from '../model.js';
import { sameValue } from './fingerprint.js';
import type { RawChange } from './sink.js';

/** Past this many findings in one file the rest are summarised, so one rewrite cannot flood a report. */
const MAX_PER_FILE = 200;

export function diffData(file: string, a: unknown, b: unknown): RawChange[] {
  const out: RawChange[] = [];
  const root: Loc = { file, pointer: '' };
  const push = (rule: RuleId, pointer: string, params: Record<string, unknown>, lineAt?: string) => {
    out.push({
      rule,
      loc: { file, pointer },
      lineAt: lineAt === undefined ? undefined : { file, pointer: lineAt },
      params: { at: display(pointer), ...params },
    });
  };
  const walk = (x: unknown, y: unknown, pointer: string): void => {
    if (out.length >= MAX_PER_FILE || sameValue(x, y)) return;
    const bothObjects = isObj(x) && isObj(y);
    const bothArrays = Array.isArray(x) && Array.isArray(y);
    if (bothObjects) {
      for (const k of Object.keys(x)) if (!(k in y)) push('data-removed', pointerJoin(pointer, k), {}, pointer);
      for (const k of Object.keys(y)) {
        if (!(k in x)) push('data-added', pointerJoin(pointer, k), {});
        else walk(x[k], y[k], pointerJoin(pointer, k));
      }
    } else if (bothArrays && x.every(isScalar) && y.every(isScalar)) {
      // lists of names are sets: report what left and what joined, not shifted indexes
      const inY = new Set(y.map((v) => JSON.stringify(v)));
      const inX = new Set(x.map((v) => JSON.stringify(v)));
      x.forEach((v, i) => inY.has(JSON.stringify(v)) || push('data-removed', pointerJoin(pointer, i), { value: v }, pointer));
      y.forEach((v, i) => inX.has(JSON.stringify(v)) || push('data-added', pointerJoin(pointer, i), { value: v }));
    } else if (bothArrays) {
      const n = Math.max(x.length, y.length);
      for (let i = 0; i < n; i++) {
        if (i >= y.length) push('data-removed', pointerJoin(pointer, i), {}, pointer);
        else if (i >= x.length) push('data-added', pointerJoin(pointer, i), {});
        else walk(x[i], y[i], pointerJoin(pointer, i));
      }
    } else {
      push('data-changed', pointer, { old: x, new: y });
    }
  };
  walk(a, b, root.pointer);
  return out;
}

function display(pointer: string): string {
  return pointer ? '`' + pointer.slice(1).replace(/\//g, '.').replace(/~1/g, '/').replace(/~0/g, '~') + '`' : 'document';
}

function isObj(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function isScalar(v: unknown): boolean {
  return v === null || typeof v !== 'object';
}
