/** Every block type, in the order the docs list them. Run-time data, so kept out of schema.ts (TypeBox). */
export const BLOCK_TYPES = [
  'text',
  'media',
  'accordion',
  'callout',
  'question',
  'sort',
  'scenario',
  'reflection',
  'likert',
  'resource',
  'certificate',
] as const;
