/**
 * The corpus of broken files: each yields clear issues, named by path and (for text) line and
 * column, and no reader ever throws on any of them. Lines and columns below are read off the
 * fixtures, which keep one item per line for that reason; CSV columns count fields.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { GuidelineEdition } from "../src/guideline/schema.ts";
import { parseAssessmentsCsv, parsePointsCsv } from "../src/io/index.ts";
import { parseRegionJson } from "../src/io/json.ts";
import type { RulesCatalog } from "../src/region/parse.ts";
import type { Issue, Lang, Result } from "../src/shared/issues.ts";

const dir = new URL("./fixtures/broken/", import.meta.url);
const read = (file: string) => readFileSync(new URL(file, dir), "utf8");

const edition = {
  id: "noodsteunpunten",
  version: "2026.1",
  requirements: [
    { id: "power.backup", level: "mandatory", check: { type: "minimum", unit: "uur", min: 72 } },
    { id: "info.board", level: "mandatory", check: { type: "boolean" } },
  ],
} as unknown as GuidelineEdition;
const catalog: RulesCatalog = { getGuideline: (id, version) => (id === edition.id && version === edition.version ? edition : undefined) };

type Reader = "region" | "points" | "assessments";
const readers: Record<Reader, (text: string, lang: Lang) => Result<unknown>> = {
  region: (text, lang) => parseRegionJson(text, { catalog, lang }),
  points: (text, lang) => parsePointsCsv(text, { lang }),
  assessments: (text, lang) => parseAssessmentsCsv(text, { lang }),
};

function issuesOf(file: string, reader: Reader, lang: Lang = "nl"): Issue[] {
  const result = readers[reader](read(file), lang);
  expect(result.ok, `${file} should be rejected`).toBe(false);
  return result.ok ? [] : result.issues;
}

const where = (issues: Issue[]) => issues.map((i) => [i.path, i.code, i.line, i.column]);

/** What every issue must look like: a real message, a position, no programmer noise. */
function expectClear(issues: Issue[]) {
  for (const issue of issues) {
    expect(issue.message.length).toBeGreaterThan(5);
    expect(issue.message).not.toMatch(/undefined|\[object|NaN|Error:|\n\s+at /);
    expect(issue.line).toBeGreaterThanOrEqual(1);
  }
}

describe("broken region files (JSON)", () => {
  it("wrong types: each wrong value at its path, line and column", () => {
    const issues = issuesOf("wrong-types.json", "region", "en");
    expectClear(issues);
    const found = where(issues);
    for (const expected of [
      ["municipalities[0].population", "invalid_type", 6, 43],
      ["points[0].location.lat", "invalid_type", 10, 151],
      ["points[1].tier", "invalid_value", 11, 73],
      ["points[1].status", "invalid_value", 11, 121],
      ["points[1].public", "invalid_type", 11, 181],
      ["points[1].capacity", "invalid_type", 11, 197],
      ["assessments[0].date", "invalid_format", 14, 58],
      ["assessments[0].value", "invalid_type", 14, 79],
    ]) {
      expect(found).toContainEqual(expected);
    }
    // Nothing is reported anywhere else.
    expect(new Set(issues.map((i) => i.line))).toEqual(new Set([6, 10, 11, 14]));
    expect(issues.find((i) => i.path === "points[1].tier")!.message).toBe('Invalid option: expected one of "coordination"|"local"');
  });

  it("duplicate ids: the second use, pointing at the first", () => {
    const issues = issuesOf("duplicate-ids.json", "region");
    expectClear(issues);
    expect(where(issues)).toEqual([
      ["municipalities[1].code", "duplicate_id", 7, 7],
      ["points[2].id", "duplicate_id", 12, 7],
    ]);
    expect(issues[1]!.message).toBe('Dubbele id van noodsteunpunt "kazerne" (ook gebruikt in points[0])');
  });

  it("dangling references: unknown municipality, point and requirement", () => {
    const issues = issuesOf("dangling-references.json", "region", "en");
    expectClear(issues);
    expect(where(issues)).toEqual([
      ["points[1].municipality", "unknown_municipality", 10, 56],
      ["assessments[1].point", "unknown_point", 14, 7],
      ["assessments[2].requirement", "unknown_requirement", 15, 27],
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      'Unknown municipality "GM0995": add it to municipalities',
      'Unknown point "verdwenen-punt"',
      'Unknown requirement "power.solar" in guideline noodsteunpunten@2026.1 and the regional supplement',
    ]);
  });

  it("an unknown guideline edition", () => {
    expect(where(issuesOf("unknown-guideline.json", "region"))).toEqual([["guideline", "unknown_guideline", 4, 3]]);
  });

  it("a BOM is tolerated: a valid file parses, and lines of errors after it are right", () => {
    const valid = parseRegionJson(read("bom-valid.json"), { catalog });
    expect(valid.ok).toBe(true);
    const issues = issuesOf("bom-with-error.json", "region", "en");
    expectClear(issues);
    expect(where(issues)).toEqual([
      ["municipalities[0].population", "population_not_positive", 6, 40],
      ["points[0].location", "outside_netherlands", 9, 152],
    ]);
    expect(issues.map((i) => i.severity)).toEqual(["error", "warning"]);
  });

  it("empty and whitespace-only files", () => {
    for (const file of ["empty.json", "whitespace-only.json"]) {
      expect(where(issuesOf(file, "region"))).toEqual([["", "empty_file", 1, 1]]);
    }
  });

  it("not JSON at all: text, an HTML error page", () => {
    for (const file of ["not-json.txt", "html.json"]) {
      const issues = issuesOf(file, "region");
      expectClear(issues);
      expect(issues[0]).toMatchObject({ code: "invalid_json", line: 1, column: 1 });
      expect(issues[0]!.message).toMatch(/^Dit is geen JSON/);
      expect(issues.every((i) => i.code === "invalid_json")).toBe(true);
    }
  });

  it("truncated JSON, comments and trailing commas: syntax errors at their place", () => {
    const truncated = issuesOf("truncated.json", "region", "en");
    expectClear(truncated);
    expect(truncated[0]).toMatchObject({ code: "invalid_json", line: 9, column: 32 });
    expect(truncated[0]!.message).toBe("This is not JSON: Unexpected End Of String");
    const relaxed = issuesOf("comments-and-trailing-commas.json", "region");
    expect(relaxed.map((i) => [i.code, i.line])).toContainEqual(["invalid_json", 2]);
    expect(relaxed.map((i) => [i.code, i.line])).toContainEqual(["invalid_json", 4]);
    expect(relaxed.map((i) => [i.code, i.line])).toContainEqual(["invalid_json", 7]);
  });

  it("an array, and a schema version from the future", () => {
    expect(where(issuesOf("array.json", "region"))).toEqual([["", "not_an_object", 1, 1]]);
    expect(where(issuesOf("schema-version-2.json", "region"))).toEqual([["schemaVersion", "unsupported_schema_version", 1, 3]]);
  });

  it("40 errors: all 40 reported, each on its own line", () => {
    const issues = issuesOf("forty-errors.json", "region");
    expectClear(issues);
    expect(issues).toHaveLength(40);
    expect(issues.every((i) => i.severity === "error")).toBe(true);
    const lines = issues.map((i) => i.line!).sort((a, b) => a - b);
    // Points on lines 9–28, assessments on lines 31–50 (see the fixture).
    expect(lines).toEqual([...Array.from({ length: 20 }, (_, i) => 9 + i), ...Array.from({ length: 20 }, (_, i) => 31 + i)]);
    const codes = issues.reduce<Record<string, number>>((count, i) => ({ ...count, [i.code]: (count[i.code] ?? 0) + 1 }), {});
    expect(codes).toEqual({ invalid_type: 10, unknown_municipality: 10, unknown_point: 10, impossible_date: 10 });
  });
});

describe("broken CSV files", () => {
  it("a Dutch Excel points file (BOM, ';', decimal commas, CRLF) is read correctly", () => {
    const result = parsePointsCsv(read("points-semicolon-decimal-comma.csv"));
    expect(result.ok && result.value.map((p) => [p.id, p.location.lat, p.location.lon, p.capacity, p.public])).toEqual([
      ["almere-poort-kazerne", 52.3436, 5.1544, 40, true],
      ["urk-buurthuis", 52.6616, 5.6013, 120, false],
    ]);
  });

  it("';' with decimal commas and wrong cells: each cell at its line and column, with the column's name", () => {
    const issues = issuesOf("points-semicolon-errors.csv", "points");
    expectClear(issues);
    expect(where(issues)).toEqual([
      ["points[0].location.lat", "invalid_number", 2, 7],
      ["points[1].name", "cell_required", 3, 2],
      ["points[1].status", "invalid_value", 3, 6],
      ["points[1].capacity", "invalid_integer", 3, 10],
      ["points[1].public", "invalid_boolean", 3, 11],
      ["points[2]", "too_many_cells", 4, 12],
    ]);
    // Cell issues name their column: the last segment of the path (location.lat → "lat").
    for (const issue of issues.slice(0, 5)) expect(issue.message.startsWith(`Kolom "${issue.path.split(".").pop()}": `)).toBe(true);
  });

  it("',' as delimiter with unquoted decimal commas: one issue per row, with the likely cause", () => {
    const issues = issuesOf("points-comma-decimal-comma.csv", "points", "en");
    expect(where(issues)).toEqual([
      ["points[0]", "too_many_cells", 2, 9],
      ["points[1]", "too_many_cells", 3, 9],
    ]);
    expect(issues[0]!.message).toContain("decimal comma in a comma-separated file");
  });

  it("assessments: impossible and unreadable dates, empty required cells, unknown results, an unclosed quote", () => {
    const issues = issuesOf("assessments-errors.csv", "assessments");
    expectClear(issues);
    expect(where(issues)).toEqual([
      ["assessments[1].date", "impossible_date", 3, 3],
      ["assessments[2].requirement", "cell_required", 4, 2],
      ["assessments[2].result", "invalid_value", 4, 4],
      ["assessments[3].date", "invalid_date", 5, 3],
      ["", "missing_quotes", 6, 6],
    ]);
  });

  it("an empty CSV file", () => {
    expect(where(issuesOf("empty.csv", "points"))).toEqual([["", "empty_file", 1, 1]]);
    expect(where(issuesOf("empty.csv", "assessments"))).toEqual([["", "empty_file", 1, 1]]);
  });
});

describe("the whole corpus", () => {
  const files = readdirSync(dir).sort();

  it("holds the files the issue asks for", () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files)("%s: no reader throws, in either language", (file) => {
    const text = read(file);
    for (const reader of Object.values(readers)) {
      for (const lang of ["nl", "en"] as const) {
        let result: Result<unknown> | undefined;
        expect(() => (result = reader(text, lang))).not.toThrow();
        if (result && !result.ok) expectClear(result.issues);
      }
    }
  });
});
