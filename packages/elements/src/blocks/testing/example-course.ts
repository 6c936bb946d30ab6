import { findBlock, parse, type Block, type Course } from '@haven/course';
import exampleJson from '../../../../../courses/example/course.json';
import exampleLock from '../../../../../courses/example/course.lock.json';

/** courses/example, parsed exactly as the player parses it: the fixture every package tests against. */
function load(): Course {
  const result = parse(JSON.stringify(exampleJson), 'courses/example/course.json', { lock: JSON.stringify(exampleLock) });
  if (!result.ok) throw new Error(`courses/example does not parse: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.course;
}

export const exampleCourse: Course = load();

/** A block of the example course by id and type; throws when the example no longer has it. */
export function exampleBlock<T extends Block['type']>(id: string, type: T): Extract<Block, { type: T }> {
  const block = findBlock(exampleCourse, id)?.block;
  if (block?.type !== type) throw new Error(`courses/example has no ${type} block "${id}"`);
  return block as Extract<Block, { type: T }>;
}
