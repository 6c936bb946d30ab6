/** Escapes text for XML element content and double-quoted attribute values alike. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c);
}

const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Drops characters XML 1.0 forbids outright (control characters other than tab, newline and return);
 * escaping cannot make them legal, and one would make the whole manifest unreadable to the LMS.
 */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

/** Escaped, XML-safe text. */
export const xmlText = (text: string): string => escapeXml(xmlSafe(text));
