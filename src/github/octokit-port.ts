// The port over an Octokit instance. @actions/github's getOctokit and Probot's context.octokit both fit.
import type { CheckRunInput, CheckRunOutput, Comment, GitHubPort, Review } from './port.js';
import { statusOf } from './port.js';

/** The slice of Octokit we use (both clients provide it). */
export interface OctokitLike {
  request: (route: string, params?: Record<string, unknown>) => Promise<{ data: unknown; headers?: Record<string, unknown> }>;
  paginate: (route: string, params?: Record<string, unknown>) => Promise<unknown[]>;
}

export class OctokitPort implements GitHubPort {
  constructor(
    private readonly octokit: OctokitLike,
    private readonly owner: string,
    private readonly repo: string,
  ) {}

  private get where() {
    return { owner: this.owner, repo: this.repo };
  }

  async listComments(pr: number): Promise<Comment[]> {
    const list = (await this.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...this.where,
      issue_number: pr,
      per_page: 100,
    })) as {
      id: number;
      body?: string;
      user?: { type?: string; login?: string } | null;
    }[];
    return list.map((c) => ({ id: c.id, body: c.body ?? '', byBot: c.user?.type === 'Bot' || /\[bot\]$/.test(c.user?.login ?? '') }));
  }

  async createComment(pr: number, body: string): Promise<number> {
    const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...this.where,
      issue_number: pr,
      body,
    });
    return (data as { id: number }).id;
  }

  async updateComment(id: number, body: string): Promise<void> {
    await this.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...this.where, comment_id: id, body });
  }

  async listCheckRuns(headSha: string, name: string): Promise<{ id: number }[]> {
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
      ...this.where,
      ref: headSha,
      check_name: name,
      per_page: 100,
    });
    return ((data as { check_runs?: { id: number }[] }).check_runs ?? []).map((r) => ({ id: r.id }));
  }

  async createCheckRun(input: CheckRunInput): Promise<number> {
    const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/check-runs', {
      ...this.where,
      name: input.name,
      head_sha: input.headSha,
      status: 'completed',
      conclusion: input.conclusion,
      output: input.output,
    });
    return (data as { id: number }).id;
  }

  async updateCheckRun(id: number, input: Partial<CheckRunInput> & { output: CheckRunOutput }): Promise<void> {
    await this.octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      ...this.where,
      check_run_id: id,
      ...(input.conclusion ? { status: 'completed', conclusion: input.conclusion } : {}),
      output: input.output,
    });
  }

  async listReviews(pr: number): Promise<Review[]> {
    const list = (await this.octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
      ...this.where,
      pull_number: pr,
      per_page: 100,
    })) as {
      id: number;
      user?: { login?: string } | null;
      state: string;
      commit_id: string;
    }[];
    return list.map((r) => ({ id: r.id, user: r.user?.login ?? '', state: r.state, commitId: r.commit_id }));
  }

  async isTeamMember(org: string, team: string, user: string): Promise<boolean> {
    try {
      const { data } = await this.octokit.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
        org,
        team_slug: team,
        username: user,
      });
      return (data as { state?: string }).state === 'active';
    } catch (err) {
      if (statusOf(err) === 404) return false;
      throw err;
    }
  }
}
