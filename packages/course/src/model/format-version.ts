/** The course file format this Haven writes and reads. Kept apart from schema.ts so the run-time never loads TypeBox. */
export const FORMAT_VERSION = 1 as const;
