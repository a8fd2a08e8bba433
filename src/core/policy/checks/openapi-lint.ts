// House rules for every OpenAPI document (4xx responses, mTLS + Bearer, /health exempt, 3.1), ratcheted: only with
// `preset: memoryos`, which `init` proposes when a repository already follows them. Other teams are not told to.
import { lintOpenApi } from '../lint.js';
import { ratchet, type PolicyCheck } from './context.js';

export const openapiLint: PolicyCheck = (context) => ({
  findings: context.config.preset === 'memoryos' ? ratchet(context, (side) => lintOpenApi(side.docs, side.paths)) : [],
});
