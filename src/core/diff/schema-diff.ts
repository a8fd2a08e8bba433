// Compares two JSON Schemas keyword family by keyword family. Each finding names whether it narrows or
// widens what validates; the rule catalog turns that into a level for the schema's role.
import type { Loc, Role } from '../model.js';
import { pointerJoin } from '../model.js';
import type { SchemaContext, SchemaRuleId } from '../rules/catalog.js';
import { fingerprint, sameValue } from './fingerprint.js';
import { alikeIn } from '../semantic/linked.js';
import { LOWER_BOUNDS, MAX_SCHEMA_DEPTH, UPPER_BOUNDS, type SchemaView, type Side, type ViewBuilder } from './schema-view.js';
import { likeness, type Likeness } from './same-meaning.js';

type Props = Map<string, Side[]>;
import { addVia, type ChangeSink, type RawChange } from './sink.js';

export interface SchemaScope {
  context: SchemaContext;
  role: Role;
  /** Human label of the schema's root, e.g. `POST /v1/items request body`. */
  label: string;
  via?: string;
}

type Emit = (rule: SchemaRuleId, loc: Loc, params?: Record<string, unknown>, lineAt?: Loc) => void;

const typeList = (types: Set<string> | undefined): string => (types ? [...types].sort().join('|') : 'any');

export class SchemaDiffer {
  private readonly done = new Set<string>();
  /** The changes found beneath each comparison, so that reaching it again through another operation is recorded. */
  private readonly found = new Map<string, Set<RawChange>>();
  private readonly open: Set<RawChange>[] = [];

  constructor(
    private readonly base: ViewBuilder,
    private readonly head: ViewBuilder,
    private readonly sink: ChangeSink,
  ) {}

  /** Compare two schemas; returns every change found beneath this comparison (for the semantic judge). */
  compare(a: Side[], b: Side[], scope: SchemaScope, path = '', options: { defs?: boolean } = {}): Set<RawChange> {
    const partsA = this.base.parts(a);
    const partsB = this.head.parts(b);
    const key = `${scope.context}|${partsA.map(locKey).join('+')}|${partsB.map(locKey).join('+')}`;
    if (this.done.has(key)) {
      // reached before (a shared component, or a recursive schema): its changes are also reached this way
      for (const c of this.found.get(key) ?? []) {
        addVia(c, scope.via);
        for (const set of this.open) set.add(c);
      }
      return this.found.get(key) ?? new Set();
    }
    this.done.add(key);
    if (this.open.length >= MAX_SCHEMA_DEPTH) {
      const [builder, side] = b[0] ? [this.head, b[0]] : [this.base, a[0]!];
      builder.tooDeep(side.loc, `schemas nested more than ${MAX_SCHEMA_DEPTH} levels deep`);
      return new Set();
    }
    const mine = new Set<RawChange>();
    this.found.set(key, mine);
    this.open.push(mine);
    try {
      this.compareViews(partsA, partsB, scope, path, options);
    } finally {
      this.open.pop();
    }
    return mine;
  }

  /**
   * Equal text whose `$ref`s name equal units on both sides: nothing below can differ. Unless the two are read by
   * different rules (a draft-07 `$ref` voids its siblings, 2020-12 applies them): then the same text may mean two
   * things, and is compared.
   */
  private alike(a: Side, b: Side): boolean {
    if (this.base.voidsRefSiblings(a.loc.file) !== this.head.voidsRefSiblings(b.loc.file)) return false;
    return alikeIn(a.node, b.node, this.base.rootOf(a.loc), this.head.rootOf(b.loc));
  }

