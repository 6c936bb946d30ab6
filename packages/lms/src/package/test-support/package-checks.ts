/**
 * Checks a built SCORM package for what the official XSDs cannot catch: the spelling LMSs rely on,
 * values the schemas type as free strings, and the agreement between the manifest and the zip.
 * Manifests here are Haven's own output, so attributes are read with patterns rather than a full
 * XML parser; xmllint has already checked that they are well formed.
 */
import { isDeepStrictEqual } from 'node:util';
import type { ScormTarget } from '../manifest-input.js';
import { SCHEMA_FILES } from '../schemas.js';

const decoder = new TextDecoder();

export function attributes(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => decodeXml(m[1] ?? ''));
}

export function elementText(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, 'g'))].map((m) => decodeXml(m[1] ?? ''));
}

export function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e] ?? '');
}

/** Every problem found, as plain sentences; an empty list means the package passed. */
export function packageProblems(target: ScormTarget, zip: Readonly<Record<string, Uint8Array>>): string[] {
  const problems: string[] = [];
  const manifestBytes = zip['imsmanifest.xml'];
  if (!manifestBytes) return ['imsmanifest.xml is not at the root of the zip'];
  const manifest = decoder.decode(manifestBytes);

  // The SCO flag: 2004 LMSs ignore the 1.2 spelling and would treat the resource as an asset.
  const [right, wrong] = target === 'scorm12' ? ['adlcp:scormtype', 'adlcp:scormType'] : ['adlcp:scormType', 'adlcp:scormtype'];
  if (attributes(manifest, wrong).length) problems.push(`${wrong} is the wrong spelling for ${target}`);
  if (attributes(manifest, right).join() !== 'sco') problems.push(`expected exactly one ${right}="sco"`);

  const version = elementText(manifest, 'schemaversion');
  const expected = target === 'scorm12' ? '1.2' : '2004 4th Edition';
  if (version.join() !== expected) problems.push(`schemaversion is ${JSON.stringify(version)}, expected "${expected}"`);
  if (elementText(manifest, 'schema').join() !== 'ADL SCORM') problems.push('schema is not "ADL SCORM"');

  for (const score of elementText(manifest, 'adlcp:masteryscore')) {
    const value = Number(score);
    if (score.trim() === '' || !Number.isFinite(value) || value < 0 || value > 100)
      problems.push(`masteryscore "${score}" is not a number from 0 to 100`);
  }
  for (const measure of elementText(manifest, 'imsss:minNormalizedMeasure')) {
    const value = Number(measure);
    if (measure.trim() === '' || !Number.isFinite(value) || value < -1 || value > 1)
      problems.push(`minNormalizedMeasure "${measure}" is not from -1 to 1`);
  }

  const ids = attributes(manifest, 'identifier');
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (duplicates.length) problems.push(`identifiers are not unique: ${duplicates.join(', ')}`);
  for (const ref of [...attributes(manifest, 'identifierref'), ...attributes(manifest, 'default')]) {
    if (!ids.includes(ref)) problems.push(`"${ref}" refers to no identifier`);
  }

  const listed = attributes(manifest, 'href');
  for (const href of listed) if (!zip[href]) problems.push(`${href} is listed in the manifest but missing from the zip`);
  const control = new Set(['imsmanifest.xml', ...SCHEMA_FILES[target]]);
  for (const name of Object.keys(zip)) {
    if (!control.has(name) && !listed.includes(name)) problems.push(`${name} is in the zip but not listed in the manifest`);
  }
  const schemaLocation = attributes(manifest, 'xsi:schemaLocation').join(' ').split(/\s+/).filter(Boolean);
  for (const file of schemaLocation.filter((_, i) => i % 2 === 1)) if (!zip[file]) problems.push(`schema ${file} is not at the zip root`);

  for (const [name, bytes] of Object.entries(zip)) {
    if (/scorm-again/i.test(name) || /lmsCommitUrl|scorm-again:network-status/.test(decoder.decode(bytes))) {
      problems.push(`${name} carries LMS-side code (scorm-again)`);
    }
  }

  const launch = attributes(manifest, 'href')[0];
  const page = launch && zip[launch] ? decoder.decode(zip[launch]) : '';
  if (!page) problems.push('the resource has no launch page in the zip');
  else problems.push(...launchPageProblems(page, zip));
  return problems;
}

export function launchPageProblems(page: string, zip: Readonly<Record<string, Uint8Array>>): string[] {
  const problems: string[] = [];
  const courseSrc = /<haven-course src="([^"]+)"/.exec(page)?.[1];
  const courseFile = courseSrc ? zip[courseSrc] : undefined;
  if (!courseFile) problems.push('the launch page does not point <haven-course> at a course in the zip');
  // The course's own copy is a JSON data block, which never runs; its links are the course's, not requests.
  let markup = page;
  for (const m of page.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/gi)) {
    markup = markup.replace(m[0], '');
    if (/</.test(m[1] ?? '')) problems.push('the course copy in the launch page has a raw "<" (it could close its element)');
    if (/[^ -~]/.test(m[1] ?? '')) problems.push('the course copy in the launch page is not plain ASCII (a wrong charset would garble it)');
    if (!courseFile || !sameJson(m[1] ?? '', decoder.decode(courseFile)))
      problems.push('the course copy in the launch page is not the course file it names');
  }
  for (const m of markup.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\ssrc="([^"]+)"/.exec(m[1] ?? '')?.[1];
    if (!src || (m[2] ?? '').trim()) problems.push('the launch page has an inline script');
    else if (!zip[src]) problems.push(`the launch page loads ${src}, which is not in the zip`);
  }
  if (/\son[a-z]+\s*=/i.test(markup)) problems.push('the launch page has an inline event handler');
  if (/https?:\/\//i.test(markup)) problems.push('the launch page refers to another site');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1] ?? '';
  if (!/script-src 'self'(;|$)/.test(csp) || /unsafe-eval/.test(csp))
    problems.push(`the launch page has no strict script policy: "${csp}"`);
  return problems;
}

function sameJson(a: string, b: string): boolean {
  try {
    return isDeepStrictEqual(JSON.parse(a), JSON.parse(b));
  } catch {
    return false;
  }
}
