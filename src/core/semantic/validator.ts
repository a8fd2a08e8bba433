// ajv, set up once for the whole project: examples are validated with it, and the semantic judge decides
// `const`/`enum` exactly and checks every witness with it before one is shown.
import { Ajv, type AnySchema, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { isBug } from '../errors.js';
import { someNode } from './schema.js';

/** ULID: 26 Crockford Base32 characters, the first 0-7 (48-bit timestamp). */
export const ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

/** `formats`: assert `format` (examples do); the semantic judge reads it as the annotation JSON Schema 2020-12 says it is. */
export function newAjv(draft2020: boolean, formats = true): Ajv {
  const opts = {
    strict: false,
    allErrors: true,
    validateSchema: false,
    allowUnionTypes: true,
    logger: false,
    validateFormats: formats,
  } as const;
  const ajv = draft2020 ? new Ajv2020(opts) : new Ajv(opts);
  if (formats) {
    (addFormats as unknown as (a: Ajv) => void)(ajv);
    ajv.addFormat('ulid', ULID);
  }
  return ajv as Ajv;
}

/** 2020-12 unless `$schema` names an older draft, or the schema uses draft-7-only forms (`items: [...]`, `dependencies`). */
export function isDraft2020(schema: unknown): boolean {
  if (!schema || typeof schema !== 'object') return true;
  const declared = (schema as { $schema?: unknown }).$schema;
  if (typeof declared === 'string') return /2020-12|2019-09/.test(declared);
  return !usesDraft7Forms(schema);
}

function usesDraft7Forms(schema: unknown): boolean {
  return someNode(schema, (o) => Array.isArray(o.items) || 'additionalItems' in o || 'dependencies' in o);
}

/**
 * Where ajv's answers disagree with the JSON Schema containment test suite, no exact answer is claimed (measured):
 * `unevaluated*` next to `contains` or `if`/`else`, dynamic references and anchors, `$id`s below the root, and `$ref`s
 * resolved against an `$id` rather than within the document.
 */
function beyondAjv(schema: unknown): boolean {
  return someNode(schema, (o) => {
    if (
      ('unevaluatedItems' in o || 'unevaluatedProperties' in o) &&
      someNode(o, (n) => 'contains' in n || 'if' in n || 'else' in n || 'then' in n)
    )
      return true;
    if (['$dynamicRef', '$dynamicAnchor', '$recursiveRef', '$recursiveAnchor', '$anchor'].some((k) => k in o)) return true;
    if (o !== schema && '$id' in o) return true;
    return typeof o.$ref === 'string' && !o.$ref.startsWith('#');
  });
}

/** ajv generates code per use of a sub-schema: a small document that reuses one node many times becomes huge. */
const MAX_SCHEMA_NODES = 20_000;

/** Nodes of the schema with every shared node counted at each use (stops counting past `limit`). */
function expandedSize(node: unknown, limit: number): number {
  let count = 0;
  const walk = (n: unknown, depth: number): void => {
    if (count > limit || !n || typeof n !== 'object' || depth > 256) return;
    count++;
    for (const v of Array.isArray(n) ? n : Object.values(n)) walk(v, depth + 1);
  };
  walk(node, 0);
  return count;
}

/** A schema document compiled once; `accepts` answers whether a value validates. Undefined when ajv refuses it. */
export interface Validator {
  accepts(value: unknown): boolean;
}

/**
 * ajv instances for one side of one judgement (formats not asserted unless asked): two versions of a schema share their
 * `$id`, which one ajv instance refuses; and ajv keeps what it compiled, so a long-running App drops it with the pool.
 */
export class Validators {
  private modern?: Ajv;
  private legacy?: Ajv;

  constructor(private readonly formats = false) {}

  compile(schema: unknown): Validator | undefined {
    if (schema === true || schema === false) return { accepts: () => schema };
    if (!schema || typeof schema !== 'object') return undefined;
    const ajv = isDraft2020(schema) ? (this.modern ??= newAjv(true, this.formats)) : (this.legacy ??= newAjv(false, this.formats));
    if (expandedSize(schema, MAX_SCHEMA_NODES) > MAX_SCHEMA_NODES || beyondAjv(schema)) return undefined;
    let validate: ValidateFunction;
    try {
      validate = ajv.compile(schema as AnySchema);
    } catch (err) {
      if (isBug(err)) throw err;
      return undefined; // a remote $ref, an ambiguous $id, a keyword ajv refuses: nothing can be decided exactly
    }
    return {
      accepts: (value) => {
        try {
          return validate(value) === true;
        } catch (err) {
          if (isBug(err)) throw err;
          return false;
        }
      },
    };
  }
}
