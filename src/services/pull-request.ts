// Judging a pull request: the one flow the Action and the App share. Check, council approval, sticky comment,
// check run with annotations. GitHub is reached only through the port.
import { changeText } from '../core/report/change-text.js';
import { withGitSource, type GitSource } from '../adapters/git-source.js';
import { git, repoTop } from '../adapters/git-tree.js';
import type { Change } from '../core/model.js';
import { normalizeRoot, type Config } from '../core/policy/config.js';
import { githubDraftLinks } from '../core/report/drafts.js';
import { renderMarkdown } from '../core/report/markdown.js';
import { ownChecklist, type Report, type Violation } from '../core/report/model.js';
import { verdictLine, verdictOf, type VerdictKind } from '../core/report/verdict.js';
import type { Annotation, CheckRunOutput, Comparison, GitHubPort } from '../github/port.js';
import { statusOf } from '../github/port.js';
import { isBug } from '../core/errors.js';
import { checkSource, filesRead, policyOnBase } from './check-run.js';
import { commentablePaths, planReviewComments, syncReviewComments } from './review-comments.js';
import type { TreeSource } from './tree-source.js';
import { withRemoteTags } from './remote-tags.js';
import { RestSource } from '../github/rest-source.js';

export const MARKER = '<!-- contract-guard:sticky -->';
const ANNOTATION_BATCH = 50;

export interface PullRequest {
  number: number;
  baseRef: string;
  headSha: string;
  /** The head branch and its repository's web address (a fork's, for a fork): drafts link to GitHub's editor there. */
  head?: { url: string; ref: string };
  /**
   * A merge queue's group for this pull request: `headSha` is the group's commit (the base branch, the pull requests
   * ahead of it in the queue and this one), `parent` the commit it was built on (the base branch, or the group ahead).
   */
  group?: { parent: string };
}

export interface JudgeInput {
  /** A git checkout of the repository; without one, `source` reads the contents (the App's REST fallback). */
  cwd?: string;
  source?: TreeSource;
  /** Said at the top of the report (how the contents were read, …). */
  warnings?: string[];
  pr: PullRequest;
  /** undefined: a read-only token (fork PRs); report through the returned annotations instead */
  port?: GitHubPort;
  checkName: string;
  comment: boolean;
  configPath?: string;
  configText?: string;
  log?: (line: string) => void;
  /** What GitHub said of the base branch and the head, when already asked (the App asks before it clones); else asked here. */
  comparison?: Comparison;
  /** Blob sizes GitHub listed: a file over the size limit is then never fetched into a partial clone, only reported. */
  sizes?: ReadonlyMap<string, number>;
  /** Told each file as its judging starts, and '' once the files are judged. */
  progress?: (file: string) => void;
}

export type Conclusion = 'success' | 'failure' | 'action_required';

export interface Judgement {
  report: Report;
  conclusion: Conclusion;
  /** The check's verdict: this pull request's, or a stricter one of another pull request the same commit heads. */
  kind: VerdictKind;
  /** The check run's title: the verdict line, naming the other pull request when its verdict is the check's. */
  title: string;
  annotations: Annotation[];
  comment: 'created' | 'updated' | 'unchanged' | 'skipped' | 'resolved' | 'not-allowed';
  checkRunId?: number;
  /** A write was refused (403): the token is read-only. */
  readOnly: boolean;
  /** What happened to the review comments (suggested fixes, notes on breaking lines). */
  review?: { created: number; updated: number; kept: number; deleted: number };
  markdown: string;
}

/** A judgement's fetches: no tags, and no housekeeping of the checkout after each (a process, and a runner's workspace lives for one job). */
const QUIET_FETCH = ['--no-tags', '--no-auto-maintenance'];

/**
 * Fetch what a shallow checkout lacks: the base branch (for its freeze) and the head commit. When GitHub has named the
 * base branch's tip and the merge base (`known`), what is missing of the three comes in one fetch, one commit deep, and
 * the view takes GitHub's word for both: no history is fetched or walked to find where the branches meet.
 */
