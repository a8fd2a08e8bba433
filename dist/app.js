import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);

// src/app/server.ts
import { createServer } from "node:http";

// src/app/jobs.ts
import { dump } from "js-yaml";

// src/adapters/git-tree.ts
import { simpleGit } from "simple-git";

// src/core/model.ts
var ROLES = ["request", "response", "event", "storage"];

// src/core/source/parse.ts
import { load, YAMLException } from "js-yaml";
import { parse as parseJsonc, printParseErrorCode } from "jsonc-parser";

// src/core/source/limits.ts
var LIMITS = {
  /** The GitHub REST description is ~13 MB of JSON; 32 MiB leaves room without inviting abuse. */
  maxFileBytes: 32 * 1024 * 1024,
  /** YAML aliases share nodes; a document that expands past this many nodes is an alias bomb. */
  maxExpandedNodes: 5e6,
  /** Collections nested deeper than this are refused (js-yaml checks YAML; we check JSON). */
  maxDepth: 200
};

// src/core/source/positions.ts
import { EVENT_ID, getScalarValue, parseEvents } from "js-yaml";

// src/core/rules/types.ts
function ruleFamily(family) {
  return (id, level, summary, message, hint, attributes = {}) => ({ id, family, level, summary, message, hint, ...attributes });
}
function sides(reader, writer) {
  return { reader, writer };
}

// src/core/rules/asyncapi-rules.ts
var asyncapi = ruleFamily("asyncapi");
var ASYNCAPI_RULES = [
  asyncapi(
    "channel-removed",
    "major",
    "An AsyncAPI channel was removed.",
    "channel `{channel}` removed",
    "Publishers and subscribers of this channel break: keep it, deprecated, until they moved to its replacement.",
    { removes: "deprecatable" }
  ),
  asyncapi("channel-added", "minor", "An AsyncAPI channel was added.", "channel `{channel}` added", "Document who publishes on it."),
  asyncapi(
    "channel-address-changed",
    "major",
    "An AsyncAPI channel now lives at another address (topic, queue, routing key).",
    "channel `{channel}` moved from `{old}` to `{new}`",
    "Subscribers listening on the old address receive nothing: publish on both during the transition."
  ),
  asyncapi(
    "async-operation-removed",
    "major",
    "An AsyncAPI operation (publish/subscribe, send/receive) was removed.",
    "operation `{operation}` removed",
    "Applications relying on this operation break: deprecate it first.",
    { removes: "deprecatable" }
  ),
  asyncapi(
    "async-operation-added",
    "minor",
    "An AsyncAPI operation was added.",
    "operation `{operation}` added",
    "No action for existing applications."
  ),
  asyncapi(
    "message-removed",
    "major",
    "A message was removed from a channel, an operation or the components.",
    "message `{message}` removed",
    "Consumers expecting this message break: keep publishing it until they moved.",
    { removes: "deprecatable" }
  ),
  asyncapi(
    "message-added",
    "minor",
    "A message was added to a channel, an operation or the components.",
    "message `{message}` added",
    "Subscribers must ignore or handle the new message."
  ),
  asyncapi(
    "async-operation-changed",
    "major",
    "An AsyncAPI operation changed direction (send \u2194 receive) or channel.",
    "operation `{operation}` {what}",
    "Applications on either side of it break: add a new operation and keep the old one until they moved."
  ),
  asyncapi(
    "operation-message-removed",
    "major",
    "An operation no longer carries a message it carried (the message itself is still defined).",
    "operation `{operation}` no longer carries message `{message}`",
    "Consumers or producers of that message on this operation break: keep it on the operation until they moved."
  ),
  asyncapi(
    "operation-message-added",
    "minor",
    "An operation now carries another, already defined message.",
    "operation `{operation}` now carries message `{message}`",
    "Consumers must ignore or handle the new message type on this channel."
  ),
  asyncapi(
    "message-content-type-changed",
    "major",
    "A message's content type changed (its own `contentType` or the document's `defaultContentType`).",
    "message `{message}` content type changed from `{old}` to `{new}`",
    "Readers decode by content type: publish the new encoding on a new channel."
  ),
  asyncapi(
    "message-schema-format-changed",
    "major",
    "A message payload's schema format changed (e.g. JSON Schema to Avro).",
    "message `{message}` payload format changed from `{old}` to `{new}`",
    "The bytes on the wire change: publish the new format on a new channel."
  ),
  asyncapi(
    "correlation-id-changed",
    "major",
    "A message's correlation id moved (another `location`) or was removed.",
    "message `{message}` correlation id moved from `{old}` to `{new}`",
    "Applications that correlate replies read the old place: keep it there until they moved."
  ),
  asyncapi(
    "async-info-changed",
    "patch",
    "Descriptive fields of an AsyncAPI document changed: info, descriptions, summaries, titles, tags, examples.",
    "`{field}` changed",
    "No action for consumers."
  )
];

// src/core/rules/avro-rules.ts
var avro = ruleFamily("avro");
var AVRO_RULES = [
  avro(
    "avro-field-added",
    "minor",
    "A field with a default was added to a record.",
    "field `{at}` added (with a default)",
    "Old data reads with the default; old readers ignore the field."
  ),
  avro(
    "avro-field-added-without-default",
    sides("major", "minor"),
    "A field without a default was added: data written before it cannot be read with the new schema.",
    "field `{at}` added without a default",
    'Give it a default (`"default": null` with a `["null", \u2026]` union), or release it on a new subject/topic.'
  ),
  avro(
    "avro-field-removed",
    sides("minor", "major"),
    "A field without a default was removed: readers still on the old schema find it missing.",
    "field `{at}` removed (it had no default)",
    "Add a default to the field first (a release readers take), then remove it."
  ),
  avro(
    "avro-defaulted-field-removed",
    "minor",
    "A field that had a default was removed.",
    "field `{at}` removed (old readers use its default)",
    'Old readers see the default from now on: check it still means "unknown".'
  ),
  avro(
    "avro-field-renamed",
    sides("minor", "major"),
    "A field was renamed, the new name aliasing the old: new readers read old data, old readers miss the field.",
    "field `{old}` renamed to `{new}` (aliased)",
    "Old readers do not know the new name: keep the old one until they upgraded, or give their field a default."
  ),
  avro(
    "avro-default-changed",
    "minor",
    "A field's default changed.",
    "default of `{at}` changed from {old} to {new}",
    "Readers filling the field from the default now see another value."
  ),
  avro(
    "avro-type-changed",
    "major",
    "A type changed to one Avro cannot resolve (no promotion between them).",
    "`{at}` changed type from {old} to {new}",
    "Add a new field (or subject/topic) with the new type; keep the old one."
  ),
  avro(
    "avro-type-promoted",
    sides("minor", "major"),
    "A type was promoted (int \u2192 long \u2192 float \u2192 double, string \u2194 bytes): new readers read old data, old readers cannot read the wider type.",
    "`{at}` promoted from {old} to {new}",
    "Upgrade every reader before a producer writes the wider type."
  ),
  avro(
    "avro-type-interchanged",
    "minor",
    "A type was swapped for one Avro reads both ways (string \u2194 bytes).",
    "`{at}` changed from {old} to {new} (each reads the other)",
    "Readers get the same bytes under another type: check code that switches on it."
  ),
  avro(
    "avro-type-demoted",
    sides("major", "minor"),
    "A type was narrowed against promotion (long \u2192 int, double \u2192 float): data written before cannot be read.",
    "`{at}` narrowed from {old} to {new}",
    "Keep the wider type: Avro does not convert down."
  ),
  avro(
    "avro-logical-type-changed",
    "major",
    "A logical type changed (e.g. timestamp-millis \u2192 timestamp-micros): the bytes read, their meaning differs.",
    "`{at}` logical type changed from {old} to {new}",
    "Add a new field with the new logical type."
  ),
  avro(
    "avro-name-changed",
    "major",
    "A named type (record, enum, fixed) was renamed without an alias: resolution matches types by name.",
    "`{at}` renamed from {old} to {new}",
    "Keep the name, or add the old name to `aliases`."
  ),
  avro(
    "avro-renamed-with-alias",
    sides("minor", "major"),
    "A named type was renamed and aliases its old name: new readers resolve old data, old readers do not know the new name.",
    "`{at}` renamed from {old} to {new} (aliased)",
    "Upgrade readers before producers write under the new name."
  ),
  avro(
    "avro-enum-symbol-added",
    sides("minor", "major"),
    "An enum symbol was added and old readers have no enum default to map it to.",
    "`{at}` gained symbol {symbol}",
    "Give the enum a `default` first (readers map unknown symbols to it), then add symbols."
  ),
  avro(
    "avro-enum-symbol-added-to-default",
    "minor",
    "An enum symbol was added; old readers map it to their enum's default.",
    "`{at}` gained symbol {symbol} (old readers read {default})",
    'Check that old readers treat the default as "unknown".'
  ),
  avro(
    "avro-enum-symbol-removed",
    sides("major", "minor"),
    "An enum symbol was removed and the new enum has no default: data written with it cannot be read.",
    "`{at}` lost symbol {symbol}",
    "Keep the symbol (deprecated in `doc`), or give the enum a `default`."
  ),
  avro(
    "avro-enum-symbol-removed-to-default",
    "minor",
    "An enum symbol was removed; data written with it reads as the enum's default.",
    "`{at}` lost symbol {symbol} (read as {default})",
    'Check that readers treat the default as "unknown".'
  ),
  avro(
    "avro-union-branch-added",
    sides("minor", "major"),
    "A union gained a branch (or a type became a union): old readers fail on data in the new branch.",
    "`{at}` union gained {branch}",
    "Upgrade every reader before producers write the new branch."
  ),
  avro(
    "avro-union-branch-removed",
    sides("major", "minor"),
    "A union lost a branch: data written in it cannot be read with the new schema.",
    "`{at}` union lost {branch}",
    "Keep the branch until no data written with it is read any more."
  ),
  avro("avro-doc-changed", "patch", "Documentation (`doc`) changed.", "`doc` of {at} changed", "No action for readers or writers."),
  avro(
    "avro-incompatible",
    "major",
    "Avro schema resolution fails where no named rule explains it (the resolver\u2019s reason is given).",
    "{schema}: {side} fail: {reason}",
    "Read the witness and the resolver\u2019s reason; keep the old shape readable."
  )
];

