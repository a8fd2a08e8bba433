// Config globs (`events/**/*.json`) matched with picomatch against `/`-separated relative paths.
import picomatch from 'picomatch';

const cache = new Map<string, (path: string) => boolean>();

export function matchesAny(path: string, globs: string[]): boolean {
  return globs.some((g) => {
    let m = cache.get(g);
    if (!m) cache.set(g, (m = picomatch(g, { dot: true })));
    return m(path);
  });
}
