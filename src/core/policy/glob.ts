// Config globs (`events/**/*.json`) matched against `/`-separated relative paths. The globs are the base branch's,
// the paths a pull request's: they run on RE2, in time linear in the path. picomatch's expressions lean on lookahead,
// which RE2 cannot run, and backtrack natively in time of the path's length to the power of the glob's `**`s
// (`**/a/**/b/**/c/**/*.json` took 1.1 s on one path of a thousand characters). zeptomatch writes expressions
// without lookaround (docs/decisions.md, "Globs").
import zeptomatch from 'zeptomatch';
import libraries from '../libraries.cjs';

const cache = new Map<string, (path: string) => boolean>();

export function matchesAny(path: string, globs: string[]): boolean {
  return globs.some((g) => matcher(g)(path));
}

function matcher(glob: string): (path: string) => boolean {
  let m = cache.get(glob);
  if (!m) cache.set(glob, (m = compileGlob(glob)));
  return m;
}

/**
 * Why `glob` cannot be matched (a character class whose range runs backwards, one left open), if it cannot. The
 * config is checked so when it is read; what compiles is kept for matching.
 */
export function globError(glob: string): string | undefined {
  try {
    matcher(glob);
    return undefined;
  } catch (err) {
    return (err as Error).message.replace(/^error parsing regexp: /, '');
  }
}

function compileGlob(glob: string): (path: string) => boolean {
  // a leading `!` negates the glob (zeptomatch writes it as a lookahead, which RE2 cannot run)
  const negations = /^!*/.exec(glob)![0].length;
  const match = expression(glob.slice(negations));
  return negations % 2 ? (path) => !match(path) : match;
}

function expression(glob: string): (path: string) => boolean {
  const re = zeptomatch.compile(glob);
  // zeptomatch also takes `\` for a separator, as Windows writes paths; in git's paths it is a character of a name
  const source = re.source.replaceAll('[\\\\/]', '\\/').replaceAll('[^\\\\/]', '[^/]');
  const { RE2JS } = libraries.re2js();
  const flags = (re.flags.includes('s') ? RE2JS.DOTALL : 0) | (re.flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0);
  const safe = RE2JS.compile(RE2JS.translateRegExp(source), flags);
  return (path) => safe.matcher(path).find();
}