// src/core/rules/file-rules.ts
var file = ruleFamily("file");
var data = ruleFamily("data");
var FILE_RULES = [
  file(
    "contract-added",
    "minor",
    "A new contract file (OpenAPI, JSON Schema or data).",
    "{kind} {file} added",
    "Document the new contract."
  ),
  file(
    "contract-removed",
    "major",
    "A contract file was removed.",
    "{kind} {file} removed",
    "Everything that reads or references this contract breaks: deprecate it first."
  ),
  file(
    "document-changed",
    "patch",
    "Markdown or other documentation changed.",
    "documentation {file} {action}",
    "No action for consumers."
  ),
  file(
    "module-version-changed",
    "patch",
    "A versions.yaml file changed.",
    "{file}: version {old} \u2192 {new}",
    "The version gate (contract-guard check) compares it with the required bump."
  ),
  file(
    "other-file-changed",
    "none",
    "A file in the contracts folder that is not a contract (a test, a script, tooling config, a Postman collection) changed.",
    "{file} {action} (not a contract: listed, not judged)",
    "No action: it is not part of any contract and needs no version bump."
  ),
  file(
    "binary-changed",
    "patch",
    "A file that is not text changed.",
    "{file} {action}",
    "Check by hand that this file belongs in the contracts tree."
  ),
  data("data-added", "minor", "A key or item was added to a YAML/JSON data file.", "{at} added", "No action for existing consumers."),
  data(
    "data-removed",
    "major",
    "A key or item was removed from a YAML/JSON data file.",
    "{at} removed",
    "Consumers reading this entry break."
  ),
  data(
    "data-changed",
    "minor",
    "A value changed in a YAML/JSON data file.",
    "{at} changed from {old} to {new}",
    "Check that consumers of this value accept the new one."
  )
];

// src/core/rules/openapi-rules.ts
var api = ruleFamily("openapi");
var OPENAPI_RULES = [
  api("operation-added", "minor", "A new operation (path + method).", "{op} added", "Document the new endpoint."),
  api(
    "operation-removed",
    "major",
    "An operation was removed.",
    "{op} removed",
    "Clients calling {op} get 404/405: deprecate it for the required releases, then remove it in a major release.",
    { removes: "deprecatable" }
  ),
  api(
    "operation-deprecated",
    "minor",
    "An operation was marked deprecated.",
    "{op} deprecated",
    "Tell its consumers and give them the deprecation window."
  ),
  api("operation-undeprecated", "patch", "An operation is no longer deprecated.", "{op} no longer deprecated", "No action."),
  api(
    "operation-id-changed",
    "major",
    "An operationId changed; generated clients rename their methods.",
    "{op}: operationId changed from {old} to {new}",
    "Generated SDKs break: keep the old operationId."
  ),
  api(
    "operation-docs-changed",
    "patch",
    "Summary, description, tags or examples changed.",
    "{op}: {field} changed",
    "No action for consumers."
  ),
  api(
    "request-parameter-added",
    "minor",
    "An optional parameter was added.",
    "{op}: optional {in} parameter `{name}` added",
    "No action for existing clients."
  ),
  api(
    "request-parameter-added-required",
    "major",
    "A required parameter was added.",
    "{op}: required {in} parameter `{name}` added",
    "Existing clients do not send `{name}`: add it as optional with a default first."
  ),
  api(
    "request-parameter-removed",
    "major",
    "A parameter was removed.",
    "{op}: {in} parameter `{name}` removed",
    "Clients still send `{name}` and may rely on its effect: deprecate it first, then remove it in a major release.",
    { removes: "deprecatable" }
  ),
  api(
    "request-parameter-became-required",
    "major",
    "An optional parameter became required.",
    "{op}: {in} parameter `{name}` became required",
    "Clients that omit `{name}` are rejected: keep it optional."
  ),
  api(
    "request-parameter-became-optional",
    "minor",
    "A required parameter became optional.",
    "{op}: {in} parameter `{name}` became optional",
    "No action for existing clients."
  ),
  api(
    "request-parameter-style-changed",
    "major",
    "A parameter's serialisation (style, explode) changed.",
    "{op}: {in} parameter `{name}` {field} changed from {old} to {new}",
    "Clients serialise `{name}` the old way: keep the old style."
  ),
  api(
    "request-parameter-deprecated",
    "minor",
    "A parameter was marked deprecated.",
    "{op}: {in} parameter `{name}` deprecated",
    "Tell its consumers and give them the deprecation window."
  ),
  api(
    "request-body-added",
    "minor",
    "An optional request body was added.",
    "{op}: optional request body added",
    "No action for existing clients."
  ),
  api(
    "request-body-added-required",
    "major",
    "A required request body was added.",
    "{op}: required request body added",
    "Existing clients send no body: make it optional."
  ),
  api(
    "request-body-removed",
    "major",
    "The request body was removed.",
    "{op}: request body removed",
    "Clients still send a body the server no longer reads: deprecate first."
  ),
  api(
    "request-body-became-required",
    "major",
    "An optional request body became required.",
    "{op}: request body became required",
    "Clients that send no body are rejected: keep it optional."
  ),
  api(
    "request-body-became-optional",
    "minor",
    "A required request body became optional.",
    "{op}: request body became optional",
    "No action for existing clients."
  ),
  api(
    "request-media-type-added",
    "minor",
    "A request media type was added.",
    "{op}: request media type {media} added",
    "No action for existing clients."
  ),
  api(
    "request-media-type-removed",
    "major",
    "A request media type was removed.",
    "{op}: request media type {media} removed",
    "Clients sending {media} get 415: keep accepting it."
  ),
  api(
    "response-status-added",
    "minor",
    "A response status code was added.",
    "{op}: response {status} added",
    "Clients should handle {status}; document when it is returned."
  ),
  api(
    "response-success-status-removed",
    "major",
    "A 1xx/2xx/3xx response was removed.",
    "{op}: response {status} removed",
    "Clients that expect {status} break: keep returning it or release a major version."
  ),
  api(
    "response-error-status-removed",
    "minor",
    "A 4xx/5xx or default response was removed.",
    "{op}: response {status} removed",
    "Clients lose the documented error shape for {status}."
  ),
  api(
    "response-media-type-added",
    "minor",
    "A response media type was added.",
    "{op}: response {status} media type {media} added",
    "No action for existing clients."
  ),
  api(
    "response-media-type-removed",
    "major",
    "A response media type was removed.",
    "{op}: response {status} media type {media} removed",
    "Clients asking for {media} get 406: keep producing it."
  ),
  api(
    "response-header-added",
    "minor",
    "A response header was added.",
    "{op}: response {status} header `{name}` added",
    "No action for existing clients."
  ),
  api(
    "response-header-removed",
    "major",
    "A response header was removed.",
    "{op}: response {status} header `{name}` removed",
    "Clients reading `{name}` break: deprecate it first.",
    { removes: "deprecatable" }
  ),
  api(
    "response-header-style-changed",
    "major",
    "A response header's serialisation (style, explode) changed.",
    "{op}: response {status} header `{name}` {field} changed from {old} to {new}",
    "Clients parse `{name}` the old way: keep the old style."
  ),
  api(
    "response-header-became-optional",
    "major",
    "A required response header became optional.",
    "{op}: response {status} header `{name}` became optional",
    "Clients relying on `{name}` must handle its absence."
  ),
  api(
    "security-added",
    "major",
    "An operation that required no authentication now requires it.",
    "{op}: authentication now required ({schemes})",
    "Anonymous clients are rejected: announce the change and release a major version."
  ),
  api(
    "security-removed",
    "minor",
    "An operation no longer requires authentication.",
    "{op}: authentication no longer required",
    "Confirm this is intended: the operation is now public."
  ),
  api(
    "security-alternative-added",
    "minor",
    "A new way to authenticate was added.",
    "{op}: security alternative {schemes} added",
    "No action for existing clients."
  ),
  api(
    "security-alternative-removed",
    "major",
    "A way to authenticate was removed.",
    "{op}: security alternative {schemes} removed",
    "Clients authenticating with {schemes} are rejected: keep it during a deprecation window."
  ),
  api(
    "security-scope-added",
    "major",
    "An OAuth scope is now required.",
    "{op}: scope {scope} of {scheme} now required",
    "Tokens without {scope} are rejected: grant the scope to clients first."
  ),
  api(
    "security-scope-removed",
    "minor",
    "An OAuth scope is no longer required.",
    "{op}: scope {scope} of {scheme} no longer required",
    "No action for existing clients."
  ),
  api(
    "security-scheme-added",
    "minor",
    "A security scheme was defined.",
    "security scheme `{name}` added",
    "No action for existing clients."
  ),
  api(
    "security-scheme-removed",
    "major",
    "A security scheme was removed.",
    "security scheme `{name}` removed",
    "Operations using `{name}` lose their authentication method."
  ),
  api(
    "security-scheme-changed",
    "major",
    "A security scheme changed type, location or flows.",
    "security scheme `{name}`: {field} changed",
    "Clients authenticate the old way: add a new scheme instead."
  ),
  api("server-added", "minor", "A server URL was added.", "server {url} added", "No action for existing clients."),
  // Servers are deployment metadata (often dev/qa hosts), not the interface; peers rate their removal as informational.
  api(
    "server-removed",
    "minor",
    "A server URL was removed.",
    "server {url} removed",
    "If clients use {url} in production, keep it routed during a transition."
  ),
  api(
    "api-info-changed",
    "patch",
    "Informational fields changed: info, tags, externalDocs, x- extensions.",
    "`{field}` changed from {old} to {new}",
    "No action for consumers."
  ),
  api(
    "openapi-version-changed",
    "minor",
    "The OpenAPI version of the document changed.",
    "OpenAPI version changed from {old} to {new}",
    "Check that your tooling supports {new}."
  ),
  api(
    "webhook-added",
    "minor",
    "A new webhook (OpenAPI 3.1 `webhooks`): a request the API sends to subscribers.",
    "{op} added",
    "Document the new webhook; receivers subscribe when they are ready."
  ),
  api(
    "webhook-removed",
    "major",
    "A webhook was removed: its receivers no longer get the event.",
    "{op} removed",
    "Receivers that rely on this event break: deprecate it first and keep sending it for the deprecation window.",
    { removes: "deprecatable" }
  ),
  api(
    "callback-added",
    "minor",
    "A new callback: a request the API sends back to a URL the client gave.",
    "{op} added",
    "Document the new callback."
  ),
  api(
    "callback-removed",
    "major",
    "A callback was removed: clients waiting for it never get it.",
    "{op} removed",
    "Clients that wait for this callback break: deprecate it first.",
    { removes: "deprecatable" }
  )
];

