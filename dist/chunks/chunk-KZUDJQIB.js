import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  configPathCandidates
} from "./chunk-UAJXAT5M.js";
import {
  contractScope,
  withReferences
} from "./chunk-KCJREJXD.js";
import {
  Documents,
  filterTree
} from "./chunk-MLD5EQ7M.js";
import {
  findUnits,
  versionAt
} from "./chunk-LIEK4HVD.js";

// src/services/unit-versions.ts
function contractsOf(whole, config, layout) {
  const inScope = withReferences(config, contractScope(config), [whole]);
  const named = configPathCandidates(config).files;
  const tree = filterTree(whole, (p) => !layout.isFrozen(p) && inScope(p));
  const docs = new Documents(filterTree(whole, (p) => !layout.isFrozen(p) && (inScope(p) || named.includes(p))));
  const units = findUnits(docs.tree.paths(), docs, layout, config.units).list.filter((u) => u.home);
  return { units: units.map((u) => ({ name: u.name, version: versionAt(docs, u.home) })), tree };
}

export {
  contractsOf
};
