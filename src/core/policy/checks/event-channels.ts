// Versioned topics: a breaking change to what an existing channel carries breaks every consumer on it at once, so
// (with `events.breaking: new-channel`) it must come on a new versioned channel beside the old one
// (`memory.created.v2` next to `memory.created`), published on both during the transition. The channels are read
// from AsyncAPI documents and topic catalogs; the checklist's dual-publish line is ticked when the new one exists.
import { readAsyncApi } from '../../diff/asyncapi-model.js';
import { unlessUnreadable } from '../../errors.js';
import { pushTo, type Change } from '../../model.js';
import type { ChecklistItem } from '../../report/model.js';
import { detectKind, isTopicCatalog } from '../../source/kind.js';
import { pathVersion, predecessors } from '../../version-path.js';
import { finding, type Finding } from '../finding.js';
import type { PolicyCheck, Side } from './context.js';

/** A channel by what names it: the stem and its version (`orders.v2` → orders, 2; `orders` → orders, 1). */
interface Topic {
  stem: string;
  version: number;
  /** How it is written, and where. */
  name: string;
  file: string;
}

// `orders.v2`, `orders-v2`, `orders/v2`; a catalog's `memory.created` at version 2 reads `memory.created v2`
const VERSIONED = /^(.*?)([._/ -])v(\d+)$/i;

export function topicOf(name: string, version?: number): Pick<Topic, 'stem' | 'version'> {
  const m = VERSIONED.exec(name);
  return m ? { stem: m[1]!, version: Number(m[3]) } : { stem: name, version: version ?? 1 };
}

/** The name the next version of a channel takes: `orders.v2` after `orders` or `orders.v1`. */
export function successorName(name: string, version: number): string {
  const m = VERSIONED.exec(name);
  // the separator the address already uses: `orders.v2`, `light/measured/v2`
  const sep = name.includes('/') && !name.includes('.') ? '/' : '.';
  return m ? `${m[1]}${m[2]}v${Number(m[3]) + 1}` : `${name}${sep}v${version + 1}`;
}

/** Every channel a tree declares, and which topics each schema file is the payload of (topic catalogs say). */
function channels(side: Side): { topics: Topic[]; bySchema: Map<string, Topic[]> } {
  const topics: Topic[] = [];
  const bySchema = new Map<string, Topic[]>();
  for (const file of side.paths) {
    if (!/\.(ya?ml|json)$/i.test(file)) continue;
    const data = unlessUnreadable(() => side.docs.get(file).data);
    if (data === undefined) continue;
    if (detectKind(file, undefined, data) === 'asyncapi') {
      const model = unlessUnreadable(() => readAsyncApi(side.docs, file, []));
      for (const c of model?.channels.values() ?? []) {
        const name = c.address ?? c.key;
        topics.push({ ...topicOf(name), name, file });
      }
    } else if (isTopicCatalog(file)) {
      const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
      const entries = (data as { topics?: unknown }).topics;
      for (const e of Array.isArray(entries) ? entries : []) {
        if (!e || typeof e.name !== 'string') continue;
        const version = Number.isInteger(e.version) ? (e.version as number) : undefined;
        const name = version !== undefined && !VERSIONED.test(e.name) ? `${e.name} v${version}` : e.name;
        const t = { ...topicOf(name), name, file };
        topics.push(t);
        if (typeof e.schema === 'string') {
          const schema = normalize(dir + e.schema);
          pushTo(bySchema, schema, t);
        }
      }
    }
  }
  return { topics, bySchema };
}

function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') out.pop();
    else if (part !== '.' && part) out.push(part);
  }
  return out.join('/');
}

