// The examples a contract writes in place validate against the schema beside them, as examples in files of their own
// do: an OpenAPI body's or parameter's `example` and `examples`, a component schema's own, a Swagger 2.0 response's,
// an AsyncAPI message's, a JSON Schema's `examples`. A pull request that turned a property's type left every example
// showing the old one, and nothing said so. Read as the judge reads the schema (OpenAPI 3.0's dialect rewritten,
// read-only properties absent from requests, write-only ones from responses).
import type { Ajv } from 'ajv';
import { isBug, unlessUnreadable } from '../errors.js';
import { counted, pointerJoin, pushTo, type Loc } from '../model.js';
import { judgedDocument } from '../semantic/bundle.js';
import { reachedFrom } from './references.js';
import { subdocument } from '../semantic/subdocument.js';
import { fromOpenApi30, refSiblingsVoid, withoutHidden } from '../semantic/dialects.js';
import { compileSize, holdsData, isObj, type Obj } from '../semantic/schema.js';
import { asDocument, isDraft2020, newAjv } from '../semantic/validator.js';
import { detectKind } from '../source/kind.js';
import { METHODS } from '../source/operations.js';
import { isRefObject, type Documents } from '../source/tree.js';
import { finding, type Finding } from './finding.js';

/**
 * Schema nodes compiled for inline examples, per side (~0.1 ms a node, so ~0.5 s at most): the GitHub REST
 * description's examples took 5 s of compiles unbounded. Past it, the examples left are said to be unvalidated, once
 * per description.
 */
const COMPILE_NODES = 5_000;
const SPENT = 'over the schema nodes a check compiles for them';
/** Invalid examples reported per description; past them the rest are counted as unvalidated (100,000 were as many findings). */
const MAX_FAILED = 50;

interface Documented {
  /** Where the body is, for messages: `GET /pets response 200 application/json`. */
  label: string;
  schema: unknown;
  /** `request` bodies are written by clients (read-only properties absent), `response` ones by the server; a message both. */
  direction?: 'request' | 'response';
  /** Each example value with where it is written. */
  examples: { loc: Loc; value: unknown }[];
}

/**
 * What the inline examples of a tree say: the findings, and the examples left unvalidated (`file|pointer`): a
 * finding at the head is new only where the baseline checked the same example (a budget spent elsewhere there leaves
 * it unknown, not fine).
 */
export interface InlineExamples {
  findings: Finding[];
  /** The examples left unchecked, by `examplePlace`. */
  unchecked: Set<string>;
}

/** An example's place, as `unchecked` holds it; an `example-invalid` finding's key starts with the same file and pointer. */
export const examplePlace = (file: string, pointer: string) => JSON.stringify([file, pointer]);

/** The place of the example an `example-invalid` finding is about, read from its key (any file name, `|` too). */
export function placeOfFinding(key: string): string | undefined {
  const parsed: unknown = JSON.parse(key);
  return Array.isArray(parsed) && typeof parsed[0] === 'string' && typeof parsed[1] === 'string'
    ? examplePlace(parsed[0], parsed[1])
    : undefined;
}

/**
 * `touched`: whether a description (with the files it reaches) is one a pull request changed; only those are checked,
 * so a description nobody edited costs nothing (default: every one).
 */
