// Diffs two contract trees: each file by its kind, every change attached to a module, a level and a line.
import { InputError, unlessUnreadable } from '../errors.js';
import { completeClosure, reachedFrom } from '../policy/references.js';
import type { Change, ContractKind, Diagnostic, DiffResult, Role } from '../model.js';
import { maxLevel, pushTo, sortChanges } from '../model.js';
import { moduleOfAnyPath } from '../layout.js';
import { abridges, emittedId, fill, getRule, ruleHint, ruleLevel, ruleMigrate } from '../rules/catalog.js';
import { sha256 } from '../sha256.js';
import { detectKind, isContractKind, isContractName, isToolingName, isTopicCatalog, roleFromPath, unjudgedFormat } from '../source/kind.js';
import { sameContent } from '../source/line-endings.js';
import { isAvroFile } from '../source/parse.js';
import { Documents, ownId, type SourceTree } from '../source/tree.js';
import { diffAsyncApi } from './asyncapi-diff.js';
import {
  avroNamesOf,
  avroTypeName,
  avroUsersOf,
  diffAvroSchemas,
  fullName,
  isAvroProtocol,
  sidesOfRole,
  type AvroNames,
} from './avro-diff.js';
import { diffAvroProtocols } from './avro-protocol.js';
import { diffData } from './data-diff.js';
import { movedFiles } from './moves.js';
import { leftOut, otherVersion, pathVersion, predecessors, relocator } from '../version-path.js';
import { OpenApiDiffer } from './openapi-diff.js';
import { SchemaDiffer } from './schema-diff.js';
import { ViewBuilder } from './schema-view.js';
import { reconcile, type JudgedSchema } from './semantic-reconcile.js';
import { hasExternalRef, judgedDocument } from '../semantic/bundle.js';
import { ChangeSink, type RawChange } from './sink.js';

export interface DiffOptions {
  /** Role of a JSON Schema whose path does not say (default `storage`). */
  role?: Role;
  /** Use `role` for every JSON Schema, whatever its path says. */
  forceRole?: boolean;
  /** A role configured for a file (config `roles:` globs); wins over the path. */
  roleOf?: (file: string) => Role | undefined;
  /** Module owning a file; default: `modules/<name>/…` or `globals`. */
  moduleOf?: (file: string) => string;
  /** Read YAML/JSON that is neither OpenAPI nor versions as JSON Schema when it uses schema keywords (two files named on the command line). */
  looseSchemas?: boolean;
  /** Compare these files (base path, head path) instead of every path of both trees. */
  pairs?: { base: string; head: string }[];
  /** Files the configuration names as contracts: they must parse whatever their name says. */
  isContract?: (file: string) => boolean;
  /**
   * Plain YAML/JSON (neither a contract nor a versions file) judged as contract data `always` (default: a contracts
   * folder holds only contracts), or only when something `$ref`s it (`referenced`: the whole repository is checked, and
   * its Kubernetes manifests, app settings and translations are no contract). A topic catalog and a file
   * `isContract` names are judged either way.
   */
  data?: 'always' | 'referenced';
  /** The trees' documents, when the caller parses them too (the policy reads the same ones). */
  documents?: { base?: Documents; head?: Documents };
  /** JSON Schema levels: `policy` (default) reconciles rules with set inclusion but keeps policy levels; `strict` lets inclusion decide. */
  judgement?: 'policy' | 'strict';
  /** Told each file as its judging starts: a judgement past its deadline names the file it was on. */
  onFile?: (file: string) => void;
}

const KIND_NAMES: Record<ContractKind, string> = {
  openapi: 'OpenAPI document',
  'openapi-fragment': 'OpenAPI components file',
  swagger: 'Swagger 2.0 document',
  asyncapi: 'AsyncAPI document',
  avro: 'Avro schema',
  jsonschema: 'JSON Schema',
  versions: 'versions file',
  data: 'data file',
  document: 'document',
  other: 'file',
  binary: 'binary file',
};

