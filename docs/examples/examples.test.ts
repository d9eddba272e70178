/**
 * The examples included in the guide are real code: this test type-checks them with the docs
 * tsconfig and runs each one, so an API change that breaks an example fails CI.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseRegionJson, type Region } from "@weerbaar/core";
import { compareEditions } from "./guideline-diff.ts";
import { describeRules } from "./ruleset.ts";
import { exportCsv, importAssessments } from "./spreadsheet.ts";
import { validate } from "./validate.ts";

const here = fileURLToPath(new URL(".", import.meta.url));
const example = (name: string) => fileURLToPath(new URL(name, import.meta.url));

/** Lines the examples print, captured. */
function captureLog() {
  const lines: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void lines.push(args.join(" ")));
  return lines;
}

function readRegion(path: string): Region {
  const result = parseRegionJson(readFileSync(path, "utf8"));
  if (!result.ok) throw new Error(`${path} does not parse: ${JSON.stringify(result.issues)}`);
  return result.value;
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

  it("validate.ts reports every problem of a broken file", () => {
    const dir = mkdtempSync(join(tmpdir(), "weerbaar-docs-"));
    try {
      const broken = JSON.parse(readFileSync(example("region.json"), "utf8"));
      broken.points[0].municipality = "GM0999";
      broken.assessments[0].requirement = "power.backp";
      writeFileSync(join(dir, "broken.json"), JSON.stringify(broken, null, 2));
      const lines = captureLog();
      expect(validate(join(dir, "broken.json"))).toBe(false);
      expect(lines.join("\n")).toMatch(/points\[0\]\.municipality \(line \d+, column \d+\): Unknown municipality "GM0999"/);
      expect(lines.join("\n")).toMatch(/assessments\[0\]\.requirement .*Unknown requirement "power\.backp"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("guideline-diff.ts lists the editions and the changes from 2025.1 to 2026.1", () => {
    const lines = captureLog();
    compareEditions("2025.1", "2026.1");
    expect(lines.some((l) => /^noodsteunpunten@2026\.1 \w+: \d+ requirements$/.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith("+ power.test (mandatory)"))).toBe(true);
    expect(lines.some((l) => l.startsWith("~ power.backup:"))).toBe(true);
  });

  it("ruleset.ts shows the region's norm override", () => {
    const lines = captureLog();
    describeRules(readRegion(example("region.json")));
    expect(lines[0]).toMatch(/^noodsteunpunten@2026\.1: \d+ requirements, \d+ mandatory$/);
    expect(lines).toContain("maxDistanceMeters = 1500 (region)");
  });

  it("spreadsheet.ts round-trips assessments through CSV and names the line of a bad cell", () => {
    const region = readRegion(example("region.json"));
    const dir = mkdtempSync(join(tmpdir(), "weerbaar-docs-"));
    try {
      exportCsv(region, dir);
      expect(importAssessments(region, join(dir, "assessments.csv"))?.assessments).toEqual(region.assessments);
      const csv = readFileSync(join(dir, "assessments.csv"), "utf8").replace("2026-09-14", "2026-09-31");
      writeFileSync(join(dir, "broken.csv"), csv);
      const lines = captureLog();
      expect(importAssessments(region, join(dir, "broken.csv"))).toBeUndefined();
      expect(lines.join("\n")).toMatch(/line 2/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
