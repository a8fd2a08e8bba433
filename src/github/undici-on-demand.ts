// undici is in the Action for @actions/http-client's and @actions/github's proxy support only: contract-guard's own
// requests go through node's fetch (timeout.ts). The Action's bundle takes `undici` from here, so its 770 KB load
// (~0.1 s of every run) happens when a proxy is configured, not at every start. The library is dist/lib/undici.cjs.
import { createRequire } from 'node:module';

type Undici = typeof import('undici');
let undici: Undici | undefined;

function load(): Undici {
  // dist/lib/ is beside dist/index.js, and one folder up from dist/chunks/
  const dist = import.meta.url.includes('/chunks/') ? '..' : '.';
  return (undici ??= createRequire(import.meta.url)(`${dist}/lib/undici.cjs`) as Undici);
}

export const ProxyAgent = function ProxyAgent(options: ConstructorParameters<Undici['ProxyAgent']>[0]) {
  return new (load().ProxyAgent)(options);
} as unknown as Undici['ProxyAgent'];

export const fetch: Undici['fetch'] = (...args) => load().fetch(...args);