export async function ensureRefs(clone: GitSource, baseRef: string, headSha: string, known?: Comparison): Promise<void> {
  const g = git(clone.top);
  const has = (ref: string) =>
    clone.commit(ref).then(
      () => true,
      () => false,
    );
  if (known) {
    const commits = [...new Set([known.base, headSha, known.mergeBase])];
    const missing = (await Promise.all(commits.map(async (c) => ((await has(c)) ? [] : [c])))).flat();
    if (missing.length) await g.raw(['fetch', ...QUIET_FETCH, '--depth=1', 'origin', ...missing]);
    clone.knowRef(`origin/${baseRef}`, known.base);
    clone.knowMergeBase(known.base, headSha, known.mergeBase);
    return;
  }
  const base = `refs/remotes/origin/${baseRef}`;
  if (!(await has(base))) await g.raw(['fetch', ...QUIET_FETCH, '--depth=50', 'origin', `+refs/heads/${baseRef}:${base}`]);
  if (!(await has(headSha))) await g.raw(['fetch', ...QUIET_FETCH, '--depth=50', 'origin', headSha]);
  // merge-bases need history: deepen a shallow clone until base and head meet
  for (let i = 0; i < 4; i++) {
    try {
      await clone.mergeBase(base, headSha);
      return;
    } catch {
      if ((await g.raw(['rev-parse', '--is-shallow-repository'])).trim() !== 'true') return;
      await g.raw(['fetch', ...QUIET_FETCH, i < 3 ? '--deepen=200' : '--unshallow', 'origin', `+refs/heads/${baseRef}:${base}`]);
    }
  }
}

/** GitHub's word on the base branch's tip and the merge base, when the judgement has a port to ask it through. */
async function comparison(input: JudgeInput, log: (line: string) => void): Promise<Comparison | undefined> {
  if (input.comparison || !input.port) return input.comparison;
  try {
    return await input.port.comparison(input.pr.baseRef, input.pr.headSha);
  } catch (err) {
    log(`the compare API did not answer (${(err as Error).message.split('\n')[0]}): the checkout's history finds the merge base`);
    return undefined;
  }
}

// what a Council member approved: each major change by its rule, place and what it says changed (from what to what;
// whole where its message abridges it), so a type approved to become an integer that becomes an object since is
// another break
const changeKey = (c: Change) => `${c.ruleId}|${c.file}|${c.pointer}|${c.identity ?? c.message}`;
const majorsOf = (changes: Change[]) => new Set(changes.filter((c) => c.level === 'major').map(changeKey));
// and each other finding asked of the Council by what it says (a policy edit by the keys it changes, from what to
// what): an approval of one edit is not one of the next; `major-change` only counts the majors above
const findingKey = (v: Violation) => `${v.ruleId}|${v.file}|${v.identity ?? v.message}`;
const askedOf = (violations: Violation[] = []) => violations.filter((v) => v.approvable && v.ruleId !== 'major-change').map(findingKey);
/** What an approval is of: the majors and the other findings asked of the Council. */
const approvedIn = (report: Report) => new Set([...majorsOf(report.changes), ...askedOf(report.violations)]);

export async function judgePullRequest(input: JudgeInput): Promise<Judgement> {
  if (input.cwd === undefined) return judgeThrough(input, undefined);
  return withGitSource(await repoTop(input.cwd), (clone) => {
    if (input.sizes) clone.knowSizes(input.sizes);
    return judgeThrough(input, clone);
  });
}

