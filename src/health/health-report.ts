/** What `GET /healthz` answers: the index version being served and whether each platform is connected. */
import type { ServerResponse } from "node:http";

export interface HealthReport {
  /** "ok" when an index is loaded and every platform is connected; "unavailable" otherwise. */
  status: "ok" | "unavailable";
  /** The index version answering questions, or null before one is loaded. */
  indexVersion: string | null;
  /** Platform name → connected. */
  platforms: Record<string, boolean>;
}

export function healthReport(input: {
  indexVersion: string | null;
  platforms: { name: string; connected(): boolean }[];
}): HealthReport {
  const platforms = Object.fromEntries(input.platforms.map((p) => [p.name, p.connected()]));
  const ok = input.indexVersion !== null && Object.values(platforms).every(Boolean);
  return { status: ok ? "ok" : "unavailable", indexVersion: input.indexVersion, platforms };
}

/** Writes the report as JSON: 200 when ok, 503 otherwise (what load balancers and probes expect). */
export function writeHealth(response: ServerResponse, report: HealthReport): void {
  response.writeHead(report.status === "ok" ? 200 : 503, {
    "content-type": "application/json",
    "cache-control": "no-store",
  });
  response.end(JSON.stringify(report));
}
