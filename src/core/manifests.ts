// Build manifests that version the schemas beside them, as a package.json does a JavaScript package: Maven's pom.xml,
// Gradle's gradle.properties or build.gradle(.kts), Python's pyproject.toml, Rust's Cargo.toml, MSBuild's `*.csproj` and
// `Directory.Build.props`, and a plain `VERSION` file. The project's own version is found as text (its offsets), so it
// is read, shown on its line and rewritten in place with every other byte kept.
// A version the manifest computes (`${revision}` with no literal property, `dynamic`, `version.workspace`) is none.

export interface ManifestVersion {
  value: string;
  /** Offsets of the value in the text, quotes excluded. */
  start: number;
  end: number;
  /** 1-based. */
  line: number;
}

export interface Manifest {
  name?: string;
  version?: ManifestVersion;
}

const MANIFEST =
  /(^|\/)(pom\.xml|gradle\.properties|build\.gradle(\.kts)?|pyproject\.toml|Cargo\.toml|VERSION|[^/]+\.csproj|Directory\.Build\.props)$/;

const MAX_MANIFEST_CHARS = 1_000_000;

export const isManifest = (path: string): boolean => MANIFEST.test(path);

/** What a manifest says of its project's name and version; undefined for a file that is no manifest. */
export function readManifest(path: string, text: string): Manifest | undefined {
  // a manifest is a few kilobytes; one of megabytes versions nothing rather than cost a scan of it
  if (text.length > MAX_MANIFEST_CHARS) return {};
  const file = path.slice(path.lastIndexOf('/') + 1);
  if (file === 'pom.xml') return pom(text);
  if (file.endsWith('.csproj') || file === 'Directory.Build.props') return msbuild(text, file.replace(/\.csproj$/, ''));
  if (file === 'gradle.properties') return { version: found(text, /^[ \t]*version[ \t]*[=:][ \t]*([^\s#!]+)[ \t]*$/m) };
  if (file.startsWith('build.gradle')) return { version: found(text, /^version[ \t]*=[ \t]*(?:"([^"\n$]+)"|'([^'\n$]+)')/m) };
  if (file === 'pyproject.toml') return toml(text, ['project', 'tool.poetry']);
  if (file === 'Cargo.toml') return toml(text, ['package', 'workspace.package']);
  // a file that holds the version alone, on its first line (`1.4.2`, `v2`), as Makefile-driven projects keep it
  if (file === 'VERSION') return { version: found(text, /^[ \t]*(v?\d[0-9A-Za-z.+-]*)[ \t]*(?:\r?\n|$)/) };
  return undefined;
}

/** The first match's value (its first group that matched), the last place it shows in the match (after the `=`). */
function found(text: string, re: RegExp): ManifestVersion | undefined {
  const m = re.exec(text);
  const value = m?.[1] ?? m?.[2];
  return m && value ? at(text, m.index + m[0].lastIndexOf(value), value) : undefined;
}

function at(text: string, start: number, value: string): ManifestVersion {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) line++;
  return { value, start, end: start + value.length, line };
}

/** TOML: `name` and `version` as literal strings in the first of `tables` that has a version. */
function toml(text: string, tables: string[]): Manifest | undefined {
  const entries = new Map<string, Manifest>();
  let table: string | undefined = '';
  let offset = 0;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const header = /^[ \t]*\[([^[\]]+)\][ \t]*(#.*)?$/.exec(line);
    if (header) table = header[1]!.trim().replace(/[ \t]*\.[ \t]*/g, '.');
    else if (/^[ \t]*\[\[/.test(line)) table = undefined;
    else if (table !== undefined && tables.includes(table)) {
      const kv = /^[ \t]*(name|version)[ \t]*=[ \t]*(?:"([^"\\\n]*)"|'([^'\n]*)')/.exec(line);
      if (kv) {
        const value = kv[2] ?? kv[3]!;
        const entry = entries.get(table) ?? {};
        if (kv[1] === 'name') entry.name = value;
        else entry.version = at(text, offset + kv[0].length - value.length - 1, value);
        entries.set(table, entry);
      }
    }
    offset += raw.length + 1;
  }
  return tables.map((t) => entries.get(t)).find((e) => e?.version) ?? entries.get(tables[0]!) ?? {};
}

/**
 * Maven: `/project/artifactId` and `/project/version` (not the parent's, nor a dependency's); a version that is one
 * property (`${revision}`) is where `/project/properties` writes it. Comments and CDATA are blanked first, offsets kept.
 */
function pom(text: string): Manifest {
  const value = xmlLeaves(text, /^project\/(artifactId|version|properties\/[^/]+)$/);
  let version = value('project/version');
  const property = version && /^\$\{([\w.-]+)\}$/.exec(version.value)?.[1];
  if (property) version = value(`project/properties/${property}`);
  if (version?.value.includes('${')) version = undefined;
  return { name: value('project/artifactId')?.value, version };
}

/**
 * MSBuild (`*.csproj`, `Directory.Build.props`): the first `<Version>`, else `<VersionPrefix>`, else `<PackageVersion>`
 * of a top-level `<PropertyGroup>`; the name is `<PackageId>`, else `<AssemblyName>`, else a project file's own name
 * (as MSBuild names its assembly). A value with a property in it (`$(VersionPrefix)-beta`) is computed by the build: none.
 */
function msbuild(text: string, file: string): Manifest {
  const value = xmlLeaves(text, /^Project\/PropertyGroup\/(Version|VersionPrefix|PackageVersion|PackageId|AssemblyName)$/);
  const pick = (names: string[]) => names.map((n) => value(`Project/PropertyGroup/${n}`)).find(Boolean);
  const version = pick(['Version', 'VersionPrefix', 'PackageVersion']);
  const name = pick(['PackageId', 'AssemblyName'])?.value ?? (file === 'Directory.Build.props' ? undefined : file);
  return { name, version: version?.value.includes('$(') ? undefined : version };
}

/**
 * The text of the elements at the top three levels whose path (`project/version`) `wanted` matches, the first of each
 * path, trimmed, with its offsets. Tags are scanned once: a hostile nesting or an unclosed tag stays linear.
 */
function xmlLeaves(text: string, wanted: RegExp): (path: string) => ManifestVersion | undefined {
  const blank = blanked(text);
  const stack: string[] = [];
  const leaves = new Map<string, { start: number; end: number }>();
  // a tag's attributes stop at the next `<` as well as at `>`: every scan ends where the next one starts (linear)
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)([^<>]*)>/g;
  for (let m = tag.exec(blank); m; m = tag.exec(blank)) {
    if (m[1]) {
      stack.pop();
      continue;
    }
    if (m[3]!.endsWith('/')) continue;
    stack.push(m[2]!);
    // only the top three levels are looked at: joining a deep stack per tag would be quadratic in the nesting
    const where = stack.length <= 3 ? stack.join('/') : '';
    if (wanted.test(where) && !leaves.has(where)) {
      const start = m.index + m[0].length;
      const end = blank.indexOf('<', start);
      if (end !== -1) leaves.set(where, { start, end });
    }
  }
  return (where) => {
    const leaf = leaves.get(where);
    if (!leaf) return undefined;
    const raw = text.slice(leaf.start, leaf.end);
    const trimmed = raw.trim();
    return trimmed ? at(text, leaf.start + raw.indexOf(trimmed), trimmed) : undefined;
  };
}

/** Comments and CDATA sections as spaces (newlines kept), found with indexOf: an unclosed one ends the text. */
function blanked(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const comment = text.indexOf('<!--', from);
    const cdata = text.indexOf('<![CDATA[', from);
    const start = comment === -1 ? cdata : cdata === -1 ? comment : Math.min(comment, cdata);
    if (start === -1) return out + text.slice(from);
    const close = start === comment ? '-->' : ']]>';
    const stop = text.indexOf(close, start + 4);
    const end = stop === -1 ? text.length : stop + close.length;
    out += text.slice(from, start) + text.slice(start, end).replace(/[^\n]/g, ' ');
    from = end;
  }
}