async function judgeThrough(input: JudgeInput, clone: GitSource | undefined): Promise<Judgement> {
  const { pr, port } = input;
  const log = input.log ?? (() => {});
  // tags are GitHub's: the Action's checkout and the App's clone hold none
  const source = clone && port ? withRemoteTags(clone, new RestSource(port)) : (clone ?? input.source);
  if (!source) throw new Error('judging a pull request needs a checkout or a tree source');
  const { report, config, baseBranch } = await verdictFor(input, clone, source, pr, await comparison(input, log));
  let readOnly = !port;
  // the check is the commit's, whichever pull request it heads: it concludes as the strictest of them
  // a merge queue's group commit heads no pull request: its check is its own
  const shared = port && !pr.group ? await strictestSharing(input, clone, source, verdictOf(report)) : undefined;
  const kind = shared?.kind ?? verdictOf(report);
  const conclusion: Conclusion = kind === 'blocked' ? 'failure' : kind === 'approval' ? 'action_required' : 'success';
  const links = pr.head ? githubDraftLinks(pr.head.url, pr.head.ref) : undefined;
  const markdown = renderMarkdown(report, { links });
  const title = shared?.title ?? verdictLine(report);
  const sharedNote = shared
    ? `> **Note:** ${shared.note} GitHub keeps one check per commit, so it concludes as the strictest of the pull requests the commit heads; what this pull request is told follows.\n\n`
    : '';
  const annotations = annotationsOf(report);
  let comment: Judgement['comment'] = 'skipped';
  let checkRunId: number | undefined;

  // what could not be written, said in the check run: the check always ends with a conclusion
  const unwritten: string[] = [];
  const guard = async <T>(what: string, fn: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await fn();
    } catch (err) {
      if (statusOf(err) === 403 && !/rate limit/i.test((err as Error).message)) {
        log(`${what}: refused (403: ${(err as Error).message})`);
        unwritten.push(`the ${what} could not be written (GitHub refused it: ${(err as Error).message})`);
        return undefined;
      }
      throw err;
    }
  };

  // the check run first: it is what branch protection waits for, whatever happens to the comment
  if (port) {
    checkRunId = await guard('check run', () =>
      publishCheckRun(
        port,
        input.checkName,
        pr.headSha,
        conclusion,
        title,
        sharedNote + checkSummary(markdown, sharedNote.length),
        annotations,
      ),
    );
    // a fork's token may not write at all: report through annotations instead
    if (checkRunId === undefined) {
      readOnly = true;
      if (input.comment) comment = 'not-allowed';
    }
  }
  if (port && !readOnly && input.comment) {
    const result = await guard('sticky comment', () => stickyComment(port, pr.number, report, markdown));
    comment = result ?? 'not-allowed';
  }
  let review: Judgement['review'];
  if (port && !readOnly && input.comment && comment !== 'not-allowed' && source.diffLines) {
    // suggested fixes and notes on breaking lines, where the pull request's diff shows them
    const diffLines = source.diffLines.bind(source);
    review = await guard('review comments', async () => {
      const base = await source.mergeBase(pr.headSha, baseBranch).catch(() => '');
      if (!base) {
        log('review comments: no merge-base with the base branch in this clone; the check run carries the annotations');
        return undefined;
      }
      const commentable = await diffLines(base, pr.headSha, commentablePaths(report));
      const headText = (path: string) => source.file(pr.headSha, path);
      const planned = await planReviewComments({ report, commentable, headText, maxInline: config.review.max_inline, links });
      return syncReviewComments(port, pr.number, pr.headSha, planned);
    });
  }
  if (port && checkRunId !== undefined && unwritten.length) {
    const note = `> **Note:** ${unwritten.join('; ')}. The verdict above stands.\n\n`;
    const summary = note + sharedNote + checkSummary(markdown, note.length + sharedNote.length);
    await port.updateCheckRun(checkRunId, { output: { title, summary } });
  }
  return { report, conclusion, kind, title, annotations, comment, checkRunId, readOnly, markdown, review };
}

