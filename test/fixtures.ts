// A small, policy-clean OpenAPI 3.1 contract for the GitHub-surface tests: GET /items returning {id, name?}.
export function shopSpec(opts: { name?: boolean; required?: string[]; extraOps?: number } = {}): string {
  let ops = '';
  for (let i = 0; i < (opts.extraOps ?? 0); i++)
    ops += `  /extra/${i}:\n    get:\n      responses: {'200': {description: ok}, '404': {description: none}}\n`;
  return `openapi: 3.1.0
jsonSchemaDialect: https://json-schema.org/draft/2020-12/schema
info: {title: shop, version: 1.0.0}
security:
  - {mtls: [], bearer: []}
components:
  securitySchemes:
    mtls: {type: mutualTLS}
    bearer: {type: http, scheme: bearer}
paths:
  /items:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [${(opts.required ?? ['id']).join(', ')}]
                properties:
                  id: {type: string}
${opts.name === false ? '' : '                  name: {type: string}\n'}        '404': {description: none}
${ops}`;
}

/** A Spectral ruleset in the house's style: an error-level rule and a warn-level one, built-in functions only. */
export const RULESET = `# the house's API style
extends: [[spectral:oas, off]]
rules:
  operation-description-required:
    description: Every operation says what it does.
    given: $.paths[*][get,put,post,delete,patch]
    severity: error
    then:
      field: description
      function: truthy
  path-kebab:
    given: $.paths
    severity: warn
    then:
      field: '@key'
      function: pattern
      functionOptions: { match: '^(/[a-z0-9{}_-]+)+$' }
`;

/** Three breaks of three kinds in one pull request: a response field removed, a request field made required, an event enum narrowed. */
export const THREE_KINDS = (() => {
  const api = (required: string, note: string) =>
    [
      'openapi: 3.1.0',
      'info: {title: Orders, version: 1.0.0}',
      'paths:',
      '  /orders/{id}:',
      '    get:',
      '      parameters: [{name: id, in: path, required: true, schema: {type: string}}]',
      '      responses:',
      "        '200':",
      '          description: An order.',
      '          content:',
      '            application/json:',
      `              schema: {type: object, properties: {id: {type: string}, total: {type: number}${note}}}`,
      '  /orders:',
      '    post:',
      '      requestBody:',
      '        content:',
      '          application/json:',
      `            schema: {type: object, required: [${required}], properties: {item: {type: string}, qty: {type: integer}}}`,
      '      responses:',
      "        '201': {description: Created.}",
      '',
    ].join('\n');
  const event = (states: string) =>
    `{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "required": ["state"], "properties": {"state": {"enum": [${states}]}}}\n`;
  return {
    base: { 'openapi.yaml': api('item', ', note: {type: string}'), 'events/order-changed.json': event('"placed", "paid", "cancelled"') },
    change: { 'openapi.yaml': api('item, qty', ''), 'events/order-changed.json': event('"placed", "paid"') },
  };
})();