  private compareViews(partsA: Side[], partsB: Side[], scope: SchemaScope, path: string, options: { defs?: boolean }): void {
    if (partsA.length === partsB.length && partsA.every((p, i) => !p.orNull === !partsB[i]!.orNull && this.alike(p, partsB[i]!))) return;
    const va = this.base.view(partsA);
    const vb = this.head.view(partsB);
    // a `$ref` that resolves nowhere is an error of its own (contract-unreadable): read as a schema of nothing but
    // `$ref`, the target's every property showed as removed, each a major with a deprecation to plan
    if (va.unresolved || vb.unresolved) return;
    const at = path ? `${scope.label} ${path}` : scope.label;
    const emit: Emit = (rule, loc, params = {}, lineAt) => {
      const stored = this.sink.emit({
        rule,
        context: scope.context,
        role: scope.role,
        loc,
        lineAt,
        params: { at, ...params },
        via: scope.via,
      });
      for (const set of this.open) set.add(stored);
    };
    if (!this.compareTypes(va, vb, emit)) return;
    this.compareEnum(va, vb, emit);
    this.compareObject(va, vb, scope, path, emit);
    this.compareArray(va, vb, scope, path, emit);
    // a binary string written the other OpenAPI's way is no change of either keyword
    const rewritten = binarySpelling(va, vb);
    const kept: Emit = rewritten.size
      ? (rule, loc, params, lineAt) => !rewritten.has(String(params?.keyword)) && emit(rule, loc, params, lineAt)
      : emit;
    this.compareBounds(va, vb, kept);
    this.compareConstraints(va, vb, kept);
    this.compareGroups(va, vb, scope, path, emit);
    this.compareAnnotations(va, vb, emit);
    if (options.defs) this.compareDefs(va, vb, scope, emit);
  }

  /** Returns false when the types are disjoint: one change says it all. */
  private compareTypes(a: SchemaView, b: SchemaView, emit: Emit): boolean {
    const typeLoc = pointerAt(b.loc, 'type');
    if (a.never || b.never) {
      if (a.never !== b.never)
        emit(a.never ? 'type-widened' : 'type-narrowed', b.loc, {
          old: a.never ? 'nothing' : 'any',
          new: b.never ? 'nothing' : 'any',
          added: 'any',
          removed: 'all',
        });
      return false;
    }
    const ta = a.types;
    const tb = b.types;
    if (!ta && !tb) return true;
    if (!ta || !tb) {
      if (!ta) emit('type-narrowed', typeLoc, { old: 'any', new: typeList(tb), removed: `non-${typeList(tb)}` });
      else emit('type-widened', typeLoc, { old: typeList(ta), new: 'any', added: `non-${typeList(ta)}` });
      return true;
    }
    const covers = (set: Set<string>, t: string) => set.has(t) || (t === 'integer' && set.has('number'));
    const removed = [...ta].filter((t) => !covers(tb, t));
    const added = [...tb].filter((t) => !covers(ta, t));
    const params = { old: typeList(ta), new: typeList(tb), removed: removed.join('|'), added: added.join('|') };
    if (removed.length && added.length) {
      emit('type-changed', typeLoc, params);
      return [...ta].some((t) => covers(tb, t));
    }
    if (removed.length) emit('type-narrowed', typeLoc, params);
    if (added.length) emit('type-widened', typeLoc, params);
    return true;
  }

  private compareEnum(a: SchemaView, b: SchemaView, emit: Emit): void {
    this.compareExtensibleEnum(a, b, emit);
    const ea = a.enumValues;
    const eb = b.enumValues;
    if (!ea && !eb) return;
    if (!ea) return emit('enum-added', eb!.loc, { new: eb!.values });
    if (!eb) return emit('enum-removed', ea.loc, { old: ea.values }, b.loc);
    if (ea.isConst && eb.isConst && ea.values.length === 1 && eb.values.length === 1) {
      if (!sameValue(ea.values[0], eb.values[0])) emit('const-changed', eb.loc, { old: ea.values[0], new: eb.values[0] });
      return;
    }
    const inB = new Set(eb.values.map((v) => fingerprint(v).hash));
    const inA = new Set(ea.values.map((v) => fingerprint(v).hash));
    ea.values.forEach((v, i) => {
      if (!inB.has(fingerprint(v).hash)) emit('enum-value-removed', pointerAt(ea.loc, String(i)), { value: fmt(v) }, eb.loc);
    });
    eb.values.forEach((v, i) => {
      if (!inA.has(fingerprint(v).hash)) emit('enum-value-added', pointerAt(eb.loc, String(i)), { value: fmt(v) });
    });
  }