/** What one pull request is told: its check against its base branch, the council's approvals, the hotfix label. */
async function verdictFor(
  input: JudgeInput,
  clone: GitSource | undefined,
  source: TreeSource,
  pr: PullRequest,
  known: Comparison | undefined,
): Promise<{ report: Report; config: Config; baseBranch: string }> {
  const { port } = input;
  const log = input.log ?? (() => {});
  const top = clone?.top;
  if (clone) await ensureRefs(clone, pr.baseRef, pr.headSha, known);
  const baseBranch = top === undefined ? pr.baseRef : `origin/${pr.baseRef}`;
  // the policy comes from the base branch: a pull request cannot weaken the rules it is judged by
  const { config, ruleset } = await policyOnBase(source, baseBranch, input.configPath, top, input.configText);
  // a partial clone (the App's) gets every contract file of both sides in one fetch, not one request per file
  if (clone) await clone.prefetch([baseBranch, pr.headSha], '', filesRead(config));
  // each judgement of a tree tells its files, then '' once they are judged: what follows is talking to GitHub
  const checkOf = async (head: string) => {
    const judged = await checkSource({
      source,
      config: { ...config, contracts: normalizeRoot(config.contracts) },
      // the head commit, not HEAD: the App's clone checks nothing out
      baseline: { baseBranch, mergeFrom: head },
      head,
      warnings: input.warnings,
      ruleset,
      now: new Date(),
      progress: input.progress,
    });
    input.progress?.('');
    return judged;
  };
  const report = await checkOf(pr.headSha);
  // when the base branch last changed: approvals and the hotfix label given before it are for another branch
  let rebased: Promise<string | undefined> | undefined;
  const rebasedAt = () => (rebased ??= port!.baseChangedAt(pr.number));
  // what the base branch already holds against the same freeze was merged there, approved where it was made (in a
  // merge queue: what the commit its group was built on holds); this pull request is asked only for what it adds
  const where = pr.group ? `${pr.group.parent.slice(0, 7)} (the commit its merge queue group was built on)` : pr.baseRef;
  let breaking = majorsOf(report.changes);
  let asked = (report.violations ?? []).filter((v) => v.approvable);
  const found = report.changes.length > 0 || (report.violations?.length ?? 0) > 0;
  if (found && (await changesNothingRead(source, pr, baseBranch, filesRead(config)))) {
    // none of its files is read: every change and every finding is the base branch's, which merging it leaves as is
    for (const c of report.changes) c.earlier = where;
    [breaking, asked] = [new Set(), []];
    const blocking = (report.violations ?? []).filter((v) => v.blocking);
    if (blocking.length) {
      const more = blocking.length > 1 ? ` (and ${blocking.length - 1} more)` : '';
      report.warnings.push(
        `${where} is blocked itself: ${blocking[0]!.message}${more}; not this pull request's to fix, as it changes no file the check reads`,
      );
      report.blocked = false;
      report.violations = report.violations?.filter((v) => !v.blocking);
    }
  } else if (report.approval?.required) {
    if (clone && pr.group) await ensureRefs(clone, pr.baseRef, pr.group.parent).catch(() => undefined);
    const own = ownFindings(report, await checkOf(pr.group?.parent ?? baseBranch), where);
    [breaking, asked] = [own.majors, own.approvable];
  }
  report.checklist = ownChecklist(report);
  if (report.approval?.required && !breaking.size && !asked.length) {
    report.approval = { ...report.approval, required: false, reasons: [] };
    report.violations = report.violations?.filter((v) => !v.approvable);
    report.warnings.push(
      `its breaking changes are already on ${where} against the same baseline, approved where they were made: this pull request adds none`,
    );
  }
  if (report.approval?.required && port) {
    const current = new Set([...breaking, ...askedOf(asked)]);
    const approvedBy = await councilApprovals(port, pr, config, current, rebasedAt, async (sha) => {
      if (clone) await ensureRefs(clone, pr.baseRef, sha).catch(() => undefined);
      return approvedIn(await checkOf(sha));
    });
    report.approval = { ...report.approval, approvedBy, approved: approvedBy.length >= config.council.approvals };
    log(`council approvals: ${approvedBy.length ? approvedBy.join(', ') : 'none'} (need ${config.council.approvals})`);
  }
  if (port && (report.blocked || report.approval?.required)) {
    // the emergency path: the hotfix label, added by a council member, lets the pull request through, on the record
    const added = await port.labelAddedBy(pr.number, config.hotfix.label);
    if (added) {
      const council = await councilMember(port, config)(added.by);
      // it lets through what the Council saw when adding it: a label older than this head's first check run (or than
      // this judgement, the head's first) predates the push, and commits pushed since are not what it let through;
      // one older than the latest change of base branch let the head into another branch
      // (in a merge queue: the pull request's own head, not the group's commit, which is always newer than the label)
      const labelled = pr.group ? ((await port.pullHead(pr.number)) ?? pr.headSha) : pr.headSha;
      const started = (await port.listCheckRuns(labelled, input.checkName)).map((r) => r.startedAt).filter((t): t is string => !!t);
      const seen = started.length ? Math.min(...started.map((t) => Date.parse(t))) : Date.now();
      const changed = council ? await rebasedAt() : undefined;
      const moved = changed !== undefined && !!added.at && Date.parse(added.at) < Date.parse(changed);
      const stale = council && (!added.at || Date.parse(added.at) < seen || moved);
      report.hotfix = {
        label: config.hotfix.label,
        by: added.by,
        authorised: council && !stale,
        ...(stale ? { stale: true } : {}),
        ...(stale && moved ? { rebased: true } : {}),
      };
      log(
        `hotfix label ${config.hotfix.label} added by ${added.by}: ${report.hotfix.authorised ? 'authorised' : moved ? 'before the base branch was changed, no effect' : stale ? 'before the latest push, no effect' : 'not a council member, no effect'}`,
      );
    }
  }
  return { report, config, baseBranch };
}

