// Reading freeze and sha-index files, ours and the seed tooling's: strict about shape, lenient about spelling.
import { Ajv, type ErrorObject } from 'ajv';
import { InputError } from '../errors.js';
import { parseText } from '../source/parse.js';
import { toCrlf } from '../source/line-endings.js';
import { safeArtifactPath, sha256, type Freeze, type ShaIndex } from './model.js';

// compiled on first use: most commands never read a freeze
let ajv: Ajv | undefined;
interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
const compile = (schema: object): Validator => {
  let fn: ReturnType<Ajv['compile']> | undefined;
  const validate: Validator = (data) => {
    fn ??= (ajv ??= new Ajv({ strict: true, allowUnionTypes: true })).compile(schema);
    const ok = fn(data) === true; // these schemas have no async keywords
    validate.errors = fn.errors;
    return ok;
  };
  return validate;
};

const validateFreeze = compile({
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
});

const validateIndex = compile({
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
});

function shapeError(file: string, text: string, errors: ErrorObject[] | null | undefined): InputError {
  const e = errors?.[0];
  const pointer = e?.instancePath ?? '';
  const line = parseText(file, text, 'json').positions.locate(pointer)?.line;
  return new InputError(`not a freeze file: ${pointer || '(root)'} ${e?.message ?? 'is malformed'}`, file, line);
}

function parseJsonFile(file: string, text: string): unknown {
  return parseText(file, text, 'json').data;
}

export function readFreeze(file: string, text: string): Freeze {
  const data = parseJsonFile(file, text);
  if (!validateFreeze(data)) throw shapeError(file, text, validateFreeze.errors);
  const raw = data as { version: string; label?: string; created_at?: string; artifacts: Record<string, unknown>[] };
  const seen = new Set<string>();
  const artifacts = raw.artifacts.map((a) => {
    const path = safeArtifactPath(String(a.path), file);
    if (seen.has(path)) throw new InputError(`artifact '${path}' appears twice`, file);
    seen.add(path);
    const sha = String(a.sha256).toLowerCase();
    const stored = a.encoding === 'base64' ? undefined : hexDecoded(String(a.content), sha);
    const size = Number(a.size ?? (stored ? stored.length : Buffer.byteLength(String(a.content))));
    return {
      path,
      sha256: sha,
      size,
      ...(stored ? contentOf(stored) : { content: String(a.content) }),
      ...(a.encoding === 'base64' ? { encoding: 'base64' as const } : {}),
      frozen_at: String(a.frozen_at ?? raw.created_at ?? ''),
    };
  });
  return {
    version: raw.version.replace(/^v/, ''),
    ...(raw.label ? { label: raw.label } : {}),
    created_at: raw.created_at ?? '',
    artifacts,
  };
}

/**
 * The seed's freeze tool stored some artifacts (Markdown) as hex text: the bytes they decode to, when those and not the
 * text are what the recorded SHA-256 names.
 */
function hexDecoded(content: string, sha: string): Uint8Array | undefined {
  if (content.length < 2 || content.length % 2 || !/^[0-9a-fA-F]+$/.test(content)) return undefined;
  if (sha256(Buffer.from(content, 'utf8')) === sha) return undefined; // a file that really holds hex digits
  const bytes = Buffer.from(content, 'hex');
  return sha256(bytes) === sha || sha256(toCrlf(bytes)) === sha ? bytes : undefined;
}

/** Stored content for bytes: text when they are UTF-8, base64 otherwise. */
function contentOf(bytes: Uint8Array): { content: string; encoding?: 'base64' } {
  try {
    return { content: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { content: Buffer.from(bytes).toString('base64'), encoding: 'base64' };
  }
}

export function readShaIndex(file: string, text: string): ShaIndex {
  const data = parseJsonFile(file, text);
  if (!validateIndex(data)) throw shapeError(file, text, validateIndex.errors);
  const raw = data as {
    version?: string;
    created_at?: string;
    index: Record<string, { path: string; paths?: string[]; size?: number | string; frozen_at?: string }>;
  };
  const index: ShaIndex['index'] = {};
  for (const [sha, entry] of Object.entries(raw.index)) {
    const paths = entry.paths?.map((p) => safeArtifactPath(p, file));
    index[sha.toLowerCase()] = {
      path: safeArtifactPath(entry.path, file),
      ...(paths ? { paths } : {}),
      size: Number(entry.size ?? 0),
      frozen_at: entry.frozen_at ?? '',
    };
  }
  return { version: (raw.version ?? '').replace(/^v/, ''), created_at: raw.created_at ?? '', index };
}