export function checkInlineExamples(docs: Documents, paths: string[], touched: (files: string[]) => boolean = () => true): InlineExamples {
  const out: Finding[] = [];
  const unchecked = new Set<string>();
  const skip = (examples: Documented['examples']) => {
    for (const e of examples) unchecked.add(examplePlace(e.loc.file, e.loc.pointer));
    return examples.length;
  };
  let left = COMPILE_NODES;
  for (const file of paths) {
    if (!/\.(json|ya?ml)$/i.test(file)) continue;
    const data = unlessUnreadable(() => docs.get(file).data);
    const kind = isObj(data) ? detectKind(file, undefined, data) : undefined;
    if (!isObj(data) || !kind || !['openapi', 'swagger', 'asyncapi', 'jsonschema'].includes(kind)) continue;
    // one that never writes the word holds no example (nor hides it in an escape: `\u0065xample`, YAML's `\x65xample`);
    // a description nobody touched (it, or a file it reaches) is passed over before its bodies are read
    const text = docs.get(file).text;
    if (!text.includes('example') && !/\\[ux]/.test(text)) continue;
    if (!touched([file, ...reachedFrom(docs, [file])])) continue;
    // a description's component schemas give examples of themselves too (`example`, and 3.1's `examples`)
    const bodies =
      kind === 'openapi' || kind === 'swagger'
        ? [
            ...documented(docs, file, data),
            ...(kind === 'swagger'
              ? schemaExamples(file, data.definitions, '/definitions', true)
              : schemaExamples(file, isObj(data.components) ? data.components.schemas : undefined, '/components/schemas', true)),
          ]
        : kind === 'asyncapi'
          ? messagesOf(docs, file, data)
          : schemaExamples(file, data);
    if (!bodies.length) continue;
    // bundled (its files copied in) only when it holds examples and the budget is left: a chain of 5,000 files that
    // `$ref` the next, none with an example, copied the rest of the chain for each (80 s)
    if (left <= 0) {
      const count = bodies.reduce((n, b) => n + (isObj(b.schema) ? skip(b.examples) : 0), 0);
      if (count)
        out.push(
          finding('inline-examples-unvalidated', file, { file, count: counted(count, 'example'), why: SPENT }, { key: `${file}|inline` }),
        );
      continue;
    }
    const bundled = unlessUnreadable(() => judgedDocument(docs, file));
    if (!bundled) continue;
    // OpenAPI 3.0's schema object, and Swagger 2.0's (its `x-nullable` for 3.0's `nullable`), read as 2020-12
    const dialect =
      kind === 'swagger' ? 'x-nullable' : kind === 'openapi' && String(data.openapi).startsWith('3.0.') ? 'nullable' : undefined;
    // compiled as the judge compiles (no code optimising pass: ajv's took 8 s on five bodies of 1,000 properties, its
    // time the square of an object's properties), the first error only; a JSON Schema in its draft
    const draft2020 = kind !== 'jsonschema' || isDraft2020(data);
    const ajv = newAjv(draft2020, true, true);
    // bodies that `$ref` one schema (a component every response of a kind uses), or that are one schema object (a
    // parameter of `components.parameters` many operations use), compile it once in each direction
    const compiled = new Map<Documented['direction'], Map<unknown, ReturnType<Ajv['compile']> | undefined>>();
    const failed: { loc: Loc; example: Loc; label: string; message: string }[] = [];
    const reported = new Set<string>();
    let unvalidated = 0;
    for (const body of bodies) {
      const copy = bundled.copyOf(body.schema);
      if (!isObj(copy)) continue;
      const key = isRefObject(copy) ? copy.$ref : copy;
      const cache = compiled.get(body.direction) ?? new Map();
      compiled.set(body.direction, cache);
      let validate = cache.get(key);
      if (!validate && !cache.has(key)) {
        const schema = readable(bundled.root, copy, dialect, body.direction, !draft2020);
        const cost = compileSize(schema, left + 1) + 20;
        if (cost > left) {
          unvalidated += skip(body.examples);
          continue;
        }
        left -= cost;
        try {
          validate = ajv.compile(schema);
        } catch (err) {
          if (isBug(err)) throw err; // else ajv refuses the schema: the diff and Spectral speak of the schema itself
        }
        cache.set(key, validate);
      }
      if (!validate) continue;
      for (const [i, example] of body.examples.entries()) {
        if (failed.length >= MAX_FAILED) {
          unvalidated += skip(body.examples.slice(i));
          break;
        }
        if (validate(example.value)) continue;
        const error = validate.errors?.[0];
        const at = { file: example.loc.file, pointer: example.loc.pointer + (error?.instancePath ?? '') };
        const message = `${error?.instancePath || '(root)'} ${error?.message ?? 'is invalid'}`;
        // an example of `components.examples` that several bodies `$ref` is wrong once, where it is written
        const key = `${example.loc.file}|${example.loc.pointer}|${message}`;
        if (!reported.has(key)) failed.push({ loc: at, example: example.loc, label: body.label, message });
        reported.add(key);
      }
    }
    // lines found in one pass per file: one scan of a 10 MB description for each example took seconds
    const pointers = new Map<string, string[]>();
    for (const { loc } of failed) pushTo(pointers, loc.file, loc.pointer);
    const lines = new Map<string, Map<string, { line: number }>>();
    for (const [f, at] of pointers) lines.set(f, unlessUnreadable(() => docs.get(f).positions.locateAll(at)) ?? new Map());
    for (const { loc, example, label, message } of failed)
      out.push(
        finding(
          'example-invalid',
          loc.file,
          { file: loc.file, schema: label, message },
          {
            pointer: loc.pointer,
            line: lines.get(loc.file)?.get(loc.pointer)?.line,
            key: JSON.stringify([example.file, example.pointer, message]),
          },
        ),
      );
    if (unvalidated) {
      const why = failed.length >= MAX_FAILED ? `${MAX_FAILED} already fail` : SPENT;
      out.push(
        finding('inline-examples-unvalidated', file, { file, count: counted(unvalidated, 'example'), why }, { key: `${file}|inline` }),
      );
    }
  }
  return { findings: out, unchecked };
}

/**
 * A body's schema as its own document, as the judge reads it: what it reaches of the description only (a copy of a
 * whole 10 MB description per body was most of the time), OpenAPI 3.0's dialect as 2020-12, the properties hidden in
 * its direction dropped.
 */
