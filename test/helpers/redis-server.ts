/**
 * A real redis-server for a test file: on a port the OS picks (a net server bound to port 0, read, closed),
 * with no persistence, in a temporary folder; ready once it answers PING. `stop()` and `start()` take it away
 * and bring it back on the same port (to test reconnects). Fails with the install command when redis-server
 * is missing (CI installs it in .ci/run).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TestRedis {
  port: number;
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  cleanup(): Promise<void>;
}

const MISSING =
  "redis-server is not installed, and these tests need a real one: apt-get install -y redis-server (Debian; .ci/run does it)";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: "127.0.0.1" });
    let reply = "";
    socket.setTimeout(500, () => socket.destroy());
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (chunk) => {
      reply += chunk.toString();
      if (reply.includes("\r\n")) {
        socket.end();
        // With a password PING answers -NOAUTH: the server is up all the same.
        resolve(reply.startsWith("+PONG") || reply.startsWith("-NOAUTH"));
      }
    });
    socket.on("error", () => resolve(false));
    socket.on("close", () => resolve(false));
  });
}

export async function startTestRedis(options: { password?: string } = {}): Promise<TestRedis> {
  if (spawnSync("redis-server", ["--version"]).error) throw new Error(MISSING);
  const dir = await mkdtemp(join(tmpdir(), "nqa-redis-"));
  const port = await freePort();
  let child: ChildProcess | undefined;
  let log = "";
  const start = async () => {
    const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"];
    if (options.password) args.push("--requirepass", options.password);
    const started = spawn("redis-server", [...args, "--dir", dir], { stdio: ["ignore", "pipe", "pipe"] });
    child = started;
    started.stdout?.on("data", (chunk) => {
      log = (log + chunk.toString()).slice(-4000);
    });
    started.stderr?.on("data", (chunk) => {
      log = (log + chunk.toString()).slice(-4000);
    });
    const deadline = Date.now() + 10_000;
    while (!(await ping(port))) {
      if (started.exitCode !== null) throw new Error(`redis-server exited (${started.exitCode}): ${log}`);
      if (Date.now() > deadline) throw new Error(`redis-server did not answer PING on ${port}: ${log}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGTERM");
    await exited;
  };
  await start();
  const auth = options.password ? `:${encodeURIComponent(options.password)}@` : "";
  return {
    port,
    url: `redis://${auth}127.0.0.1:${port}`,
    start,
    stop,
    async cleanup() {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
