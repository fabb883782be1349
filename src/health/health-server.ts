/** A stand-alone `GET /healthz` server (HEALTH_PORT), for deployments without Slack's HTTP server. */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type HealthReport, writeHealth } from "./health-report";

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

export const HEALTH_PATH = "/healthz";

export async function startHealthServer(port: number, report: () => HealthReport): Promise<HealthServer> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (path !== HEALTH_PATH) {
      response.writeHead(404).end();
    } else if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD" }).end();
    } else {
      writeHealth(response, report());
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