function readable(
  root: unknown,
  schema: Obj,
  openapi30: 'nullable' | 'x-nullable' | undefined,
  direction: Documented['direction'],
  draft7 = false,
): object {
  let part = { root: subdocument(root, schema), node: schema as unknown };
  const through = (rewrite: (root: unknown) => (node: unknown) => unknown) => {
    const convert = rewrite(part.root);
    part = { root: convert(part.root), node: convert(part.node) };
  };
  if (openapi30) through((r) => fromOpenApi30(r, openapi30));
  // drafts before 2019-09: a `$ref` voids its siblings (ajv applies them)
  if (draft7) through(refSiblingsVoid);
  if (direction) through((r) => withoutHidden(r, direction === 'request' ? 'readOnly' : 'writeOnly'));
  return asDocument(part.node as object, part.root);
}

/**
 * Every request and response body and parameter with a schema and examples written in place, in the description and
 * the files its path items, bodies, parameters and examples `$ref`.
 */
function documented(docs: Documents, file: string, data: Obj): Documented[] {
  const out: Documented[] = [];
  const deref = (loc: Loc, node: unknown) => unlessUnreadable(() => docs.deref(loc, node)) ?? { loc, node: undefined };
  const paths = isObj(data.paths) ? data.paths : {};
  for (const [path, raw] of Object.entries(paths)) {
    const item = deref({ file, pointer: pointerJoin('/paths', path) }, raw);
    if (!isObj(item.node)) continue;
    for (const method of METHODS) {
      const op = item.node[method];
      if (!isObj(op)) continue;
      const at = { file: item.loc.file, pointer: pointerJoin(item.loc.pointer, method) };
      const label = `${method.toUpperCase()} ${path}`;
      // parameters with a schema (OpenAPI 3; Swagger's are written inline, without examples): the path item's and the operation's
      const parameters = [
        ...(Array.isArray(item.node.parameters)
          ? item.node.parameters.map((p, i) => [pointerAt(item.loc, 'parameters', String(i)), p] as const)
          : []),
        ...(Array.isArray(op.parameters) ? op.parameters.map((p, i) => [pointerAt(at, 'parameters', String(i)), p] as const) : []),
      ];
      for (const [loc, raw] of parameters) {
        const p = deref(loc, raw);
        if (isObj(p.node) && p.node.schema !== undefined)
          out.push(
            ...valuesOf(docs, p.loc, p.node, p.node.schema, `${label} ${String(p.node.in)} parameter ${String(p.node.name)}`, 'request'),
          );
      }
      const body = deref(pointerAt(at, 'requestBody'), op.requestBody);
      if (isObj(body.node)) out.push(...bodiesOf(docs, body.loc, body.node, `${label} request`, 'request'));
      for (const [status, r] of Object.entries(isObj(op.responses) ? op.responses : {})) {
        const response = deref(pointerAt(at, 'responses', status), r);
        if (!isObj(response.node)) continue;
        const where = `${label} response ${status}`;
        out.push(
          ...(data.swagger
            ? swaggerBodies(response.loc, response.node, where)
            : bodiesOf(docs, response.loc, response.node, where, 'response')),
        );
      }
    }
  }
  return out;
}

const pointerAt = (loc: Loc, ...tokens: string[]): Loc => ({ file: loc.file, pointer: pointerJoin(loc.pointer, ...tokens) });

/** Swagger 2.0's response examples: one value per media type, beside the response's one schema. */
function swaggerBodies(loc: Loc, response: Obj, label: string): Documented[] {
  if (response.schema === undefined || !isObj(response.examples)) return [];
  return Object.entries(response.examples)
    .filter(([media]) => /json/i.test(media))
    .map(([media, value]) => ({
      label: `${label} ${media}`,
      schema: response.schema,
      direction: 'response' as const,
      examples: [{ loc: pointerAt(loc, 'examples', media), value }],
    }));
}

function bodiesOf(docs: Documents, loc: Loc, holder: Obj, label: string, direction: Documented['direction']): Documented[] {
  const out: Documented[] = [];
  for (const [media, m] of Object.entries(isObj(holder.content) ? holder.content : {})) {
    // examples of JSON bodies: another media type's example is text (XML, a CSV) its schema does not describe
    if (!isObj(m) || m.schema === undefined || !/json/i.test(media)) continue;
    out.push(...valuesOf(docs, pointerAt(loc, 'content', media), m, m.schema, `${label} ${media}`, direction));
  }
  return out;
}

/** AsyncAPI's payload formats read as JSON Schema: none named, JSON Schema's, AsyncAPI's own schema object. */
const JSON_PAYLOAD = /^(application\/schema\+(json|yaml)|application\/vnd\.aai\.asyncapi(\+(json|yaml))?)(;|$)/i;