  /** readOnly properties are not sent in requests, writeOnly ones not returned in responses. */
  private visible(view: SchemaView, builder: ViewBuilder, role: Role): { props: Props; required: Set<string> } {
    const hidden = role === 'request' ? 'readOnly' : role === 'response' ? 'writeOnly' : undefined;
    if (!hidden) return { props: view.properties, required: view.required };
    const props: Props = new Map();
    for (const [name, sides] of view.properties) {
      if (!builder.parts(sides).some((p) => (p.node as Record<string, unknown> | null)?.[hidden] === true)) props.set(name, sides);
    }
    return { props, required: new Set([...view.required].filter((n) => props.has(n) || !view.properties.has(n))) };
  }

  /** `x-extensible-enum`: removing a value breaks writers that send it; readers must tolerate additions. */
  private compareExtensibleEnum(a: SchemaView, b: SchemaView, emit: Emit): void {
    const xa = a.docs.get('x-extensible-enum');
    const xb = b.docs.get('x-extensible-enum');
    if (!xa || !xb || !Array.isArray(xa.value) || !Array.isArray(xb.value)) return;
    a.docs.delete('x-extensible-enum');
    b.docs.delete('x-extensible-enum');
    const inB = new Set(xb.value.map((v) => fingerprint(v).hash));
    const inA = new Set(xa.value.map((v) => fingerprint(v).hash));
    xa.value.forEach(
      (v, i) => inB.has(fingerprint(v).hash) || emit('enum-value-removed', pointerAt(xa.loc, String(i)), { value: fmt(v) }, xb.loc),
    );
    xb.value.forEach(
      (v, i) => inA.has(fingerprint(v).hash) || emit('extensible-enum-value-added', pointerAt(xb.loc, String(i)), { value: fmt(v) }),
    );
  }

  private compareObject(a: SchemaView, b: SchemaView, scope: SchemaScope, path: string, emit: Emit): void {
    const aClosed = a.additional === false;
    const bClosed = b.additional === false;
    const { props: pa, required: ra } = this.visible(a, this.base, scope.role);
    const { props: pb, required: rb } = this.visible(b, this.head, scope.role);
    for (const [name, sides] of pa) {
      if (pb.has(name)) continue;
      if (b.properties.has(name)) {
        emit('property-hidden', b.properties.get(name)![0]!.loc, { name, keyword: scope.role === 'request' ? 'readOnly' : 'writeOnly' });
        continue;
      }
      const rule = bClosed ? 'property-removed-from-closed-schema' : ra.has(name) ? 'required-property-removed' : 'property-removed';
      emit(rule, sides[0]!.loc, { name }, pointerAt(b.loc, 'properties'));
    }
    for (const [name, sides] of pb) {
      if (pa.has(name)) {
        this.compare(pa.get(name)!, sides, scope, `${path}${member(name)}`);
        continue;
      }
      const loc = sides[0]!.loc;
      if (a.properties.has(name)) {
        // was hidden for this role (readOnly/writeOnly) and now takes part: like a new property
        emit(rb.has(name) ? 'required-property-added' : 'property-added', loc, { name });
        continue;
      }
      if (rb.has(name)) emit('required-property-added', loc, { name });
      if (aClosed) emit('property-added-to-closed-schema', loc, { name });
      else if (!rb.has(name)) emit('property-added', loc, { name });
    }
    const requiredLoc = pointerAt(b.loc, 'required');
    for (const name of rb) {
      if (ra.has(name) || (pb.has(name) && !pa.has(name)) || (a.properties.has(name) && !pa.has(name))) continue;
      emit('property-became-required', requiredLoc, { name });
    }
    for (const name of ra) {
      if (rb.has(name) || (pa.has(name) && !pb.has(name)) || (b.properties.has(name) && !pb.has(name))) continue;
      emit('property-became-optional', pb.get(name)?.[0]?.loc ?? requiredLoc, { name });
    }
    const addLoc = pointerAt(b.loc, 'additionalProperties');
    const ad = a.additional;
    const bd = b.additional;
    if (ad === false && bd !== false) emit('additional-properties-widened', addLoc);
    else if (ad !== false && bd === false) emit('additional-properties-narrowed', addLoc);
    else if (Array.isArray(ad) && Array.isArray(bd)) this.compare(ad, bd, scope, `${path}{*}`);
    else if (!ad && Array.isArray(bd)) emit('additional-properties-narrowed', addLoc);
    else if (Array.isArray(ad) && !bd) emit('additional-properties-widened', addLoc);
  }

