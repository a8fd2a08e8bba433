import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.js';
import { newEndpoint, newEvent, newSchema, type ScaffoldResult } from '../../services/scaffold.js';
import { showCheck } from '../check-summary.js';

export const NEW_HELP = `Usage:
  contract-guard new endpoint [<module>|<document>] <METHOD> <path>
  contract-guard new schema [<module>] <name>
  contract-guard new event <name> [--module <module>|<document>]

Write a skeleton in the style your contracts already follow, then show what check now says. In a repository
without modules, nothing is scaffolded around it: an endpoint goes into the OpenAPI document (named by its title,
path or folder when there are several), with path parameters typed as the document types them (format: uuid, …)
and 401/403 only where the documents use security (in the path item's own file when the description keeps one per
path); a schema goes beside the repository's own schemas, named the way they are; an event becomes a channel of
the AsyncAPI document, written as its events are (direction, channel ids, versioned addresses, messages under
components, Avro records beside its .avsc files), or a payload schema beside the event schemas.

In the house layout (modules with versions.yaml):
  endpoint  an OpenAPI 3.1 operation in <module>'s OpenAPI document (a new document when it has none): path
            parameters as ULIDs, a JSON body for POST/PUT/PATCH, its success response, and the 4xx responses as
            $refs to the shared error responses, under the global mTLS + Bearer security
  schema    <module>/storage/<name>.schema.json: a 2020-12 schema with a ULID id and a timestamp, $ref'd from the
            common definitions, and <module>/examples/<name>.json, an example that validates
  event     a payload schema and example for the topic <name> (dotted lower case), and its entry, version 1,
            in the topic catalog (events/topics.yaml); with --module, under that module's events/

A module that does not exist yet is created with versions.yaml at 0.1.0. A file that would be new and exists is
never replaced (exit 2); an edited document keeps its comments and layout.

Options:
  --module <name>    event: the module the event belongs to (default: the global events folder)
  --config <file>    configuration file (default: .github/contract-guard.yml)
  -h, --help         show this help
`;

export async function newCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { module: { type: 'string' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(NEW_HELP);
    return 0;
  }
  const [kind, ...args] = positionals;
  const cwd = process.cwd();
  const want = (n: number, usage: string) => {
    if (args.length !== n) throw new UsageError(`usage: contract-guard new ${usage}`);
  };
  let result: ScaffoldResult;
  if (kind === 'endpoint') {
    if (args.length === 2) args.unshift(undefined as unknown as string);
    want(3, 'endpoint [<module>|<document>] <METHOD> <path>');
    result = await newEndpoint({ cwd, configPath: values.config, module: args[0], method: args[1]!, path: args[2]! });
  } else if (kind === 'schema') {
    if (args.length === 1) args.unshift(undefined as unknown as string);
    want(2, 'schema [<module>] <name>');
    result = await newSchema({ cwd, configPath: values.config, module: args[0], name: args[1]! });
  } else if (kind === 'event') {
    want(1, 'event <name> [--module <module>]');
    result = await newEvent({ cwd, configPath: values.config, name: args[0]!, module: values.module });
  } else throw new UsageError(`new makes an endpoint, a schema or an event, not '${kind ?? ''}' (see contract-guard new --help)`);
  for (const line of result.written) process.stdout.write(`wrote ${line}\n`);
  await showCheck(cwd, values.config);
  return 0;
}