/**
 * Every AsyncAPI message with examples (`examples: [{payload}]`) and a payload in a JSON Schema format: under
 * `components.messages`, a 3.0 channel's `messages`, a 2.x operation's `message` (or its `oneOf`). In 3.0 a payload
 * with a format of its own is `{schemaFormat, schema}`.
 */
function messagesOf(docs: Documents, file: string, data: Obj): Documented[] {
  const out: Documented[] = [];
  const seen = new Set<unknown>();
  const visit = (loc: Loc, raw: unknown) => {
    const m = isRefObject(raw) ? unlessUnreadable(() => docs.deref(loc, raw)) : { loc, node: raw };
    if (!m || !isObj(m.node) || seen.has(m.node)) return;
    seen.add(m.node);
    const message = m.node;
    if (Array.isArray(message.oneOf)) return message.oneOf.forEach((x, i) => visit(pointerAt(m.loc, 'oneOf', String(i)), x));
    const wrapped = isObj(message.payload) && 'schemaFormat' in message.payload && 'schema' in message.payload;
    const format = wrapped ? (message.payload as Obj).schemaFormat : message.schemaFormat;
    if (format !== undefined && !(typeof format === 'string' && JSON_PAYLOAD.test(format))) return; // Avro, Protobuf: not JSON Schema
    const schema = wrapped ? (message.payload as Obj).schema : message.payload;
    if (schema === undefined || !Array.isArray(message.examples)) return;
    const examples = message.examples.flatMap((e, i) =>
      isObj(e) && 'payload' in e ? [{ loc: pointerAt(m.loc, 'examples', String(i), 'payload'), value: e.payload }] : [],
    );
    const name = typeof message.name === 'string' ? message.name : m.loc.pointer;
    if (examples.length) out.push({ label: `message ${name} payload`, schema, examples });
  };
  const messages = isObj(data.components) && isObj(data.components.messages) ? data.components.messages : {};
  for (const [name, raw] of Object.entries(messages)) visit({ file, pointer: pointerJoin('/components/messages', name) }, raw);
  for (const [key, channel] of Object.entries(isObj(data.channels) ? data.channels : {})) {
    if (!isObj(channel)) continue;
    const at = { file, pointer: pointerJoin('/channels', key) };
    for (const [name, raw] of Object.entries(isObj(channel.messages) ? channel.messages : {})) visit(pointerAt(at, 'messages', name), raw);
    for (const op of ['publish', 'subscribe'])
      if (isObj(channel[op]) && (channel[op] as Obj).message !== undefined)
        visit(pointerAt(at, op, 'message'), (channel[op] as Obj).message);
  }
  return out;
}

/**
 * The examples a JSON Schema gives of itself (`examples`, at its top or on any subschema; OpenAPI's schema objects
 * also `example`, one value), each to validate against the schema it is given for. `from`: where the schemas start.
 */
function schemaExamples(file: string, data: unknown, from = '', single = false): Documented[] {
  const out: Documented[] = [];
  const seen = new WeakSet<object>();
  const stack: [unknown, string][] = [[data, from]];
  while (stack.length) {
    const [node, pointer] = stack.pop()!;
    if (!node || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((item, i) => stack.push([item, pointerJoin(pointer, String(i))]));
      continue;
    }
    const o = node as Obj;
    const examples = [
      ...(single && 'example' in o ? [{ loc: { file, pointer: pointerJoin(pointer, 'example') }, value: o.example }] : []),
      ...(Array.isArray(o.examples)
        ? o.examples.map((value, i) => ({ loc: { file, pointer: pointerJoin(pointer, 'examples', String(i)) }, value }))
        : []),
    ];
    if (examples.length) out.push({ label: pointer ? `${file} ${pointer}` : file, schema: o, examples });
    for (const [k, v] of Object.entries(o)) if (!holdsData(k) && v && typeof v === 'object') stack.push([v, pointerJoin(pointer, k)]);
  }
  return out;
}

/** A media type's or a parameter's `example` and each `value` of its `examples` (a `$ref` to `components.examples` followed). */
function valuesOf(docs: Documents, at: Loc, holder: Obj, schema: unknown, label: string, direction: Documented['direction']): Documented[] {
  const examples: Documented['examples'] = [];
  if ('example' in holder) examples.push({ loc: pointerAt(at, 'example'), value: holder.example });
  for (const [name, e] of Object.entries(isObj(holder.examples) ? holder.examples : {})) {
    const example = isRefObject(e)
      ? unlessUnreadable(() => docs.deref(pointerAt(at, 'examples', name), e))
      : { loc: pointerAt(at, 'examples', name), node: e };
    if (example && isObj(example.node) && 'value' in example.node)
      examples.push({ loc: pointerAt(example.loc, 'value'), value: example.node.value });
  }
  return examples.length ? [{ label, schema, direction, examples }] : [];
}
