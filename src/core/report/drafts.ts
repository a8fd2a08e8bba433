// How a draft (a changelog entry, a migration note) is offered: a collapsed block to copy, and where the
// repository is known, a link that opens GitHub's editor with the draft filled in.
import type { Proposal } from '../policy/proposals.js';

export interface DraftLinks {
  /** Opens GitHub's "new file" page with `text` filled in. */
  newFile(path: string, text: string): string;
  editFile(path: string): string;
}

/** GitHub's own editor URLs on the pull request's head branch. Long drafts are left out of the URL (browsers cut it). */
export function githubDraftLinks(repoUrl: string, branch: string): DraftLinks {
  const base = repoUrl.replace(/\/$/, '');
  const ref = branch.split('/').map(encodeURIComponent).join('/');
  return {
    newFile: (path, text) =>
      `${base}/new/${ref}?filename=${encodeURIComponent(path)}${text.length <= 4000 ? `&value=${encodeURIComponent(text)}` : ''}`,
    editFile: (path) => `${base}/edit/${ref}/${path.split('/').map(encodeURIComponent).join('/')}`,
  };
}

/** One line: the link that applies the draft, or '' without links. */
export function draftLink(p: Proposal, links?: DraftLinks): string {
  if (!links) return '';
  if (p.after === undefined)
    return `<a href="${attr(links.newFile(p.path, p.text))}">Create <code>${html(p.path)}</code> from this draft</a>`;
  const where = p.after === 0 ? 'at the top' : `after line ${p.after}`;
  return `<a href="${attr(links.editFile(p.path))}">Edit <code>${html(p.path)}</code></a> and paste it ${where}`;
}

/** The draft in a collapsed block, fenced so that no backtick run inside it can close the fence. */
export function draftDetails(p: Proposal, links?: DraftLinks): string {
  const link = draftLink(p, links);
  return [
    `<details><summary>📝 Draft for <code>${html(p.path)}</code>${link ? ` · ${link}` : ''}</summary>`,
    '',
    fenced(p.text, 'markdown'),
    '',
    '</details>',
  ].join('\n');
}

export function fenced(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text.replace(/\n$/, '')}\n${fence}`;
}

const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (s: string) => html(s).replace(/"/g, '&quot;');
