// Compares two OpenAPI documents operation by operation. Schemas are handed to the SchemaDiffer with the
// side that reads them: request parts are read by the server, response parts by clients.
import { codeSpan, show, type RuleId } from '../rules/catalog.js';
import { InputError } from '../errors.js';
import type { Diagnostic, Loc, Role, SchemaContext } from '../model.js';
import { pointerJoin } from '../model.js';
import { operations, reachedSchemas, type PathItem, type ResolveRef } from '../source/operations.js';
import type { Documents } from '../source/tree.js';
import { sameValue } from './fingerprint.js';
import type { SchemaDiffer } from './schema-diff.js';
import type { Side } from './schema-view.js';
import { placedAt, type JudgedSchema } from './semantic-reconcile.js';
import { judgedDocument, type Bundle } from '../semantic/bundle.js';
import { subdocument } from '../semantic/subdocument.js';
import { fromOpenApi30, withoutHidden } from '../semantic/dialects.js';
import { alikeIn } from '../semantic/linked.js';
import type { ChangeSink, RawChange } from './sink.js';

type Obj = Record<string, unknown>;

/**
 * Distinct request and response schemas judged by set inclusion per document, in document order: each is judged in
 * a document of its own (what it reaches), with a budget of its own, so a description's size does not switch it off.
 */
const MAX_JUDGED_PER_DOCUMENT = 400;

const ADDED = { operation: 'operation-added', webhook: 'webhook-added', callback: 'callback-added' } as const;
const REMOVED = { operation: 'operation-removed', webhook: 'webhook-removed', callback: 'callback-removed' } as const;

interface Operation {
  /** An operation clients call, or one the API calls: a webhook (3.1) or a callback (inside an operation). */
  kind: 'operation' | 'webhook' | 'callback';
  key: string;
  path: string;
  label: string;
  method: string;
  loc: Loc;
  node: Obj;
  pathItem: Side;
  doc: Obj;
  docFile: string;
}

export interface OpenApiSides {
  baseFile?: string;
  headFile?: string;
}

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const at = (loc: Loc, ...tokens: (string | number)[]): Loc => ({ file: loc.file, pointer: pointerJoin(loc.pointer, ...tokens) });

export class OpenApiDiffer {
  constructor(
    private readonly baseDocs: Documents,
    private readonly headDocs: Documents,
    private readonly sink: ChangeSink,
    private readonly schemas: SchemaDiffer,
    private readonly errors: Diagnostic[],
    private readonly judged: JudgedSchema[] = [],
    /** The role of a schema no operation, webhook or callback reaches (config `roles`); default `event`. */
    private readonly roleOf: (file: string) => Role | undefined = () => undefined,
  ) {}

  /** The two documents being compared, when set inclusion can judge their schemas (OpenAPI 3.1, and 3.0 read as JSON Schema 2020-12). */
  /** One document is Swagger 2.0 and the other OpenAPI 3 (a description upgraded): form fields are a request body. */
  private upgraded = false;

  private roots?: {
    baseFile: string;
    headFile: string;
    judged: number;
    bundles?: [Bundle, Bundle];
    /** Judged schemas by identity and direction: one reached through many operations is judged once. */
    seen: Map<string, JudgedSchema>;
  };

  diff({ baseFile, headFile }: OpenApiSides): void {
    const a = baseFile ? (this.baseDocs.get(baseFile).data as Obj) : {};
    const b = headFile ? (this.headDocs.get(headFile).data as Obj) : {};
    const file = headFile ?? baseFile!;
    const root: Loc = { file, pointer: '' };
    if (baseFile && headFile) this.documentLevel(a, b, root);
    const is3 = (d: Obj) => typeof d.openapi === 'string' && /^3\.[01]\./.test(d.openapi);
    // set inclusion for OpenAPI 3.x schemas, whatever the description's size
    const judgeable = baseFile && headFile && is3(a) && is3(b);
    this.roots = judgeable ? { baseFile, headFile, judged: 0, seen: new Map() } : undefined;
    // a Swagger 2.0 description upgraded to OpenAPI 3 moves its `basePath` into `servers`: its routes are the same
    const upgraded = !!baseFile && !!headFile && !a.swagger !== !b.swagger;
    this.upgraded = upgraded;
    // the route prefix every server shares moved (`/v1` → `/v2`): every operation's URL changed, once, and each is
    // compared with the one at its old route under the old prefix (a Swagger `basePath` moved read as every operation
    // removed and another added, what changed inside them unsaid; an OpenAPI 3 server's path, as a minor server change)
    const [pa, pb] = [sharedPath(a), sharedPath(b)];
    const moved = !!baseFile && !!headFile && pa !== undefined && pb !== undefined && pa !== pb;
    if (moved) this.emit('base-path-changed', at(root, b.swagger ? 'basePath' : 'servers'), { old: pa || '/', new: pb || '/' });
    const opsA = this.operations(this.baseDocs, a, baseFile, basePathOf(a, upgraded), moved);
    const opsB = this.operations(this.headDocs, b, headFile, basePathOf(b, upgraded), moved);
    for (const [key, op] of opsA) {
      const parent = { file, pointer: op.kind === 'webhook' ? '/webhooks' : '/paths' }; // nearest place left in the head
      if (!opsB.has(key)) this.emit(REMOVED[op.kind], op.loc, { op: op.label }, headFile ? parent : undefined);
    }
    for (const [key, op] of opsB) {
      const old = opsA.get(key);
      if (!old) this.emit(ADDED[op.kind], op.loc, { op: op.label });
      else this.operation(old, op);
    }
    if (baseFile && headFile) this.orphans(a, b, baseFile, headFile);
  }