// src/core/rules/schema-rules.ts
var schema = ruleFamily("schema");
var SCHEMA_RULES = [
  schema(
    "type-narrowed",
    sides("major", "minor"),
    "A type was dropped from the accepted types.",
    "{at}: type narrowed from {old} to {new}",
    "Readers now reject {removed} values: keep accepting them, or make this a major release and tell the writers."
  ),
  schema(
    "type-widened",
    sides("minor", "major"),
    "A type was added to the accepted types.",
    "{at}: type widened from {old} to {new}",
    "Old readers do not expect {added} values: make this a major release or keep the old type."
  ),
  schema(
    "type-changed",
    sides("major", "major"),
    "The type was replaced by an unrelated one.",
    "{at}: type changed from {old} to {new}",
    "Add a new field with the new type and deprecate the old one instead of changing it in place."
  ),
  schema(
    "enum-value-removed",
    sides("major", "minor"),
    "An allowed enum value was removed.",
    "{at}: enum value {value} removed",
    "Values already written or sent as {value} are now rejected: keep the value (mark it deprecated) until consumers migrate."
  ),
  schema(
    "enum-value-added",
    sides("minor", "major"),
    "An enum value was added.",
    "{at}: enum value {value} added",
    "Readers with an exhaustive switch will fail on {value}: tell consumers before they receive it."
  ),
  schema(
    "enum-added",
    sides("major", "minor"),
    "An enum now restricts a field that took any value.",
    "{at}: restricted to enum {new}",
    "Values outside the enum that were valid before are now rejected."
  ),
  schema(
    "enum-removed",
    sides("minor", "major"),
    "An enum restriction was lifted.",
    "{at}: enum restriction {old} removed",
    "Readers may receive values outside the old enum."
  ),
  schema(
    "const-changed",
    sides("major", "major"),
    "A const value changed.",
    "{at}: const changed from {old} to {new}",
    "A const change breaks every reader and writer: introduce a new field or version instead."
  ),
  schema(
    "property-added",
    sides("minor", "minor"),
    "An optional property was added.",
    "{at}: optional property `{name}` added",
    "No action for existing consumers; document the new field.",
    { levelFrom: "policy" }
  ),
  schema(
    "property-added-to-closed-schema",
    sides("minor", "major"),
    "A property was added to a schema that forbids unknown properties (`additionalProperties: false`).",
    "{at}: property `{name}` added to a closed schema",
    "Old readers reject objects carrying `{name}`: roll readers out first, then writers, in a major release."
  ),
  // The seed policy: removing a field is major for its readers, even an optional one (they use it when present).
  schema(
    "property-removed",
    sides("minor", "major"),
    "An optional property was removed.",
    "{at}: optional property `{name}` removed",
    "Consumers that read `{name}` when present lose it: deprecate it for the required releases, then remove it in a major release.",
    { removes: "deprecatable" }
  ),
  schema(
    "required-property-removed",
    sides("minor", "major"),
    "A required property was removed.",
    "{at}: required property `{name}` removed",
    "Consumers reading `{name}` break: deprecate it for the required releases, then remove it in a major release.",
    { removes: "deprecatable" }
  ),
  schema(
    "property-removed-from-closed-schema",
    sides("major", "major"),
    "A property was removed from a schema that forbids unknown properties.",
    "{at}: property `{name}` removed from a closed schema",
    "Data that still carries `{name}` is now rejected: keep accepting it, or migrate stored data first.",
    { removes: "deprecatable" }
  ),
  schema(
    "required-property-added",
    sides("major", "minor"),
    "A new required property was added.",
    "{at}: required property `{name}` added",
    "Writers that do not send `{name}` are rejected: add it as optional with a default, then require it in a major release."
  ),
  schema(
    "property-became-required",
    sides("major", "minor"),
    "An optional property became required.",
    "{at}: property `{name}` became required",
    "Writers that omit `{name}` are rejected: keep it optional or make this a major release."
  ),
  schema(
    "property-became-optional",
    sides("minor", "major"),
    "A required property became optional.",
    "{at}: property `{name}` became optional",
    "Readers that rely on `{name}` being present must handle its absence."
  ),
  schema(
    "additional-properties-narrowed",
    sides("major", "minor"),
    "Unknown properties are now rejected or constrained.",
    "{at}: additionalProperties narrowed",
    "Objects with extra properties that were valid are now rejected."
  ),
  schema(
    "additional-properties-widened",
    sides("minor", "major"),
    "Unknown properties are now allowed or less constrained.",
    "{at}: additionalProperties widened",
    "Readers with closed schemas will reject the extra properties."
  ),
  schema(
    "constraint-tightened",
    sides("major", "minor"),
    "A validation keyword (min/max, length, items, properties count, multipleOf, uniqueItems, pattern, format) was added or tightened.",
    "{at}: {keyword} tightened from {old} to {new}",
    "Values valid under the old {keyword} are now rejected: relax it, or make this a major release."
  ),
  schema(
    "constraint-relaxed",
    sides("minor", "major"),
    "A validation keyword was removed or relaxed.",
    "{at}: {keyword} relaxed from {old} to {new}",
    "Readers that size or validate with the old {keyword} may reject or mishandle new values: tell them, or keep the bound."
  ),
  schema(
    "property-hidden",
    sides("major", "major"),
    "A property became readOnly (gone from requests) or writeOnly (gone from responses).",
    "{at}: property `{name}` became {keyword}",
    "Clients that send or read `{name}` break: add a new property instead.",
    { levelFrom: "policy" }
  ),
  schema(
    "applicator-added",
    sides("major", "minor"),
    "A structural keyword was added: if/then/else, patternProperties, dependentSchemas/Required, unevaluated*, contains, propertyNames, content*, discriminator.",
    "{at}: {keyword} added",
    "Values that passed before may now be rejected: check them against the new {keyword}."
  ),
  schema(
    "applicator-removed",
    sides("minor", "major"),
    "A structural keyword was removed; readers lose a shape guarantee they may rely on.",
    "{at}: {keyword} removed",
    "Readers relied on what {keyword} guaranteed: keep it, or release a major version."
  ),
  schema(
    "constraint-changed",
    sides("major", "major"),
    "An applicator (if/then/else, patternProperties, dependentSchemas, unevaluated*, contains, propertyNames, content*) changed.",
    "{at}: {keyword} changed",
    "Which values validate changed in both directions: treat as breaking unless you have proven otherwise."
  ),
  schema(
    "extensible-enum-value-added",
    sides("minor", "minor"),
    "A value was added to an `x-extensible-enum`, which readers must tolerate.",
    "{at}: extensible enum value {value} added",
    "No action: readers of an extensible enum accept unknown values."
  ),
  // A pattern refines a string: readers of a response read the string, they do not re-validate its shape.
  schema(
    "pattern-added",
    sides("major", "minor"),
    "A regular expression pattern now restricts a string.",
    "{at}: pattern {new} added",
    "Strings that do not match {new} are now rejected: check existing data and clients against it."
  ),
  schema(
    "pattern-removed",
    sides("minor", "minor"),
    "A pattern restriction was lifted.",
    "{at}: pattern {old} removed",
    "Readers that parse the value assuming {old} must not."
  ),
  schema(
    "pattern-changed",
    sides("major", "minor"),
    "A regular expression pattern was replaced.",
    "{at}: pattern changed from {old} to {new}",
    "Values matching the old pattern may now be rejected: keep the old pattern, or prove the new one accepts them."
  ),
  schema(
    "format-changed",
    sides("major", "major"),
    "A string format was replaced.",
    "{at}: format changed from {old} to {new}",
    "Values in the old format are rejected: add a new field for the new format.",
    { levelFrom: "policy" }
  ),
  schema(
    "variant-added",
    sides("minor", "major"),
    "A oneOf/anyOf alternative was added.",
    "{at}: {keyword} alternative added",
    "Readers that switch over the alternatives must handle the new one."
  ),
  schema(
    "variant-removed",
    sides("major", "minor"),
    "A oneOf/anyOf alternative was removed.",
    "{at}: {keyword} alternative removed",
    "Values matching only the removed alternative are now rejected."
  ),
  schema(
    "negation-changed",
    sides("major", "major"),
    "A `not` subschema changed.",
    "{at}: `not` subschema changed",
    "Review which values are now excluded; treat as breaking unless proven otherwise."
  ),
  schema(
    "default-changed",
    sides("major", "patch"),
    "A default value changed: readers that fill in defaults behave differently.",
    "{at}: default changed from {old} to {new}",
    "Clients that omit the field get different behaviour: keep the old default or announce the change.",
    { levelFrom: "policy" }
  ),
  schema(
    "definition-added",
    sides("minor", "minor"),
    "A shared definition ($defs / definitions / components) was added.",
    "{at}: definition `{name}` added",
    "No action for existing consumers."
  ),
  schema(
    "definition-removed",
    sides("major", "major"),
    "A shared definition was removed.",
    "{at}: definition `{name}` removed",
    "Every schema that references `{name}` breaks: keep the definition until nothing refers to it.",
    { removes: "deprecatable", levelFrom: "policy" }
  ),
  schema(
    "schema-deprecated",
    sides("minor", "minor"),
    "A schema or property was marked deprecated.",
    "{at}: marked deprecated",
    "Announce the deprecation; it may be removed after the deprecation window."
  ),
  schema("schema-undeprecated", sides("patch", "patch"), "A deprecation mark was removed.", "{at}: no longer deprecated", "No action."),
  schema(
    "schema-docs-changed",
    sides("patch", "patch"),
    "Only documentation changed: title, description, examples, $comment or x- extensions.",
    "{at}: {keyword} changed",
    "No action for consumers."
  ),
  schema(
    "keyword-changed",
    sides("minor", "minor"),
    "A keyword contract-guard does not classify changed (e.g. readOnly, contentEncoding, $id).",
    "{at}: {keyword} changed",
    "Review this change by hand: contract-guard cannot tell which side it affects."
  ),
  schema(
    "schema-narrowed",
    sides("major", "minor"),
    "The schema accepts less than before, as a whole (set inclusion), though no single keyword change says so.",
    "{at}: no longer accepts everything it accepted",
    "Readers reject values they accepted: find what the example shows and accept it again, or make this a major release."
  ),
  schema(
    "schema-widened",
    sides("minor", "major"),
    "The schema accepts more than before, as a whole (set inclusion), though no single keyword change says so.",
    "{at}: accepts values it did not accept",
    "Old readers reject what may now be sent: keep the old limits, or make this a major release."
  )
];

