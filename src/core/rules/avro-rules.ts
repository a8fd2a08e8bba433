// Avro schemas (`.avsc` files, AsyncAPI payloads with an Avro schemaFormat), named by Avro's schema-resolution rules.
// Levels per side: `reader` = consumers on the new schema read data written with the old one (a registry's
// BACKWARD), `writer` = readers still on the old schema read data written with the new one (FORWARD).
import { ruleFamily, sides } from './types.js';

const avro = ruleFamily('avro');

export const AVRO_RULES = [
  avro(
    'avro-field-added',
    'minor',
    'A field with a default was added to a record.',
    'field `{at}` added (with a default)',
    'Old data reads with the default; old readers ignore the field.',
  ),
  avro(
    'avro-field-added-without-default',
    sides('major', 'minor'),
    'A field without a default was added: data written before it cannot be read with the new schema.',
    'field `{at}` added without a default',
    'Give it a default (`"default": null` with a `["null", …]` union), or release it on a new subject/topic.',
  ),
  avro(
    'avro-field-removed',
    sides('minor', 'major'),
    'A field without a default was removed: readers still on the old schema find it missing.',
    'field `{at}` removed (it had no default)',
    'Add a default to the field first (a release readers take), then remove it.',
  ),
  avro(
    'avro-defaulted-field-removed',
    'minor',
    'A field that had a default was removed.',
    'field `{at}` removed (old readers use its default)',
    'Old readers see the default from now on: check it still means "unknown".',
  ),
  avro(
    'avro-field-renamed',
    sides('minor', 'major'),
    'A field was renamed, the new name aliasing the old: new readers read old data, old readers miss the field.',
    'field `{old}` renamed to `{new}` (aliased)',
    'Old readers do not know the new name: keep the old one until they upgraded, or give their field a default.',
  ),
  avro(
    'avro-default-changed',
    'minor',
    "A field's default changed.",
    'default of `{at}` changed from {old} to {new}',
    'Readers filling the field from the default now see another value.',
  ),
  avro(
    'avro-type-changed',
    'major',
    'A type changed to one Avro cannot resolve (no promotion between them).',
    '`{at}` changed type from {old} to {new}',
    'Add a new field (or subject/topic) with the new type; keep the old one.',
  ),
  avro(
    'avro-type-promoted',
    sides('minor', 'major'),
    'A type was promoted (int → long → float → double, string ↔ bytes): new readers read old data, old readers cannot read the wider type.',
    '`{at}` promoted from {old} to {new}',
    'Upgrade every reader before a producer writes the wider type.',
  ),
  avro(
    'avro-type-demoted',
    sides('major', 'minor'),
    'A type was narrowed against promotion (long → int, double → float): data written before cannot be read.',
    '`{at}` narrowed from {old} to {new}',
    'Keep the wider type: Avro does not convert down.',
  ),
  avro(
    'avro-logical-type-changed',
    'major',
    'A logical type changed (e.g. timestamp-millis → timestamp-micros): the bytes read, their meaning differs.',
    '`{at}` logical type changed from {old} to {new}',
    'Add a new field with the new logical type.',
  ),
  avro(
    'avro-name-changed',
    'major',
    'A named type (record, enum, fixed) was renamed without an alias: resolution matches types by name.',
    '`{at}` renamed from {old} to {new}',
    'Keep the name, or add the old name to `aliases`.',
  ),
  avro(
    'avro-renamed-with-alias',
    sides('minor', 'major'),
    'A named type was renamed and aliases its old name: new readers resolve old data, old readers do not know the new name.',
    '`{at}` renamed from {old} to {new} (aliased)',
    'Upgrade readers before producers write under the new name.',
  ),
  avro(
    'avro-enum-symbol-added',
    sides('minor', 'major'),
    'An enum symbol was added and old readers have no enum default to map it to.',
    '`{at}` gained symbol {symbol}',
    'Give the enum a `default` first (readers map unknown symbols to it), then add symbols.',
  ),
  avro(
    'avro-enum-symbol-added-to-default',
    'minor',
    "An enum symbol was added; old readers map it to their enum's default.",
    '`{at}` gained symbol {symbol} (old readers read {default})',
    'Check that old readers treat the default as "unknown".',
  ),
  avro(
    'avro-enum-symbol-removed',
    sides('major', 'minor'),
    'An enum symbol was removed and the new enum has no default: data written with it cannot be read.',
    '`{at}` lost symbol {symbol}',
    'Keep the symbol (deprecated in `doc`), or give the enum a `default`.',
  ),
  avro(
    'avro-enum-symbol-removed-to-default',
    'minor',
    "An enum symbol was removed; data written with it reads as the enum's default.",
    '`{at}` lost symbol {symbol} (read as {default})',
    'Check that readers treat the default as "unknown".',
  ),
  avro(
    'avro-union-branch-added',
    sides('minor', 'major'),
    'A union gained a branch (or a type became a union): old readers fail on data in the new branch.',
    '`{at}` union gained {branch}',
    'Upgrade every reader before producers write the new branch.',
  ),
  avro(
    'avro-union-branch-removed',
    sides('major', 'minor'),
    'A union lost a branch: data written in it cannot be read with the new schema.',
    '`{at}` union lost {branch}',
    'Keep the branch until no data written with it is read any more.',
  ),
  avro('avro-doc-changed', 'patch', 'Documentation (`doc`) changed.', '`doc` of {at} changed', 'No action for readers or writers.'),
  avro(
    'avro-incompatible',
    'major',
    'Avro schema resolution fails where no named rule explains it (the resolver’s reason is given).',
    '{schema}: {side} fail: {reason}',
    'Read the witness and the resolver’s reason; keep the old shape readable.',
  ),
];