/** Base branches of other pull requests one head is judged against, at most: more and the check does not pass. */
const MAX_SHARED_BASES = 5;
/** By what the check concludes: another pull request's verdict decides the check only when it concludes stricter. */
const STRICTNESS: Record<VerdictKind, number> = { blocked: 2, approval: 1, hotfix: 0, approved: 0, pass: 0 };

/** The check's verdict when another pull request the head commit heads is stricter: its title, and why, for the summary. */
interface Shared {
  kind: VerdictKind;
  title: string;
  note: string;
}

/**
 * GitHub keeps check runs per commit, not per pull request: a commit that heads a blocked pull request into main and
 * another into a branch its author froze as it liked took the second's green check for both, whichever was judged
 * last. Every open pull request the head heads into another base branch is judged too, and the strictest verdict is
 * the check's. Undefined when this pull request's own verdict is the strictest.
 */
async function strictestSharing(
  input: JudgeInput,
  clone: GitSource | undefined,
  source: TreeSource,
  own: VerdictKind,
): Promise<Shared | undefined> {
  const { pr, port } = input;
  const bases = new Map<string, number>();
  for (const p of await port!.pullsOfCommit(pr.headSha))
    if (p.state === 'open' && p.headSha === pr.headSha && p.baseRef && p.baseRef !== pr.baseRef && !bases.has(p.baseRef))
      bases.set(p.baseRef, p.number);
  if (!bases.size) return undefined;
  const sorted = [...bases].sort((a, b) => a[1] - b[1]);
  const named = ([baseRef, number]: [string, number]) => `#${number} (into \`${baseRef}\`)`;
  if (sorted.length > MAX_SHARED_BASES)
    return {
      kind: 'blocked',
      title: `⛔ blocked: this commit heads pull requests into ${sorted.length + 1} branches; at most ${MAX_SHARED_BASES + 1} are judged`,
      note: `This commit also heads ${sorted.map(named).join(', ')}: more branches than one check judges.`,
    };
  let strictest: Shared | undefined;
  let rank = STRICTNESS[own];
  for (const [baseRef, number] of sorted) {
    const other = { number, baseRef, headSha: pr.headSha };
    // a base it cannot be judged against (no common history, a policy that does not parse) is no pass there: the
    // check cannot say the commit is fine for that branch
    const judged = await verdictFor({ ...input, progress: undefined }, clone, source, other, undefined).catch((err: unknown) => {
      if (isBug(err)) throw err;
      return (err as Error).message.split('\n')[0]!;
    });
    const kind = typeof judged === 'string' ? 'blocked' : verdictOf(judged.report);
    const line = typeof judged === 'string' ? `⛔ blocked: it could not be judged there (${judged})` : verdictLine(judged.report);
    input.log?.(`this commit also heads #${number} (into ${baseRef}): ${line}`);
    if (STRICTNESS[kind] <= rank) continue;
    rank = STRICTNESS[kind];
    strictest = {
      kind,
      title: line.replace(':', ` in #${number} (into ${baseRef}):`),
      note: `This commit also heads ${named([baseRef, number])}, where it is ${line}.`,
    };
  }
  return strictest;
}

/** Is a user on the Contract Council (a listed user, or an active member of a council team)? Cached per run. */
function councilMember(port: GitHubPort, config: Config): (user: string) => Promise<boolean> {
  const members = new Map<string, boolean>();
  return async (user) => {
    if (config.council.users.some((u) => u.toLowerCase() === user.toLowerCase())) return true;
    if (!members.has(user)) {
      let member = false;
      for (const slug of config.council.teams) {
        const [org, team] = slug.split('/') as [string, string];
        if (await port.isTeamMember(org, team, user)) {
          member = true;
          break;
        }
      }
      members.set(user, member);
    }
    return members.get(user)!;
  };
}

