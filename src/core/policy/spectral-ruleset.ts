// A Spectral ruleset file, read as data and built into a ruleset from Spectral's own parts: `extends` may name only
// Spectral's built-in rulesets, and rules may call only its built-in functions. A ruleset that would load
// JavaScript (custom functions) or fetch anything (a remote or file `extends`) is refused with one clear line:
// the ruleset is the repository's policy, and nothing it names is ever executed or fetched.
import { InputError } from '../errors.js';
import { pointerJoin } from '../model.js';
import { formatOf, parseText } from '../source/parse.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Spectral's parts a ruleset may name (passed in, so that only a repository with a ruleset loads Spectral). */
/** Spectral's rulesets a ruleset may extend. */
export const BUILT_IN_RULESETS = ['spectral:oas', 'spectral:asyncapi', 'spectral:arazzo'] as const;
export type BuiltInRuleset = (typeof BUILT_IN_RULESETS)[number];

export interface SpectralParts {
  /** `spectral:oas` → the ruleset: those the ruleset extends (see `extendedRulesets`) */
  rulesets: Record<string, unknown>;
  functions: Record<string, unknown>;
  formats: Record<string, unknown>;
}
const TOP_KEYS = new Set(['extends', 'rules', 'formats', 'aliases', 'documentationUrl', 'description', 'parserOptions']);
const EXTEND_MODES = new Set(['all', 'recommended', 'off']);

/** Where the ruleset is looked for when the configuration names none (repository root). */
export const DEFAULT_RULESETS = ['.spectral.yaml', '.spectral.yml', '.spectral.json'];

export interface LoadedRuleset {
  file: string;
  /** The definition Spectral's `setRuleset` takes. */
  definition: Obj;
}

/**
 * The built-in rulesets a ruleset's text extends, to load only those (each is megabytes of code: the AsyncAPI one
 * carries every AsyncAPI schema). A text that does not parse extends nothing here; `loadRuleset` says why.
 */
export function extendedRulesets(file: string, text: string): BuiltInRuleset[] {
  let data: unknown;
  try {
    data = parseText(file, text, formatOf(file) ?? 'yaml').data;
  } catch {
    return [];
  }
  const extended = isObj(data) ? data.extends : undefined;
  const names = [extended, ...(Array.isArray(extended) ? extended : [])].flatMap((e) => (Array.isArray(e) ? [e[0]] : [e]));
  return BUILT_IN_RULESETS.filter((name) => names.includes(name));
}

export function loadRuleset(file: string, text: string, parts: SpectralParts): LoadedRuleset {
  const { rulesets: LOADED, functions: FUNCTIONS, formats: FORMATS } = parts;
  const doc = parseText(file, text, formatOf(file) ?? 'yaml');
  const refuse = (pointer: string, why: string): never => {
    throw new InputError(`Spectral ruleset refused: ${why}`, file, doc.positions.locate(pointer)?.line);
  };
  const data = doc.data;
  if (!isObj(data)) return refuse('', 'it is not a mapping of extends and rules');
  for (const key of Object.keys(data)) {
    if (key === 'functions' || key === 'functionsDir')
      refuse(
        `/${key}`,
        `\`${key}\` loads JavaScript, and contract-guard never runs code from a repository; use Spectral's built-in functions`,
      );
    if (key === 'overrides')
      refuse('/overrides', '`overrides` are not supported; write the rules for every file, or ignore findings in the policy');
    if (!TOP_KEYS.has(key)) refuse(`/${key}`, `unknown key \`${key}\``);
  }
  const definition: Obj = {};
  if (data.extends !== undefined) {
    const list =
      typeof data.extends === 'string' ||
      (Array.isArray(data.extends) && typeof data.extends[1] === 'string' && EXTEND_MODES.has(data.extends[1]))
        ? [data.extends]
        : Array.isArray(data.extends)
          ? data.extends
          : refuse('/extends', '`extends` is not a ruleset name or a list of them');
    definition.extends = list.map((entry, i) => {
      const [name, mode] = Array.isArray(entry) ? entry : [entry, undefined];
      const ruleset = typeof name === 'string' ? LOADED[name] : undefined;
      if (!ruleset)
        refuse(
          pointerJoin('/extends', ...(list.length > 1 || Array.isArray(data.extends) ? [i] : [])),
          `extends ${JSON.stringify(name)}: only ${BUILT_IN_RULESETS.join(', ')} can be extended (a file, package or URL is never loaded)`,
        );
      if (mode !== undefined && (typeof mode !== 'string' || !EXTEND_MODES.has(mode)))
        refuse('/extends', `extends mode ${JSON.stringify(mode)}: use all, recommended or off`);
      return mode ? [ruleset, mode] : ruleset;
    });
  }
  if (data.formats !== undefined) definition.formats = formatList(data.formats, '/formats', FORMATS, refuse);
  for (const key of ['aliases', 'documentationUrl', 'description', 'parserOptions'] as const)
    if (data[key] !== undefined) definition[key] = data[key];
  const rules: Obj = {};
  for (const [id, rule] of Object.entries(isObj(data.rules) ? data.rules : {})) {
    const at = pointerJoin('/rules', id);
    if (!isObj(rule)) {
      rules[id] = rule; // `off`, `error`, true/false: a severity for a rule the extended ruleset has
      continue;
    }
    const out: Obj = { ...rule };
    if (rule.formats !== undefined) out.formats = formatList(rule.formats, pointerJoin(at, 'formats'), FORMATS, refuse);
    if (rule.then !== undefined) {
      const thens = Array.isArray(rule.then) ? rule.then : [rule.then];
      const built = thens.map((then, i) => {
        const where = Array.isArray(rule.then) ? pointerJoin(at, 'then', i, 'function') : pointerJoin(at, 'then', 'function');
        if (!isObj(then)) return refuse(where, `rule ${id}: \`then\` is not a mapping`);
        const fn = typeof then.function === 'string' ? FUNCTIONS[then.function] : undefined;
        if (!fn)
          refuse(
            where,
            `rule ${id} calls ${JSON.stringify(then.function)}, which is not one of Spectral's built-in functions (${Object.keys(FUNCTIONS).join(', ')}); custom functions are JavaScript and are never run`,
          );
        return { ...then, function: fn };
      });
      out.then = Array.isArray(rule.then) ? built : built[0];
    }
    rules[id] = out;
  }
  if (data.rules !== undefined) definition.rules = rules;
  return { file, definition };
}

function formatList(
  value: unknown,
  at: string,
  FORMATS: Record<string, unknown>,
  refuse: (pointer: string, why: string) => never,
): unknown[] {
  if (!Array.isArray(value)) return refuse(at, '`formats` is not a list');
  return value.map(
    (name, i) => (typeof name === 'string' && FORMATS[name]) || refuse(pointerJoin(at, i), `unknown format ${JSON.stringify(name)}`),
  );
}