  private compareArray(a: SchemaView, b: SchemaView, scope: SchemaScope, path: string, emit: Emit): void {
    if (a.items.length && b.items.length) this.compare(a.items, b.items, scope, `${path}[]`);
    else if (b.items.length) emit('constraint-tightened', b.items[0]!.loc, { keyword: 'items', old: 'any', new: 'schema' });
    else if (a.items.length) emit('constraint-relaxed', a.items[0]!.loc, { keyword: 'items', old: 'schema', new: 'any' }, b.loc);
    const n = Math.max(a.prefixItems.length, b.prefixItems.length);
    for (let i = 0; i < n; i++) {
      const pa = a.prefixItems[i];
      const pb = b.prefixItems[i];
      if (pa && pb) this.compare(pa, pb, scope, `${path}[${i}]`);
      else if (pb) emit('constraint-tightened', pb[0]!.loc, { keyword: `prefixItems[${i}]`, old: 'any', new: 'schema' });
      else if (pa) emit('constraint-relaxed', pa[0]!.loc, { keyword: `prefixItems[${i}]`, old: 'schema', new: 'any' }, b.loc);
    }
  }

  private compareBounds(a: SchemaView, b: SchemaView, emit: Emit): void {
    const step = (kw: string, tighter: (x: number, y: number) => boolean) => {
      const ka = a.bounds.get(kw);
      const kb = b.bounds.get(kw);
      if (!ka && !kb) return;
      const loc = kb?.loc ?? ka!.loc;
      const lineAt = kb ? undefined : b.loc;
      // a keyword with a default (`minContains`: 1) absent on one side is its default there, not "none"
      const implied = IMPLIED_BOUNDS[kw];
      const shown = (k: typeof ka) => (k ? k.value : implied === undefined ? undefined : `${implied} (by default)`);
      const params = { keyword: kw, old: shown(ka), new: shown(kb) };
      if (implied === undefined && !ka) return emit('constraint-tightened', loc, params);
      if (implied === undefined && !kb) return emit('constraint-relaxed', loc, params, lineAt);
      const x = ka ? ka.value : implied;
      const y = kb ? kb.value : implied;
      if (typeof x === 'number' && typeof y === 'number') {
        if (x !== y) emit(tighter(x, y) ? 'constraint-tightened' : 'constraint-relaxed', loc, params);
      } else if (!sameValue(x, y)) {
        if (kw === 'format')
          emit(formatWithin(x, y) ? 'constraint-relaxed' : formatWithin(y, x) ? 'constraint-tightened' : 'format-changed', loc, params);
        else if (kw === 'uniqueItems') emit(y === true ? 'constraint-tightened' : 'constraint-relaxed', loc, params);
        else emit('keyword-changed', loc, params);
      }
    };
    this.compareRange(a, b, 'lower', emit);
    this.compareRange(a, b, 'upper', emit);
    for (const kw of LOWER_BOUNDS) if (!RANGE_KEYWORDS.has(kw)) step(kw, (x, y) => y > x);
    for (const kw of UPPER_BOUNDS) if (!RANGE_KEYWORDS.has(kw)) step(kw, (x, y) => y < x);
    // a multiple of the old divisor admits fewer values, a divisor of it more; any other admits values of each
    // neither did (2^53 → 7): that is a change both ways, not the relaxation a smaller number looks like
    const ma = a.bounds.get('multipleOf');
    const mb = b.bounds.get('multipleOf');
    const [da, db] = [ma?.value, mb?.value];
    if (typeof da === 'number' && typeof db === 'number' && da !== db && !divides(da, db) && !divides(db, da))
      emit('constraint-changed', mb!.loc, { keyword: 'multipleOf' });
    else step('multipleOf', (x, y) => divides(x, y));
    for (const kw of ['uniqueItems', 'format']) {
      const ka = a.bounds.get(kw);
      const kb = b.bounds.get(kw);
      if (kw === 'uniqueItems' && ka?.value === false && !kb) continue;
      if (kw === 'uniqueItems' && kb?.value === false && !ka) continue;
      step(kw, () => true);
    }
    const pa = a.bounds.get('pattern');
    const pb = b.bounds.get('pattern');
    if (pa && pb && pa.value !== pb.value) emit('pattern-changed', pb.loc, { old: pa.value, new: pb.value });
    else if (!pa && pb) emit('pattern-added', pb.loc, { new: pb.value });
    else if (pa && !pb) emit('pattern-removed', pa.loc, { old: pa.value }, b.loc);
  }

