/** `npm run docs:reference`: rewrites docs/reference.md from the course schema. */
import { writeFileSync } from 'node:fs';
import { REFERENCE_FILE, renderReferenceFromRepo } from './reference.js';

writeFileSync(REFERENCE_FILE, await renderReferenceFromRepo());
console.log('wrote docs/reference.md');
