/** Writes reference/data-spec.md from the zod schemas. Run: `npm run data-spec -w @weerbaar/docs`. */
import { writeFileSync } from "node:fs";
import { missingMeanings, renderDataSpec, staleNotes } from "./data-spec.ts";

const target = new URL("../reference/data-spec.md", import.meta.url);
writeFileSync(target, renderDataSpec());
console.log(`wrote ${target.pathname}`);
for (const key of staleNotes()) console.warn(`note ${key} in scripts/field-notes.ts is no longer used: remove it`);
for (const key of missingMeanings()) console.warn(`field ${key} has no meaning: describe it in the schema or in scripts/field-notes.ts`);
