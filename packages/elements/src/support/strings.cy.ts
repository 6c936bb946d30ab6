import type { SupportStrings } from './strings.js';

/** The support dialog's strings in Welsh (see strings.ts). */
export const supportStringsCy: SupportStrings = {
  'support.title': 'Cymorth',
  'support.intro': 'Os yw unrhyw beth yn y cwrs hwn wedi codi teimladau anodd, nid oes rhaid i chi ymdopi â nhw ar eich pen eich hun.',
  'support.emergency': 'Os oes rhywun mewn perygl uniongyrchol, ffoniwch 999.',
  'support.phone': 'Ffoniwch {name} ar {phone}',
  'support.website': 'Ewch i wefan {name}',
  'support.hours': 'Ar agor: {hours}',
  'support.close': 'Cau',
};
