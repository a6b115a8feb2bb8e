import { writeFileAtomic } from "../atomic-write.js";
import { join } from "node:path";
import { DEFAULT_CASES_DIR } from "./load-case.js";
import { caseJsonSchema } from "./schema.js";

/**
 * Writes cases/case.schema.json (for editors: `# yaml-language-server: $schema=./case.schema.json`)
 * from the zod schema in schema.ts. Run it after changing the schema: `node dist/src/cases/write-json-schema.js`;
 * test/cases/schema.test.ts fails while the committed file is out of date.
 */
const target = join(DEFAULT_CASES_DIR, "case.schema.json");
writeFileAtomic(target, `${JSON.stringify(caseJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target}\n`);