// src/core/rules/catalog.ts
var RULES = [...OPENAPI_RULES, ...ASYNCAPI_RULES, ...AVRO_RULES, ...SCHEMA_RULES, ...FILE_RULES];
var BY_ID = new Map(RULES.map((r) => [r.id, r]));
if (BY_ID.size !== RULES.length) throw new Error("duplicate rule id in catalog");

// src/core/diff/avro-diff.ts
import avro2 from "avsc";

// src/core/diff/schema-view.ts
var LOWER_BOUNDS = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties", "minContains"];
var UPPER_BOUNDS = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties", "maxContains"];
var OTHER_CONSTRAINTS = ["multipleOf", "uniqueItems", "pattern", "format"];
var HANDLED = /* @__PURE__ */ new Set([
  "type",
  "enum",
  "const",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "prefixItems",
  "additionalItems",
  "allOf",
  "oneOf",
  "anyOf",
  "not",
  "deprecated",
  "default",
  "$defs",
  "definitions",
  "$ref",
  ...LOWER_BOUNDS,
  ...UPPER_BOUNDS,
  ...OTHER_CONSTRAINTS
]);

// src/core/semantic/strings.ts
import { DFA, getIntersectionWords, isDisjointWith, JS, NFA, TooManyNodesError } from "refa";

// src/core/source/safe-regex.ts
import { RE2JS } from "re2js";
var UnsafePattern = class extends Error {
  constructor(pattern, reason) {
    super(`pattern ${JSON.stringify(pattern.length > 80 ? pattern.slice(0, 77) + "\u2026" : pattern)} cannot be checked safely: ${reason}`);
    this.pattern = pattern;
    this.name = "UnsafePattern";
  }
  pattern;
};
var cache = /* @__PURE__ */ new Map();
var MAX_CACHE = 5e3;
function safePattern(pattern) {
  let hit = cache.get(pattern);
  if (!hit) {
    hit = compile(pattern);
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(pattern, hit);
  }
  if (hit instanceof UnsafePattern) throw hit;
  return hit;
}
function compile(pattern) {
  try {
    const re = RE2JS.compile(RE2JS.translateRegExp(pattern));
    return { test: (text2) => re.matcher(text2).find(), toString: () => `/${pattern}/u` };
  } catch (err) {
    const reason = err.message.replace(/^error parsing regexp: /, "");
    return new UnsafePattern(pattern, /Perl syntax|escape sequence/.test(reason) ? `RE2 cannot run it (${reason})` : reason);
  }
}
var safeRegExpEngine = Object.assign((pattern) => safePattern(pattern), { code: "safePattern" });

// src/core/semantic/validator.ts
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

// src/core/freeze/model.ts
import semver from "semver";

// src/core/policy/glob.ts
import picomatch from "picomatch";

// src/core/policy/compatibility.ts
var MODES = ["backward", "forward", "full", "none", "backward_transitive", "forward_transitive", "full_transitive"];

// src/core/policy/config.ts
import { Ajv as Ajv2 } from "ajv";
import { closest } from "fastest-levenshtein";

