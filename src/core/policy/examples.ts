// Every example validates against its schema: paired by name (x.json ↔ x.schema.json) or by its `$schema`.
import { isBug, unlessUnreadable } from '../errors.js';
import type { Ajv, AnySchema } from 'ajv';
import { isDraft2020, newAjv } from '../semantic/validator.js';
import { compileSize } from '../semantic/schema.js';
import { refsIn } from '../source/readable.js';
import { posix } from 'node:path';
import { detectKind } from '../source/kind.js';
import type { Documents } from '../source/tree.js';
import { finding, type Finding } from './finding.js';
import { compareText } from '../model.js';
import { reachedFrom } from './references.js';

/** Examples live in an `examples/` folder or are named `x.example.json`, `x_example.json`, `x.examples.json` (an array). */
const EXAMPLE = /((^|\/)examples?\/.+|[._-]examples?)\.(json|ya?ml)$/i;
/** `x.examples.json` holding an array: each item is an example of its own. */
const MANY = /[._-]examples\.(json|ya?ml)$/i;

export function checkExamples(docs: Documents, paths: string[]): Finding[] {
  const out: Finding[] = [];
  const schemas = new Map<string, Record<string, unknown>>();
  const byId = new Map<string, string>();
  for (const p of paths) {
    if (EXAMPLE.test(p) || !/\.(json|ya?ml)$/i.test(p)) continue;
    const parsed = unlessUnreadable(() => docs.get(p)); // an unreadable schema is reported by the diff
    const data = parsed?.data;
    if (!parsed || detectKind(p, undefined, data) !== 'jsonschema' || !data || typeof data !== 'object') continue;
    schemas.set(p, data as Record<string, unknown>);
    const id = (data as { $id?: unknown }).$id;
    if (typeof id === 'string') byId.set(id, p);
  }
  const engines = { modern: newAjv(true), legacy: newAjv(false) };
  const uri = (p: string) => {
    const id = schemas.get(p)?.$id;
    return typeof id === 'string' ? id : `file:///${p}`;
  };
  const compiles = new ExampleBudget(schemas, uri);
  for (const [p, schema] of schemas) {
    try {
      (isDraft2020(schema) ? engines.modern : engines.legacy).addSchema({ ...schema, $id: uri(p) } as AnySchema);
    } catch (err) {
      // ajv refuses the schema (a duplicate $id: the first one wins; an invalid or ambiguous schema is reported when
      // an example meets it); a bug in our code is not ajv's refusal
      if (isBug(err)) throw err;
    }
  }
  let referenced: Set<string> | undefined;
  for (const example of paths.filter((p) => EXAMPLE.test(p))) {
    const parsed = unlessUnreadable(() => docs.get(example));
    if (!parsed) continue; // an unreadable example is reported by the readability check
    const data = parsed.data;
    const schemaPath = pairSchema(example, data, schemas, byId);
    if (!schemaPath) {
      // one a document `$ref`s (an OpenAPI Example Object in `components/examples/`) is that document's, checked where
      // it is used (inline-examples.ts)
      referenced ??= reachedFrom(docs, paths);
      if (!referenced.has(example)) out.push(finding('example-unpaired', example, { file: example }, { key: example }));
      continue;
    }
    const schema = schemas.get(schemaPath)!;
    if (!compiles.pay(schemaPath)) {
      out.push(finding('example-unvalidated', example, { file: example, schema: schemaPath }, { key: example }));
      continue;
    }
    const ajv = isDraft2020(schema) ? engines.modern : engines.legacy;
    let validate: ReturnType<Ajv['compile']>;
    try {
      validate = ajv.getSchema(uri(schemaPath)) ?? ajv.compile({ ...schema, $id: uri(schemaPath) });
    } catch (err) {
      if (isBug(err)) throw err;
      out.push(
        finding(
          'example-invalid',
          example,
          { file: example, schema: schemaPath, message: `schema cannot be compiled: ${(err as Error).message}` },
          { key: `${example}|compile` },
        ),
      );
      continue;
    }
    const instances: [string, unknown][] =
      MANY.test(example) && Array.isArray(data) ? data.map((item, i) => [`/${i}`, item]) : [['', data]];
    for (const [at, instance] of instances) {
      if (validate(withoutSchemaKey(instance))) continue;
      const errors = validate.errors ?? [];
      const pointer = at + (errors[0]?.instancePath ?? '');
      const message =
        (at ? `example ${at.slice(1)}: ` : '') +
        errors
          .slice(0, 3)
          .map((e) => `${e.instancePath || '(root)'} ${e.message}`)
          .join('; ') +
        (errors.length > 3 ? `; and ${errors.length - 3} more` : '');
      out.push(
        finding(
          'example-invalid',
          example,
          { file: example, schema: schemaPath, message },
          {
            pointer,
            line: docs.get(example).positions.locate(pointer)?.line,
            key: `${example}|${schemaPath}|${message}`,
          },
        ),
      );
    }
  }
  return out;
}

