// The house style a repository already follows, read from its own contracts: the shared error responses, the
// security schemes, the common ULID and timestamp definitions and the `$id` base. Skeletons reference these rather
// than inventing their own, so a new endpoint or schema looks like its neighbours.
import { posix } from 'node:path';
import { unlessUnreadable } from '../errors.js';
import { pointerJoin } from '../model.js';
import type { Documents } from '../source/tree.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A definition elsewhere in the tree: its file and the JSON pointer inside it. */
export interface Target {
  file: string;
  pointer: string;
}

export interface House {
  /** Shared error responses by status code ("400"), from the first OpenAPI file holding `components.responses`. */
  errors: Map<string, Target>;
  /** Security schemes to require globally: an mTLS and a Bearer scheme, where some file defines them. */
  security: { name: string; target: Target }[];
  ulid?: Target;
  timestamp?: Target;
  /** `https://…/` such that a file's `$id` is this base plus its contracts-relative path. */
  idBase?: string;
  /** The schema the documents give their path parameters (inline: `{type: string, format: uuid}`), when no ULID is defined. */
  idSchema?: Obj;
  /** The `$schema` most standalone JSON Schemas declare. */
  dialect?: string;
  /** Do the documents use security at all (401 and 403 responses then make sense)? */
  secured: boolean;
  /** With `preset: memoryos`, ids are ULIDs even where no document says so yet. */
  ulids?: boolean;
}

// names teams give their shared error responses, by the status they stand for
const ERROR_NAMES: [RegExp, string][] = [
  [/^(bad[-_]?request|invalid[-_]?request|validation[-_]?error)$/i, '400'],
  [/^(unauthori[sz]ed|unauthenticated)$/i, '401'],
  [/^forbidden$/i, '403'],
  [/^not[-_]?found$/i, '404'],
  [/^conflict$/i, '409'],
  [/^unprocessable([-_]?entity)?$/i, '422'],
  [/^(too[-_]?many[-_]?requests|rate[-_]?limited)$/i, '429'],
];

export function statusOfResponseName(name: string): string | undefined {
  const bare = name.replace(/^(error|response)[-_]?|[-_]?(error|response)$/gi, '');
  if (/^4\d\d$/.test(bare)) return bare;
  return ERROR_NAMES.find(([re]) => re.test(bare) || re.test(name))?.[1];
}

/** Read the house style from the documents at `paths` (the contracts); `root` is the contracts folder ('' for none). */
export function readHouse(docs: Documents, paths: string[], root: string): House {
  const house: House = { errors: new Map(), security: [], secured: false };
  const dialects = new Map<string, number>();
  const data = (file: string) => unlessUnreadable(() => docs.get(file).data);
  for (const file of paths.filter((p) => /\.(ya?ml|json)$/i.test(p) && !p.includes('/_frozen/'))) {
    const doc = data(file);
    if (!isObj(doc)) continue;
    const components = isObj(doc.components) ? doc.components : undefined;
    // shared error responses: the file that defines the most of them wins
    const responses = components && isObj(components.responses) ? components.responses : {};
    const found = new Map<string, Target>();
    for (const name of Object.keys(responses)) {
      const status = statusOfResponseName(name);
      if (status && !found.has(status)) found.set(status, { file, pointer: pointerJoin('/components/responses', name) });
    }
    if (found.size > house.errors.size) house.errors = found;
    if (doc.security !== undefined || (components && isObj(components.securitySchemes)) || isObj(doc.securityDefinitions))
      house.secured = true;
    if (typeof doc.$schema === 'string') dialects.set(doc.$schema, (dialects.get(doc.$schema) ?? 0) + 1);
    // the id style of the path parameters: the first inline schema of a path parameter
    if (!house.idSchema && isObj(doc.paths))
      for (const item of Object.values(doc.paths))
        for (const op of isObj(item) ? [item, ...Object.values(item)] : [])
          for (const p of isObj(op) && Array.isArray(op.parameters) ? op.parameters : [])
            if (!house.idSchema && isObj(p) && p.in === 'path' && isObj(p.schema) && !('$ref' in p.schema)) house.idSchema = p.schema;
    const schemes = components && isObj(components.securitySchemes) ? components.securitySchemes : {};
    for (const [name, s] of Object.entries(schemes)) {
      const kind = isObj(s)
        ? s.type === 'mutualTLS'
          ? 'mtls'
          : s.type === 'http' && /^bearer$/i.test(String(s.scheme))
            ? 'bearer'
            : ''
        : '';
      if (kind && !house.security.some((x) => x.name === name))
        house.security.push({ name, target: { file, pointer: pointerJoin('/components/securitySchemes', name) } });
    }
    // the common definitions: `$defs` (or `definitions`) named like a ULID and a timestamp
    for (const key of ['$defs', 'definitions']) {
      const defs = isObj(doc[key]) ? (doc[key] as Obj) : {};
      for (const [name, def] of Object.entries(defs)) {
        if (!isObj(def)) continue;
        if (!house.ulid && /^ulid$/i.test(name)) house.ulid = { file, pointer: pointerJoin('/' + key, name) };
        if (!house.timestamp && (/^(timestamp|date[-_]?time)$/i.test(name) || (def.format === 'date-time' && /time/i.test(name))))
          house.timestamp = { file, pointer: pointerJoin('/' + key, name) };
      }
    }
    // the $id base: a file whose $id ends with its own contracts-relative path
    const rel = root && file.startsWith(root + '/') ? file.slice(root.length + 1) : file;
    if (!house.idBase && typeof doc.$id === 'string' && doc.$id.endsWith('/' + rel)) house.idBase = doc.$id.slice(0, -rel.length);
  }
  house.dialect = [...dialects].sort((a, b) => b[1] - a[1])[0]?.[0];
  return house;
}

/** A `$ref` from `fromFile` to a target elsewhere in the tree (or in the same file). */
export function refTo(fromFile: string, t: Target): { $ref: string } {
  const file = t.file === fromFile ? '' : posix.relative(posix.dirname(fromFile), t.file);
  return { $ref: `${file}#${t.pointer}` };
}
