/**
 * The examples included in the guide are real code: this test type-checks them with the docs
 * tsconfig and runs each one, so an API change that breaks an example fails CI.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterEach, describe, expect, it, vi } from "vitest";
import { validate } from "./validate.ts";

const here = fileURLToPath(new URL(".", import.meta.url));
const example = (name: string) => fileURLToPath(new URL(name, import.meta.url));

/** Lines the examples print, captured. */
function captureLog() {
  const lines: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void lines.push(args.join(" ")));
  return lines;
}

afterEach(() => vi.restoreAllMocks());

describe("examples", () => {
  it("type-check", () => {
    const configPath = fileURLToPath(new URL("../tsconfig.json", import.meta.url));
    const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, fileURLToPath(new URL("..", import.meta.url)));
    const files = readdirSync(here)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => `${here}${f}`);
    const program = ts.createProgram(files, parsed.options);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(diagnostics).toEqual([]);
  }, 60_000);

  it("validate.ts accepts the region file of the guide", () => {
    const lines = captureLog();
    expect(validate(example("region.json"))).toBe(true);
    expect(lines).toContain("Veiligheidsregio Flevoland: 2 points");
  });
});