async function councilApprovals(
  port: GitHubPort,
  pr: PullRequest,
  config: Config,
  current: Set<string>,
  rebasedAt: () => Promise<string | undefined>,
  majorsAt: (sha: string) => Promise<Set<string>>,
): Promise<string[]> {
  const reviews = await port.listReviews(pr.number);
  // a reviewer's latest decision counts; comments do not change it, dismissal withdraws it
  const latest = new Map<string, (typeof reviews)[number]>();
  for (const r of reviews) if (r.state !== 'COMMENTED' && r.state !== 'PENDING') latest.set(r.user.toLowerCase(), r);
  const isCouncil = councilMember(port, config);
  const majorsCache = new Map<string, Set<string> | undefined>();
  const approvers: string[] = [];
  // an approval is of the changes against the base branch it was given for: one given before the base was changed
  // (into a branch where the same head breaks more) does not carry over
  const sinceBaseChange = async (r: (typeof reviews)[number]) => {
    const at = await rebasedAt();
    return at === undefined || (r.submittedAt !== undefined && Date.parse(r.submittedAt) >= Date.parse(at));
  };
  for (const r of latest.values()) {
    if (r.state !== 'APPROVED' || !(await isCouncil(r.user)) || !(await sinceBaseChange(r))) continue;
    if (r.commitId !== pr.headSha) {
      // an approval of an earlier head still counts if every breaking change and finding asked now was among those it approved
      if (!majorsCache.has(r.commitId)) majorsCache.set(r.commitId, await majorsAt(r.commitId).catch(() => undefined));
      const approved = majorsCache.get(r.commitId);
      if (!approved || [...current].some((m) => !approved.has(m))) continue;
    }
    approvers.push(r.user);
  }
  return approvers.sort();
}

/**
 * Whether a pull request (or a merge queue group) changes no file its judgement reads, told from the names of the files
 * it changes since it forked (a group: since its parent) without reading any. False when they cannot all be told.
 */
async function changesNothingRead(
  source: TreeSource,
  pr: PullRequest,
  baseBranch: string,
  read: (path: string) => boolean,
): Promise<boolean> {
  if (!source.changedPaths) return false;
  try {
    const fork = pr.group?.parent ?? (await source.mergeBase(pr.headSha, baseBranch));
    const changed = await source.changedPaths(fork, pr.headSha);
    return changed !== undefined && !changed.some(read);
  } catch {
    return false;
  }
}

/**
 * What a head adds to what was there before it (the base branch's tip, or a merge queue group's parent), judged
 * against the same baseline: its breaking changes and the approvals asked for that the other did not ask for. The
 * changes already there are marked so, for the report. A break fixed and another made still leaves one of its own.
 */
function ownFindings(report: Report, before: Report, where: string): { majors: Set<string>; approvable: Violation[] } {
  const asked = new Set((before.violations ?? []).filter((v) => v.approvable).map(findingKey));
  const there = new Set(before.changes.map(changeKey));
  for (const c of report.changes) if (there.has(changeKey(c))) c.earlier = where;
  return {
    majors: new Set([...majorsOf(report.changes)].filter((m) => !there.has(m))),
    approvable: (report.violations ?? []).filter((v) => v.approvable && !asked.has(findingKey(v))),
  };
}

/** What the previous comment asked for, read back from it: its verdict, its to-do and the breaks it listed. */
function fixedSince(previous: string): string {
  const verdict = /^### contract-guard (.+)$/m.exec(previous)?.[1];
  const todo = /^\*\*To do:\*\* (.+?) <sub>/m.exec(previous)?.[1];
  const breaks = [...previous.matchAll(/^\| (.+?)<br>.*? \| (.+?) <sub>/gm)].map((m) => `${m[1]}: ${m[2]}`);
  return [
    ...(verdict ? [`- ~~${verdict}~~`] : []),
    ...(todo ? [`- ~~To do: ${todo}~~`] : []),
    ...breaks.map((b) => `- ~~${b}~~ no longer breaks`),
  ].join('\n');
}

