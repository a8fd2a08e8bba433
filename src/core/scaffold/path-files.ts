// Descriptions kept one file per path item (`paths/pets_{id}.yaml`, as `redocly split` lays them out): where a new
// path's item goes, named as the others are. Pure.
import { posix } from 'node:path';

/** How a path becomes a file name: its `/`s as `sep`, its parameters' braces kept or dropped. */
interface Naming {
  sep: string;
  braces: boolean;
}

const NAMINGS: Naming[] = ['_', '@', '~', '-', '.'].flatMap((sep) => [
  { sep, braces: true },
  { sep, braces: false },
]);

const named = (path: string, n: Naming) =>
  path
    .replace(/^\/+/, '')
    .replace(/\//g, n.sep)
    .replace(/\{([^}]*)\}/g, n.braces ? '{$1}' : '$1');

/**
 * The `$ref` a new path item is written behind, and the file it goes in, when every path item of the description at
 * `doc` is a `$ref` to a whole file of one folder, each named from its path by one naming; undefined otherwise (the
 * item is written in place). `items`: each path with its `$ref` as written.
 */
export function pathItemFile(doc: string, items: { path: string; ref: string }[], path: string): { ref: string; file: string } | undefined {
  if (!items.length || path === '/' || items.some((i) => i.ref.includes('#') || !i.ref.includes('.'))) return undefined;
  const folderOf = (ref: string) => ref.slice(0, ref.lastIndexOf('/') + 1);
  const extOf = (ref: string) => posix.extname(ref);
  const [folder, ext] = [folderOf(items[0]!.ref), extOf(items[0]!.ref)];
  if (items.some((i) => folderOf(i.ref) !== folder || extOf(i.ref) !== ext)) return undefined;
  const naming = NAMINGS.find((n) => items.every((i) => i.ref === `${folder}${named(i.path, n)}${ext}`));
  if (!naming) return undefined;
  const ref = `${folder}${named(path, naming)}${ext}`;
  const file = posix.normalize(posix.join(posix.dirname(doc), ref));
  return file.startsWith('../') ? undefined : { ref, file };
}
