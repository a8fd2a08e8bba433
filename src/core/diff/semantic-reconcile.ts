// The keyword diff explains; set inclusion decides. For each JSON Schema compared as a whole, the semantic judge's
// verdict reconciles the levels of the changes found in it: a proven-compatible "major" drops, a proven break that no
// rule called major becomes one (schema-narrowed / schema-widened), and every breaking change shows its witness.
import type { Change, Level, Role, Semantic } from '../model.js';
import { levelRank } from '../model.js';
import { getRule } from '../rules/catalog.js';
import { sameValue } from './fingerprint.js';
import { included, type Verdict } from '../semantic/judge.js';
import type { RawChange } from './sink.js';

/** One schema compared as a whole: its file, role, and both documents. */
export interface JudgedSchema {
  file: string;
  role: Role;
  label: string;
  older: unknown;
  newer: unknown;
}

type Side = 'reader' | 'writer';

/** Readers of request and storage schemas break on narrowing, readers of responses on widening; events both ways. */
function sidesOf(role: Role): Side[] {
  if (role === 'request' || role === 'storage') return ['reader'];
  if (role === 'response') return ['writer'];
  return ['reader', 'writer'];
}

function verdictOf(s: JudgedSchema, side: Side): Verdict {
  return side === 'reader' ? included(s.older, s.newer) : included(s.newer, s.older);
}

/**
 * Reconcile the changes of each judged schema. `strict`: set inclusion alone decides, policy levels included.
 * Returns the extra raw changes to add (proven breaks no rule named), already-final changes are edited in place.
 */
export function reconcile(schemas: JudgedSchema[], changes: Change[], strict: boolean): RawChange[] {
  const extra: RawChange[] = [];
  for (const s of schemas) {
    const mine = changes.filter((c) => c.file === s.file && c.role === s.role && getRule(c.rule).family === 'schema');
    if (sameValue(s.older, s.newer)) continue; // only what it references changed: judged where that is compared
    const sides = sidesOf(s.role);
    const verdicts = sides.map((side) => ({ side, verdict: verdictOf(s, side) }));
    const broken = verdicts.find((v) => v.verdict.kind === 'broken');
    const byPolicy = (c: Change) => !strict && getRule(c.rule).levelFrom === 'policy';
    if (broken && broken.verdict.kind === 'broken') {
      const semantic: Semantic = { verdict: 'breaking', witness: broken.verdict.witness, side: broken.side };
      const majors = mine.filter((c) => c.level === 'major');
      for (const c of majors) c.semantic = semantic;
      if (majors.length) continue;
      const policy = mine.filter(byPolicy);
      if (policy.length) {
        for (const c of policy) c.semantic = { ...semantic, verdict: 'policy' };
        continue;
      }
      extra.push({
        rule: broken.side === 'reader' ? 'schema-narrowed' : 'schema-widened',
        context: s.role,
        role: s.role,
        loc: { file: s.file, pointer: '' },
        params: { at: s.label },
        semantic,
      });
      continue;
    }
    if (!verdicts.every((v) => v.verdict.kind === 'proven')) continue; // unproven: the rules' levels stand
    const majors = mine.filter((c) => c.level === 'major');
    if (!majors.length) continue;
    // compatible both ways is an equivalent rewrite (patch); one way, a compatible change of meaning (minor)
    const other: Side[] = sides.length === 2 ? [] : sides[0] === 'reader' ? ['writer'] : ['reader'];
    const equivalent = other.every((side) => verdictOf(s, side).kind === 'proven');
    const level: Level = equivalent ? 'patch' : 'minor';
    for (const c of majors) {
      if (byPolicy(c)) c.semantic = { verdict: 'policy' };
      else {
        c.level = levelRank(level) < levelRank(c.level) ? level : c.level;
        c.semantic = { verdict: 'compatible' };
      }
    }
  }
  return extra;
}
