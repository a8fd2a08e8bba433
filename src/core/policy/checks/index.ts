// The policy, as a list of checks run in this order (their findings and checklist items keep it).
// A new check: one file here, one line below, and its rows in policy-rules.ts.
import type { PolicyCheck } from './context.js';
import { deprecationWindow } from './deprecation-window.js';
import { eventChannels } from './event-channels.js';
import { examples } from './examples.js';
import { frozenHistory } from './frozen-history.js';
import { guardPolicy } from './guard-policy.js';
import { invariants } from './invariants.js';
import { openapiLint } from './openapi-lint.js';
import { publishedVersions } from './published-versions.js';
import { readability } from './readability.js';
import { spectral } from './spectral.js';
import { versioning } from './versioning.js';

export const POLICY_CHECKS: readonly PolicyCheck[] = [
  versioning,
  publishedVersions,
  eventChannels,
  deprecationWindow,
  readability,
  examples,
  openapiLint,
  spectral,
  invariants,
  frozenHistory,
  guardPolicy,
];