  /** minimum/exclusiveMinimum (and the maxima) bound one range: compare the effective bound, not each keyword. */
  private compareRange(a: SchemaView, b: SchemaView, side: 'lower' | 'upper', emit: Emit): void {
    const ra = effectiveBound(a, side);
    const rb = effectiveBound(b, side);
    if (!ra && !rb) return;
    const keyword = side === 'lower' ? 'minimum' : 'maximum';
    const loc = rb?.loc ?? ra!.loc;
    const params = { keyword, old: ra ? ra.text : 'none', new: rb ? rb.text : 'none' };
    if (!ra) return emit('constraint-tightened', loc, params);
    if (!rb) return emit('constraint-relaxed', loc, params, b.loc);
    const sign = side === 'lower' ? 1 : -1;
    const cmp = sign * (rb.value - ra.value) || Number(rb.exclusive) - Number(ra.exclusive); // at the same value, exclusive is tighter
    if (cmp > 0) emit('constraint-tightened', loc, params);
    else if (cmp < 0) emit('constraint-relaxed', loc, params);
  }

  /**
   * Written differently: alike once `$ref`s are followed and identities set aside (a new version folder's `$ref`s to
   * its own `$id`s), or alike but for what readers are told (a description added inside a `not`).
   */
  private likeness(a: Side[], b: Side[]): Likeness {
    const follow = (builder: ViewBuilder) => (from: Loc, ref: string) => builder.follow(from, ref);
    if (a.length !== b.length) return 'different';
    const each = a.map((x, i) => likeness(x, b[i]!, follow(this.base), follow(this.head)));
    return each.includes('different') ? 'different' : each.includes('annotations') ? 'annotations' : 'same';
  }

  private compareConstraints(a: SchemaView, b: SchemaView, emit: Emit): void {
    for (const kw of new Set([...a.constraints.keys(), ...b.constraints.keys()])) {
      const ka = a.constraints.get(kw);
      const kb = b.constraints.get(kw);
      // a discriminator only names the property that already tells the alternatives apart
      if (kw === 'discriminator' && (!ka || !kb)) emit('schema-docs-changed', (kb ?? ka)!.loc, { keyword: kw }, kb ? undefined : b.loc);
      else if (!ka) emit('applicator-added', kb!.loc, { keyword: kw });
      else if (!kb) emit('applicator-removed', ka.loc, { keyword: kw }, b.loc);
      else if (!sameValue(ka.value, kb.value)) {
        const alike = this.likeness([{ loc: ka.loc, node: ka.value }], [{ loc: kb.loc, node: kb.value }]);
        if (alike === 'different') emit('constraint-changed', kb.loc, { keyword: kw });
        else if (alike === 'annotations') emit('schema-docs-changed', kb.loc, { keyword: kw });
      }
    }
  }

