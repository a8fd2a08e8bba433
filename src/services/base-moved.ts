// A push to a branch can change the verdict of every open pull request into it: a pull request is judged by its base
// branch's freeze, contracts, changelogs and policy, and GitHub judges nothing again when they move. Two pull requests
// that each bumped a unit to 1.1.0 both stayed green after the first was merged and frozen; merged as well, the
// second published a different 1.1.0 under the same version. Which pull requests to judge again is decided here, for
// the Action and the App alike.
import { CONFIG_PATH, type Config } from '../core/policy/config.js';
import { DEFAULT_RULESETS } from '../core/policy/spectral-ruleset.js';
import type { GitHubPort, OpenPull, TreeEntry } from '../github/port.js';
import { filesReadOnBase } from './check-run.js';

export interface BranchPush {
  branch: string;
  /** undefined: the branch was created by this push. */
  before?: string;
  after: string;
}

export interface StalePulls {
  pulls: OpenPull[];
  /** Why, in one line for the log. */
  why: string;
}

/**
 * The open pull requests whose verdict a push may have changed: those into the pushed branch when it changed a file
 * their judgement reads there (a contract, a freeze, a changelog, the policy or the Spectral ruleset). When the pushed
 * branch's policy is every pull request's (the App reads it from the default branch), a changed policy reaches all.
 * When the two trees cannot be listed, every pull request into the branch: judging again is never wrong.
 */
export async function pullsToJudgeAgain(
  port: GitHubPort,
  config: Config,
  push: BranchPush,
  options: { configPath?: string; policyForAll?: boolean } = {},
): Promise<StalePulls> {
  const policyFiles = new Set([
    options.configPath ?? CONFIG_PATH,
    ...(config.spectral.ruleset ? [config.spectral.ruleset] : DEFAULT_RULESETS),
    '.changeset/config.json',
  ]);
  // most pushes are to a pull request's own branch, which no pull request is into: nothing to compare then
  const into = await port.openPulls(push.branch);
  if (!into.length && !options.policyForAll) return { pulls: [], why: `no open pull request is into ${push.branch}` };
  let changed: { reads: boolean; policy: boolean };
  try {
    changed = await whatChanged(port, config, push, policyFiles);
  } catch (err) {
    const why = `the pushed trees could not be compared (${(err as Error).message.split('\n')[0]}): every pull request into ${push.branch}`;
    return { pulls: into, why };
  }
  if (changed.policy && options.policyForAll)
    return { pulls: await port.openPulls(), why: `the policy changed on ${push.branch}: every open pull request` };
  if (changed.policy || changed.reads) return { pulls: into, why: `${push.branch} changed what its pull requests are judged by` };
  return { pulls: [], why: `${push.branch} changed nothing its pull requests are judged by` };
}

async function whatChanged(port: GitHubPort, config: Config, push: BranchPush, policyFiles: Set<string>) {
  const [was, now] = await Promise.all([push.before ? port.readTree(push.before) : Promise.resolve([]), port.readTree(push.after)]);
  const paths = (tree: TreeEntry[]) => tree.map((e) => e.path);
  // what is read is decided on each side's own paths (a contracts/ folder added or removed moves the root)
  const readBefore = filesReadOnBase(config, paths(was));
  const readAfter = filesReadOnBase(config, paths(now));
  const blobs = new Map(was.map((e) => [e.path, e.sha]));
  const differing = new Set<string>();
  for (const e of now) {
    if (blobs.get(e.path) !== e.sha) differing.add(e.path);
    blobs.delete(e.path);
  }
  for (const path of blobs.keys()) differing.add(path);
  const touched = [...differing];
  return {
    policy: touched.some((p) => policyFiles.has(p)),
    reads: touched.some((p) => readBefore(p) || readAfter(p)),
  };
}
