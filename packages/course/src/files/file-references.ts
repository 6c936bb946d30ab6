import type { JsonPath } from '../json/parse-json.js';
import type { CourseFile } from '../model/types.js';

/** A file inside the course folder that the course refers to, and where in course.json it does. */
export interface FileReference {
  /** As written in the course, relative to the course folder. */
  readonly file: string;
  readonly path: JsonPath;
}

/**
 * Every reference to a file inside the course folder, in document order: media sources, captions and
 * posters, and resource files. Links to other sites (https:, mailto:, tel:) are not files of the course.
 * Works on the authored shape, so the paths point into the course.json a trainer edits.
 */
export function fileReferences(course: CourseFile): FileReference[] {
  const out: FileReference[] = [];
  course.modules.forEach((module, m) =>
    module.pages.forEach((page, p) =>
      page.blocks.forEach((block, b) => {
        const at = (field: string, file: string | undefined) => {
          if (file !== undefined) out.push({ file, path: ['modules', m, 'pages', p, 'blocks', b, field] });
        };
        if (block.type === 'media') {
          at('src', block.src);
          if (block.kind !== 'image') {
            at('captions', block.captions);
            at('poster', block.poster);
          }
        } else if (block.type === 'resource' && block.href && !isExternal(block.href)) at('href', block.href);
      }),
    ),
  );
  return out;
}

const isExternal = (href: string): boolean => /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(href);