export function diffTrees(base: SourceTree, head: SourceTree, options: DiffOptions = {}): DiffResult {
  const own = Documents.pair(base, head);
  const baseDocs = options.documents?.base ?? own.base;
  const headDocs = options.documents?.head ?? own.head;
  const errors: Diagnostic[] = [];
  const warnings: string[] = [];
  const moduleOf = options.moduleOf ?? moduleOfAnyPath;
  // files named on the command line are compared as named; in two trees, a file moved is compared with where it was
  // (never from one published version to another: that is a version removed and another added)
  const identity = (side: 'base' | 'head', p: string) => contractIdentity(side === 'base' ? baseDocs : headDocs, p);
  // a contract moved among tests or tooling (never judged) is removed, not moved: paired, it read "contracts/…/tests/
  // openapi.yaml removed", naming a file that is there
  const moves = options.pairs
    ? []
    : movedFiles(
        base,
        head,
        (a, b) => moduleOf(a) === moduleOf(b) && !otherVersion(a, b) && isToolingName(a) === isToolingName(b),
        identity,
      );
  const sink = new ChangeSink(new Map(moves.map((m) => [m.base, m.head])));
  const schemas = new SchemaDiffer(new ViewBuilder(baseDocs, errors), new ViewBuilder(headDocs, errors), sink);
  const judged: JudgedSchema[] = [];
  const openapi = new OpenApiDiffer(baseDocs, headDocs, sink, schemas, errors, judged, options.roleOf);
  const movedFrom = new Map(moves.map((m) => [m.head, m.base]));
  const movedAway = new Set(moves.map((m) => m.base));
  // a version newly published in a path is compared with the version before it
  const published = new Map(options.pairs ? [] : predecessors(base.paths(), head.paths()).map((s) => [s.head, s.base]));
  const pairs =
    options.pairs ??
    [...new Set([...base.paths(), ...head.paths()])]
      .filter((p) => !movedAway.has(p))
      .sort()
      .map((p) => ({ base: movedFrom.get(p) ?? published.get(p) ?? p, head: p }));
  const later: (() => void)[] = [];
  const components = documentComponents(headDocs, head.paths());
  let baseComponents: ReturnType<typeof documentComponents> | undefined;
  const baseParts = () => (baseComponents ??= documentComponents(baseDocs, base.paths()));
  /**
   * How the documents that use a file judge it, when it was used by them at the baseline too: a pull request that
   * makes a new document `$ref` a schema file must not change how that file is judged (one using it as a sent event's
   * payload would have its schema read as a writer's only, where the file on its own breaks its readers).
   */
  const usedAlready = (pair: { base: string; head: string }) => {
    const used = components.get(pair.head);
    return used && baseParts().has(pair.base) ? used : undefined;
  };
  /**
   * A file added or removed that is a part of an API document on that side (no schema of its own): its addition or
   * removal is the document's change, judged where the document uses it. As a contract of its own, an example file
   * removed with its `$ref` read as a major change, an unused schema file deleted as one too.
   */
  const partAddedOrRemoved = (pair: { base: string; head: string }, kind: ContractKind, added: boolean): RawChange | undefined => {
    const [docs, file] = added ? [headDocs, pair.head] : [baseDocs, pair.base];
    const parts = added ? components : baseParts();
    const part = parts.get(file);
    // a file the policy names a contract, or a schema of its own, stays one
    if (!part || options.isContract?.(file) || isTopicCatalog(file)) return undefined;
    if (kind === 'jsonschema' && standalone(docs, file, part.kinds, options.roleOf)) return undefined;
    return {
      rule: 'document-part-changed',
      loc: { file: pair.head, pointer: '' },
      params: { file: pair.head, action: added ? 'added' : 'removed', document: part.by },
    };
  };
  const addedOrRemoved = (pair: { base: string; head: string }, kind: ContractKind, added: boolean): RawChange =>
    partAddedOrRemoved(pair, kind, added) ?? fileChange(added ? 'contract-added' : 'contract-removed', pair.head, kind);
  let referenced: [Set<string>, Set<string>] | undefined;
  const isData = (file: string, from: string) => {
    if (options.data !== 'referenced' || isTopicCatalog(file) || options.isContract?.(file)) return true;
    referenced ??= [reachedFrom(baseDocs, base.paths()), reachedFrom(headDocs, head.paths())];
    return referenced[0].has(from) || referenced[1].has(file);
  };

  // a file the previous version published that a new version left out: removed for whoever moves to the new version
  for (const l of options.pairs ? [] : leftOut(base.paths(), head.paths()))
    sink.emit({
      rule: 'contract-left-out',
      loc: { file: l.head, pointer: '' },
      params: { file: l.head, name: l.base.slice(l.base.lastIndexOf('/') + 1), version: l.version, previous: l.previous },
    });
  // who reads a file is the published version's to say: an event's schema moved under `storage/` (where widening is
  // minor) with a widening was judged as storage, and needed no Council
  const roleOfPair = (pair: { base: string; head: string }): Role =>
    options.forceRole && options.role ? options.role : (options.roleOf?.(pair.base) ?? roleFromPath(pair.base, options.role ?? 'storage'));
  // the same files (by path, resolved at each side) with the same bytes: on a 1,000-file tree whose documents all `$ref`
  // one shared file, every document was compared again though nothing it reads had changed (~0.4 s)
  const reachesTheSame = (pair: { base: string; head: string }): boolean => {
    const was = completeClosure(baseDocs, pair.base);
    const is = completeClosure(headDocs, pair.head);
    if (!was || !is || was.size !== is.size) return false;
    for (const f of is) {
      const [x, y] = [base.read(f), head.read(f)];
      if (!was.has(f) || !x || !y || !sameContent(x, y)) return false;
    }
    return true;
  };
  for (const pair of pairs) {
    options.onFile?.(pair.head);
    const file = pair.head;
    const a = base.read(pair.base);
    const b = head.read(pair.head);
    if (movedFrom.has(file)) sink.emit(moved(file, pair.base, b!));
    const previous = published.get(file);
    sink.relocate = previous ? relocator(previous, file) : undefined;
    if (previous) sink.emit(versionAdded(file, previous));
    const unchanged = a && b && sameContent(a, b);
    // an unchanged file that `$ref`s another must be diffed again if what it references changed
    const reachesOut = unchanged && hasExternalRef(Buffer.from(b).toString('utf8')) && !reachesTheSame(pair);
    if (unchanged && !reachesOut) continue; // nothing to compare: neither it nor what it references changed
    const kindA = a && kindOrError(baseDocs, pair.base, a, options.looseSchemas);
    // a JSON Schema that no longer reads as one (its `$schema` and `type` dropped) is still what its readers validate
    // with: compared as a schema, not as data (as data it was "`$schema` removed", and outside a contracts folder
    // plain data is not judged at all)
    const readB = b && kindOrError(headDocs, file, b, options.looseSchemas);
    const kindB = readB === 'data' && kindA === 'jsonschema' ? kindA : readB;
    const broken = [kindA, kindB].find((k): k is InputError => k instanceof InputError);
    if (broken) {
      if (unchanged) continue;
      // Avro IDL avsc cannot read (a later release's syntax) is listed unjudged, as it was before avsc read any; one that
      // read at the baseline and no longer does blocks below, or a pull request could hide a break behind `string?`
      if (/\.avdl$/i.test(file) && !(kindA === 'avro' && kindB instanceof InputError)) {
        sink.emit(plainChange(file, 'document', !a ? 'added' : !b ? 'removed' : 'changed'));
        continue;
      }
      // a contract (by name, by config, or by what the other side parsed as) must parse; anything else is compared as text
      const contract =
        options.looseSchemas ||
        isContractName(file) ||
        isContractName(pair.base) ||
        options.isContract?.(file) ||
        [kindA, kindB].some((k) => typeof k === 'string' && isContractKind(k));
      if (contract) {
        errors.push({ file: broken.file ?? file, line: broken.line, message: broken.message });
        // unreadable before and after (debt, not blocking), yet changed: the change itself is not judged, so it was
        // "no contract changes" whatever it wrote in the file
        if (kindA instanceof InputError && kindB instanceof InputError)
          sink.emit({ rule: 'unreadable-contract-changed', loc: { file, pointer: '' }, params: { file, problem: kindB.message } });
        continue;
      }
      warnings.push(
        `${broken.file ?? file}${broken.line ? `:${broken.line}` : ''}: not a contract and not readable as data (${broken.message}); compared as text`,
      );
      sink.emit({
        rule: 'document-changed',
        loc: { file, pointer: '' },
        params: { file, action: !a ? 'added' : !b ? 'removed' : 'changed' },
      });
      continue;
    }
    const kind = ((kindB ?? kindA) as ContractKind | undefined)!;
    const used = a && b ? usedAlready(pair) : undefined;
    if (unchanged && !(isRoot(kind) && reachesOut)) continue;
    if (a && b && replacedBy(kindA as ContractKind, kindB as ContractKind)) {
      // one kind of contract in place of another (a JSON Schema rewritten as an OpenAPI document): nothing in one can
      // be compared with the other, so the old one is removed and the new one added; compared with nothing, the
      // old contract's removal went unseen
      sink.emit(fileChange('contract-removed', file, kindA as ContractKind));
      sink.emit(fileChange('contract-added', file, kindB as ContractKind));
      continue;
    }
    try {
      if (kind === 'openapi' || kind === 'swagger') {
        if (!a || !b) sink.emit(fileChange(a ? 'contract-removed' : 'contract-added', file, kind));
        // Swagger 2.0 and OpenAPI 3 are one family (the differ reads both): a description upgraded from one to the other
        // is compared operation by operation; compared with nothing, every operation it dropped went unseen
        const api = (k: unknown) => k === 'openapi' || k === 'swagger';
        openapi.diff({ baseFile: api(kindA) ? pair.base : undefined, headFile: api(kindB) ? file : undefined });
      } else if (kind === 'asyncapi') {
        if (!a || !b || kindA !== kindB) sink.emit(fileChange(a ? 'contract-removed' : 'contract-added', file, kind));
        else diffAsyncApi({ baseDocs, headDocs, sink, schemas, errors, judged, roleOf: options.roleOf }, pair.base, file);
      } else if (kind === 'avro') {
        if (!a || !b || kindA !== kindB) sink.emit(fileChange(a ? 'contract-removed' : 'contract-added', file, kind));
        else if (used && !roleOfItsOwn(file, used.kinds, options.roleOf)) {
          // an AsyncAPI message's payload: judged as the channel sends or receives it (judged here too, as storage, it
          // took that judgement's witness for the channel's change: "was accepted and is now rejected", yet minor)
        } else {
          // read by consumers on a registry's default (backward: the new schema reads old data) unless its role says;
          // a type other schemas name is read as they are (an event's field type both ways), as they were published
          const users = options.forceRole ? [] : [...avroUsersOf(baseDocs, pair.base)];
          const role = strictest([roleOfPair(pair), ...users.map((u) => roleOfPair({ base: u, head: u }))]);
          const root = (docs: Documents, f: string) => ({ loc: { file: f, pointer: '' }, node: docs.get(f).data });
          const names: [AvroNames, AvroNames] = [avroNamesOf(baseDocs), avroNamesOf(headDocs)];
          const [older, newer] = [root(baseDocs, pair.base), root(headDocs, file)];
          if (isAvroProtocol(older.node) && isAvroProtocol(newer.node))
            diffAvroProtocols(
              sink,
              { file: pair.base, node: older.node, names: names[0] },
              { file, node: newer.node, names: names[1] },
              role,
            );
          else if (isAvroProtocol(older.node) !== isAvroProtocol(newer.node)) {
            // a schema turned protocol, or back: nothing of one is compared with the other
            sink.emit(fileChange('contract-removed', file, kind));
            sink.emit(fileChange('contract-added', file, kind));
          } else diffAvroSchemas(sink, older, newer, { role, label: file.replace(/^.*\//, ''), names });
        }
      } else if (kind === 'jsonschema') {
        if (!a || !b) sink.emit(addedOrRemoved(pair, kind, !a));
        else if (kindA !== kindB) sink.emit(fileChange(a ? 'contract-removed' : 'contract-added', file, kind));
        else if (used && !roleOfItsOwn(file, used.kinds, options.roleOf)) {
          // used by an API document and read in no role of its own (a folder's, the configuration's): judged where the
          // document uses it, with the role it has there. A `$schema` or a `.schema.` name makes it a contract of its
          // own (its removal is one), not a reader of its own: judged again as the default's storage, an enum value
          // a sent event added read "major" through the channel and "minor" beside it, for one change
        } else {
          const role = roleOfPair(pair);
          const label = `${file.replace(/^.*\//, '')}`;
          const root = (docs: Documents, f: string) => [{ loc: { file: f, pointer: '' }, node: docs.get(f).data }];
          const [older, newer] = [root(baseDocs, pair.base), root(headDocs, file)];
          const found = schemas.compare(older, newer, { context: role, role, label }, '', { defs: true });
          // its own URI, by which others `$ref` it (a new version beside the last has its own: not a change)
          const [idA, idB] = [ownId(older[0]!.node), ownId(newer[0]!.node)];
          if (idA && idA !== idB && !previous)
            sink.emit({
              rule: 'schema-id-changed',
              loc: { file, pointer: idB ? '/$id' : '' },
              params: { file, old: idA, new: idB ?? 'none' },
            });
          // judged in one document with the files its `$ref`s reach; a file the keyword diff saw no change in is not
          if (found.size) {
            const [a, b] = [judgedDocument(baseDocs, pair.base), judgedDocument(headDocs, file)];
            // a change is placed in either file (a removal in the older one, `diff old.json new.json`): one schema
            const inA = (f: string, p: string) => a.pointerOf(f === file ? pair.base : f, p) ?? a.pointerOf(f, p);
            const inB = (f: string, p: string) => b.pointerOf(f === pair.base ? file : f, p) ?? b.pointerOf(f, p);
            judged.push({ file, role, label, older: a.root, newer: b.root, changes: found, pointerOf: [inA, inB] });
          }
        }
      } else if (kind === 'data' && !isData(file, pair.base)) {
        if (!movedFrom.has(file)) sink.emit(plainChange(file, 'other', !a ? 'added' : !b ? 'removed' : 'changed'));
      } else if (kind === 'data' || kind === 'openapi-fragment') {
        if (!a || !b) sink.emit(addedOrRemoved(pair, kind, !a));
        // an example of a description in a file of its own (an Example Object): documentation there, as written inline
        else if (!unchanged && used && [baseDocs.get(pair.base).data, headDocs.get(file).data].every(isExampleObject))
          sink.emit({ rule: 'document-part-changed', loc: { file, pointer: '' }, params: { file, action: 'changed', document: used.by } });
        // fragments last: their changes are usually reported already through the documents that use them
        else {
          const relocate = sink.relocate;
          later.push(() => {
            sink.relocate = relocate;
            // a property made required or optional is reported at the property: its schema's `required` is covered too
            const covered = sink.pointersFor(file).flatMap((p) => {
              const schema = /^(.*)\/properties\/[^/]+$/.exec(p)?.[1];
              return schema === undefined ? [p] : [p, `${schema}/required`];
            });
            // a part of an API document: where its `$ref`s point is compared by the document, which follows them (a
            // schema file moved was "`$ref` changed", a minor change, though what it resolves to is the same)
            const followed = (pointer: string) => components.has(file) && /\/\$ref$/.test(pointer);
            // documentation in a part only OpenAPI descriptions use (both sides) is what it is written inline: no change
            // (a parameter's description added read as a minor "`parameters.limit.description` added")
            const openapiOnly = used && [...used.kinds].every((k) => k === 'openapi');
            for (const c of diffData(file, baseDocs.get(pair.base).data, headDocs.get(file).data)) {
              if (followed(c.loc.pointer) || (openapiOnly && DOCUMENTATION.test(c.loc.pointer))) continue;
              if (!covered.some((p) => p.startsWith(c.loc.pointer) || c.loc.pointer.startsWith(p))) sink.emit(c);
            }
          });
        }
      } else if (kind === 'versions') {
        sink.emit({
          rule: 'module-version-changed',
          loc: { file, pointer: '' },
          params: { file, old: a ? versionOf(baseDocs, pair.base) : 'none', new: b ? versionOf(headDocs, file) : 'none' },
        });
      } else if (!movedFrom.has(file)) {
        sink.emit(plainChange(file, kind, !a ? 'added' : !b ? 'removed' : 'changed'));
      }
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      errors.push({ file: err.file ?? file, line: err.line, message: err.message });
    }
  }
  for (const run of later) {
    try {
      run();
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      errors.push({ file: err.file ?? '', line: err.line, message: err.message });
    }
  }
  sink.relocate = undefined;
  const final = finalize(sink.changes, headDocs, moduleOf);
  const { extra: proven, coverage } = reconcile(judged, (raw) => final.byRaw.get(raw), options.judgement === 'strict');
  const changes = sortChanges([...final.changes, ...finalize(proven, headDocs, moduleOf).changes]);
  warnings.push(...baseDocs.notes.filter((n) => !headDocs.notes.includes(n)), ...headDocs.notes);
  return {
    level: maxLevel(changes.map((c) => c.level)),
    changes,
    errors: dedupe(errors),
    warnings,
    semantic: coverage,
    ...(moves.length ? { moves } : {}),
  };
}

/** The files API documents (OpenAPI, Swagger, AsyncAPI) reach through `$ref`: the kinds of document that reach each, and one of them. */
function documentComponents(docs: Documents, paths: string[]): Map<string, { kinds: Set<ApiKind>; by: string }> {
  const roots = new Map<string, ApiKind>();
  for (const p of paths) {
    const d = /\.(ya?ml|json)$/i.test(p) ? unlessUnreadable(() => docs.get(p).data) : undefined;
    if (!!d && typeof d === 'object') {
      if ('openapi' in d || 'swagger' in d) roots.set(p, 'openapi');
      else if ('asyncapi' in d) roots.set(p, 'asyncapi');
    }
  }
  const reached = new Map<string, { kinds: Set<ApiKind>; by: string }>();
  if (!roots.size) return reached;
  // a walk per root, passing over what a root of its kind already reached (a closure per root was the roots times the
  // references: a mesh of 500 descriptions `$ref`ing each other took seconds)
  for (const [root, kind] of roots) {
    for (const f of reachedFrom(docs, [root], (t) => reached.get(t)?.kinds.has(kind) ?? false))
      if (f !== root) (reached.get(f) ?? reached.set(f, { kinds: new Set(), by: root }).get(f)!).kinds.add(kind);
  }
  return reached;
}

type ApiKind = 'openapi' | 'asyncapi';
/** The roles in which each kind of API document judges the schemas it uses. */
const JUDGES_AS: Record<ApiKind, readonly Role[]> = { openapi: ['request', 'response'], asyncapi: ['event'] };

/** Where an OpenAPI description documents rather than constrains (its differ reports none of it written inline). */
const DOCUMENTATION = /\/(description|summary|title|externalDocs|example|examples)(\/|$)/;

/** An OpenAPI Example Object: a value (or where it is) with a summary and a description, nothing else. */
function isExampleObject(data: unknown): boolean {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return false;
  const keys = Object.keys(data);
  return (keys.includes('value') || keys.includes('externalValue')) && keys.every((k) => EXAMPLE_KEYS.has(k) || k.startsWith('x-'));
}
const EXAMPLE_KEYS = new Set(['summary', 'description', 'value', 'externalValue']);

/**
 * A JSON Schema that stands on its own: a `$schema`, a `*.schema.*` name, a role from the configuration, or one from
 * its folder that the documents using it do not judge it in already (a payload under `events/` that an AsyncAPI
 * document uses was judged twice, once as a file of its own).
 */
function standalone(docs: Documents, file: string, usedBy: Set<ApiKind>, roleOf?: (file: string) => Role | undefined): boolean {
  const d = docs.get(file).data;
  if (!!d && typeof d === 'object' && '$schema' in d) return true;
  return /\.schema\.(json|ya?ml)$/i.test(file) || roleOfItsOwn(file, usedBy, roleOf);
}

/** A role from the configuration, or one from its folder that the documents using the file do not judge it in. */
function roleOfItsOwn(file: string, usedBy: Set<ApiKind>, roleOf?: (file: string) => Role | undefined): boolean {
  if (roleOf?.(file)) return true;
  const folder = roleFromPath(file, 'request') === roleFromPath(file, 'response') ? roleFromPath(file, 'request') : undefined;
  return folder !== undefined && ![...usedBy].some((kind) => JUDGES_AS[kind].includes(folder));
}

/** Of the roles a file is read in, the one a change must keep them all working for: both sides when they differ. */
function strictest(roles: Role[]): Role {
  return new Set(roles.flatMap(sidesOfRole)).size > 1 ? 'event' : roles[0]!;
}

function kindOrError(docs: Documents, file: string, bytes: Uint8Array, loose?: boolean): ContractKind | InputError {
  try {
    return kindOf(docs, file, bytes, loose);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return err;
  }
}

const SCHEMA_KEYWORDS = ['type', 'properties', 'items', '$ref', 'allOf', 'anyOf', 'oneOf', 'enum', 'const', '$defs', 'definitions'];

function kindOf(docs: Documents, file: string, bytes: Uint8Array, loose = false): ContractKind {
  const plain = detectKind(file, bytes);
  if (plain === 'document' || plain === 'other' || plain === 'binary' || plain === 'versions') return plain;
  const data = docs.get(file).data;
  const kind = detectKind(file, bytes, data);
  if (
    loose &&
    kind === 'data' &&
    (typeof data === 'boolean' || (data && typeof data === 'object' && SCHEMA_KEYWORDS.some((k) => k in data)))
  )
    return 'jsonschema';
  return kind;
}

/** Kinds of documents compared by their own differ; Swagger 2.0 and OpenAPI 3 are one. */
const DOCUMENT_FAMILY: Partial<Record<ContractKind, string>> = {
  openapi: 'openapi',
  swagger: 'openapi',
  asyncapi: 'asyncapi',
  avro: 'avro',
};

function replacedBy(before: ContractKind, after: ContractKind): boolean {
  const [x, y] = [DOCUMENT_FAMILY[before], DOCUMENT_FAMILY[after]];
  return (x !== undefined || y !== undefined) && x !== y;
}

function isRoot(kind: ContractKind): boolean {
  return kind === 'openapi' || kind === 'swagger' || kind === 'asyncapi' || kind === 'jsonschema';
}

function versionOf(docs: Documents, file: string): string {
  const data = docs.get(file).data as Record<string, unknown> | null;
  const v = data && typeof data === 'object' ? (data.current ?? data.version) : undefined;
  return v === undefined ? 'none' : String(v);
}

/** A version published beside an older one in a path, and compared with it. */
function versionAdded(file: string, previous: string): RawChange {
  const version = (p: string) => pathVersion(p)?.written ?? p;
  return {
    rule: 'contract-version-added',
    loc: { file, pointer: '' },
    params: { file, version: version(file), previous: version(previous) },
  };
}

/** A file moved: a contract's move is a patch; documentation and files that are not contracts keep their own rule's level. */
function moved(file: string, from: string, bytes: Uint8Array): RawChange {
  const plain = detectKind(file, bytes);
  if (plain === 'document' || plain === 'other' || plain === 'binary') return plainChange(file, plain, `moved from ${from}`);
  return { rule: 'contract-moved', loc: { file, pointer: '' }, params: { file, from } };
}

/** A file that is not judged by its content: documentation, a binary, a file that is no contract, a contract format not read here. */
function plainChange(file: string, kind: ContractKind, action: string): RawChange {
  const loc = { file, pointer: '' };
  const unjudged = kind === 'document' ? unjudgedFormat(file) : undefined;
  if (unjudged)
    return {
      rule: 'contract-unjudged',
      loc,
      params: { file, action, format: unjudged.format, tool: unjudged.tool && `, or run ${unjudged.tool} in your CI` },
    };
  const rule = kind === 'binary' ? 'binary-changed' : kind === 'other' ? 'other-file-changed' : 'document-changed';
  return { rule, loc, params: { file, action } };
}

function fileChange(rule: 'contract-added' | 'contract-removed', file: string, kind: ContractKind): RawChange {
  return { rule, loc: { file, pointer: '' }, params: { file, kind: KIND_NAMES[kind] } };
}

function finalize(
  raw: RawChange[],
  headDocs: Documents,
  moduleOf: (file: string) => string,
): { changes: Change[]; byRaw: Map<RawChange, Change> } {
  // a change is reported at its file: a line is taken from where the head annotates it only in that same file (a
  // property removed with its `$ref`, annotated where the head's schema now is, showed that file's line beside the other's name)
  const lineOf = (c: RawChange) => (c.lineAt && c.lineAt.file === c.loc.file ? c.lineAt : c.loc);
  const byFile = new Map<string, RawChange[]>();
  for (const c of raw) {
    const where = lineOf(c);
    pushTo(byFile, where.file, c);
  }
  const lines = new Map<RawChange, { line: number; column: number }>();
  for (const [file, list] of byFile) {
    if (!headDocs.has(file)) continue;
    try {
      const found = headDocs.get(file).positions.locateAll(list.map((c) => lineOf(c).pointer));
      for (const c of list) {
        const pos = found.get(lineOf(c).pointer);
        if (pos) lines.set(c, pos);
      }
    } catch {
      for (const c of list) if (c.loc.pointer === '') lines.set(c, { line: 1, column: 1 });
    }
  }
  const changes = raw.map((c): Change => {
    const rule = getRule(c.rule);
    const others = [...(c.alsoVia ?? [])].sort();
    const pos = lines.get(c);
    return {
      ruleId: emittedId(c),
      rule: c.rule,
      ...(c.context ? { context: c.context } : {}),
      ...(c.role ? { role: c.role } : {}),
      level: ruleLevel(rule, c.role),
      module: moduleOf(c.loc.file),
      file: c.loc.file,
      pointer: c.loc.pointer,
      ...(pos ? { line: pos.line, column: pos.column } : {}),
      message: fill(rule.message, c.params),
      ...(c.identity ? { identity: c.identity } : abridges(c.params) ? { identity: sha256(Buffer.from(JSON.stringify(c.params))) } : {}),
      hint: fill(ruleHint(rule, c.role), c.params),
      ...(rule.migrate ? { migrate: ruleMigrate(rule, c.context ?? c.role, c.params) } : {}),
      ...(c.via || others.length
        ? { via: { first: c.via, named: !!c.via && String(c.params.at ?? c.params.op ?? '').includes(c.via), others } }
        : {}),
      ...(c.semantic ? { semantic: c.semantic } : {}),
    };
  });
  return { changes, byRaw: new Map(raw.map((c, i) => [c, changes[i]!])) };
}

function dedupe(errors: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.file}|${e.line}|${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * What a contract says it is, to find it again where a change moved and renamed it: an API description's title, a
 * JSON Schema's `$id`, an Avro named type's or protocol's full name. Undefined for anything else (and what does not parse).
 */
function contractIdentity(docs: Documents, file: string): string | undefined {
  if (!/\.(ya?ml|json)$/i.test(file) && !isAvroFile(file)) return undefined;
  const data = unlessUnreadable(() => docs.get(file))?.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const d = data as Record<string, unknown>;
  const info = d.info as Record<string, unknown> | null | undefined;
  const title = info && typeof info === 'object' && typeof info.title === 'string' ? info.title.trim() : '';
  if (title && (typeof d.openapi === 'string' || d.swagger !== undefined)) return `openapi ${title}`;
  if (title && typeof d.asyncapi === 'string') return `asyncapi ${title}`;
  if (typeof d.$id === 'string' && d.$id) return `schema ${d.$id}`;
  if (!isAvroFile(file)) return undefined;
  // a protocol written in IDL and the same protocol as JSON are one contract, moved
  if (isAvroProtocol(d))
    return `avro protocol ${fullName(d.protocol as string, typeof d.namespace === 'string' ? d.namespace || undefined : undefined)}`;
  const avro = avroTypeName(d);
  return avro && `avro ${avro}`;
}
