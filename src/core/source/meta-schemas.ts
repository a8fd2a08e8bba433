// The JSON Schema meta-schemas of drafts 6 and 7, as ajv ships them. A contract that `$ref`s one (a field that holds
// a schema, a definition of schemas) resolves it here instead of failing on a remote `$ref`: nothing is fetched, and
// these documents never change. Each sits at a path no repository's file can have (it starts with `/`). Not 2019-09
// or 2020-12: theirs are built on `$recursiveRef`/`$dynamicRef`, which our reading of `$ref`s does not follow (with
// them, the containment suite's records that reference the 2020-12 meta-schema were judged wrongly compatible).
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import draft07 from 'ajv/dist/refs/json-schema-draft-07.json' with { type: 'json' };

const DOCUMENTS: { $id: string }[] = [draft06, draft07];

/** `http://json-schema.org/draft-07/schema#` → `/json-schema.org/draft-07/schema.json` */
function pathOf(id: string): string {
  const url = new URL(id);
  return `/${url.host}${url.pathname}.json`;
}

const key = (uri: string) => uri.replace(/^https?:/, '').replace(/#$/, '');
const byUri = new Map(DOCUMENTS.map((d) => [key(d.$id), pathOf(d.$id)]));
const byPath = new Map(DOCUMENTS.map((d) => [pathOf(d.$id), d]));

/** The path of the meta-schema `uri` names (with or without an empty fragment, over http or https). */
export function metaSchemaPath(uri: string): string | undefined {
  return byUri.get(key(uri));
}

/** The text of the meta-schema at `path`, when it is one. */
export function metaSchemaText(path: string): string | undefined {
  const doc = byPath.get(path);
  return doc && JSON.stringify(doc, null, 2);
}
