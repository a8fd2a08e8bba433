// The shapes of freeze and sha-index files, ours and the seed tooling's. Checked by validators generated at
// `npm run docs` time (src/core/validators.generated.ts): compiling them at every start-up cost ~40 ms.

export const FREEZE_SCHEMA = {
  type: 'object',
  required: ['version', 'artifacts'],
  properties: {
    version: { type: 'string', minLength: 1 },
    label: { type: 'string' },
    created_at: { type: 'string' },
    artifacts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'sha256', 'content'],
        properties: {
          path: { type: 'string', minLength: 1 },
          sha256: { type: 'string', pattern: '^[0-9a-fA-F]{64}$' },
          size: { type: ['integer', 'string'] },
          content: { type: 'string' },
          encoding: { enum: ['base64', 'utf8', 'utf-8'] },
          frozen_at: { type: 'string' },
        },
      },
    },
  },
} as const;

export const SHA_INDEX_SCHEMA = {
  type: 'object',
  required: ['index'],
  properties: {
    version: { type: 'string' },
    created_at: { type: 'string' },
    index: {
      type: 'object',
      propertyNames: { pattern: '^[0-9a-fA-F]{64}$' },
      additionalProperties: {
        type: 'object',
        required: ['path'],
        properties: {
          path: { type: 'string' },
          paths: { type: 'array', items: { type: 'string' } },
          size: { type: ['integer', 'string'] },
          frozen_at: { type: 'string' },
        },
      },
    },
  },
} as const;
