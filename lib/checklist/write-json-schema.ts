// Writes checklists/schema.json and checklists/concepts.schema.json from the zod schemas.
// Run: npx tsx lib/checklist/write-json-schema.ts  (npm run schema)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchemaFiles } from './checklist-json-schema.ts';

const dir = fileURLToPath(new URL('../../checklists/', import.meta.url));
for (const { file, text } of jsonSchemaFiles()) {
  writeFileSync(`${dir}${file}`, text);
  console.log(`wrote checklists/${file}`);
}
