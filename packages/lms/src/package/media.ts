import type { CourseFile } from '@haven/course';

/**
 * Every file inside the course folder that the course refers to: media sources, captions and posters,
 * and resource files. Links to other sites (https:, mailto:, tel:) are not files of the package.
 * Sorted and unique, so packages are byte-for-byte reproducible.
 */
export function referencedFiles(course: CourseFile): string[] {
  const files = new Set<string>();
  for (const module of course.modules) {
    for (const page of module.pages) {
      for (const block of page.blocks) {
        if (block.type === 'media') {
          files.add(block.src);
          if (block.kind !== 'image') {
            files.add(block.captions);
            if (block.poster) files.add(block.poster);
          }
        } else if (block.type === 'resource' && block.href && !isExternal(block.href)) {
          files.add(block.href);
        }
      }
    }
  }
  return [...files].map(normalisePath).sort();
}

const isExternal = (href: string): boolean => /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(href);

/** "./media/a.jpg" and "media//a.jpg" name the same file as "media/a.jpg". */
export function normalisePath(path: string): string {
  return path
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .join('/');
}
