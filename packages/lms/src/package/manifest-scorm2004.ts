import { decimal, type ManifestInput } from './manifest-input.js';
import { fileList } from './manifest-scorm12.js';
import { xmlText } from './xml.js';

export const SCORM2004_SCHEMA_FILES = [
  'imscp_v1p1.xsd',
  'adlcp_v1p3.xsd',
  'adlseq_v1p3.xsd',
  'adlnav_v1p3.xsd',
  'imsss_v1p0.xsd',
  'imsss_v1p0auxresource.xsd',
  'imsss_v1p0control.xsd',
  'imsss_v1p0delivery.xsd',
  'imsss_v1p0limit.xsd',
  'imsss_v1p0objective.xsd',
  'imsss_v1p0random.xsd',
  'imsss_v1p0rollup.xsd',
  'imsss_v1p0seqrule.xsd',
  'imsss_v1p0util.xsd',
  'xml.xsd',
  'XMLSchema.dtd',
  'datatypes.dtd',
] as const;

/**
 * imsmanifest.xml for SCORM 2004 4th edition: one SCO and no sequencing between activities. The
 * item's own sequencing only says that the content sets completion and success itself and, when
 * assessed, that the LMS should judge success from the scaled score against the pass mark.
 * `adlcp:scormType` has a capital T here (the lower-case 1.2 spelling is silently ignored by 2004 LMSs).
 */
export function scorm2004Manifest(input: ManifestInput): string {
  const { ids } = input;
  const title = xmlText(input.title);
  const threshold = input.completedByMeasure
    ? '\n        <adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="1.0"/>'
    : '';
  const objectives =
    input.passMark === undefined
      ? ''
      : `
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${xmlText(ids.objective)}" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${decimal(input.passMark / 100)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlText(ids.manifest)}" version="${xmlText(input.version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${xmlText(ids.organization)}">
    <organization identifier="${xmlText(ids.organization)}">
      <title>${title}</title>
      <item identifier="${xmlText(ids.item)}" identifierref="${xmlText(ids.resource)}" isvisible="true">
        <title>${title}</title>${threshold}
        <imsss:sequencing>${objectives}
          <imsss:deliveryControls tracked="true" completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
        <adlnav:presentation>
          <adlnav:navigationInterface>
            <adlnav:hideLMSUI>previous</adlnav:hideLMSUI>
            <adlnav:hideLMSUI>continue</adlnav:hideLMSUI>
          </adlnav:navigationInterface>
        </adlnav:presentation>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${xmlText(ids.resource)}" type="webcontent" adlcp:scormType="sco" href="${xmlText(input.launch)}">
${fileList(input.files)}
    </resource>
  </resources>
</manifest>
`;
}