  /** Component schemas nothing reaches (a shared library, a document that is only components): compared by their role. */
  private orphans(a: Obj, b: Obj, baseFile: string, headFile: string): void {
    const follow =
      (docs: Documents): ResolveRef =>
      (file, ref) => {
        const r = docs.resolveRef({ file, pointer: '' }, ref);
        return { file: r.loc.file, node: r.node };
      };
    const reached = new Set([...reachedSchemas(a, baseFile, follow(this.baseDocs)), ...reachedSchemas(b, headFile, follow(this.headDocs))]);
    // Swagger 2.0 keeps them under `definitions`: a description upgraded to OpenAPI 3 has them under `components`
    const holder = (d: Obj) => (d.swagger ? '/definitions' : '/components/schemas');
    const schemas = (d: Obj) =>
      d.swagger
        ? isObj(d.definitions)
          ? d.definitions
          : {}
        : isObj(d.components) && isObj(d.components.schemas)
          ? d.components.schemas
          : {};
    const [sa, sb] = [schemas(a), schemas(b)];
    const file = headFile;
    const role = this.roleOf(file) ?? 'event';
    // each side where it is: a base schema's `$ref`s resolve in the base document, even when the two files' paths differ
    const loc = (name: string, base = false): Loc => ({
      file: base ? baseFile : headFile,
      pointer: pointerJoin(holder(base ? a : b), name),
    });
    const scope = (name: string) => ({
      context: role,
      role,
      label: `${holder(b).slice(1).replace('/', '.')}.${name} (reached by no operation)`,
    });
    for (const name of Object.keys(sa)) {
      if (reached.has(name) || name in sb) continue;
      this.sink.emit({
        rule: 'definition-removed',
        context: role,
        role,
        loc: loc(name, true),
        lineAt: { file, pointer: '' },
        params: { at: scope(name).label, name },
      });
    }
    for (const name of Object.keys(sb)) {
      if (reached.has(name)) continue;
      if (!(name in sa))
        this.sink.emit({ rule: 'definition-added', context: role, role, loc: loc(name), params: { at: scope(name).label, name } });
      else this.schemas.compare([{ loc: loc(name, true), node: sa[name] }], [{ loc: loc(name), node: sb[name] }], scope(name));
    }
  }

  private emit(rule: RuleId, loc: Loc, params: Obj, lineAt?: Loc, via?: string): void {
    this.sink.emit({ rule, loc, lineAt, params, via });
  }

  private documentLevel(a: Obj, b: Obj, root: Loc): void {
    const version = (d: Obj) => (d.openapi ? String(d.openapi) : d.swagger ? `Swagger ${String(d.swagger)}` : undefined);
    if (version(a) !== version(b) && version(a) && version(b)) {
      this.emit('openapi-version-changed', at(root, b.openapi ? 'openapi' : 'swagger'), { old: version(a), new: version(b) });
    }
    // info is compared key by key, so the report says what changed (info.version 1.0.0 → 1.1.0)
    const infoA = isObj(a.info) ? a.info : {};
    const infoB = isObj(b.info) ? b.info : {};
    for (const key of new Set([...Object.keys(infoA), ...Object.keys(infoB)])) {
      if (!sameValue(infoA[key], infoB[key]))
        this.emit('api-info-changed', at(root, 'info', key), { field: `info.${key}`, old: infoA[key], new: infoB[key] }, at(root, 'info'));
    }
    for (const field of ['tags', 'externalDocs', 'jsonSchemaDialect']) {
      if (!sameValue(a[field], b[field])) this.emit('api-info-changed', at(root, field), { field, old: a[field], new: b[field] });
    }
    const urls = (doc: Obj) => new Set(serverUrls(doc));
    const ua = urls(a);
    const ub = urls(b);
    for (const url of ua) if (!ub.has(url)) this.emit('server-removed', at(root, 'servers', url), { url }, at(root, 'servers'));
    for (const url of ub) if (!ua.has(url)) this.emit('server-added', at(root, 'servers', url), { url });
    const [schemesA, schemesB] = [securitySchemes(a), securitySchemes(b)];
    const schemeLoc = (name: string) => at(root, ...(b.swagger ? ['securityDefinitions'] : ['components', 'securitySchemes']), name);
    for (const name of Object.keys(schemesA))
      if (!(name in schemesB)) this.emit('security-scheme-removed', schemeLoc(name), { name }, root);
    for (const name of Object.keys(schemesB)) {
      if (!(name in schemesA)) {
        this.emit('security-scheme-added', schemeLoc(name), { name });
        continue;
      }
      const sa = asScheme(this.deref(this.baseDocs, schemeLoc(name), schemesA[name]).node);
      const sb = asScheme(this.deref(this.headDocs, schemeLoc(name), schemesB[name]).node);
      for (const field of ['type', 'scheme', 'in', 'name', 'bearerFormat', 'flows', 'openIdConnectUrl']) {
        if (!sameValue(sa?.[field], sb?.[field]))
          this.emit('security-scheme-changed', at(schemeLoc(name), field), { name, field, values: schemeChange(sa?.[field], sb?.[field]) });
      }
    }
    for (const [key, value] of Object.entries(b)) {
      if (key.startsWith('x-') && !sameValue(a[key], value))
        this.emit('api-info-changed', at(root, key), { field: key, old: a[key], new: value });
    }
  }

