import type { Messages } from './en-GB.js';

/**
 * UI strings in Welsh (Cymraeg). Same keys as en-GB; a test checks they match exactly.
 */
export const cy: Messages = {
  'player.loading': 'Wrthi’n llwytho’r cwrs…',
  'player.outline': 'Amlinelliad y cwrs',
  'player.outlineToggle': 'Cynnwys',
  'player.previous': 'Blaenorol',
  'player.next': 'Nesaf',
  'player.pageOf': 'Tudalen {current} o {total}',
  'player.courseProgress': 'Cynnydd yn y cwrs: {percent}%',
  'player.moduleProgress': '{percent}% wedi’i wneud',
  'player.pageViewed': 'Wedi’i gweld',
  'player.moduleLocked': 'Yn agor pan fydd y modiwl blaenorol wedi’i gwblhau',
  'player.moduleCompleted': 'Wedi’i gwblhau',
  'player.navigated': 'Ar y dudalen: {title}',
  'player.complete': 'Rydych wedi cwblhau’r cwrs hwn. Da iawn am roi’r amser.',
  'player.toolbar': 'Offer y cwrs',
  'player.end': 'Dyma’r dudalen olaf.',

  'break.start': 'Cymryd seibiant',

  'support.open': 'Cymorth',

  'exit.quick': 'Gadael yn gyflym',
  'exit.label': 'Gadael yn gyflym: gadael y dudalen hon nawr',

  'settings.title': 'Gosodiadau',

  'saving.nowhere': 'Nid oes modd cadw eich cynnydd ar hyn o bryd. Gallwch barhau; peidiwch â chau’r dudalen hon nes i chi orffen.',
  'saving.lmsOnly': 'Caiff eich cynnydd ei gadw gan eich sefydliad yn unig, nid ar y ddyfais hon.',
  'saving.tabOnly': 'Caiff eich cynnydd ei gadw dim ond tra bo’r dudalen hon ar agor.',

  'audience.title': 'Pa un sy’n gweddu orau i’ch rôl?',
  'audience.intro': 'Byddwn yn dangos y fersiwn o’r cwrs sy’n gweddu i’ch gwaith. Gallwch newid hyn yn nes ymlaen.',
  'audience.choose': 'Parhau',
};
