import { z } from 'zod';
import { Checklist, ConceptFile } from './checklist-schema.ts';

/**
 * JSON Schema documents for people who write their own checklist, generated from the zod schemas
 * (input shape: fields with defaults are optional). Written to checklists/ by write-json-schema.ts;
 * a test keeps the files in step with the schemas.
 */
export function checklistJsonSchema(): string {
  return render(z.toJSONSchema(Checklist, { io: 'input' }), {
    title: 'OIT Audit checklist',
    description: 'One ITA/OIT checklist (e.g. ita-2568): items with their concepts (see concepts.json) and freshness rules.',
  });
}

export function conceptsJsonSchema(): string {
  return render(z.toJSONSchema(ConceptFile, { io: 'input' }), {
    title: 'OIT Audit concepts',
    description: 'Synonym lists, one per concept, referenced by checklist items.',
  });
}

function render(schema: object, meta: { title: string; description: string }): string {
  const { $schema, ...rest } = schema as Record<string, unknown>;
  return `${JSON.stringify({ $schema, ...meta, ...rest }, null, 2)}\n`;
}

/** File names under checklists/ and their contents. */
export function jsonSchemaFiles(): { file: string; text: string }[] {
  return [
    { file: 'schema.json', text: checklistJsonSchema() },
    { file: 'concepts.schema.json', text: conceptsJsonSchema() },
  ];
}
