/** The dependency rules of README "Architecture", checked on every import line of src/. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const SRC = join(__dirname, "..", "src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const sources = files(SRC).map((path) => {
  const text = readFileSync(path, "utf8");
  const imports = [...text.matchAll(/(?:from|import|require)\s*\(?\s*["']([^"']+)["']/g)].map(
    (m) => m[1] as string,
  );
  return { file: relative(SRC, path).replaceAll("\\", "/"), text, imports };
});

const inFolder = (folder: string) => sources.filter((s) => s.file.startsWith(`${folder}/`));

describe("architecture", () => {
  it("finds the source files", () => {
    expect(sources.length).toBeGreaterThan(30);
    expect(inFolder("core").length).toBeGreaterThan(5);
  });

  it("keeps the core free of platform libraries, concrete retrieval and the environment", () => {
    const forbidden =
      /^(@slack\/|discord\.js|hnswlib-node|@langchain\/openai|@langchain\/community|openai$|\.\.\/(retrieval|ingest|adapters|openai|sources|wire))/;
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

  it("keeps adapters to translation: no retrieval, ingest, LangChain or the other platform", () => {
    for (const source of inFolder("adapters")) {
      const platform = source.file.split("/")[1];
      const other = platform === "slack" ? "discord" : "slack";
      const forbidden = new RegExp(
        `^(hnswlib-node|@langchain/|langchain|\\.\\./\\.\\./(retrieval|ingest|openai|sources|wire)|\\.\\./${other}/)`,
      );
      expect({ file: source.file, bad: source.imports.filter((i) => forbidden.test(i)) }).toEqual({
        file: source.file,
        bad: [],
      });
    }
  });

  it("reads environment variables in config.ts only: other files just hand process.env to loadConfig", () => {
    const readers = sources.filter((s) => /process\.env(\.|\[)/.test(s.text)).map((s) => s.file);
    expect(readers).toEqual([]);
    const handers = sources.filter((s) => s.file !== "config.ts" && /process\.env/.test(s.text));
    for (const source of handers) expect(source.file).toMatch(/^(main\.ts|cli\/)/);
    for (const source of handers) {
      expect(source.text.match(/process\.env/g)?.length).toBe(
        source.text.match(/loadConfig\(process\.env\)/g)?.length,
      );
    }
    expect(sources.find((s) => s.file === "config.ts")?.text).toMatch(
      /export function loadConfig\(env: NodeJS\.ProcessEnv[,)]/,
    );
  });

  it("wires concrete platforms and the OpenAI pieces in wire.ts only", () => {
    const wiring = sources
      .filter((s) => s.imports.some((i) => /create-(slack|discord)-platform|\/openai\/openai-/.test(i)))
      .map((s) => s.file);
    expect(wiring).toEqual(["wire.ts"]);
  });
});
