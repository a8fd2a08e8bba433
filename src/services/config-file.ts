// The configuration file and the contracts root a command works on: small on purpose, so that commands that only
// read them (freeze, the workspace) do not load the diff engine.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import { CONFIG_PATH, DEFAULT_CONFIG, normalizeRoot, parseConfig, type Config } from '../core/policy/config.js';

/** The contracts root asked for, else `contracts` when the repository has one, else the whole repository. */
export function contractsRoot(top: string, asked: string | undefined): string {
  return normalizeRoot(asked ?? (existsSync(join(top, DEFAULT_CONFIG.contracts)) ? DEFAULT_CONFIG.contracts : ''));
}

export function loadConfig(top: string, input: { configPath?: string; configText?: string }): Config {
  const path = input.configPath ?? CONFIG_PATH;
  if (input.configText !== undefined) return parseConfig(path, input.configText);
  const full = join(top, path);
  if (!existsSync(full)) {
    if (input.configPath) throw new InputError('config file not found', path);
    return { ...DEFAULT_CONFIG, contracts: contractsRoot(top, undefined) };
  }
  const config = parseConfig(path, readFileSync(full, 'utf8'));
  return config.contractsDefaulted ? { ...config, contracts: contractsRoot(top, undefined) } : config;
}