// src/core/policy/policy-rules.ts
var rule = (id, severity, summary, message, fix, ratchet2 = false) => ({
  id,
  severity,
  summary,
  message,
  fix,
  ratchet: ratchet2
});
var POLICY_RULES = [
  rule(
    "version-bump-missing",
    "block",
    "A module has changes that need a bigger version bump than its versions file has.",
    "{module}: {level} changes need a {required} bump from {frozen}, but the version is {current}",
    "Set `{key}: {suggested}` in {file}."
  ),
  rule(
    "version-decreased",
    "block",
    "A module's version went down.",
    "{module}: version went down from {frozen} to {current}",
    "Versions only go up: set `{key}:` in {file} to at least {frozen}."
  ),
  rule(
    "version-bump-excess",
    "warn",
    "A module was bumped more than its changes need.",
    "{module}: bumped to {current} ({bump}) but its changes only need a {required} bump",
    "Consider `{key}: {suggested}`; a bigger bump tells consumers to expect breakage."
  ),
  rule(
    "version-missing",
    "warn",
    "A changed module has no version to compare (no versions file, no OpenAPI info.version).",
    "{module} changed but has no version",
    "Add {file} with `current: <version>`."
  ),
  rule(
    "event-breaking-on-existing-channel",
    "block",
    "A breaking change to what an existing channel carries (with `events.breaking: new-channel`): it must come on a new versioned channel beside the old one.",
    "{topic}: breaking change on a channel in use ({change})",
    "Leave `{topic}` as it is and publish the new shape on `{next}` beside it (in {where}); dual-publish until its consumers moved."
  ),
  rule(
    "invariant-removed",
    "block",
    "A frozen schema invariant was removed, made optional or changed in type.",
    "{invariant}: `{name}` in {file} {problem}",
    "Restore `{name}` as it was: frozen invariants can never be removed or changed."
  ),
  rule(
    "code-invariant-forbidden",
    "block",
    "Code matches a pattern a frozen contract forbids.",
    "{invariant}: forbidden pattern /{pattern}/ found in {file}",
    "Remove it: {invariant} is a frozen contract other parts of the system rely on."
  ),
  rule(
    "code-invariant-missing",
    "block",
    "Code no longer contains what a frozen contract requires.",
    "{invariant}: {file} must contain /{pattern}/",
    "Restore the required code: {invariant} is a frozen contract."
  ),
  rule("code-invariant-touched", "approve", "Files guarded by an on_change invariant changed.", "{invariant}: {file} changed", "{text}"),
  rule(
    "frozen-history-edited",
    "block",
    "An existing freeze file was edited or deleted, or a freeze was added that is not a true snapshot of the pull request's tree (or not newer than the base branch's).",
    "frozen snapshot {file} was {action}",
    "Frozen history is append-only: leave {file} as it is on the base branch; a new freeze comes only from `contract-guard freeze create <version>` on the final tree."
  ),
  rule(
    "contract-unreadable",
    "block",
    "A contract cannot be read: it does not parse, a `$ref` resolves nowhere (by location or `$id`), or `$ref`s loop.",
    "{file}: {problem}",
    "Fix the file so it parses and every `$ref` names a file (or `$id`) in the tree; nothing else in it can be judged until then.",
    true
  ),
  rule(
    "example-invalid",
    "block",
    "An example does not validate against its schema.",
    "{file}: {message} (schema {schema})",
    "Fix the example or the schema so that they agree.",
    true
  ),
  rule(
    "example-unpaired",
    "warn",
    "An example has no schema to validate against.",
    "{file} has no schema (name it like its schema, or set `$schema`)",
    "Rename it after its schema (`x.json` for `x.schema.json`) or add a `$schema` that points at it."
  ),
  rule(
    "operation-missing-4xx",
    "block",
    "An OpenAPI operation declares no 4xx response.",
    "{op} in {file} declares no 4xx response",
    "Declare at least the 4xx responses clients must handle (400, 401, 403, 404\u2026).",
    true
  ),
  rule(
    "security-not-global",
    "block",
    "The global security requirement does not name both an mTLS and a Bearer scheme.",
    "{file}: global security must require {missing}",
    "Add a top-level `security:` requirement with a mutualTLS scheme and an http bearer scheme.",
    true
  ),
  rule(
    "health-not-exempt",
    "block",
    "`/health` is not exempt from authentication.",
    "{file}: {op} must set `security: []`",
    "Give `/health` an empty `security: []` so probes need no credentials.",
    true
  ),
  rule(
    "openapi-not-3-1",
    "block",
    "An OpenAPI document does not declare 3.1 with the JSON Schema 2020-12 dialect.",
    "{file}: {problem}",
    "Declare `openapi: 3.1.x` and `jsonSchemaDialect: https://json-schema.org/draft/2020-12/schema`.",
    true
  ),
  rule(
    "spectral-error",
    "block",
    "A finding at `error` severity of the repository's Spectral ruleset.",
    "{file}: {message} (Spectral rule {code})",
    "Fix it as the rule {code} asks, or lower its severity in the ruleset ({ruleset}) on the default branch.",
    true
  ),
  rule(
    "spectral-warning",
    "warn",
    "A finding at `warn` severity of the repository's Spectral ruleset.",
    "{file}: {message} (Spectral rule {code})",
    "Fix it as the rule {code} asks; it does not block.",
    true
  ),
  rule(
    "major-change",
    "approve",
    "A major (breaking) change needs Contract Council approval.",
    "{module}: {count} major change{plural}",
    "Get an approving review from the Contract Council."
  ),
  rule(
    "removal-without-deprecation",
    "approve",
    "Something was removed without being deprecated in enough earlier freezes.",
    "{what} after {count} of {needed} releases of deprecation",
    "Mark it `deprecated: true` and keep it for {needed} freezes, or get Contract Council approval."
  ),
  rule(
    "changelog-missing",
    "warn",
    "The changelog has no entry for a module's new version.",
    "{changelog} has no entry for {module} {current}",
    "Add a `## {entry}` entry to {changelog}."
  ),
  rule(
    "migration-note-missing",
    "warn",
    "A major change has no migration note.",
    "no migration note for {module} {current} in {migrations}/",
    "Add {note} saying what consumers must change."
  ),
  rule(
    "ignore-expired",
    "warn",
    "An ignore entry in the config has passed its `until` date and no longer applies.",
    "ignore of {rule}{where} expired on {until} ({reason})",
    "Fix the finding, or extend `until` with a reason the Contract Council accepts."
  )
];
var BY_ID2 = new Map(POLICY_RULES.map((r) => [r.id, r]));

// src/core/policy/config.ts
var str = { type: "string", minLength: 1 };
var strings = { type: "array", items: str };
var CONFIG_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "contract-guard configuration",
  type: "object",
  additionalProperties: false,
  properties: {
    contracts: { type: ["string", "array"], minLength: 1, items: str, minItems: 1 },
    units: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "files", "version"],
        properties: {
          name: str,
          files: { ...strings, minItems: 1 },
          version: { type: "object", additionalProperties: false, required: ["file"], properties: { file: str, key: str } }
        }
      }
    },
    modules: { type: "object", additionalProperties: false, properties: { root: str, globals_versions: str } },
    roles: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["glob", "role"],
        properties: { glob: str, role: { enum: [...ROLES] } }
      }
    },
    compatibility: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["mode"],
        minProperties: 2,
        properties: { files: { ...strings, minItems: 1 }, unit: str, mode: { enum: [...MODES] } }
      }
    },
    events: { type: "object", additionalProperties: false, properties: { breaking: { enum: ["new-channel", "bump"] } } },
    invariants: {
      type: "array",
      items: {
        oneOf: [
          {
            type: "object",
            additionalProperties: false,
            required: ["id", "file", "keep"],
            properties: { id: str, file: str, pointer: { type: "string" }, keep: { ...strings, minItems: 1 } }
          },
          {
            type: "object",
            additionalProperties: false,
            required: ["id", "paths", "forbid"],
            properties: { id: str, paths: { ...strings, minItems: 1 }, forbid: str }
          },
          {
            type: "object",
            additionalProperties: false,
            required: ["id", "paths", "require"],
            properties: { id: str, paths: { ...strings, minItems: 1 }, require: str }
          },
          {
            type: "object",
            additionalProperties: false,
            required: ["id", "paths", "on_change"],
            properties: { id: str, paths: { ...strings, minItems: 1 }, on_change: str }
          }
        ]
      }
    },
    council: {
      type: "object",
      additionalProperties: false,
      properties: {
        teams: { type: "array", items: { type: "string", pattern: "^[^/\\s]+/[^/\\s]+$" } },
        users: strings,
        approvals: { type: "integer", minimum: 1 }
      }
    },
    versioning: {
      type: "object",
      additionalProperties: false,
      properties: {
        zero_major: { enum: ["minor", "major"] },
        deprecation_releases: { type: "integer", minimum: 0 },
        changelog: str,
        migrations: str
      }
    },
    rules: { type: "object", additionalProperties: { enum: ["off", "patch", "minor", "major", "warn", "block"] } },
    freeze: { type: "object", additionalProperties: false, properties: { on_merge: { enum: ["tag", "commit", "off"] } } },
    files: { type: "object", additionalProperties: false, properties: { contracts: strings, ignore: strings } },
    judgement: { enum: ["policy", "strict"] },
    preset: { enum: ["none", "memoryos"] },
    review: { type: "object", additionalProperties: false, properties: { max_inline: { type: "integer", minimum: 0 } } },
    hotfix: { type: "object", additionalProperties: false, properties: { label: str } },
    spectral: { type: "object", additionalProperties: false, properties: { ruleset: str } },
    ignore: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["rule", "reason"],
        properties: {
          rule: str,
          file: str,
          pointer: { type: "string" },
          reason: str,
          until: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" }
        }
      }
    }
  }
};

// src/github/port.ts
function statusOf(err) {
  const status = err.status;
  return typeof status === "number" ? status : void 0;
}

// src/github/timeout.ts
function requestTimeoutMs(env = process.env) {
  const v = Number(env.CONTRACT_GUARD_REQUEST_TIMEOUT_MS ?? 3e4);
  return Number.isFinite(v) && v > 0 ? v : 3e4;
}
function timedFetch(ms = requestTimeoutMs()) {
  return (input, init) => {
    const deadline = AbortSignal.timeout(ms);
    return fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline });
  };
}
function ambiguous(err) {
  const status = err.status;
  return typeof status !== "number" || status >= 500;
}

