// The one GitHub port: everything contract-guard asks of GitHub. The Action and the App give it an Octokit.

export interface Comment {
  id: number;
  body: string;
  /**
   * Made by this bot, as far as GitHub tells: for the App, by its own app (`performed_via_github_app`); for the Action,
   * by any bot (a workflow's github-actions[bot] is the Action's too).
   */
  byBot: boolean;
}

export interface Review {
  id: number;
  user: string;
  state: string;
  commitId: string;
  /** When it was submitted (ISO 8601), as GitHub says. */
  submittedAt?: string;
}

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
}

export interface CheckRunOutput {
  title: string;
  summary: string;
  annotations?: Annotation[];
}

export interface CheckRunInput {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'action_required' | 'neutral';
  output: CheckRunOutput;
}

/** A pull-request review comment, on one line of the head. */
export interface ReviewComment {
  id: number;
  path: string;
  line?: number;
  body: string;
  byBot: boolean;
}

/** One file of a recursive tree listing. */
export interface TreeEntry {
  path: string;
  sha: string;
  size: number;
}

/** Files to commit on top of a commit, as one new commit that moves a branch. */
export interface FilesCommit {
  branch: string;
  parent: string;
  message: string;
  files: { path: string; content: string }[];
}

export interface NewReviewComments {
  commitId: string;
  /** The review's own text (GitHub requires one for a comment review). */
  body: string;
  comments: { path: string; line: number; body: string }[];
}

/** A pull request as `GET commits/{sha}/pulls` lists it. */
export interface CommitPull {
  number: number;
  labels: string[];
  state?: string;
  baseRef?: string;
  headSha?: string;
}

/** An open pull request, as `GET pulls` lists it. */
export interface OpenPull {
  number: number;
  baseRef: string;
  headSha: string;
  /** The head branch and its repository's web address (a fork's, for a fork). */
  head?: { url: string; ref: string };
}

export interface GitHubPort {
  listComments(pr: number): Promise<Comment[]>;
  createComment(pr: number, body: string): Promise<number>;
  updateComment(id: number, body: string): Promise<void>;
  /** Existing check runs of that name on that commit (for idempotent re-runs), newest first, with when each started. */
  listCheckRuns(headSha: string, name: string): Promise<{ id: number; startedAt?: string }[]>;
  createCheckRun(input: CheckRunInput): Promise<number>;
  /**
   * Update a check run. With a conclusion: false when GitHub would not change it (a completed run's conclusion may be
   * final, and an Actions-made run's is the workflow's), so a new run must carry it.
   */
  updateCheckRun(id: number, input: Partial<CheckRunInput> & { output: CheckRunOutput }): Promise<boolean>;
  listReviews(pr: number): Promise<Review[]>;
  isTeamMember(org: string, team: string, user: string): Promise<boolean>;
  /** The pull request's head commit now; undefined when it cannot be read (a newer push supersedes older judgements). */
  pullHead(pr: number): Promise<string | undefined>;
  /** The pull requests a commit belongs to (a merge, or the open ones it heads), with their labels, state and branches. */
  pullsOfCommit(sha: string): Promise<CommitPull[]>;
  /** The open pull requests into `base` (every open one without it), the hundred most recently updated. */
  openPulls(base?: string): Promise<OpenPull[]>;
  /** When the pull request's base branch was last changed (ISO 8601); undefined when it never was. */
  baseChangedAt(pr: number): Promise<string | undefined>;
  /** Who last added `label` to the pull request, and when, if it carries it now. */
  labelAddedBy(pr: number, label: string): Promise<{ by: string; at?: string } | undefined>;
  /** Review comments on the pull request's lines (suggested changes, notes on breaking lines). */
  listReviewComments(pr: number): Promise<ReviewComment[]>;
  /** Post comments on the pull request's lines, all in one review (state COMMENTED, which approvals ignore). */
  createReviewComments(pr: number, review: NewReviewComments): Promise<void>;
  updateReviewComment(id: number, body: string): Promise<void>;
  deleteReviewComment(id: number): Promise<void>;

  // the repository's contents, for when there is no clone, and for writing freezes and tags after a merge
  /** The commit a ref (branch, tag, sha) names. */
  resolveRef(ref: string): Promise<string>;
  /** Every file (blob) at a ref, recursively. */
  readTree(ref: string): Promise<TreeEntry[]>;
  readBlob(sha: string): Promise<Uint8Array>;
  /** One file at a ref; undefined when it does not exist. */
  readFile(ref: string, path: string): Promise<Uint8Array | undefined>;
  /** The commit `base` names now and its best common ancestor with `head`, as GitHub's compare sees them. */
  comparison(base: string, head: string): Promise<Comparison>;
  /** The files that changed from `base` to `head`, with their unified patches (GitHub omits a patch for large files). */
  compareFiles(base: string, head: string): Promise<{ path: string; patch?: string }[]>;
  /** Tag names starting with `prefix`. */
  listTags(prefix: string): Promise<string[]>;
  /** Create a lightweight tag; false when it exists already (a redelivered push). */
  createTag(name: string, sha: string): Promise<boolean>;
  /** Commit files on top of `parent` and move the branch there; undefined when the branch moved on meanwhile. */
  commitFiles(commit: FilesCommit): Promise<string | undefined>;
}

export interface Comparison {
  base: string;
  mergeBase: string;
}

/** An HTTP status from GitHub, whichever client raised it. */
export function statusOf(err: unknown): number | undefined {
  const status = (err as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}
