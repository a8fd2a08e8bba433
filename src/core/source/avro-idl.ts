// Avro IDL (`.avdl`): a protocol's types and messages as Java teams write them (avro-maven-plugin's `idl-protocol`),
// read with avsc into the protocol JSON an `.avpr` holds, and judged as one. avsc reads the IDL of Avro 1.8–1.10;
// what it cannot read (`decimal(9,2)`, `string?`, a `schema` declaration, from later releases) is listed unjudged.
import { InputError } from '../errors.js';
import libraries from '../libraries.cjs';
import { escapeRegExp, pointerJoin } from '../model.js';
import { PositionIndex } from './positions.js';

/** `import idl "common.avdl";`: the types it brings are found by full name across the side's Avro files instead. */
const IMPORT = /^[ \t]*import[ \t]+(idl|protocol|schema)[ \t]+"[^"\n]*"[ \t]*;/gm;

export function parseAvroIdl(file: string, text: string): unknown {
  // blanked, not cut: offsets and lines stay where they are
  const own = text.replace(IMPORT, (m) => ' '.repeat(m.length));
  try {
    return libraries.avsc().readProtocol(own);
  } catch (err) {
    if (err instanceof RangeError) throw new InputError('Avro IDL nested too deep to read', file);
    const message = (err as Error).message;
    const at = /"pos":(\d+)/.exec(message);
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : undefined;
    const reason = message.replace(/^invalid token \{.*?\}: /, '');
    throw new InputError(
      `not Avro IDL avsc can read (Avro 1.10's syntax: \`string?\` is \`union { null, string }\`): ${reason}`,
      file,
      line,
    );
  }
}

/**
 * Where a protocol's parts are written in its IDL: a type at its declaration, a field, symbol or parameter at its name
 * after that, a message at `name(`. Found by searching the text in the order the parts are declared; what cannot be
 * found takes its nearest ancestor's place (the protocol's first line at worst).
 */
export class IdlPositions extends PositionIndex {
  constructor(
    text: string,
    private readonly protocol: unknown,
  ) {
    super(text);
  }

  /** Every part's place at once, in one pass: each search starts where the part before it was found. */
  protected override scan(): void {
    if (this.offsets.size) return;
    this.offsets.set('', 0);
    type Part = { name?: unknown; fields?: Part[]; symbols?: unknown[]; request?: Part[] };
    const p = this.protocol as { types?: Part[]; messages?: Record<string, Part> };
    let cursor = 0;
    let misses = 0;
    const found = (pointer: string, source: string) => {
      // a search that fails reads to the end of the text: past a few, the rest take their ancestors' places
      if (misses > MAX_MISSES) return false;
      const re = new RegExp(source, 'g');
      re.lastIndex = cursor;
      const at = re.exec(this.text)?.index;
      if (at === undefined) misses++;
      else (this.offsets.set(pointer, at), (cursor = at));
      return at !== undefined;
    };
    const members = (pointer: string, names: unknown[], after: string) =>
      names.forEach((n, j) => typeof n === 'string' && found(`${pointer}/${j}`, `${word(n)}${after}`));
    (Array.isArray(p.types) ? p.types : []).forEach((t, i) => {
      if (typeof t?.name !== 'string' || !found(`/types/${i}`, `\\b(record|error|enum|fixed)\\s+${word(t.name.replace(/^.*\./, ''))}`))
        return;
      members(
        `/types/${i}/fields`,
        (t.fields ?? []).map((f) => f?.name),
        '\\s*[=;]',
      );
      members(`/types/${i}/symbols`, t.symbols ?? [], '');
    });
    for (const [name, m] of Object.entries(p.messages ?? {})) {
      const at = pointerJoin('/messages', name);
      if (found(at, `${word(name)}\\s*\\(`))
        members(
          `${at}/request`,
          (m?.request ?? []).map((r) => r?.name),
          '',
        );
    }
  }
}

const MAX_MISSES = 100;

/** A name as the IDL may write it: bare, or in backticks where it is a keyword. */
const word = (name: string) => `(?:\\b${escapeRegExp(name)}\\b|\`${escapeRegExp(name)}\`)`;
