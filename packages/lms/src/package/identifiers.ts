/**
 * Manifest identifiers are `xs:ID` values (XML NCNames): no colon, no leading digit. They are derived
 * from the course id, the module id (for a per-module package) and the version, so that two versions
 * or two modules uploaded to the same LMS never share an identifier.
 */
export interface ManifestIds {
  readonly manifest: string;
  readonly organization: string;
  readonly item: string;
  readonly resource: string;
  readonly objective: string;
}

export function manifestIds(courseId: string, version: string, moduleId?: string): ManifestIds {
  const parts = ['haven', courseId, ...(moduleId ? [moduleId] : []), `v${version}`];
  const base = parts.map(ncnamePart).join('-');
  return {
    manifest: base,
    organization: `${base}-org`,
    item: `${base}-item`,
    resource: `${base}-sco`,
    objective: `${base}-passed`,
  };
}

/** Keeps letters, digits, hyphen and dot (all legal in an NCName after its first character). */
function ncnamePart(text: string): string {
  return text.replace(/[^A-Za-z0-9.-]/g, '-');
}
