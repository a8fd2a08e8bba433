// undici is in the Action for @actions/http-client's and @actions/github's proxy support only: contract-guard's own
// requests go through node's fetch (timeout.ts). The Action's bundle takes `undici` from here, so its 770 KB load
// (~0.1 s of every run) happens when a proxy is configured, not at every start (src/core/libraries.cjs loads it).
import libraries from '../core/libraries.cjs';

type Undici = typeof import('undici');

export const ProxyAgent = function ProxyAgent(options: ConstructorParameters<Undici['ProxyAgent']>[0]) {
  return new (libraries.undici().ProxyAgent)(options);
} as unknown as Undici['ProxyAgent'];

export const fetch: Undici['fetch'] = (...args) => libraries.undici().fetch(...args);
