import { fileReferences, type CourseFile } from '@haven/course';

/**
 * Every file inside the course folder that the course refers to (see `fileReferences`), sorted and
 * unique, so packages are byte-for-byte reproducible.
 */
export function referencedFiles(course: CourseFile): string[] {
  return [...new Set(fileReferences(course).map((r) => normalisePath(r.file)))].sort();
}

/** "./media/a.jpg" and "media//a.jpg" name the same file as "media/a.jpg". */
export function normalisePath(path: string): string {
  return path
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .join('/');
}
