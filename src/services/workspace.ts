// The working tree as the helper commands see it: where things go (layout, modules), the parsed contracts and the
// house style they follow; writes that never replace a file unless it is an edit the command announces.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FsTree } from '../adapters/fs-tree.js';
import { repoTop } from '../adapters/git-tree.js';
import { InputError, unlessUnreadable } from '../core/errors.js';
import { ContractsLayout } from '../core/layout.js';
import { readHouse, type House } from '../core/scaffold/house.js';
import { Documents } from '../core/source/tree.js';
import { contractsRoot, loadConfig } from './config-file.js';
import { contractScope } from '../core/policy/scope.js';
import { GLOBALS } from '../core/layout.js';
import { detectKind } from '../core/source/kind.js';
import { formatOf, parseText } from '../core/source/parse.js';

/** The repository as the skeletons need it: where things go, and the house style its contracts follow. */
export class Workspace {
  readonly written: string[] = [];
  private constructor(
    readonly top: string,
    readonly layout: ContractsLayout,
    readonly docs: Documents,
    readonly paths: string[],
    readonly house: House,
    /** The policy's preset: the house lint, and so `fix`, only with `memoryos`. */
    readonly preset: 'none' | 'memoryos',
  ) {}

  static async open(cwd: string, configPath?: string): Promise<Workspace> {
    const top = await repoTop(cwd);
    const config = loadConfig(top, { configPath });
    const root = contractsRoot(top, config.contracts);
    if (root && !existsSync(join(top, root))) throw new InputError(`contracts root '${root}' does not exist`, top);
    const layout = new ContractsLayout(root, config.modules.root);
    const tree = new FsTree(top, [root]);
    const docs = new Documents(tree);
    const inScope = contractScope({ contracts: root, scope: config.scope });
    const paths = tree.paths().filter((p) => !layout.isFrozen(p) && inScope(p));
    const house = readHouse(docs, paths, root);
    if (config.preset === 'memoryos') house.ulids = true;
    return new Workspace(top, layout, docs, paths, house, config.preset);
  }

  /** Does the repository keep the house's modules (`<modules>/<name>/versions.yaml`)? Else nothing makes one. */
  get hasModules(): boolean {
    return this.paths.some((p) => {
      const m = this.layout.versionsModule(p);
      return !!m && m !== GLOBALS;
    });
  }

  /** Files of a kind, by their content: `openapi`, `asyncapi`, or standalone `jsonschema`. */
  filesOf(kind: 'openapi' | 'asyncapi' | 'jsonschema'): string[] {
    return this.paths.filter((p) => /\.(ya?ml|json)$/i.test(p) && detectKind(p, undefined, this.data(p)) === kind);
  }

  exists(path: string): boolean {
    return existsSync(join(this.top, path));
  }

  read(path: string): string {
    return readFileSync(join(this.top, path), 'utf8');
  }

  data(path: string): unknown {
    return unlessUnreadable(() => this.docs.get(path).data);
  }

  /** Write a file that must not exist yet. */
  create(path: string, text: string, what: string): void {
    if (this.exists(path)) throw new InputError(`exists already; not overwritten (remove it or pick another name)`, path);
    mkdirSync(dirname(join(this.top, path)), { recursive: true });
    writeFileSync(join(this.top, path), text);
    this.written.push(`${path} (${what})`);
  }

  /** Replace a file's text with an edit of it; an edit that would leave a file that parsed unreadable is refused. */
  update(path: string, text: string, what: string): void {
    this.assertParses(path, text);
    writeFileSync(join(this.top, path), text);
    this.written.push(`${path} (${what})`);
  }

  /**
   * A YAML or JSON file that parses now still parses with `text` in its place, else nothing is written: splicing into a
   * document that holds a key in a shape we do not edit (`operations: []` where a mapping belongs) wrote the key twice.
   */
  assertParses(path: string, text: string): void {
    const format = formatOf(path);
    if ((format !== 'json' && format !== 'yaml') || !this.exists(path) || this.data(path) === undefined) return;
    try {
      parseText(path, text, format);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      throw new InputError(`the edit would leave it unreadable (${err.message.split('\n')[0]}); nothing was written`, path);
    }
  }

  moduleDir(module: string): string {
    if (!/^[a-z0-9][\w.-]*$/i.test(module)) throw new InputError(`'${module}' is not a module name (letters, digits, - _ .)`);
    return `${this.layout.modulesDir}/${module}`;
  }

  /** The module's folder, created with a first versions file when the module is new. */
  ensureModule(module: string): string {
    const dir = this.moduleDir(module);
    if (!this.exists(`${dir}/versions.yaml`) && !this.exists(`${dir}/versions.yml`))
      this.create(`${dir}/versions.yaml`, `module: ${module}\ncurrent: 0.1.0\n`, `a new module, at 0.1.0`);
    return dir;
  }

  idFor(path: string): string | undefined {
    return this.house.idBase && this.house.idBase + this.layout.rel(path);
  }
}
