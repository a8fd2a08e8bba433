// A pull-request comment as GitHub shows it: GFM (tables, task lists, raw <details> and <sub>) rendered by `marked`,
// styled by github-markdown-css, in a column as wide as GitHub's conversation view.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { marked } from 'marked';

const require = createRequire(import.meta.url);
const CSS = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');

export function commentPage(markdown: string): string {
  const body = marked.parse(markdown, { gfm: true, async: false });
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; max-width: 920px; margin: 0 auto; padding: 16px 24px; }
</style></head><body><article class="markdown-body">${body}</article></body></html>`;
}
