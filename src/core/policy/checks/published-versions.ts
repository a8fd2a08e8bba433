// A version published in a path is not edited: a release (`order/1.0.0/`) keeps what it held, a major line (`v1/`)
// changes only compatibly. Its consumers read it by that path; the change goes in a new version beside it.
import semver from 'semver';
import { levelRank, type Level } from '../../model.js';
import { newestIn, pathVersion, publishedAs, type PathVersion } from '../../version-path.js';
import { idVersion, idWithVersion } from '../../units.js';
import { isObj } from '../../semantic/schema.js';
import { finding, type Finding } from '../finding.js';
import { ratchet, type PolicyCheck, type Side } from './context.js';
import type { Documents } from '../../source/tree.js';
import { unlessUnreadable } from '../../errors.js';

export const publishedVersions: PolicyCheck = (context) => {
  const [before, after] = [new Set(context.base.paths), new Set(context.head.paths)];
  const edited = new Map<string, { level: Level; module: string; line?: number }>();
  for (const c of context.changes) {
    // in place: the file is there on both sides (a removal is the Council's, a new version is compared with the last)
    if (!after.has(c.file) || !before.has(context.movedFrom(c.file) ?? c.file) || !pathVersion(c.file)) continue;
    const known = edited.get(c.file);
    if (!known || levelRank(c.level) > levelRank(known.level)) edited.set(c.file, { level: c.level, module: c.module, line: c.line });
  }
  const findings: Finding[] = [];
  for (const [file, { level, module, line }] of edited) {
    const pv = pathVersion(file)!;
    if (levelRank(level) < levelRank(pv.kind === 'release' ? 'minor' : 'major')) continue;
    // a release's change goes after the newest release, a major line's break starts the line after the newest (`v1`
    // broken beside `v2` is `v3`: `v2` is published already)
    const from = maxVersion(pv.version, newestIn(after, pv.unit));
    const next = semver.inc(from, level === 'major' ? 'major' : 'minor')!;
    const params = { file, level, version: pv.written, path: generatedFrom(context.head.docs, file, next) ?? publishedAs(pv, next) };
    findings.push(finding('published-version-changed', file, params, { module, file, ...(line ? { line } : {}) }));
  }
  // what a file the change published or edited says of its own version agrees with its path (a new version copied from
  // the last one kept the last one's `self.version`, and an Iglu registry refuses it; an `$id` kept names the old one)
  // (judged on both sides of what the change touched: a mismatch the baseline already had is debt, a warning)
  const touched = [...new Set([...context.changes.map((c) => c.file), ...[...after].filter((p) => !before.has(p))])].sort();
  const mismatches = (side: Side) =>
    touched.flatMap((file) => {
      const at = side === context.base ? (context.movedFrom(file) ?? file) : file;
      const pv = (side === context.base ? before : after).has(at) ? pathVersion(at) : undefined;
      const said = pv && saidVersion(side.docs, at);
      if (!pv || pv.kind !== 'release' || !said || said.version === pv.version) return [];
      const params = { file: at, path: pv.written, where: said.where, said: said.written, expected: said.expected(pv) };
      const line = side.docs.lineOf({ file: at, pointer: said.pointer });
      return [
        finding('version-path-mismatch', at, params, { module: context.units.unitOf(at), file: at, line, key: `${at}|${said.written}` }),
      ];
    });
  findings.push(...ratchet(context, mismatches));
  return { findings };
};

/** The version a file says it is: an Iglu schema's `self.version` (SchemaVer), else a version in its `$id`. */
function saidVersion(
  docs: Documents,
  file: string,
): { version: string; written: string; where: string; pointer: string; expected: (pv: PathVersion) => string } | undefined {
  const data = unlessUnreadable(() => (docs.has(file) ? docs.get(file).data : undefined));
  if (!isObj(data)) return undefined;
  const self = isObj(data.self) ? data.self.version : undefined;
  if (typeof self === 'string' && /^\d+-\d+-\d+$/.test(self))
    return {
      version: self.split('-').map(Number).join('.'),
      written: self,
      where: '`self.version`',
      pointer: '/self/version',
      expected: (pv) => `\`${pv.written}\``,
    };
  const id = idVersion(data);
  if (id && typeof data.$id === 'string')
    return {
      version: id.version,
      written: `\`${data.$id}\``,
      where: 'its `$id`',
      pointer: '/$id',
      expected: (pv) => `\`${idWithVersion(data.$id as string, id.written, pv.written)}\``,
    };
  return undefined;
}

/**
 * Where the next version goes when the description is generated from Protocol Buffers (grpc-gateway's
 * protoc-gen-openapiv2 titles it with its `.proto` file, `acme/v1/service.proto`, by default): a package version is
 * published in the sources (`acme.v2` in `acme/v2/`) and the description generated from them, never written by hand.
 */
function generatedFrom(docs: Documents, file: string, next: string): string | undefined {
  const data = unlessUnreadable(() => docs.get(file))?.data as { info?: { title?: unknown } } | undefined;
  const title = data?.info?.title;
  const pv = typeof title === 'string' && /\.proto$/.test(title) ? pathVersion(title) : undefined;
  if (!pv || pv.kind !== 'line') return undefined;
  return `${publishedAs(pv, next)} in the .proto sources (this file is generated from ${title}), and generate it from there`;
}

const maxVersion = (a: string, b: string | undefined) => (b && semver.gt(b, a) ? b : a);