/** The channels a change reaches: the ones it was found through, else the topics its schema file is the payload of. */
function reached(c: Change, bySchema: Map<string, Topic[]>): { stem: string; version: number; name: string }[] {
  const via = [c.via?.first, ...(c.via?.others ?? [])].filter((v): v is string => !!v?.startsWith('channel '));
  if (via.length) return via.map((v) => v.slice('channel '.length)).map((name) => ({ ...topicOf(name), name }));
  const catalogued = bySchema.get(c.file);
  if (catalogued) return catalogued;
  // an event schema no catalog names: the topic is its file's name
  const name = c.file.replace(/^.*\//, '').replace(/\.(schema\.)?(json|ya?ml|avsc)$/i, '');
  return [{ ...topicOf(name), name }];
}

const isEventChange = (c: Change, bySchema: Map<string, Topic[]>) =>
  !!c.context?.startsWith('event') ||
  (c.role === 'event' && c.context === undefined) ||
  bySchema.has(c.file) ||
  !!c.via?.first?.startsWith('channel ');

export const eventChannels: PolicyCheck = ({ config, changes, base, head }) => {
  const breaking = changes.filter((c) => c.level === 'major');
  const before = channels(base);
  const after = channels(head);
  const bySchema = new Map([...before.bySchema, ...after.bySchema]);
  const findings: Finding[] = [];
  const checklist: ChecklistItem[] = [];
  const done = new Set<string>();
  let published: Map<string, string> | undefined;
  for (const c of breaking.filter((x) => isEventChange(x, bySchema))) {
    // a version in the path: a break in a new version beside the last is the transition done (while the last stays);
    // a published one broken in place is the published-versions check's
    if (pathVersion(c.file) && !bySchema.has(c.file)) {
      published ??= new Map(predecessors(base.paths, head.paths).map((p) => [p.head, p.base]));
      const previous = published.get(c.file);
      if (!previous || done.has(previous)) continue;
      done.add(previous);
      const kept = head.paths.includes(previous);
      checklist.push({
        text: `Dual-publish \`${previous}\` and \`${c.file}\` during the transition${kept ? '' : ` (\`${previous}\` is gone from the head: keep it until consumers moved)`}`,
        done: kept,
      });
      continue;
    }
    for (const t of reached(c, bySchema)) {
      const key = `${t.stem}|${t.version}`;
      const next = successorName(t.name, t.version);
      // the new version beside the old: a channel of the same stem with a higher version, the old one kept
      const successor = after.topics.find((x) => x.stem === t.stem && x.version > t.version);
      const kept = after.topics.some((x) => x.stem === t.stem && x.version === t.version);
      const existed = before.topics.some((x) => x.stem === t.stem && x.version === t.version) || !before.topics.length;
      if (config.events.breaking === 'new-channel' && existed)
        findings.push(
          finding(
            'event-breaking-on-existing-channel',
            c.file,
            {
              topic: t.name,
              next: successor?.name ?? next,
              change: c.message,
              where: successor ? successor.file : (before.topics[0]?.file ?? c.file),
            },
            { line: c.line, pointer: c.pointer, module: c.module, key: `${key}|${c.ruleId}|${c.pointer}` },
          ),
        );
      if (done.has(key)) continue;
      done.add(key);
      checklist.push({
        text: successor
          ? `Dual-publish \`${t.name}\` and \`${successor.name}\` during the transition${kept ? '' : ` (\`${t.name}\` is gone from the head: keep it until consumers moved)`}`
          : `Dual-publish \`${t.name}\` on the old and the new version during the transition (add \`${next}\` beside it)`,
        done: !!successor && kept,
      });
    }
  }
  // a new version added beside one that stays: the transition the rule asks for, done
  for (const t of after.topics) {
    const older = after.topics.find((x) => x.stem === t.stem && x.version < t.version);
    const added = !before.topics.some((x) => x.stem === t.stem && x.version === t.version);
    if (!older || !added || done.has(`${older.stem}|${older.version}`)) continue;
    done.add(`${older.stem}|${older.version}`);
    checklist.push({ text: `Dual-publish \`${older.name}\` and \`${t.name}\` during the transition`, done: true });
  }
  return { findings, checklist };
};