  private deref(docs: Documents, loc: Loc, node: unknown): Side {
    try {
      return docs.deref(loc, node);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      if (!this.errors.some((e) => e.message === err.message))
        this.errors.push({ file: err.file ?? loc.file, line: err.line, message: err.message });
      return { loc, node: {} };
    }
  }

  /** `bare`: keyed by route alone, without the base path (it moved: operations pair across it). */
  private operations(docs: Documents, doc: Obj, file: string | undefined, basePath: string, bare = false): Map<string, Operation> {
    const out = new Map<string, Operation>();
    if (!file) return out;
    const deref = (item: PathItem) => this.deref(docs, item.loc, item.node);
    // `{id}` and `{itemId}` are the same route: renaming a path parameter is not a new endpoint
    const route = (path: string) => path.replace(/\{[^}]*\}/g, '{}');
    const add = (op: Omit<Operation, 'doc' | 'docFile' | 'pathItem'> & { item: PathItem }) =>
      out.set(op.key, { ...op, pathItem: op.item, doc, docFile: file });
    for (const { section, path, method, node, item } of operations(doc, file, ['paths', 'webhooks'], deref)) {
      const M = method.toUpperCase();
      const webhook = section === 'webhooks';
      const key = webhook ? `${M} webhook ${route(path)}` : `${M} ${bare ? '' : basePath}${route(path)}`;
      const label = webhook ? `webhook ${path}${method === 'post' ? '' : ` (${M})`}` : `${M} ${basePath}${path}`;
      const loc = at(item.loc, method);
      add({ kind: webhook ? 'webhook' : 'operation', key, path, label, method, loc, node, item });
      // callbacks (3.0 and 3.1): requests the API sends back, named under the operation that registers them
      if (!isObj(node.callbacks)) continue;
      const callbacks = node.callbacks;
      for (const cb of operations(callbacks, file, Object.keys(callbacks), deref, at(loc, 'callbacks').pointer)) {
        const CM = cb.method.toUpperCase();
        add({
          kind: 'callback',
          key: `${key} callback ${cb.section} ${CM} ${cb.path}`,
          path: cb.path,
          label: `${label} callback ${cb.section} (${CM} ${cb.path})`,
          method: cb.method,
          loc: at(cb.item.loc, cb.method),
          node: cb.node,
          item: cb.item,
        });
      }
    }
    return out;
  }

  private operation(a: Operation, b: Operation): void {
    if (this.unchanged(a, b)) return;
    const op = b.label;
    if (!a.node.deprecated !== !b.node.deprecated)
      this.emit(b.node.deprecated ? 'operation-deprecated' : 'operation-undeprecated', at(b.loc, 'deprecated'), { op }, b.loc);
    if (a.node.operationId && b.node.operationId && a.node.operationId !== b.node.operationId) {
      this.emit('operation-id-changed', at(b.loc, 'operationId'), { op, old: a.node.operationId, new: b.node.operationId });
    }
    for (const field of ['summary', 'description', 'tags', 'externalDocs']) {
      if (!sameValue(a.node[field], b.node[field])) this.emit('operation-docs-changed', at(b.loc, field), { op, field }, b.loc);
    }
    this.parameters(a, b);
    this.requestBody(a, b);
    this.responses(a, b);
    this.security(a, b);
  }

  /**
   * An operation written alike in both documents, whose references reach alike components, under the same path item
   * parameters and security, in documents read by the same rules: nothing in it can differ (most of a large API's
   * operations, between two releases).
   */
  private unchanged(a: Operation, b: Operation): boolean {
    if (a.path !== b.path || a.pathItem.loc.file !== a.docFile || b.pathItem.loc.file !== b.docFile) return false;
    const alike = (x: unknown, y: unknown) => alikeIn(x, y, a.doc, b.doc);
    const [da, db] = [a.doc, b.doc];
    const security = (d: Obj) => (isObj(d.components) ? d.components.securitySchemes : undefined);
    return (
      da.openapi === db.openapi &&
      da.swagger === db.swagger &&
      alike(da.jsonSchemaDialect, db.jsonSchemaDialect) &&
      alike(da.consumes, db.consumes) &&
      alike(da.security, db.security) &&
      alike(security(da), security(db)) &&
      alike(
        isObj(a.pathItem.node) ? a.pathItem.node.parameters : undefined,
        isObj(b.pathItem.node) ? b.pathItem.node.parameters : undefined,
      ) &&
      alike(a.node, b.node)
    );
  }

  private parameterMap(docs: Documents, op: Operation): Map<string, Side> {
    const out = new Map<string, Side>();
    const add = (list: unknown, loc: Loc) => {
      if (!Array.isArray(list)) return;
      list.forEach((raw, i) => {
        const p = this.deref(docs, at(loc, 'parameters', i), raw);
        if (!isObj(p.node) || typeof p.node.name !== 'string') return;
        const where = String(p.node.in);
        // path parameters are positional: renaming `{id}` to `{bookId}` is not a new parameter
        const slot =
          where === 'path' ? `#${pathParams(op.path).indexOf(p.node.name)}` : where === 'header' ? p.node.name.toLowerCase() : p.node.name;
        out.set(`${where}:${slot}`, p);
      });
    };
    add(op.pathItem.node && (op.pathItem.node as Obj).parameters, op.pathItem.loc);
    add(op.node.parameters, op.loc);
    return out;
  }

  private parameters(a: Operation, b: Operation): void {
    const pa = this.parameterMap(this.baseDocs, a);
    const pb = this.parameterMap(this.headDocs, b);
    const op = b.label;
    for (const [key, side] of pa) {
      const p = side.node as Obj;
      if (p.in === 'body' || (p.in === 'formData' && this.upgraded)) continue; // Swagger 2 body: compared as a request body
      if (!pb.has(key)) this.emit('request-parameter-removed', side.loc, { op, in: p.in, name: p.name }, b.loc);
    }
    for (const [key, side] of pb) {
      const p = side.node as Obj;
      if (p.in === 'body' || (p.in === 'formData' && this.upgraded)) continue;
      const old = pa.get(key);
      const params = { op, in: p.in, name: p.name };
      if (!old) {
        this.emit(p.required ? 'request-parameter-added-required' : 'request-parameter-added', side.loc, params);
        continue;
      }
      const o = old.node as Obj;
      if (!o.required !== !p.required)
        this.emit(
          p.required ? 'request-parameter-became-required' : 'request-parameter-became-optional',
          at(side.loc, 'required'),
          params,
          side.loc,
        );
      if (!o.deprecated && p.deprecated) this.emit('request-parameter-deprecated', at(side.loc, 'deprecated'), params);
      // how the value is written on the wire, each side by its own version's rules and defaults (Swagger 2.0's
      // `collectionFormat`, OpenAPI 3's `style` and `explode`): `style: form` where it is the default changes nothing
      const [wa, wb] = [serialization(o, !!a.doc.swagger), serialization(p, !!b.doc.swagger)];
      // exploding a single value writes it the same way
      const scalar = [parameterSchema(old), parameterSchema(side)].every((s) => isObj(s?.node) && SCALARS.has(String(s.node.type)));
      for (const field of scalar ? (['style'] as const) : (['style', 'explode'] as const)) {
        if (wa[field] !== wb[field])
          this.emit('request-parameter-style-changed', at(side.loc, field), { ...params, field, old: wa[field], new: wb[field] }, side.loc);
      }
      if (!sameValue(o.allowReserved, p.allowReserved))
        this.emit(
          'request-parameter-style-changed',
          at(side.loc, 'allowReserved'),
          { ...params, field: 'allowReserved', old: o.allowReserved, new: p.allowReserved },
          side.loc,
        );
      if (o.allowEmptyValue === true && p.allowEmptyValue !== true) {
        this.emit(
          'request-parameter-style-changed',
          at(side.loc, 'allowEmptyValue'),
          { ...params, field: 'allowEmptyValue', old: true, new: false },
          side.loc,
        );
      }
      const label = `${op} ${p.in} parameter ${p.name}`;
      const sa = parameterSchema(old);
      const sb = parameterSchema(side);
      if (sa && sb)
        this.judge(
          sa,
          sb,
          'request',
          label,
          this.schemas.compare([sa], [sb], { context: 'request-parameter', role: 'request', label, via: op }),
        );
    }
  }

  private requestBody(a: Operation, b: Operation): void {
    const op = b.label;
    const ba = this.body(this.baseDocs, a);
    const bb = this.body(this.headDocs, b);
    if (!ba && !bb) return;
    if (!ba) return this.emit(bb!.required ? 'request-body-added-required' : 'request-body-added', bb!.loc, { op });
    if (!bb) return this.emit('request-body-removed', ba.loc, { op }, b.loc);
    if (ba.required !== bb.required)
      this.emit(bb.required ? 'request-body-became-required' : 'request-body-became-optional', at(bb.loc, 'required'), { op }, bb.loc);
    this.content(ba.content, bb.content, 'request', `${op} request body`, op, bb.loc, undefined, b.kind !== 'operation');
  }

  /**
   * Hand a request or response schema to set inclusion, in its document; a document whose `$ref`s reach other files
   * is judged as one bundle with them, so a schema in a shared file is judged too.
   */
  private judge(old: Side, now: Side, role: Role, label: string, changes: Set<RawChange>): void {
    const r = this.roots;
    // unchanged schemas are not judged: a large document has thousands, and the keyword diff saw no difference in them
    if (!r || !changes.size || r.judged >= MAX_JUDGED_PER_DOCUMENT) return;
    const both = (r.bundles ??= [judgedDocument(this.baseDocs, r.baseFile), judgedDocument(this.headDocs, r.headFile)]);
    const [x, y] = [both[0].copyOf(old.node), both[1].copyOf(now.node)];
    if (x === undefined || y === undefined) return; // a schema in a file the bundle could not reach
    // what a request may not carry (readOnly) or a response does not (writeOnly), read the OpenAPI way, per direction
    const hidden = role === 'request' ? 'readOnly' : role === 'response' ? 'writeOnly' : undefined;
    // one schema reached through many operations (a shared component) is judged once per direction
    const key = `${hidden}|${identity(x)}|${identity(y)}`;
    const known = r.seen.get(key);
    if (known) {
      for (const c of changes) known.changes.add(c);
      return;
    }
    r.judged++;
    const [a, b] = [
      this.readable(both[0].root, x, r.baseFile, this.baseDocs, hidden),
      this.readable(both[1].root, y, r.headFile, this.headDocs, hidden),
    ];
    const judged = {
      file: now.loc.file,
      role,
      label,
      older: a.node,
      newer: b.node,
      rootA: a.root,
      rootB: b.root,
      changes: new Set(changes),
      pointerOf: placedAt(old.loc, now.loc),
    };
    r.seen.set(key, judged);
    this.judged.push(judged);
  }

  /** The schema and what it reaches, read as JSON Schema 2020-12 (OpenAPI 3.0's dialect rewritten) in its direction. */
  private readable(
    root: unknown,
    node: unknown,
    file: string,
    docs: Documents,
    hidden?: 'readOnly' | 'writeOnly',
  ): { root: unknown; node: unknown } {
    let part = { root: subdocument(root, node), node };
    const version = (docs.get(file).data as Obj).openapi;
    const through = (rewrite: (root: unknown) => (node: unknown) => unknown) => {
      const convert = rewrite(part.root);
      part = { root: convert(part.root), node: convert(part.node) };
    };
    if (typeof version === 'string' && version.startsWith('3.0.')) through(fromOpenApi30);
    if (hidden) through((root) => withoutHidden(root, hidden));
    return part;
  }

  private body(docs: Documents, op: Operation): { loc: Loc; required: boolean; content: Map<string, Side> } | undefined {
    if (op.node.requestBody !== undefined) {
      const rb = this.deref(docs, at(op.loc, 'requestBody'), op.node.requestBody);
      if (!isObj(rb.node)) return undefined;
      return { loc: rb.loc, required: rb.node.required === true, content: this.media(docs, rb) };
    }
    const params = [...this.parameterMap(docs, op).values()];
    if (this.upgraded && op.doc.swagger) {
      const form = formBody(op, params);
      if (form) return form;
    }
    for (const side of params) {
      const p = side.node as Obj;
      if (p.in === 'body') {
        const consumes = (Array.isArray(op.node.consumes) ? op.node.consumes : op.doc.consumes) as string[] | undefined;
        const content = new Map<string, Side>();
        for (const media of consumes ?? ['application/json']) content.set(media, { loc: at(side.loc, 'schema'), node: p.schema });
        return { loc: side.loc, required: p.required === true, content };
      }
    }
    return undefined;
  }

  private media(docs: Documents, holder: Side): Map<string, Side> {
    const out = new Map<string, Side>();
    const node = holder.node as Obj;
    if (isObj(node.content)) {
      for (const [media, mt] of Object.entries(node.content)) {
        if (isObj(mt)) out.set(media, { loc: at(holder.loc, 'content', media, 'schema'), node: mt.schema ?? {} });
      }
    } else if (node.schema !== undefined) {
      out.set('application/json', { loc: at(holder.loc, 'schema'), node: node.schema }); // Swagger 2 response
    }
    return out;
  }

  private content(
    ca: Map<string, Side>,
    cb: Map<string, Side>,
    side: 'request' | 'response',
    label: string,
    op: string,
    parent: Loc,
    status?: string,
    outgoing = false,
  ): void {
    const prefix = side === 'request' ? 'request' : 'response';
    // a webhook's or callback's request is sent by the API (writer side); the receiver's response is read by it
    const context: SchemaContext = outgoing ? `webhook-${side}` : side;
    const role: Role = outgoing ? (side === 'request' ? 'response' : 'request') : side;
    for (const [media, s] of ca) if (!cb.has(media)) this.emit(`${prefix}-media-type-removed`, s.loc, { op, media, status }, parent);
    for (const [media, s] of cb) {
      const old = ca.get(media);
      if (!old) {
        this.emit(`${prefix}-media-type-added`, s.loc, { op, media, status });
        continue;
      }
      const scopeLabel = cb.size > 1 ? `${label} (${media})` : label;
      const found = this.schemas.compare([old], [s], { context, role, label: scopeLabel, via: op });
      this.judge(old, s, role, scopeLabel, found);
    }
  }

  private responses(a: Operation, b: Operation): void {
    const op = b.label;
    const ra = isObj(a.node.responses) ? a.node.responses : {};
    const rb = isObj(b.node.responses) ? b.node.responses : {};
    const respLoc = (o: Operation, status: string) => at(o.loc, 'responses', status);
    for (const status of Object.keys(ra)) {
      if (status in rb) continue;
      const success = /^[123]/.test(status);
      this.emit(success ? 'response-success-status-removed' : 'response-error-status-removed', respLoc(a, status), { op, status }, b.loc);
    }
    for (const status of Object.keys(rb)) {
      if (!(status in ra)) {
        this.emit('response-status-added', respLoc(b, status), { op, status });
        continue;
      }
      const sa = this.deref(this.baseDocs, respLoc(a, status), ra[status]);
      const sb = this.deref(this.headDocs, respLoc(b, status), rb[status]);
      if (!isObj(sa.node) || !isObj(sb.node)) continue;
      this.content(
        this.media(this.baseDocs, sa),
        this.media(this.headDocs, sb),
        'response',
        `${op} response ${status}`,
        op,
        sb.loc,
        status,
        b.kind !== 'operation',
      );
      this.headers(sa, sb, op, status);
    }
  }

  private headers(a: Side, b: Side, op: string, status: string): void {
    const ha = isObj((a.node as Obj).headers) ? ((a.node as Obj).headers as Obj) : {};
    const hb = isObj((b.node as Obj).headers) ? ((b.node as Obj).headers as Obj) : {};
    const lower = (o: Obj) => new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), [k, v] as const]));
    const la = lower(ha);
    const lb = lower(hb);
    for (const [key, [name]] of la)
      if (!lb.has(key)) this.emit('response-header-removed', at(a.loc, 'headers', name), { op, status, name }, b.loc);
    for (const [key, [name, raw]] of lb) {
      const loc = at(b.loc, 'headers', name);
      const old = la.get(key);
      if (!old) {
        this.emit('response-header-added', loc, { op, status, name });
        continue;
      }
      const ha2 = this.deref(this.baseDocs, at(a.loc, 'headers', old[0]), old[1]);
      const hb2 = this.deref(this.headDocs, loc, raw);
      if (isObj(ha2.node) && isObj(hb2.node)) {
        if (ha2.node.required && !hb2.node.required)
          this.emit('response-header-became-optional', at(hb2.loc, 'required'), { op, status, name }, hb2.loc);
        for (const field of ['style', 'explode']) {
          if (!sameValue(ha2.node[field], hb2.node[field]))
            this.emit(
              'response-header-style-changed',
              at(hb2.loc, field),
              { op, status, name, field, old: ha2.node[field], new: hb2.node[field] },
              hb2.loc,
            );
        }
        const sa = parameterSchema(ha2);
        const sb = parameterSchema(hb2);
        if (sa && sb)
          this.schemas.compare([sa], [sb], {
            context: 'response-header',
            role: 'response',
            label: `${op} response ${status} header ${name}`,
            via: op,
          });
      }
    }
  }

  private security(a: Operation, b: Operation): void {
    const effective = (o: Operation): { reqs: Map<string, Set<string>>[]; loc: Loc } | undefined => {
      const list = o.node.security ?? o.doc.security;
      if (!Array.isArray(list)) return undefined;
      const loc = o.node.security !== undefined ? at(o.loc, 'security') : { file: o.docFile, pointer: '/security' };
      return {
        loc,
        reqs: list
          .filter(isObj)
          .map((r) => new Map(Object.entries(r).map(([k, v]) => [k, new Set(Array.isArray(v) ? v.map(String) : [])]))),
      };
    };
    const sa = effective(a);
    const sb = effective(b);
    const op = b.label;
    const open = (s: typeof sa) => !s || s.reqs.length === 0 || s.reqs.some((r) => r.size === 0);
    const name = (r: Map<string, Set<string>>) => [...r.keys()].sort().join('+') || 'anonymous';
    if (!sa && !sb) return;
    const loc = sb?.loc ?? b.loc;
    if (open(sa) && !open(sb)) return this.emit('security-added', loc, { op, schemes: sb!.reqs.map(name).join(', ') }, undefined, op);
    if (!open(sa) && open(sb)) return this.emit('security-removed', loc, { op }, undefined, op);
    const ma = new Map((sa?.reqs ?? []).map((r) => [name(r), r]));
    const mb = new Map((sb?.reqs ?? []).map((r) => [name(r), r]));
    // an alternative is only lost when no new alternative asks for a subset of it
    const covers = (weaker: Map<string, Set<string>>, stronger: Map<string, Set<string>>) =>
      [...weaker].every(([scheme, scopes]) => stronger.has(scheme) && [...scopes].every((s) => stronger.get(scheme)!.has(s)));
    for (const [key, ra] of ma) {
      if (mb.has(key) || [...mb.values()].some((rb) => covers(rb, ra))) continue;
      this.emit('security-alternative-removed', at(loc, key), { op, schemes: key }, loc, op);
    }
    for (const [key, rb] of mb) {
      const ra = ma.get(key);
      if (!ra) {
        this.emit('security-alternative-added', at(loc, key), { op, schemes: key }, loc, op);
        continue;
      }
      for (const [scheme, scopes] of rb) {
        const old = ra.get(scheme) ?? new Set();
        for (const scope of scopes)
          if (!old.has(scope)) this.emit('security-scope-added', at(loc, key, scope), { op, scheme, scope }, loc, op);
        for (const scope of old)
          if (!scopes.has(scope)) this.emit('security-scope-removed', at(loc, key, scope), { op, scheme, scope }, loc, op);
      }
    }
  }
}