/**
 * Schema nodes one check compiles to validate examples, on each side (~0.15–0.22 ms a node with every error collected,
 * so ~10 s at most; 500 schemas of 80 nodes fit): a pull request of many large schemas with examples was minutes of
 * compiles. Past it, the examples left are said to be unvalidated.
 */
const EXAMPLE_COMPILE_NODES = 50_000;

/** The nodes compiling each example's schema costs: it and every schema of the tree its `$ref`s reach, each paid once. */
class ExampleBudget {
  private left = EXAMPLE_COMPILE_NODES;
  private readonly paid = new Set<string>();
  private readonly byUri: Map<string, string>;

  constructor(
    private readonly schemas: Map<string, Record<string, unknown>>,
    private readonly uri: (path: string) => string,
  ) {
    this.byUri = new Map([...schemas.keys()].map((p) => [uri(p).replace(/#.*$/, ''), p]));
  }

  /** Whether compiling `path` fits what is left; if so, it is paid for. */
  pay(path: string): boolean {
    const reached = this.reached(path).filter((p) => !this.paid.has(p));
    const cost = reached.reduce((n, p) => n + compileSize(this.schemas.get(p), this.left + 1) + 20, 0);
    if (cost > this.left) return false;
    this.left -= cost;
    for (const p of reached) this.paid.add(p);
    return true;
  }

  /** `path` and the schemas of the tree its `$ref`s reach, as ajv resolves them (against each schema's URI). */
  private reached(path: string): string[] {
    const seen = new Set([path]);
    const stack = [path];
    while (stack.length) {
      const p = stack.pop()!;
      for (const { ref } of refsIn(this.schemas.get(p))) {
        let target: string | undefined;
        try {
          target = this.byUri.get(new URL(ref, this.uri(p)).href.replace(/#.*$/, ''));
        } catch {
          continue; // not a URI ajv could resolve either
        }
        if (target && !seen.has(target)) seen.add(target) && stack.push(target);
      }
    }
    return [...seen];
  }
}

function withoutSchemaKey(data: unknown): unknown {
  return data && typeof data === 'object' && !Array.isArray(data) && '$schema' in data
    ? omit$schema(data as Record<string, unknown>)
    : data;
}

/** Stems to try for schema `x`, most specific first: `x.example_01` → `x.example` → `x` (drops `.example(s)` and `_01` tails). */
function exampleStems(example: string): string[] {
  const stems = [posix.basename(example).replace(/\.(json|ya?ml)$/i, '')];
  for (let s = stems[0]!, t = ''; (t = s.replace(/[._-](examples?|\d+)$/i, '')) !== s && t; s = t) stems.push(t);
  return stems;
}

function omit$schema(data: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _s, ...rest } = data;
  return rest;
}

/** `$schema` in the example (a relative path or an `$id`), else `<name>.schema.json` nearest to the example. */
function pairSchema(example: string, data: unknown, schemas: Map<string, unknown>, byId: Map<string, string>): string | undefined {
  const ref = data && typeof data === 'object' ? (data as { $schema?: unknown }).$schema : undefined;
  if (typeof ref === 'string' && !/json-schema\.org/.test(ref)) {
    const local = posix.normalize(posix.join(posix.dirname(example), ref.split('#')[0]!));
    if (schemas.has(local)) return local;
    const viaId = byId.get(ref.split('#')[0]!);
    if (viaId) return viaId;
  }
  const schemaStem = (p: string) => posix.basename(p).replace(/(\.schema)?\.(json|ya?ml)$/i, '');
  const stems = exampleStems(example);
  let candidates: string[] = [];
  for (const stem of stems) {
    candidates = [...schemas.keys()].filter((p) => schemaStem(p) === stem);
    if (candidates.length) break;
  }
  // nearest: the candidate sharing the longest folder prefix with the example
  const shared = (p: string) => {
    const a = posix.dirname(example).split('/');
    const b = posix.dirname(p).split('/');
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return i;
  };
  return candidates.sort((x, y) => shared(y) - shared(x) || compareText(x, y))[0];
}