  private compareGroups(a: SchemaView, b: SchemaView, scope: SchemaScope, path: string, emit: Emit): void {
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const ga = a.groups.filter((g) => g.keyword === keyword);
      const gb = b.groups.filter((g) => g.keyword === keyword);
      const n = Math.max(ga.length, gb.length);
      for (let i = 0; i < n; i++) {
        const x = ga[i];
        const y = gb[i];
        if (!x)
          this.groupOnOneSide(y!.alternatives, a.parts, 'variant-added', keyword, emit, () =>
            emit('constraint-tightened', y!.loc, { keyword, old: 'none', new: `${y!.alternatives.length} alternatives` }),
          );
        else if (!y)
          this.groupOnOneSide(
            x.alternatives,
            b.parts,
            'variant-removed',
            keyword,
            emit,
            () => emit('constraint-relaxed', x.loc, { keyword, old: `${x.alternatives.length} alternatives`, new: 'none' }, b.loc),
            b.loc,
          );
        else this.compareAlternatives(x.alternatives, y.alternatives, keyword, scope, path, emit);
      }
    }
    if (a.not.length || b.not.length) {
      const fa = a.not.map((s) => fingerprint(s.node).hash).join();
      const fb = b.not.map((s) => fingerprint(s.node).hash).join();
      if (!a.not.length) emit('constraint-tightened', b.not[0]!.loc, { keyword: 'not', old: 'none', new: 'schema' });
      else if (!b.not.length) emit('constraint-relaxed', a.not[0]!.loc, { keyword: 'not', old: 'schema', new: 'none' }, b.loc);
      else if (fa !== fb) {
        const alike = this.likeness(a.not, b.not);
        if (alike === 'different') emit('negation-changed', b.not[0]!.loc);
        else if (alike === 'annotations') emit('schema-docs-changed', b.not[0]!.loc, { keyword: 'not' });
      }
    }
  }

  /**
   * A group on one side only. When the other side is one of its alternatives (`oneOf: [A, B]` became `A`,
   * written as `oneOf: [A]` or plain `A`), the others were removed or added; otherwise the group itself was.
   */
  private groupOnOneSide(
    alternatives: Side[],
    otherParts: Side[],
    rule: 'variant-added' | 'variant-removed',
    keyword: string,
    emit: Emit,
    whole: () => void,
    lineAt?: Loc,
  ): void {
    const otherIds = new Set(otherParts.flatMap(altIds));
    const kept = alternatives.filter((s) => altIds(s).some((id) => otherIds.has(id)));
    if (!kept.length) return whole();
    for (const s of alternatives) if (!kept.includes(s)) emit(rule, s.loc, { keyword }, lineAt);
  }

  /** Pair alternatives by identity (same `$ref`, same content, same title), then by position. */
  private compareAlternatives(xa: Side[], xb: Side[], keyword: string, scope: SchemaScope, path: string, emit: Emit): void {
    const unmatchedB = new Set(xb.map((_, i) => i));
    // each identity's alternatives in B, in order, the matched ones skipped as met (thousands of alternatives, each
    // asked against every other, took seconds)
    const withId = new Map<string, { at: number; list: number[] }>();
    xb.forEach((sb, k) => {
      for (const id of new Set(altIds(sb))) {
        const entry = withId.get(id);
        if (entry) entry.list.push(k);
        else withId.set(id, { at: 0, list: [k] });
      }
    });
    const firstUnmatched = (id: string) => {
      const entry = withId.get(id);
      if (!entry) return undefined;
      while (entry.at < entry.list.length && !unmatchedB.has(entry.list[entry.at]!)) entry.at++;
      return entry.list[entry.at];
    };
    const pairs: [Side, Side][] = [];
    const unmatchedA: Side[] = [];
    for (const sa of xa) {
      // the first alternative of B left that shares an identity with this one
      let j: number | undefined;
      for (const id of altIds(sa)) {
        const k = firstUnmatched(id);
        if (k !== undefined && (j === undefined || k < j)) j = k;
      }
      if (j === undefined) unmatchedA.push(sa);
      else {
        unmatchedB.delete(j);
        pairs.push([sa, xb[j]!]);
      }
    }
    const restB = [...unmatchedB].map((k) => xb[k]!);
    // as many left on each side: paired in order (zipped, not shifted: shifting is quadratic in a hostile union)
    if (unmatchedA.length === restB.length) {
      unmatchedA.forEach((sa, i) => pairs.push([sa, restB[i]!]));
      unmatchedA.length = restB.length = 0;
    }
    for (const [sa, sb] of pairs) this.compare([sa], [sb], scope, `${path}(${keyword} ${xb.indexOf(sb) + 1})`);
    for (const sa of unmatchedA) emit('variant-removed', sa.loc, { keyword }, undefined);
    for (const sb of restB) emit('variant-added', sb.loc, { keyword });
  }

  private compareAnnotations(a: SchemaView, b: SchemaView, emit: Emit): void {
    for (const [map, rule] of [
      [a.docs, 'schema-docs-changed'],
      [a.rest, 'keyword-changed'],
    ] as const) {
      const other = map === a.docs ? b.docs : b.rest;
      for (const kw of new Set([...map.keys(), ...other.keys()])) {
        const ka = map.get(kw);
        const kb = other.get(kw);
        if (ka && kb && sameValue(ka.value, kb.value)) continue;
        emit(rule, kb?.loc ?? ka!.loc, { keyword: kw, old: ka?.value, new: kb?.value }, kb ? undefined : b.loc);
      }
    }
    if (a.deprecated !== b.deprecated) emit(b.deprecated ? 'schema-deprecated' : 'schema-undeprecated', pointerAt(b.loc, 'deprecated'));
    if ((a.default || b.default) && !(a.default && b.default && sameValue(a.default.value, b.default.value))) {
      emit(
        'default-changed',
        b.default?.loc ?? a.default!.loc,
        { old: a.default?.value, new: b.default?.value },
        b.default ? undefined : b.loc,
      );
    }
  }

  private compareDefs(a: SchemaView, b: SchemaView, scope: SchemaScope, emit: Emit): void {
    for (const [name, side] of a.defs) if (!b.defs.has(name)) emit('definition-removed', side.loc, { name }, b.loc);
    for (const [name, side] of b.defs) {
      const old = a.defs.get(name);
      if (!old) emit('definition-added', side.loc, { name });
      else this.compare([old], [side], { ...scope, label: `${scope.label} $defs${member(name)}` }, '', { defs: true });
    }
  }
}