function pathParams(path: string): string[] {
  return [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
}

/** A parameter's or header's schema: `schema`, the first `content` entry, or (Swagger 2) the object itself. */
function parameterSchema(side: Side): Side | undefined {
  const p = side.node as Obj;
  if (p.schema !== undefined) return { loc: at(side.loc, 'schema'), node: p.schema };
  if (isObj(p.content)) {
    const [media, mt] = Object.entries(p.content)[0] ?? [];
    if (media && isObj(mt)) return { loc: at(side.loc, 'content', media, 'schema'), node: mt.schema ?? {} };
  }
  if (p.type !== undefined) {
    // Swagger 2.0: the parameter is its own schema, less what says where and how it is sent
    const { name: _n, in: _i, required: _r, description: _d, collectionFormat: _c, allowEmptyValue: _a, ...schema } = p;
    return { loc: side.loc, node: schema };
  }
  return undefined;
}

/**
 * Swagger 2.0's form fields as the request body OpenAPI 3 writes for them: an object of one property per field
 * (`type: file` is a binary string), required where the field is, under each form media type the operation consumes.
 */
function formBody(op: Operation, params: Side[]): { loc: Loc; required: boolean; content: Map<string, Side> } | undefined {
  const fields = params.filter((s) => isObj(s.node) && s.node.in === 'formData');
  if (!fields.length) return undefined;
  const properties: Obj = {};
  const required: string[] = [];
  for (const { node } of fields) {
    const p = node as Obj;
    const schema = parameterSchema({ loc: op.loc, node: p })?.node;
    properties[String(p.name)] = isObj(schema) && schema.type === 'file' ? { ...schema, type: 'string', format: 'binary' } : (schema ?? {});
    if (p.required === true) required.push(String(p.name));
  }
  const consumes = ((Array.isArray(op.node.consumes) ? op.node.consumes : op.doc.consumes) as unknown[] | undefined)?.map(String) ?? [];
  const forms = consumes.filter((m) => m === 'multipart/form-data' || m === 'application/x-www-form-urlencoded');
  const media = forms.length
    ? forms
    : [
        Object.values(properties).some((s) => isObj(s) && s.format === 'binary')
          ? 'multipart/form-data'
          : 'application/x-www-form-urlencoded',
      ];
  const loc = at(op.loc, 'parameters');
  const schema = { type: 'object', properties, ...(required.length ? { required } : {}) };
  return { loc, required: required.length > 0, content: new Map(media.map((m) => [m, { loc, node: schema }])) };
}

/** A description's server URLs; Swagger 2.0's from its `schemes`, `host` and `basePath`, as OpenAPI 3 writes them. */
function serverUrls(doc: Obj): string[] {
  if (!doc.swagger) return (Array.isArray(doc.servers) ? doc.servers : []).map((s) => (isObj(s) ? String(s.url) : ''));
  const basePath = typeof doc.basePath === 'string' ? doc.basePath : '';
  if (typeof doc.host !== 'string') return basePath ? [basePath] : [];
  const schemes = Array.isArray(doc.schemes) && doc.schemes.length ? doc.schemes.map(String) : ['https'];
  return schemes.map((s) => `${s}://${doc.host}${basePath}`);
}

function securitySchemes(doc: Obj): Obj {
  if (doc.swagger) return isObj(doc.securityDefinitions) ? doc.securityDefinitions : {};
  return isObj(doc.components) && isObj(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
}

const SCALARS = new Set(['string', 'integer', 'number', 'boolean']);

/** OAuth 2 flows by their Swagger 2.0 names. */
const FLOWS: Record<string, string> = {
  implicit: 'implicit',
  password: 'password',
  application: 'clientCredentials',
  accessCode: 'authorizationCode',
};

/** A security scheme as OpenAPI 3 writes it: Swagger 2.0's `basic` is HTTP basic, its one OAuth 2 flow one of `flows`. */
function asScheme(node: unknown): Obj {
  if (!isObj(node)) return {};
  if (node.type === 'basic') return { type: 'http', scheme: 'basic' };
  if (node.type === 'oauth2' && typeof node.flow === 'string') {
    const { flow, authorizationUrl, tokenUrl, scopes } = node;
    const written = Object.fromEntries(Object.entries({ authorizationUrl, tokenUrl, scopes }).filter(([, v]) => v !== undefined));
    return { type: 'oauth2', flows: { [FLOWS[flow] ?? flow]: written } };
  }
  return node;
}

/**
 * The route prefix of a description: Swagger 2.0's `basePath` (root without one), the path every OpenAPI 3 server
 * shares (root without servers); undefined when its servers' paths differ.
 */
function sharedPath(doc: Obj): string | undefined {
  const trim = (path: string) => path.replace(/\/+$/, '');
  if (doc.swagger) return typeof doc.basePath === 'string' ? trim(doc.basePath) : '';
  if (!Array.isArray(doc.servers) || !doc.servers.length) return '';
  const paths = new Set(
    doc.servers.map((s) =>
      isObj(s) && typeof s.url === 'string' ? trim(s.url.replace(/^[a-z{][^:/]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '')) : undefined,
    ),
  );
  return paths.size === 1 ? [...paths][0] : undefined;
}

/**
 * The base path operations are keyed and labelled under: Swagger 2.0's `basePath`, and for an OpenAPI 3 description
 * upgraded from one the path its servers share (`https://api.example.com/v1` → `/v1`), so the two pair route by route.
 */
function basePathOf(doc: Obj, upgraded: boolean): string {
  return doc.swagger || upgraded ? (sharedPath(doc) ?? '') : '';
}

/**
 * How a parameter's value is written: OpenAPI 3's `style` and `explode` with their defaults by location, or what
 * Swagger 2.0's `collectionFormat` (default `csv`) means in those terms.
 */
function serialization(p: Obj, swagger: boolean): { style: string; explode: boolean } {
  const simple = p.in === 'path' || p.in === 'header';
  if (!swagger) {
    const style = typeof p.style === 'string' ? p.style : simple ? 'simple' : 'form';
    return { style, explode: typeof p.explode === 'boolean' ? p.explode : style === 'form' };
  }
  const format = typeof p.collectionFormat === 'string' ? p.collectionFormat : 'csv';
  if (format === 'multi') return { style: 'form', explode: true };
  const style = { ssv: 'spaceDelimited', pipes: 'pipeDelimited', tsv: 'tabDelimited' }[format] ?? (simple ? 'simple' : 'form');
  return { style, explode: false };
}

const ids = new WeakMap<object, number>();
let nextId = 0;
/** Which schema a node is: a plain `$ref` by its target, any other node by itself. */
function identity(node: unknown): string {
  if (!node || typeof node !== 'object') return JSON.stringify(node);
  const ref = (node as Obj).$ref;
  if (typeof ref === 'string' && Object.keys(node).length === 1) return ref;
  let id = ids.get(node);
  if (id === undefined) ids.set(node, (id = ++nextId));
  return `#${id}`;
}

/**
 * What a security scheme's field changed from and to, as the message ends: `from \`header\` to \`query\``, or for flows
 * the flows that changed; "in changed" left a client to open the diff to learn what it must now send.
 */
function schemeChange(a: unknown, b: unknown): string {
  const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (isMap(a) && isMap(b)) {
    const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !sameValue(a[k], b[k]));
    // within what a message shows whole (`show` cuts a parameter past 200 characters, in the middle of a code span)
    const more = names.length > 3 ? ` and ${names.length - 3} more` : '';
    return names.length
      ? ` (${names
          .slice(0, 3)
          .map((n) => codeSpan(show(n, 30)))
          .join(', ')}${more})`
      : '';
  }
  return ` from ${codeSpan(show(a, 60))} to ${codeSpan(show(b, 60))}`;
}
