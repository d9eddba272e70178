/** Writes reference/data-spec.md from the zod schemas. Run: `npm run data-spec -w @weerbaar/docs`. */
import { writeFileSync } from "node:fs";
import { renderDataSpec } from "./data-spec.ts";

const target = new URL("../reference/data-spec.md", import.meta.url);
writeFileSync(target, renderDataSpec());
console.log(`wrote ${target.pathname}`);
