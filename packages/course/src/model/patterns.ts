/**
 * The address patterns of the course format, as JSON Schema pattern strings: one source for the schema
 * (schema.ts) and for the player's check of a compiled course (compiled/compiled.ts). Run-time data, so
 * kept out of schema.ts (TypeBox), like block-types.ts.
 */

/** A file inside the course folder: no scheme, not absolute, no `..`, no query or fragment. */
const COURSE_FILE = '(?![a-zA-Z][a-zA-Z0-9+.-]*:)(?!/)(?!.*\\.\\.)[^\\s?#]+';

export const COURSE_FILE_PATTERN = `^${COURSE_FILE}$`;
/** A link a learner may follow. */
export const LINK_URL_PATTERN = '^(https://|mailto:|tel:)\\S+$';
/** What a resource may link to: a course file, a web page or an email address. */
export const RESOURCE_HREF_PATTERN = `^(https://\\S+|mailto:\\S+|${COURSE_FILE})$`;
/** A phone number as people dial it. */
export const PHONE_PATTERN = '^[0-9 +]{3,20}$';
