/** ownEntry: a table's own entry, never one it inherits from Object. */
import { ownEntry } from "../../src/text/own-entry";

describe("ownEntry", () => {
  const table: Record<string, string> = { ppl: "people" };
  it("reads the table's own entries", () => {
    expect(ownEntry(table, "ppl")).toBe("people");
    expect(ownEntry(table, "govt")).toBeUndefined();
  });
  it("answers nothing for a key the table only inherits", () => {
    expect(ownEntry(table, "constructor")).toBeUndefined();
    expect(ownEntry(table, "toString")).toBeUndefined();
  });
});
