// Avro change pairs for `npm run conformance`, written for this project from Confluent's documented compatibility
// rules (Schema Registry: "Schema Evolution and Compatibility"): each pair is one change under one mode, labelled
// as the documentation says the registry treats it. The script runs our engine, avsc's resolver and, for every
// break we report, a decoding of its witness.

export type AvroMode = 'backward' | 'forward' | 'full';
export interface AvroPair {
  id: string;
  mode: AvroMode;
  base: unknown;
  revision: unknown;
  expected: 'compatible' | 'incompatible';
}

const rec = (fields: unknown[], extra: Record<string, unknown> = {}) => ({
  type: 'record',
  name: 'User',
  namespace: 'com.shop',
  fields,
  ...extra,
});
const id = { name: 'id', type: 'long' };
const f = (name: string, type: unknown, extra: Record<string, unknown> = {}) => ({ name, type, ...extra });
const plan = (symbols: string[], extra: Record<string, unknown> = {}) => f('plan', { type: 'enum', name: 'Plan', symbols, ...extra });

/** [change, base, revision, label under backward, forward] — full is compatible only when both are. */
const CHANGES: [string, unknown, unknown, 'compatible' | 'incompatible', 'compatible' | 'incompatible'][] = [
  ['field added with a default', rec([id]), rec([id, f('email', ['null', 'string'], { default: null })]), 'compatible', 'compatible'],
  ['field added without a default', rec([id]), rec([id, f('email', 'string')]), 'incompatible', 'compatible'],
  ['field without a default removed', rec([id, f('email', 'string')]), rec([id]), 'compatible', 'incompatible'],
  ['field with a default removed', rec([id, f('email', ['null', 'string'], { default: null })]), rec([id]), 'compatible', 'compatible'],
  ['int promoted to long', rec([id, f('age', 'int')]), rec([id, f('age', 'long')]), 'compatible', 'incompatible'],
  ['long narrowed to int', rec([id, f('age', 'long')]), rec([id, f('age', 'int')]), 'incompatible', 'compatible'],
  ['int promoted to double', rec([id, f('score', 'int')]), rec([id, f('score', 'double')]), 'compatible', 'incompatible'],
  ['float promoted to double', rec([id, f('score', 'float')]), rec([id, f('score', 'double')]), 'compatible', 'incompatible'],
  ['string to bytes', rec([id, f('blob', 'string')]), rec([id, f('blob', 'bytes')]), 'compatible', 'compatible'],
  ['int changed to string', rec([id, f('age', 'int')]), rec([id, f('age', 'string')]), 'incompatible', 'incompatible'],
  ['enum symbol added', rec([id, plan(['FREE', 'PRO'])]), rec([id, plan(['FREE', 'PRO', 'TEAM'])]), 'compatible', 'incompatible'],
  ['enum symbol removed', rec([id, plan(['FREE', 'PRO', 'TEAM'])]), rec([id, plan(['FREE', 'PRO'])]), 'incompatible', 'compatible'],
  [
    'enum symbol added, old enum has a default',
    rec([id, plan(['FREE', 'PRO'], { default: 'FREE' })]),
    rec([id, plan(['FREE', 'PRO', 'TEAM'], { default: 'FREE' })]),
    'compatible',
    'compatible',
  ],
  [
    'enum symbol removed, new enum has a default',
    rec([id, plan(['FREE', 'PRO', 'TEAM'], { default: 'FREE' })]),
    rec([id, plan(['FREE', 'PRO'], { default: 'FREE' })]),
    'compatible',
    'compatible',
  ],
  [
    'union branch added',
    rec([id, f('ref', ['null', 'string'])]),
    rec([id, f('ref', ['null', 'string', 'long'])]),
    'compatible',
    'incompatible',
  ],
  [
    'union branch removed',
    rec([id, f('ref', ['null', 'string', 'long'])]),
    rec([id, f('ref', ['null', 'string'])]),
    'incompatible',
    'compatible',
  ],
  ['type widened into a union', rec([id, f('ref', 'string')]), rec([id, f('ref', ['null', 'string'])]), 'compatible', 'incompatible'],
  [
    'union narrowed to one of its types',
    rec([id, f('ref', ['null', 'string'])]),
    rec([id, f('ref', 'string')]),
    'incompatible',
    'compatible',
  ],
  [
    'field renamed, new name aliases the old',
    rec([id, f('mail', 'string')]),
    rec([id, f('email', 'string', { aliases: ['mail'] })]),
    'compatible',
    'incompatible',
  ],
  ['field renamed without an alias', rec([id, f('mail', 'string')]), rec([id, f('email', 'string')]), 'incompatible', 'incompatible'],
  ['record renamed, aliased', rec([id]), rec([id], { name: 'Account', aliases: ['com.shop.User'] }), 'compatible', 'incompatible'],
  ['record renamed without an alias', rec([id]), rec([id], { name: 'Account' }), 'incompatible', 'incompatible'],
  [
    'fixed size changed',
    rec([id, f('hash', { type: 'fixed', name: 'Hash', size: 16 })]),
    rec([id, f('hash', { type: 'fixed', name: 'Hash', size: 32 })]),
    'incompatible',
    'incompatible',
  ],
  [
    'array items promoted',
    rec([id, f('tags', { type: 'array', items: 'int' })]),
    rec([id, f('tags', { type: 'array', items: 'long' })]),
    'compatible',
    'incompatible',
  ],
  [
    'map values narrowed',
    rec([id, f('counts', { type: 'map', values: 'long' })]),
    rec([id, f('counts', { type: 'map', values: 'int' })]),
    'incompatible',
    'compatible',
  ],
  ['doc changed', rec([id], { doc: 'A user.' }), rec([id], { doc: 'A registered user.' }), 'compatible', 'compatible'],
  [
    'default changed',
    rec([id, f('plan', 'string', { default: 'free' })]),
    rec([id, f('plan', 'string', { default: 'basic' })]),
    'compatible',
    'compatible',
  ],
  [
    'nested record: field added without a default',
    rec([id, f('address', rec([f('city', 'string')], { name: 'Address' }))]),
    rec([id, f('address', rec([f('city', 'string'), f('zip', 'string')], { name: 'Address' }))]),
    'incompatible',
    'compatible',
  ],
  [
    'field order changed',
    rec([id, f('a', 'string'), f('b', 'int')]),
    rec([id, f('b', 'int'), f('a', 'string')]),
    'compatible',
    'compatible',
  ],
];

/** Each change under backward and forward, and the ones whose full verdict is not already implied, under full. */
export function avroPairs(): AvroPair[] {
  const out: AvroPair[] = [];
  for (const [name, base, revision, backward, forward] of CHANGES) {
    out.push({ id: `backward: ${name}`, mode: 'backward', base, revision, expected: backward });
    out.push({ id: `forward: ${name}`, mode: 'forward', base, revision, expected: forward });
  }
  for (const [name, base, revision, backward, forward] of CHANGES.slice(0, 8))
    out.push({
      id: `full: ${name}`,
      mode: 'full',
      base,
      revision,
      expected: backward === 'compatible' && forward === 'compatible' ? 'compatible' : 'incompatible',
    });
  return out;
}
