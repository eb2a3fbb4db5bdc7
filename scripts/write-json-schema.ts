/**
 * Writes scenarios/scenario.schema.json from the scenario schema. Run after changing schema.ts:
 *   npx tsx --conditions=@parley/source scripts/write-json-schema.ts
 * tests/scenario-schema.test.ts fails while the committed file differs from what this writes.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { scenarioJsonSchemaText } from "../packages/engine/src/scenario/json-schema.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const target = join(root, "scenarios", "scenario.schema.json");
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${target}`);
