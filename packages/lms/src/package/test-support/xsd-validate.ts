/**
 * Validates an imsmanifest.xml against the official SCORM XSDs vendored in packages/lms/xsd, with
 * xmllint compiled to WebAssembly (no system install). Each folder's `all.xsd` imports every
 * namespace the manifest uses, because the content-packaging schema's strict wildcards need them all.
 *
 * One exception: the IMS metadata schema of the 1.2 set (imsmd_rootv1p2p1.xsd) breaks the unique
 * particle rule, which libxml2 2.13 (the version compiled here) refuses to compile although 2.9 let it
 * through. Haven's manifests use no IMS metadata elements, so for 1.2 the wrapper imports only the
 * content-packaging and ADL namespaces; any metadata element in a manifest would then fail validation.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';
import type { ScormTarget } from '../manifest-input.js';

const XSD_ROOT = fileURLToPath(new URL('../../../xsd/', import.meta.url));

export interface XsdResult {
  readonly valid: boolean;
  readonly errors: readonly string[];
}

export async function validateManifestXsd(target: ScormTarget, manifest: string): Promise<XsdResult> {
  const dir = `${XSD_ROOT}${target}/`;
  const names = (await readdir(dir)).filter((n) => n !== 'all.xsd');
  const wrapper = await readFile(`${dir}all.xsd`, 'utf8');
  const preload = await Promise.all(names.map(async (fileName) => ({ fileName, contents: await readFile(dir + fileName, 'utf8') })));
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: manifest }],
    schema: [{ fileName: 'all.xsd', contents: target === 'scorm12' ? withoutImsMetadata(wrapper) : wrapper }],
    preload,
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}

function withoutImsMetadata(wrapper: string): string {
  return wrapper.replace(/\s*<xsd:import namespace="http:\/\/www\.imsglobal\.org\/xsd\/imsmd_rootv1p2p1"[^>]*\/>/, '');
}
