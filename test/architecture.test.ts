/** The dependency rules of README "Architecture", checked on every import line of src/. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix, relative } from "node:path";

const SRC = join(__dirname, "..", "src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const sources = files(SRC)
  .filter((path) => !path.endsWith(".d.ts"))
  .map((path) => {
    const text = readFileSync(path, "utf8");
    const imports = [...text.matchAll(/(?:from|import|require)\s*\(?\s*["']([^"']+)["']/g)].map(
      (m) => m[1] as string,
    );
    const file = relative(SRC, path).replaceAll("\\", "/");
    // Relative imports resolved to src-relative files; `typeOnly` for `import type { … } from`.
    const local = [
      ...text.matchAll(/(import\s+type\s[^;]*?from|from|import|require)\s*\(?\s*["'](\.[^"']+)["']/g),
    ].map((m) => ({
      target: resolveImport(file, m[2] as string),
      typeOnly: /^import\s+type/.test(m[1] as string),
    }));
    return { file, text, imports, local };
  });

function resolveImport(from: string, spec: string): string {
  const base = posix.normalize(posix.join(posix.dirname(from), spec));
  for (const candidate of [`${base}.ts`, `${base}/index.ts`, base]) {
    if (existsSync(join(SRC, candidate)) && statSync(join(SRC, candidate)).isFile()) return candidate;
  }
  return base;
}

/**
 * The layers, lowest first: a file may import its own layer and the ones below, never one above. Cross-
 * cutting leaves (text, errors, logger, config) are lowest; the composition root and the CLI are highest.
 */
const LAYERS: string[][] = [
  ["text", "errors.ts", "logger.ts", "config.ts"],
  ["core"],
  ["articles"],
  ["quotations"],
  ["embedders"],
  ["index"],
  ["openai"],
  ["sync"],
  ["feedback", "health", "state", "channels"],
  ["report"],
  ["adapters"],
  ["cli", "wire.ts", "main.ts", "discord-shard.ts"],
];
const layerOf = (file: string): number => {
  const top = file.split("/")[0] as string;
  const layer = LAYERS.findIndex((names) => names.includes(top));
  if (layer < 0) throw new Error(`${file} is in no layer: add its folder to LAYERS`);
  return layer;
};
/** A file's folder; the files at the top of src/ (wire, main, config, errors, logger) each count as their own. */
const folderOf = (file: string): string => (file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : file);

/** Every cycle's first node found by depth-first search over `edges`; empty when there is none. */
function cycles(edges: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === "open") found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return found;
}

const inFolder = (folder: string) => sources.filter((s) => s.file.startsWith(`${folder}/`));

describe("architecture", () => {
  it("finds the source files", () => {
    expect(sources.length).toBeGreaterThan(30);
    expect(inFolder("core").length).toBeGreaterThan(5);
  });

  it("keeps the core free of platform libraries, concrete retrieval and the environment", () => {
    const forbidden =
      /^(@slack\/|discord\.js|hnswlib-node|@langchain\/openai|@langchain\/community|openai$|\.\.\/(articles|index|embedders|sync|adapters|openai|wire))/;
    for (const source of inFolder("core")) {
      expect({ file: source.file, bad: source.imports.filter((i) => forbidden.test(i)) }).toEqual({
        file: source.file,
        bad: [],
      });
      expect({ file: source.file, env: /process\.env/.test(source.text) }).toEqual({
        file: source.file,
        env: false,
      });
    }
  });

  it("keeps adapters to translation: they import the core, adapters/chat and their own platform folder only", () => {
    // Besides those: the cross-cutting leaves, the health report, and the feedback and question-log ports as types.
    const allowed = (own: string, target: string, typeOnly: boolean) =>
      target.startsWith("core/") ||
      target.startsWith("adapters/chat/") ||
      target === "adapters/platform.ts" ||
      target.startsWith(`${own}/`) ||
      ["errors.ts", "logger.ts", "config.ts"].includes(target) ||
      target.startsWith("health/") ||
      (typeOnly && target.startsWith("feedback/"));
    for (const source of inFolder("adapters")) {
      const own = source.file.split("/").slice(0, 2).join("/");
      const bad = source.local.filter((i) => !allowed(own, i.target, i.typeOnly)).map((i) => i.target);
      expect({ file: source.file, bad }).toEqual({ file: source.file, bad: [] });
      const libraries = source.imports.filter((i) =>
        /^(hnswlib-node|@langchain\/|langchain|openai$)/.test(i),
      );
      expect({ file: source.file, libraries }).toEqual({ file: source.file, libraries: [] });
    }
    // The shared chat pieces know neither platform.
    for (const source of inFolder("adapters/chat")) {
      const platforms = source.imports.filter((i) => /^(@slack\/|discord\.js)|\/(slack|discord)\//.test(i));
      expect({ file: source.file, platforms }).toEqual({ file: source.file, platforms: [] });
    }
  });

  it("keeps every import at its own layer or below (files and folders)", () => {
    const climbs = sources.flatMap((source) =>
      source.local
        .filter((i) => layerOf(i.target) > layerOf(source.file))
        .map((i) => `${source.file} → ${i.target}`),
    );
    expect(climbs).toEqual([]);
  });

  it("has no import circles between files, nor between folders", () => {
    const fileEdges = new Map(sources.map((s) => [s.file, new Set(s.local.map((i) => i.target))]));
    expect(cycles(fileEdges)).toEqual([]);
    const folderEdges = new Map<string, Set<string>>();
    for (const source of sources) {
      const from = folderOf(source.file);
      const targets = folderEdges.get(from) ?? new Set<string>();
      // A folder may use its subfolders (index → index/store); only other folders count.
      for (const i of source.local) {
        const to = folderOf(i.target);
        if (to !== from && !to.startsWith(`${from}/`) && !from.startsWith(`${to}/`)) targets.add(to);
      }
      folderEdges.set(from, targets);
    }
    expect(cycles(folderEdges)).toEqual([]);
  });

  it("keeps the index independent of where articles come from: of articles/ only the article type, no sync", () => {
    for (const source of inFolder("index")) {
      const bad = source.local
        .map((i) => i.target)
        .filter((t) => t.startsWith("sync/") || (t.startsWith("articles/") && t !== "articles/article.ts"));
      expect({ file: source.file, bad }).toEqual({ file: source.file, bad: [] });
    }
  });

  it("reads environment variables in config.ts only: other files just hand process.env to loadConfig", () => {
    const readers = sources.filter((s) => /process\.env(\.|\[)/.test(s.text)).map((s) => s.file);
    expect(readers).toEqual([]);
    const handers = sources.filter((s) => s.file !== "config.ts" && /process\.env/.test(s.text));
    for (const source of handers) expect(source.file).toMatch(/^(main\.ts|discord-shard\.ts|cli\/)/);
    for (const source of handers) {
      expect(source.text.match(/process\.env/g)?.length).toBe(
        source.text.match(/loadConfig\(process\.env\)/g)?.length,
      );
    }
    expect(sources.find((s) => s.file === "config.ts")?.text).toMatch(
      /export function loadConfig\(env: NodeJS\.ProcessEnv[,)]/,
    );
  });

  it("wires concrete platforms, the OpenAI pieces and the Redis state store in wire.ts only", () => {
    const wiring = sources
      .filter((s) =>
        s.imports.some((i) => /create-(slack|discord)-platform|\/openai\/openai-|\/state\//.test(i)),
      )
      .map((s) => s.file);
    expect(wiring).toEqual(["wire.ts"]);
  });
});
