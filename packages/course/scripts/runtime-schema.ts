/**
 * The run-time validator's copy of the course schema: the same structure (types, required, patterns,
 * enums, bounds, formats) without the annotations only people read (descriptions, examples, titles,
 * defaults). The player validates with it; the full schema, whose descriptions become error hints, loads
 * only when a course has problems to explain.
 */
import type { JsonSchema } from '../src/validate/json-schema.js';

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'examples', 'default']);

/** Drops annotation keywords at schema positions only: a property *named* "title" stays. */
export function withoutAnnotations(schema: JsonSchema): JsonSchema {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    if (key === 'properties')
      out[key] = Object.fromEntries(
        Object.entries(value as Record<string, JsonSchema>).map(([name, sub]) => [name, withoutAnnotations(sub)]),
      );
    else if (key === 'items') out[key] = withoutAnnotations(value as JsonSchema);
    else if (key === 'anyOf') out[key] = (value as JsonSchema[]).map(withoutAnnotations);
    else out[key] = value;
  }
  return out as JsonSchema;
}
