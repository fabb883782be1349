/** What a log line may say about a failure: code, status and a message with secrets scrubbed. */
import { IngestBusyError, isIngestBusy, loggableError, scrubSecrets } from "../src/errors";

describe("loggableError", () => {
  it("keeps code, status and message, and scrubs Discord interaction tokens from urls", () => {
    const error = Object.assign(
      new Error("Unknown Webhook at /api/v10/webhooks/123/aW50ZXJhY3Rpb246secret/messages"),
      { code: 10015, status: 404, url: "https://discord.com/api/v10/webhooks/123/aW50ZXJhY3Rpb246secret" },
    );
    expect(loggableError(error)).toEqual({
      code: 10015,
      status: 404,
      error: "Unknown Webhook at /api/v10/webhooks/123/[redacted]/messages",
    });
    expect(loggableError("plain")).toEqual({ error: "plain" });
  });

  it("scrubs Slack tokens, OpenAI keys and bearer headers, whichever library put them in a message", () => {
    const text = scrubSecrets(
      "An API error occurred: invalid_auth xoxb-123-456-abcdef xapp-1-A0-9-zz sk-proj-abcdefghijkl Bearer abcdefghijkl",
    );
    expect(text).not.toMatch(/xoxb-|xapp-1|sk-proj|abcdefghijkl/);
    expect(text).toContain("invalid_auth");
  });

  it("recognises a busy ingest by its code", () => {
    expect(isIngestBusy(new IngestBusyError("pid 1"))).toBe(true);
    expect(isIngestBusy({ code: "ingest_busy" })).toBe(true);
    expect(isIngestBusy(new Error("other"))).toBe(false);
    expect(isIngestBusy(undefined)).toBe(false);
  });
});
