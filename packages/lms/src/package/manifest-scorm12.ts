import { decimal, type ManifestInput } from './manifest-input.js';
import { xmlText } from './xml.js';

export const SCORM12_SCHEMA_FILES = ['imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd'] as const;

/**
 * imsmanifest.xml for SCORM 1.2: one organisation, one item, one SCO. `adlcp:scormtype` is lower
 * case in 1.2. With a mastery score the LMS may itself set passed/failed from `cmi.core.score.raw`,
 * so it is written only when the course has an assessment.
 */
export function scorm12Manifest(input: ManifestInput): string {
  const { ids } = input;
  const title = xmlText(input.title);
  const mastery = input.passMark === undefined ? '' : `\n        <adlcp:masteryscore>${decimal(input.passMark, 2)}</adlcp:masteryscore>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlText(ids.manifest)}" version="${xmlText(input.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${xmlText(ids.organization)}">
    <organization identifier="${xmlText(ids.organization)}">
      <title>${title}</title>
      <item identifier="${xmlText(ids.item)}" identifierref="${xmlText(ids.resource)}" isvisible="true">
        <title>${title}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${xmlText(ids.resource)}" type="webcontent" adlcp:scormtype="sco" href="${xmlText(input.launch)}">
${fileList(input.files)}
    </resource>
  </resources>
</manifest>
`;
}

export function fileList(files: readonly string[]): string {
  return files.map((href) => `      <file href="${xmlText(href)}"/>`).join('\n');
}