// src/github/octokit-port.ts
async function createOnce(create, lookup) {
  try {
    return await create({ request: { retries: 0 } });
  } catch (err) {
    if (!ambiguous(err)) throw err;
    return await lookup() ?? create({});
  }
}
var OctokitPort = class {
  constructor(octokit, owner, repo) {
    this.octokit = octokit;
    this.owner = owner;
    this.repo = repo;
  }
  octokit;
  owner;
  repo;
  get where() {
    return { owner: this.owner, repo: this.repo };
  }
  async listComments(pr) {
    const list = await this.octokit.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...this.where,
      issue_number: pr,
      per_page: 100
    });
    return list.map((c) => ({ id: c.id, body: c.body ?? "", byBot: c.user?.type === "Bot" || /\[bot\]$/.test(c.user?.login ?? "") }));
  }
  async createComment(pr, body) {
    const route = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";
    return createOnce(
      async (extra) => (await this.octokit.request(route, { ...this.where, issue_number: pr, body, ...extra })).data.id,
      async () => (await this.listComments(pr)).find((c) => c.byBot && c.body === body)?.id
    );
  }
  async updateComment(id, body) {
    await this.octokit.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { ...this.where, comment_id: id, body });
  }
  async listCheckRuns(headSha, name) {
    const { data: data2 } = await this.octokit.request("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
      ...this.where,
      ref: headSha,
      check_name: name,
      per_page: 100
    });
    return (data2.check_runs ?? []).map((r) => ({ id: r.id }));
  }
  async createCheckRun(input) {
    const create = async (extra) => {
      const { data: data2 } = await this.octokit.request("POST /repos/{owner}/{repo}/check-runs", {
        ...this.where,
        name: input.name,
        head_sha: input.headSha,
        status: "completed",
        conclusion: input.conclusion,
        output: input.output,
        ...extra
      });
      return data2.id;
    };
    return createOnce(create, async () => {
      const [made] = await this.listCheckRuns(input.headSha, input.name);
      if (made) await this.updateCheckRun(made.id, input);
      return made?.id;
    });
  }
  async updateCheckRun(id, input) {
    await this.octokit.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
      ...this.where,
      check_run_id: id,
      ...input.conclusion ? { status: "completed", conclusion: input.conclusion } : {},
      output: input.output
    });
  }
  async listReviews(pr) {
    const list = await this.octokit.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
      ...this.where,
      pull_number: pr,
      per_page: 100
    });
    return list.map((r) => ({ id: r.id, user: r.user?.login ?? "", state: r.state, commitId: r.commit_id }));
  }
  async isTeamMember(org, team, user) {
    try {
      const { data: data2 } = await this.octokit.request("GET /orgs/{org}/teams/{team_slug}/memberships/{username}", {
        org,
        team_slug: team,
        username: user
      });
      return data2.state === "active";
    } catch (err) {
      if (statusOf(err) === 404) return false;
      throw err;
    }
  }
  async pullsOfCommit(sha) {
    const { data: data2 } = await this.octokit.request("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", { ...this.where, commit_sha: sha });
    return data2.map((p) => ({
      number: p.number,
      labels: (p.labels ?? []).map((l) => l.name ?? "")
    }));
  }
  async labelAddedBy(pr, label) {
    const events = await this.octokit.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/events", {
      ...this.where,
      issue_number: pr,
      per_page: 100
    });
    let by;
    for (const e of events) {
      if (e.label?.name !== label) continue;
      if (e.event === "labeled") by = e.actor?.login;
      else if (e.event === "unlabeled") by = void 0;
    }
    return by;
  }
  async listReviewComments(pr) {
    const list = await this.octokit.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/comments", {
      ...this.where,
      pull_number: pr,
      per_page: 100
    });
    return list.map((c) => ({
      id: c.id,
      path: c.path,
      ...c.line ? { line: c.line } : {},
      body: c.body ?? "",
      byBot: c.user?.type === "Bot" || /\[bot\]$/.test(c.user?.login ?? "")
    }));
  }
  async createReviewComments(pr, review) {
    const create = async (extra) => {
      await this.octokit.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
        ...this.where,
        pull_number: pr,
        commit_id: review.commitId,
        event: "COMMENT",
        body: review.body,
        comments: review.comments.map((c) => ({ path: c.path, line: c.line, side: "RIGHT", body: c.body })),
        ...extra
      });
      return true;
    };
    await createOnce(create, async () => {
      const bodies = new Set((await this.listReviewComments(pr)).filter((c) => c.byBot).map((c) => c.body));
      return review.comments.every((c) => bodies.has(c.body)) || void 0;
    });
  }
  async updateReviewComment(id, body) {
    await this.octokit.request("PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}", { ...this.where, comment_id: id, body });
  }
  async deleteReviewComment(id) {
    try {
      await this.octokit.request("DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}", { ...this.where, comment_id: id });
    } catch (err) {
      if (statusOf(err) !== 404) throw err;
    }
  }
  async resolveRef(ref) {
    const { data: data2 } = await this.octokit.request("GET /repos/{owner}/{repo}/commits/{ref}", { ...this.where, ref });
    return data2.sha;
  }
  async readTree(ref) {
    const { data: data2 } = await this.octokit.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", {
      ...this.where,
      tree_sha: ref,
      recursive: "1"
    });
    const { tree, truncated } = data2;
    if (truncated) throw new Error(`the tree at ${ref} is too large for one listing (GitHub truncated it)`);
    return tree.filter((e) => e.type === "blob").map((e) => ({ path: e.path, sha: e.sha, size: e.size ?? 0 }));
  }
  async readBlob(sha) {
    const { data: data2 } = await this.octokit.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", { ...this.where, file_sha: sha });
    return Buffer.from(data2.content, "base64");
  }
  async readFile(ref, path) {
    try {
      const { data: data2 } = await this.octokit.request("GET /repos/{owner}/{repo}/contents/{path}", { ...this.where, path, ref });
      const file2 = data2;
      return file2.type === "file" && file2.content !== void 0 ? Buffer.from(file2.content, "base64") : void 0;
    } catch (err) {
      if (statusOf(err) === 404) return void 0;
      throw err;
    }
  }
  async mergeBase(base2, head) {
    const { data: data2 } = await this.octokit.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
      ...this.where,
      basehead: `${base2}...${head}`
    });
    return data2.merge_base_commit.sha;
  }
  async pullHead(pr) {
    try {
      const { data: data2 } = await this.octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { ...this.where, pull_number: pr });
      return data2.head?.sha;
    } catch (err) {
      if (statusOf(err) === 404) return void 0;
      throw err;
    }
  }
  async compareFiles(base2, head) {
    const { data: data2 } = await this.octokit.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
      ...this.where,
      basehead: `${base2}...${head}`
    });
    const files = data2.files ?? [];
    return files.map((f) => ({ path: f.filename, ...f.patch ? { patch: f.patch } : {} }));
  }
  async listTags(prefix) {
    const list = await this.octokit.paginate("GET /repos/{owner}/{repo}/git/matching-refs/{ref}", {
      ...this.where,
      ref: `tags/${prefix}`,
      per_page: 100
    });
    return list.map((r) => r.ref.replace(/^refs\/tags\//, ""));
  }
  async createTag(name, sha) {
    try {
      await this.octokit.request("POST /repos/{owner}/{repo}/git/refs", { ...this.where, ref: `refs/tags/${name}`, sha });
      return true;
    } catch (err) {
      if (statusOf(err) === 422) return false;
      throw err;
    }
  }
  async commitFiles(commit) {
    const { data: parent } = await this.octokit.request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", {
      ...this.where,
      commit_sha: commit.parent
    });
    const { data: tree } = await this.octokit.request("POST /repos/{owner}/{repo}/git/trees", {
      ...this.where,
      base_tree: parent.tree.sha,
      tree: commit.files.map((f) => ({ path: f.path, mode: "100644", type: "blob", content: f.content }))
    });
    const { data: created } = await this.octokit.request("POST /repos/{owner}/{repo}/git/commits", {
      ...this.where,
      message: commit.message,
      tree: tree.sha,
      parents: [commit.parent]
    });
    const sha = created.sha;
    try {
      await this.octokit.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
        ...this.where,
        ref: `heads/${commit.branch}`,
        sha,
        force: false
      });
    } catch (err) {
      if (statusOf(err) === 422) return void 0;
      throw err;
    }
    return sha;
  }
};

// src/services/freeze-on-merge.ts
import semver2 from "semver";

// src/core/freeze/read.ts
import { Ajv as Ajv3 } from "ajv";
var ajv;
var compile2 = (schema2) => {
  let fn;
  const validate = (data2) => {
    fn ??= (ajv ??= new Ajv3({ strict: true, allowUnionTypes: true })).compile(schema2);
    const ok = fn(data2) === true;
    validate.errors = fn.errors;
    return ok;
  };
  return validate;
};
var validateFreeze = compile2({
  type: "object",
  required: ["version", "artifacts"],
  properties: {
    version: { type: "string", minLength: 1 },
    label: { type: "string" },
    created_at: { type: "string" },
    artifacts: {
      type: "array",
      items: {
        type: "object",
        required: ["path", "sha256", "content"],
        properties: {
          path: { type: "string", minLength: 1 },
          sha256: { type: "string", pattern: "^[0-9a-fA-F]{64}$" },
          size: { type: ["integer", "string"] },
          content: { type: "string" },
          encoding: { enum: ["base64", "utf8", "utf-8"] },
          frozen_at: { type: "string" }
        }
      }
    }
  }
});
var validateIndex = compile2({
  type: "object",
  required: ["index"],
  properties: {
    version: { type: "string" },
    created_at: { type: "string" },
    index: {
      type: "object",
      propertyNames: { pattern: "^[0-9a-fA-F]{64}$" },
      additionalProperties: {
        type: "object",
        required: ["path"],
        properties: {
          path: { type: "string" },
          paths: { type: "array", items: { type: "string" } },
          size: { type: ["integer", "string"] },
          frozen_at: { type: "string" }
        }
      }
    }
  }
});

// src/core/modules.ts
import { load as load2 } from "js-yaml";

// src/core/policy/scope.ts
var DEPENDENCY_DIRS = ["node_modules", "vendor", ".git", ".venv", "venv", "__pycache__"];
var BUILD_DIRS = ["dist", "build", "target", "out", "coverage"];
var dirs = (names) => new RegExp(`(^|/)(${names.map((d) => d.replace(".", "\\.")).join("|")})/`);
var DEPENDENCY = dirs(DEPENDENCY_DIRS);
var DEPENDENCY_OR_BUILD = dirs([...DEPENDENCY_DIRS, ...BUILD_DIRS]);

// src/core/freeze/audit.ts
import semver3 from "semver";

// src/core/policy/checks/versioning.ts
import semver4 from "semver";

// src/services/baseline.ts
import semver5 from "semver";

// src/services/freezes.ts
var MAX_FREEZE_BYTES = 512 * 1024 * 1024;

// src/app/jobs.ts
var CHECK_NAME = "contract-guard";
var jobKey = (job) => `${job.owner}/${job.repo}${job.kind === "pull_request" ? `#${job.pr.number}` : "@push"}`;
async function reportFailure(probot2, job, reason) {
  if (job.kind !== "pull_request") return;
  const octokit = await probot2.auth(job.installationId);
  const port2 = new OctokitPort(octokit, job.owner, job.repo);
  const output = {
    title: "contract-guard could not judge this pull request",
    summary: `The judgement failed after several attempts: ${reason}

Re-run the check once the cause is fixed.`
  };
  const [known] = await port2.listCheckRuns(job.pr.headSha, CHECK_NAME);
  if (known) await port2.updateCheckRun(known.id, { conclusion: "failure", output });
  else await port2.createCheckRun({ name: CHECK_NAME, headSha: job.pr.headSha, conclusion: "failure", output });
}