const RANGE_KEYWORDS = new Set(['minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum']);

/** The tightest bound of one side of a numeric range; for integers `> 9` is `>= 10`. */
function effectiveBound(
  view: SchemaView,
  side: 'lower' | 'upper',
): { value: number; exclusive: boolean; loc: Loc; text: string } | undefined {
  const [incl, excl] = side === 'lower' ? ['minimum', 'exclusiveMinimum'] : ['maximum', 'exclusiveMaximum'];
  const integer = view.types !== undefined && view.types.size > 0 && [...view.types].every((t) => t === 'integer' || t === 'null');
  const candidates: { value: number; exclusive: boolean; loc: Loc }[] = [];
  for (const [kw, exclusive] of [
    [incl, false],
    [excl, true],
  ] as const) {
    const k = view.bounds.get(kw);
    if (!k || typeof k.value !== 'number') continue;
    if (exclusive && integer)
      candidates.push({ value: side === 'lower' ? Math.floor(k.value) + 1 : Math.ceil(k.value) - 1, exclusive: false, loc: k.loc });
    else candidates.push({ value: k.value, exclusive, loc: k.loc });
  }
  if (!candidates.length) return undefined;
  const sign = side === 'lower' ? 1 : -1;
  const best = candidates.reduce((x, y) => (sign * (y.value - x.value) > 0 || (y.value === x.value && y.exclusive) ? y : x));
  const op = side === 'lower' ? (best.exclusive ? '>' : '>=') : best.exclusive ? '<' : '<=';
  return { ...best, text: `${op} ${best.value}` };
}

