// The one GitHub port: everything contract-guard asks of GitHub. The Action and the App give it an Octokit.

export interface Comment {
  id: number;
  body: string;
  /** The author is a bot (the Action's github-actions[bot], the App's <slug>[bot]). */
  byBot: boolean;
}

export interface Review {
  id: number;
  user: string;
  state: string;
  commitId: string;
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

export interface GitHubPort {
  listComments(pr: number): Promise<Comment[]>;
  createComment(pr: number, body: string): Promise<number>;
  updateComment(id: number, body: string): Promise<void>;
  /** Existing check runs of that name on that commit (for idempotent re-runs). */
  listCheckRuns(headSha: string, name: string): Promise<{ id: number }[]>;
  createCheckRun(input: CheckRunInput): Promise<number>;
  updateCheckRun(id: number, input: Partial<CheckRunInput> & { output: CheckRunOutput }): Promise<void>;
  listReviews(pr: number): Promise<Review[]>;
  isTeamMember(org: string, team: string, user: string): Promise<boolean>;
}

/** An HTTP status from GitHub, whichever client raised it. */
export function statusOf(err: unknown): number | undefined {
  const status = (err as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}
