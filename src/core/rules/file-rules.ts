// Whole files and plain data (YAML/JSON that is neither OpenAPI nor JSON Schema).
import { ruleFamily } from './types.js';

const file = ruleFamily('file');
const data = ruleFamily('data');

export const FILE_RULES = [
  file(
    'contract-added',
    'minor',
    'A new contract file (OpenAPI, JSON Schema or data).',
    '{kind} {file} added',
    'Document the new contract.',
  ),
  file(
    'contract-removed',
    'major',
    'A contract file was removed.',
    '{kind} {file} removed',
    'Everything that reads or references this contract breaks: deprecate it first.',
    { migrate: 'Stop reading and referencing {file}; move to its replacement.' },
  ),
  file(
    'document-part-changed',
    'none',
    'A file that is part of an API description (a schema, an example or a parameter its `$ref`s reach) was added or removed, or an example file of it changed: what that changes is judged where the description uses it, as changes of the description (an example is documentation there).',
    '{file} {action}, a part of {document} (judged where it uses it)',
    'No action of its own: the changes listed for {document} are what consumers see.',
  ),
  file(
    'unreadable-contract-changed',
    'major',
    'A contract that cannot be read at the baseline or at the head (over the size limit, not parsing) changed: what the change breaks cannot be told, so it is taken as breaking.',
    '{file} changed, and cannot be read on either side ({problem}): not judged',
    'Make it readable so the change can be judged, or have the Contract Council review it by hand.',
    { migrate: 'Review {file} with its owners: it could not be judged.' },
  ),
  file(
    'contract-moved',
    'patch',
    'A file moved to another path in the same unit; what it holds is compared with what it held at the old path.',
    '{file} moved from {from}',
    'Its content is judged as usual; anything that reads it by the old path (a code generator, a link, a `$ref` from another repository) must follow it.',
  ),
  file(
    'schema-id-changed',
    'minor',
    "A JSON Schema's own `$id` changed or was removed: what `$ref`s it by that URI (in other repositories, in a registry) no longer finds it.",
    '{file}: $id changed from {old} to {new}',
    'Keep the old `$id` resolvable (publish the schema under both) until everything that references it follows; a new version beside the old one keeps both.',
  ),
  file(
    'contract-version-added',
    'patch',
    'A new version published beside the last (a version in its path: `order/1.1.0/`, `v2.avsc`); what changed is compared with that version.',
    '{file}: version {version} published after {previous}',
    'Consumers move to it when they are ready; what changed since {previous} is listed with it.',
  ),
  file(
    'contract-left-out',
    'major',
    'A new version published in its own folder (`order/1.1.0/`) has no file for one its previous version published: consumers that move to it lose that contract.',
    '{name}, published in {previous}, left out of {version}',
    'Publish {name} in {version} too (unchanged if nothing changed), or publish this as a new major version.',
    { migrate: '{name} is not in {version}: stay on {previous} for it, or stop using it.' },
  ),
  file(
    'document-changed',
    'patch',
    'Markdown or other documentation changed.',
    'documentation {file} {action}',
    'No action for consumers.',
  ),
  file(
    'module-version-changed',
    'patch',
    'A versions.yaml file changed.',
    '{file}: version {old} → {new}',
    'The version gate (contract-guard check) compares it with the required bump.',
  ),
  file(
    'contract-unjudged',
    'minor',
    'A contract in a format contract-guard does not read (Protocol Buffers, GraphQL, Thrift, Avro IDL, XML Schema, WSDL, RAML) changed: listed, not judged.',
    '{file} {action}: {format} is not judged here',
    'Review what it breaks by hand{tool}; contract-guard cannot tell.',
  ),
  file(
    'other-file-changed',
    'none',
    'A file in the contracts folder that is not a contract (a test, a script, tooling config, a Postman collection) changed.',
    '{file} {action} (not a contract: listed, not judged)',
    'No action: it is not part of any contract and needs no version bump.',
  ),
  file(
    'binary-changed',
    'patch',
    'A file that is not text changed.',
    '{file} {action}',
    'Check by hand that this file belongs in the contracts tree.',
  ),
  data('data-added', 'minor', 'A key or item was added to a YAML/JSON data file.', '{at} added', 'No action for existing consumers.'),
  data(
    'data-removed',
    'major',
    'A key or item was removed from a YAML/JSON data file.',
    '{at} removed',
    'Consumers reading this entry break.',
    { migrate: 'Stop reading {at}.' },
  ),
  data(
    'data-changed',
    'minor',
    'A value changed in a YAML/JSON data file.',
    '{at} changed from {old} to {new}',
    'Check that consumers of this value accept the new one.',
  ),
];
