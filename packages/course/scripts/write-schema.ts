/**
 * Writes the JSON Schema (for editors) and the same schema as data (for the run-time validator) from
 * the TypeBox source of truth. Run `npm run schema` after editing src/model/schema.ts; a node test
 * fails when either file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderSchemaFiles } from './render-schema.js';

const files = renderSchemaFiles();
for (const [relative, text] of Object.entries(files)) {
  writeFileSync(fileURLToPath(new URL(`../${relative}`, import.meta.url)), text);
  console.log(`wrote packages/course/${relative}`);
}
