// Reading freeze and sha-index files, ours and the seed tooling's: strict about shape, lenient about spelling.
import type { ErrorObject } from 'ajv';
import { validators } from '../validators.js';
import { InputError } from '../errors.js';
import { parseText } from '../source/parse.js';
import { toCrlf } from '../source/line-endings.js';
import { safeArtifactPath, sha256, type Freeze, type ShaIndex } from './model.js';

// validated by code generated from FREEZE_SCHEMA and SHA_INDEX_SCHEMA (schemas.ts): nothing compiled at run time
const validateFreeze = validators.validateFreeze;
const validateIndex = validators.validateIndex;

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