/** Bounds whose absence means a value (JSON Schema 2020-12, `minContains`: 1 wherever `contains` applies). */
const IMPLIED_BOUNDS: Record<string, number> = { minContains: 1 };

/**
 * Formats whose every valid string is valid in others (RFC 3986 and 3987, 5321 and 6531, 1123 and 5890): a format
 * changed along one of them is widened or narrowed, not replaced (OpenAPI 3.2's own schema moved URLs from `uri` to
 * `uri-reference`, which rejects nothing `uri` accepted).
 */
const WIDER_FORMATS: Record<string, string[]> = {
  uri: ['uri-reference', 'iri', 'iri-reference'],
  'uri-reference': ['iri-reference'],
  iri: ['iri-reference'],
  email: ['idn-email'],
  hostname: ['idn-hostname'],
};

/**
 * OpenAPI 3.0's `format: binary` and `format: byte` are what 3.1 writes `contentMediaType` and `contentEncoding:
 * base64` (the specification's own upgrade): a description moved to 3.1 read as "format relaxed from binary", a major.
 * The keywords that are one written as the other between `a` and `b`.
 */
function binarySpelling(a: SchemaView, b: SchemaView): Set<string> {
  const out = new Set<string>();
  const format = (v: SchemaView) => v.bounds.get('format')?.value;
  const encoding = (v: SchemaView) => v.constraints.get('contentEncoding')?.value;
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    if (format(y) !== undefined) continue;
    if (format(x) === 'binary' && !x.constraints.has('contentMediaType') && y.constraints.has('contentMediaType'))
      out.add('format').add('contentMediaType');
    if (format(x) === 'byte' && encoding(x) === undefined && encoding(y) === 'base64') out.add('format').add('contentEncoding');
  }
  return out;
}

/** Is every string format `x` accepts one format `y` accepts? */
function formatWithin(x: unknown, y: unknown): boolean {
  return typeof x === 'string' && typeof y === 'string' && Object.hasOwn(WIDER_FORMATS, x) && WIDER_FORMATS[x]!.includes(y);
}

/** What identifies an alternative across versions: its content, the name it is referenced by, its title, or its location. */
function altIds(s: Side): string[] {
  const n = s.node as Record<string, unknown> | null;
  const ids = [fingerprint(s.node).hash];
  // a named definition is the same alternative whether referenced (`$ref: .../Dog`) or reached (…/schemas/Dog)
  const named = /\/(?:schemas|\$defs|definitions)\/([^/]+)$/.exec(s.loc.pointer);
  if (named) ids.push('ref:' + named[1]);
  if (n && typeof n === 'object') {
    if (typeof n.$ref === 'string') ids.push('ref:' + n.$ref.replace(/^.*\//, ''));
    if (typeof n.title === 'string') ids.push('title:' + n.title);
  }
  return ids;
}

function locKey(side: Side): string {
  return `${side.loc.file}#${side.loc.pointer}${side.orNull ? '?' : ''}`;
}

function pointerAt(loc: Loc, ...tokens: string[]): Loc {
  return { file: loc.file, pointer: pointerJoin(loc.pointer, ...tokens) };
}

function fmt(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Is `m` a multiple of `d`? Whole numbers exactly (2^53 is no multiple of 7, though its quotient rounds to a whole
 * number); others within floating point's error (0.3 of 0.1, which it divides as 2.9999999999999996).
 */
function divides(d: number, m: number): boolean {
  if (Number.isInteger(d) && Number.isInteger(m)) return m % d === 0;
  const ratio = m / d;
  return Number.isFinite(ratio) && Math.abs(ratio - Math.round(ratio)) <= 1e-9 * Math.max(1, Math.abs(ratio));
}

/**
 * A property in a path as messages write it: `.total`, or `["a: b"]` for a name that is no plain word, so a name with
 * a dot, a space or `: ` cannot pass for more of the path or end the place a message names.
 */
const member = (name: string) => (/^[\w$-]+$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`);