async function stickyComment(port: GitHubPort, pr: number, report: Report, markdown: string): Promise<Judgement['comment']> {
  const existing = (await port.listComments(pr)).find((c) => c.byBot && c.body.includes(MARKER));
  // changes already on the base branch are not the pull request's doing
  const touched = report.changes.some((c) => !c.earlier) || (report.violations?.length ?? 0) > 0 || report.errors.length > 0;
  if (!existing && !touched) return 'skipped'; // never comment on a PR that never touched contracts
  const kind = verdictOf(report);
  let body: string;
  let outcome: Judgement['comment'];
  if (existing && kind === 'pass' && /⛔ blocked|⚠️ needs Contract Council approval/.test(existing.body)) {
    const todo = (report.checklist ?? []).map((i) => `- [${i.done ? 'x' : ' '}] ${i.text}`).join('\n');
    body = `${MARKER}\n### contract-guard ✅ resolved: ${verdictLine(report).replace(/^✅ passes: /, '')}\n\nThe problems reported earlier are fixed:\n\n${fixedSince(existing.body)}${todo ? `\n\n**Migration checklist**\n\n${todo}` : ''}\n`;
    outcome = 'resolved';
  } else {
    body = `${MARKER}\n${markdown}`;
    outcome = existing ? 'updated' : 'created';
  }
  if (existing) {
    if (existing.body === body) return 'unchanged';
    await port.updateComment(existing.id, body);
    return outcome;
  }
  await port.createComment(pr, body);
  return outcome;
}

async function publishCheckRun(
  port: GitHubPort,
  name: string,
  headSha: string,
  conclusion: Conclusion,
  title: string,
  summary: string,
  annotations: Annotation[],
): Promise<number> {
  const batches: Annotation[][] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATION_BATCH) batches.push(annotations.slice(i, i + ANNOTATION_BATCH));
  const first = { title, summary, annotations: batches[0] ?? [] };
  const id = await concludeCheckRun(port, name, headSha, conclusion, first);
  for (const batch of batches.slice(1)) await port.updateCheckRun(id, { output: { title, summary, annotations: batch } });
  return id;
}

/**
 * One check run per head: a re-run (redelivery, re-request, an approval) updates the newest. Where GitHub keeps a
 * completed run's conclusion as it was (a run it holds final, or one GitHub Actions made), a new run carries the new
 * one, and being the newest, it is the one updated next time.
 */
export async function concludeCheckRun(
  port: GitHubPort,
  name: string,
  headSha: string,
  conclusion: Conclusion,
  output: CheckRunOutput,
): Promise<number> {
  const [known] = await port.listCheckRuns(headSha, name);
  if (known && (await port.updateCheckRun(known.id, { conclusion, output }))) return known.id;
  return port.createCheckRun({ name, headSha, conclusion, output });
}

/** The check run's summary: GitHub takes at most 65,535 characters. */
function checkSummary(markdown: string, room = 0): string {
  const max = 65_000 - room;
  return markdown.length > max ? markdown.slice(0, max) : markdown;
}

/** Violations and major/minor changes on the exact head lines. */
/**
 * At most this many annotations on a check run: five requests of GitHub's fifty. A pull request of thousands of new
 * schemas made one request per fifty changes, paced a second apart, until the judgement's deadline ended it; the
 * comment and the JSON report list every change.
 */
export const MAX_ANNOTATIONS = 250;

/** The check run's annotations, most important first (blocking, then approvable, then the rest), at most MAX_ANNOTATIONS. */
export function annotationsOf(report: Report): Annotation[] {
  const out: Annotation[] = [];
  const level = (v: Violation) => (v.blocking ? 'failure' : v.approvable ? 'warning' : 'notice');
  for (const v of report.violations ?? []) {
    out.push({
      path: v.file,
      start_line: v.line ?? 1,
      end_line: v.line ?? 1,
      annotation_level: level(v),
      title: `contract-guard: ${v.ruleId}`,
      message: `${v.message}\nFix: ${v.fix}`,
    });
  }
  for (const c of report.changes) {
    // a change already on the base branch is not on this pull request's lines
    if ((c.level !== 'major' && c.level !== 'minor') || c.earlier) continue;
    out.push({
      path: c.file,
      start_line: c.line ?? 1,
      end_line: c.line ?? 1,
      annotation_level: c.level === 'major' ? 'warning' : 'notice',
      title: `${c.level} change: ${c.ruleId}`,
      message: `${changeText(c)}\n${c.hint}`,
    });
  }
  const rank = { failure: 0, warning: 1, notice: 2 } as const;
  return out.sort((x, y) => rank[x.annotation_level] - rank[y.annotation_level]).slice(0, MAX_ANNOTATIONS);
}