// src/app/webhooks.ts
var MAX_WEBHOOK_BYTES = 25 * 1024 * 1024;
var RefusedEvent = class extends Error {
};
function answer(res, status, message) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify({ message }));
}
function readBounded(req, max) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > max) {
        req.removeAllListeners("data");
        req.pause();
        resolve(void 0);
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
function webhookEndpoint(probot2, options) {
  const max = options.maxBytes ?? MAX_WEBHOOK_BYTES;
  return async (req, res) => {
    if (new URL(req.url ?? "/", "http://localhost").pathname !== options.path) return false;
    if (req.method !== "POST") {
      answer(res, 405, "webhooks are POSTed");
      return true;
    }
    const tooLarge = () => {
      answer(res, 413, `payload over ${Math.round(max / 1024 / 1024)} MB`);
      req.removeAllListeners("data");
      req.resume();
      res.on("finish", () => setTimeout(() => req.socket.destroy(), 5e3).unref());
    };
    if (Number(req.headers["content-length"] ?? 0) > max) {
      tooLarge();
      return true;
    }
    const id = String(req.headers["x-github-delivery"] ?? "");
    const name = String(req.headers["x-github-event"] ?? "");
    const signature = String(req.headers["x-hub-signature-256"] ?? "");
    if (!id || !name || !signature) {
      answer(res, 400, "x-github-delivery, x-github-event and x-hub-signature-256 are required");
      return true;
    }
    const body = await readBounded(req, max);
    if (!body) {
      tooLarge();
      return true;
    }
    const text2 = body.toString("utf8");
    if (!await probot2.webhooks.verify(text2, signature).catch(() => false)) {
      options.log.warn(`delivery ${id} (${name}): signature does not match; ignored`);
      answer(res, 401, "signature does not match");
      return true;
    }
    let payload;
    try {
      payload = JSON.parse(text2);
    } catch {
      answer(res, 400, "the payload is not JSON");
      return true;
    }
    const work = probot2.receive({ id, name, payload }).then(() => {
      const failed = options.failures.get(id);
      options.failures.delete(id);
      if (failed !== void 0) throw failed;
      return { status: 200, message: "ok" };
    }).catch((err) => {
      const inner = err.errors?.[0] ?? err;
      if (inner instanceof RefusedEvent) return { status: 400, message: inner.message };
      options.log.warn(`delivery ${id} (${name}) failed: ${String(inner?.message ?? inner).split("\n")[0]}`);
      return { status: 500, message: "the delivery could not be handled; the App logged why" };
    });
    let timer;
    const late = new Promise((resolve) => {
      timer = setTimeout(() => resolve({ status: 202, message: "accepted; still working" }), options.answerWithinMs);
    });
    const outcome = await Promise.race([work, late]);
    clearTimeout(timer);
    answer(res, outcome.status, outcome.message);
    return true;
  };
}

// src/app/app.ts
var prRef = (pr) => ({
  number: pr.number,
  baseRef: pr.base.ref,
  headSha: pr.head.sha,
  ...pr.head.repo && pr.head.ref ? { head: { url: pr.head.repo.html_url, ref: pr.head.ref } } : {}
});
function base(context, cloneUrl) {
  const payload = context.payload;
  const installationId = payload.installation?.id;
  if (!installationId) throw new RefusedEvent("the event carries no installation: is it for this App?");
  if (!payload.repository?.name || !payload.repository.owner?.login) throw new RefusedEvent("the event names no repository");
  return { delivery: context.id, installationId, ...context.repo(), cloneUrl };
}
function contractGuardApp(dispatcher2, failures2 = /* @__PURE__ */ new Map()) {
  const judge = (context, pr, cloneUrl) => {
    if (!pr?.head?.sha || !pr.base?.ref) throw new RefusedEvent("the event names no pull request");
    return dispatcher2.dispatch({ kind: "pull_request", ...base(context, cloneUrl ?? ""), pr: prRef(pr) });
  };
  return (probot2) => {
    const app = {
      on: (events, handler) => probot2.on(events, async (context) => {
        try {
          await handler(context);
        } catch (err) {
          failures2.set(context.id, err);
        }
      })
    };
    const prEvents = [
      "pull_request.opened",
      "pull_request.synchronize",
      "pull_request.reopened",
      "pull_request.edited",
      // the hotfix label turns the check green (or back) when a council member adds (or anyone removes) it
      "pull_request.labeled",
      "pull_request.unlabeled"
    ];
    app.on([...prEvents], async (context) => {
      const { pull_request: pr, repository } = context.payload;
      if (context.payload.action === "edited" && !context.payload.changes?.base) return;
      await judge(context, pr, repository?.clone_url);
    });
    app.on(["pull_request_review.submitted", "pull_request_review.dismissed"], async (context) => {
      const { pull_request: pr, repository } = context.payload;
      await judge(context, pr, repository?.clone_url);
    });
    app.on(["check_run.rerequested", "check_suite.rerequested"], async (context) => {
      const payload = context.payload;
      if (payload.check_run && payload.check_run.name !== CHECK_NAME) return;
      for (const pr of payload.check_run?.pull_requests ?? payload.check_suite?.pull_requests ?? [])
        await judge(context, pr, payload.repository?.clone_url);
    });
    app.on("push", async (context) => {
      const { ref, before, after, repository } = context.payload;
      if (!repository) throw new RefusedEvent("the event names no repository");
      if (ref !== `refs/heads/${repository.default_branch}` || /^0+$/.test(after)) return;
      await dispatcher2.dispatch({
        kind: "push",
        ...base(context, repository.clone_url),
        ref,
        before,
        after,
        defaultBranch: repository.default_branch
      });
    });
  };
}

// src/app/threads.ts
import { Worker } from "node:worker_threads";
var JudgementDeadline = class extends Error {
};
function judgeDeadlineMs(env = process.env) {
  const v = Number(env.CONTRACT_GUARD_JUDGE_DEADLINE_MS ?? 12e4);
  return Number.isFinite(v) && v > 0 ? v : 12e4;
}
function judgeConcurrency(env = process.env) {
  const v = Number(env.CONTRACT_GUARD_CONCURRENCY ?? 4);
  if (!Number.isInteger(v) || v <= 0)
    throw new Error(`CONTRACT_GUARD_CONCURRENCY must be a positive whole number, not '${env.CONTRACT_GUARD_CONCURRENCY}'`);
  return v;
}
var JudgeThreads = class {
  constructor(deadlineMs = judgeDeadlineMs(), max = judgeConcurrency(), entry = new URL("./judge-thread.js", import.meta.url)) {
    this.deadlineMs = deadlineMs;
    this.max = max;
    this.entry = entry;
  }
  deadlineMs;
  max;
  entry;
  idle = [];
  busy = 0;
  /** Judgements waiting for a thread, first come first served. */
  waiting = [];
  async run(job, log) {
    if (this.busy >= this.max) await new Promise((r) => this.waiting.push(r));
    this.busy++;
    try {
      return await this.judge(job, log);
    } finally {
      this.busy--;
      this.waiting.shift()?.();
    }
  }
  judge(job, log) {
    const worker = this.idle.pop() ?? new Worker(this.entry);
    worker.ref();
    let file2;
    return new Promise((resolve, reject) => {
      const done = (keep) => {
        clearTimeout(timer);
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        if (keep) {
          worker.unref();
          this.idle.push(worker);
        } else void worker.terminate();
      };
      const timer = setTimeout(() => {
        done(false);
        const seconds = Math.round(this.deadlineMs / 1e3);
        const where = file2 ? `; it was judging ${file2}` : file2 === "" ? "; the contracts were judged, and it was reporting to GitHub" : "";
        reject(new JudgementDeadline(`the judgement took longer than ${seconds} s${where}`));
      }, this.deadlineMs);
      const onMessage = (m) => {
        if ("log" in m) log(m.log);
        else if ("file" in m) file2 = m.file;
        else {
          done(true);
          if ("error" in m) reject(new Error(m.error));
          else resolve(m.outcome);
        }
      };
      const onError = (err) => {
        done(false);
        reject(err);
      };
      const onExit = (code) => {
        done(false);
        reject(new Error(`the judging thread ended (exit ${code})`));
      };
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      worker.postMessage(job);
    });
  }
  async close() {
    await Promise.all(this.idle.splice(0).map((w) => w.terminate()));
  }
};

// src/app/in-process.ts
var InProcessDispatcher = class {
  constructor(probot2, metrics2, threads2) {
    this.probot = probot2;
    this.metrics = metrics2;
    this.threads = threads2;
  }
  probot;
  metrics;
  threads;
  chains = /* @__PURE__ */ new Map();
  get depth() {
    return this.chains.size;
  }
  async dispatch(job) {
    const key = jobKey(job);
    const previous = this.chains.get(key) ?? Promise.resolve();
    const next = previous.catch(() => void 0).then(() => this.metrics.time(() => this.threads.run(job, (l) => this.probot.log.info(l)))).catch(async (err) => {
      if (err instanceof JudgementDeadline) await reportFailure(this.probot, job, err.message).catch(() => void 0);
      throw err;
    });
    this.chains.set(key, next);
    void next.finally(() => this.chains.get(key) === next && this.chains.delete(key)).catch(() => void 0);
    await next;
  }
};

// src/app/metrics.ts
import { Counter, Gauge, Histogram, Registry } from "prom-client";
var Metrics = class {
  registry = new Registry();
  duration = new Histogram({
    name: "contract_guard_job_duration_seconds",
    help: "Time to process one job (a judgement or a freeze), from start to the check run.",
    labelNames: ["outcome"],
    buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120],
    registers: [this.registry]
  });
  failures = new Counter({
    name: "contract_guard_job_failures_total",
    help: "Job attempts that threw (retried while attempts remain).",
    registers: [this.registry]
  });
  delivered = new Histogram({
    name: "contract_guard_delivery_to_done_seconds",
    help: "From the webhook delivery being accepted to its job finishing.",
    buckets: [0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300],
    registers: [this.registry]
  });
  /** `depth` reads the queue's job counts by state when scraped. */
  constructor(depth) {
    new Gauge({
      name: "contract_guard_queue_jobs",
      help: "Jobs in the queue, by state.",
      labelNames: ["state"],
      registers: [this.registry],
      async collect() {
        for (const [state, n] of Object.entries(await depth())) this.set({ state }, n);
      }
    });
  }
  async time(run) {
    const stop = this.duration.startTimer();
    try {
      const outcome = await run();
      stop({ outcome });
      return outcome;
    } catch (err) {
      this.failures.inc();
      stop({ outcome: "failed" });
      throw err;
    }
  }
};

