// The configuration's JSON Schema, on its own: the validator generated from it (`npm run docs`) is imported by
// config.ts, so the schema cannot live there.
import { MODES } from './modes.js';
import { ROLES } from '../model.js';

const str = { type: 'string', minLength: 1 };
const strings = { type: 'array', items: str };

/** The configuration's JSON Schema (also printed to docs/policy.md). Unknown keys are errors. */
export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'contract-guard configuration',
  type: 'object',
  additionalProperties: false,
  properties: {
    contracts: { type: ['string', 'array'], minLength: 1, items: str, minItems: 1 },
    units: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'files', 'version'],
        properties: {
          name: str,
          files: { ...strings, minItems: 1 },
          version: { type: 'object', additionalProperties: false, required: ['file'], properties: { file: str, key: str } },
        },
      },
    },
    modules: { type: 'object', additionalProperties: false, properties: { root: str, globals_versions: str } },
    roles: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['glob', 'role'],
        properties: { glob: str, role: { enum: [...ROLES] } },
      },
    },
    compatibility: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['mode'],
        minProperties: 2,
        properties: { files: { ...strings, minItems: 1 }, unit: str, mode: { enum: [...MODES] } },
      },
    },
    events: { type: 'object', additionalProperties: false, properties: { breaking: { enum: ['new-channel', 'bump'] } } },
    invariants: {
      type: 'array',
      items: {
        oneOf: [
          {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'file', 'keep'],
            properties: { id: str, file: str, pointer: { type: 'string' }, keep: { ...strings, minItems: 1 } },
          },
          {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'paths', 'forbid'],
            properties: { id: str, paths: { ...strings, minItems: 1 }, forbid: str },
          },
          {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'paths', 'require'],
            properties: { id: str, paths: { ...strings, minItems: 1 }, require: str },
          },
          {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'paths', 'on_change'],
            properties: { id: str, paths: { ...strings, minItems: 1 }, on_change: str },
          },
        ],
      },
    },
    council: {
      type: 'object',
      additionalProperties: false,
      properties: {
        teams: { type: 'array', items: { type: 'string', pattern: '^[^/\\s]+/[^/\\s]+$' } },
        users: strings,
        approvals: { type: 'integer', minimum: 1 },
      },
    },
    versioning: {
      type: 'object',
      additionalProperties: false,
      properties: {
        zero_major: { enum: ['minor', 'major'] },
        deprecation_releases: { type: 'integer', minimum: 0 },
        changelog: str,
        migrations: str,
      },
    },
    rules: { type: 'object', additionalProperties: { enum: ['off', 'patch', 'minor', 'major', 'warn', 'block'] } },
    freeze: { type: 'object', additionalProperties: false, properties: { on_merge: { enum: ['tag', 'commit', 'off'] } } },
    files: { type: 'object', additionalProperties: false, properties: { contracts: strings, ignore: strings } },
    judgement: { enum: ['policy', 'strict'] },
    preset: { enum: ['none', 'memoryos'] },
    review: { type: 'object', additionalProperties: false, properties: { max_inline: { type: 'integer', minimum: 0 } } },
    hotfix: { type: 'object', additionalProperties: false, properties: { label: str } },
    spectral: { type: 'object', additionalProperties: false, properties: { ruleset: str } },
    ignore: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'reason'],
        properties: {
          rule: str,
          file: str,
          pointer: { type: 'string' },
          reason: str,
          until: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        },
      },
    },
  },
} as const;
