import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  CONFIG_PATH,
  DEFAULT_CONFIG,
  normalizeRoot,
  parseConfig
} from "./chunk-YXSNDANG.js";
import {
  InputError
} from "./chunk-KNFEERHG.js";

// src/services/config-file.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
function contractsRoot(top, asked) {
  return normalizeRoot(asked ?? (existsSync(join(top, DEFAULT_CONFIG.contracts)) ? DEFAULT_CONFIG.contracts : ""));
}
function loadConfig(top, input) {
  const path = input.configPath ?? CONFIG_PATH;
  if (input.configText !== void 0) return parseConfig(path, input.configText);
  const full = join(top, path);
  if (!existsSync(full)) {
    if (input.configPath) throw new InputError("config file not found", path);
    return { ...DEFAULT_CONFIG, contracts: contractsRoot(top, void 0) };
  }
  return parseConfig(path, readFileSync(full, "utf8"));
}

export {
  contractsRoot,
  loadConfig
};
