import { parse, type Course } from '@haven/course';
import { syntheticCourse, type SyntheticOptions } from '@haven/course/testing';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A synthetic course from @haven/course's generator, through the real `parse`. Node only. */
export function parsedSynthetic(options: SyntheticOptions): Course {
  const result = parse(JSON.stringify(syntheticCourse(options)), 'synthetic/course.json');
  if (!result.ok) throw new Error(`synthetic course did not parse: ${result.errors[0]?.message}`);
  return result.course;
}

/** courses/example, parsed with its lock file. Node only. */
export function exampleCourse(): Course {
  const dir = fileURLToPath(new URL('../../../../courses/example/', import.meta.url));
  const result = parse(readFileSync(dir + 'course.json', 'utf8'), 'courses/example/course.json', {
    lock: readFileSync(dir + 'course.lock.json', 'utf8'),
  });
  if (!result.ok) throw new Error(`courses/example did not parse: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.course;
}