// src/app/probot.ts
import { createProbot, ProbotOctokit } from "probot";
var baseUrl = process.env.GITHUB_API_URL;
var retryLimited = (after, options, octokit, count) => {
  octokit.log.warn(`rate limited on ${options.method} ${options.url}; retrying in ${after}s`);
  return count < 3;
};
var unpaced = process.env.CONTRACT_GUARD_THROTTLE === "off";
var Octokit = ProbotOctokit.defaults((given) => {
  const options = { ...given, request: { ...given.request, fetch: timedFetch() } };
  if (unpaced) return { ...options, throttle: { enabled: false } };
  const throttle = options.throttle;
  return throttle && throttle.enabled !== false ? { ...options, throttle: { ...throttle, onRateLimit: retryLimited, onSecondaryRateLimit: retryLimited } } : options;
});
function makeProbot() {
  return createProbot({ overrides: { Octokit, ...baseUrl ? { baseUrl } : {} } });
}

// src/app/queue.ts
import { hostname } from "node:os";
import { DelayedError, Queue, UnrecoverableError, Worker as Worker2 } from "bullmq";
import { Redis } from "ioredis";
var QUEUE = "contract-guard";
var LOCK_PREFIX = "contract-guard:lock:";
var RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
var RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
function queueSettings(env, url) {
  const num2 = (name, fallback) => {
    const v = Number(env[name] ?? fallback);
    if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} must be a positive number, not '${env[name]}'`);
    return v;
  };
  return {
    url,
    lockMs: num2("CONTRACT_GUARD_LOCK_MS", 3e4),
    attempts: num2("CONTRACT_GUARD_ATTEMPTS", 3),
    backoffMs: num2("CONTRACT_GUARD_BACKOFF_MS", 2e3),
    concurrency: judgeConcurrency(env)
  };
}
var connect = (url) => new Redis(url, { maxRetriesPerRequest: null });
var RedisDispatcher = class {
  constructor(settings) {
    this.settings = settings;
    this.redis = connect(settings.url);
    this.queue = new Queue(QUEUE, { connection: this.redis });
  }
  settings;
  queue;
  redis;
  async dispatch(job) {
    const data2 = { ...job, receivedAt: Date.now() };
    await this.queue.add(job.kind, data2, {
      jobId: `delivery-${job.delivery}`,
      // a redelivery finds its job and adds nothing
      attempts: this.settings.attempts,
      backoff: { type: "exponential", delay: this.settings.backoffMs },
      removeOnComplete: { age: 24 * 3600, count: 5e4 },
      removeOnFail: true
      // reported on the check run; a manual redelivery may then try again
    });
  }
  depth() {
    return this.queue.getJobCounts("waiting", "active", "delayed", "prioritized", "failed");
  }
  async healthy() {
    return await this.redis.ping().catch(() => "") === "PONG";
  }
  async close() {
    await this.queue.close();
    this.redis.disconnect();
  }
};
function startWorker(probot2, settings, metrics2, threads2) {
  const redis = connect(settings.url);
  const log = (line) => probot2.log.info(line);
  return new Worker2(
    QUEUE,
    async (bull, token) => {
      const job = bull.data;
      const key = LOCK_PREFIX + jobKey(job);
      const holder = `${hostname()}:${process.pid}:${bull.id}`;
      if (await redis.set(key, holder, "PX", settings.lockMs, "NX") !== "OK") {
        await bull.moveToDelayed(Date.now() + 150 + Math.floor(Math.random() * 250), token);
        throw new DelayedError();
      }
      const renew = setInterval(() => void redis.eval(RENEW, 1, key, holder, settings.lockMs).catch(() => void 0), settings.lockMs / 3);
      try {
        const outcome = await metrics2.time(() => threads2.run(job, log));
        metrics2.delivered.observe((Date.now() - job.receivedAt) / 1e3);
        return outcome;
      } catch (err) {
        const reason = err.message ?? String(err);
        probot2.log.warn(`${jobKey(job)}: attempt ${bull.attemptsMade + 1} of ${settings.attempts} failed: ${reason}`);
        const final = err instanceof JudgementDeadline || bull.attemptsMade + 1 >= settings.attempts;
        if (final) await reportFailure(probot2, job, reason).catch(() => void 0);
        throw err instanceof JudgementDeadline ? new UnrecoverableError(reason) : err;
      } finally {
        clearInterval(renew);
        await redis.eval(RELEASE, 1, key, holder).catch(() => void 0);
      }
    },
    {
      connection: connect(settings.url),
      concurrency: settings.concurrency,
      lockDuration: settings.lockMs,
      stalledInterval: settings.lockMs,
      maxStalledCount: 3
    }
  );
}

// src/app/server.ts
var probot = makeProbot();
var threads = new JudgeThreads();
var redisUrl = process.env.REDIS_URL;
var dispatcher;
var health;
var metrics;
var closing = async () => {
};
if (redisUrl) {
  const settings = queueSettings(process.env, redisUrl);
  const queued = new RedisDispatcher(settings);
  metrics = new Metrics(() => queued.depth());
  const worker = process.env.CONTRACT_GUARD_WORKER === "off" ? void 0 : startWorker(probot, settings, metrics, threads);
  worker?.on("error", (err) => probot.log.error(`worker: ${err.message}`));
  dispatcher = queued;
  health = async () => {
    const ok = await queued.healthy();
    return {
      ok,
      body: { status: ok ? "ok" : "redis unreachable", queue: "redis", worker: !!worker, jobs: ok ? await queued.depth() : {} }
    };
  };
  closing = async () => {
    await worker?.close();
    await queued.close();
  };
} else {
  let inProcess;
  metrics = new Metrics(async () => ({ active: inProcess?.depth ?? 0 }));
  inProcess = new InProcessDispatcher(probot, metrics, threads);
  dispatcher = inProcess;
  health = async () => ({ ok: true, body: { status: "ok", queue: "in-process", jobs: { active: inProcess.depth } } });
}
var failures = /* @__PURE__ */ new Map();
await probot.load(contractGuardApp(dispatcher, failures));
var webhooks = webhookEndpoint(probot, {
  path: process.env.WEBHOOK_PATH ?? "/api/github/webhooks",
  // GitHub gives up on a delivery after 10 s: answer 202 by then and finish in the background
  answerWithinMs: Number(process.env.CONTRACT_GUARD_ANSWER_WITHIN_MS ?? 9e3),
  log: probot.log,
  failures
});
var metricsToken = process.env.CONTRACT_GUARD_METRICS_TOKEN;
var json = (res, status, body) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
};
var handle = (req, res) => {
  if (req.method === "GET" && (req.url === "/healthz" || req.url === "/health")) {
    void health().then(({ ok, body }) => json(res, ok ? 200 : 503, body));
    return;
  }
  if (req.method === "GET" && req.url === "/metrics") {
    if (metricsToken && req.headers.authorization !== `Bearer ${metricsToken}`) return json(res, 401, { message: "a token is required" });
    void metrics.registry.metrics().then((text2) => {
      res.writeHead(200, { "content-type": metrics.registry.contentType });
      res.end(text2);
    });
    return;
  }
  webhooks(req, res).then((handled) => handled || json(res, 404, { message: "not found" })).catch((err) => {
    probot.log.warn(`request failed: ${err.message}`);
    if (!res.headersSent) json(res, 500, { message: "internal error" });
  });
};
var server = createServer(handle);
server.on("checkContinue", (req, res) => {
  if (Number(req.headers["content-length"] ?? 0) <= MAX_WEBHOOK_BYTES) res.writeContinue();
  handle(req, res);
});
var port = Number(process.env.PORT ?? 3e3);
var host = process.env.HOST ?? "0.0.0.0";
server.listen(port, host, () => {
  const address = server.address();
  probot.log.info(
    `contract-guard app listening on ${typeof address === "object" && address ? `${address.address}:${address.port}` : port}`
  );
});
for (const signal of ["SIGTERM", "SIGINT"])
  process.on(signal, () => server.close(() => void closing().finally(() => process.exit(0))));
