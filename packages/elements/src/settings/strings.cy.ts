import type { SettingsStrings } from './strings.js';

/** The settings dialog's strings in Welsh (see strings.ts). */
export const settingsStringsCy: SettingsStrings = {
  'settings.title': 'Gosodiadau',
  'settings.display': 'Arddangos',
  'settings.lowStimulus': 'Modd ysgogiad isel (dim symud, lliwiau tawel)',
  'settings.close': 'Cau',

  'data.title': 'Eich data',
  'data.stored':
    'Er mwyn i chi allu ailgydio lle gwnaethoch adael, mae’r ddyfais hon yn cadw’r hyn rydych yn ei wneud yn y cwrs hwn: y tudalennau rydych wedi’u gweld a ble rydych chi, eich atebion i weithgareddau, eich sgoriau a’ch myfyrdodau preifat. Mae hefyd yn cadw eich gosodiad arddangos. Nid yw eich enw byth yn cael ei gadw ar y ddyfais hon.',
  'data.tabOnly':
    'Ar hyn o bryd ni ellir cadw dim ar y ddyfais hon, felly dim ond tra bo’r dudalen hon ar agor y caiff yr hyn rydych yn ei wneud ei gadw.',
  'data.lms':
    'Mae system ddysgu eich sefydliad (LMS) yn cadw ei chofnod ei hun o’ch cynnydd, eich cwblhau a’ch sgôr. Nid oes dim yma yn newid y cofnod hwnnw.',
  'data.download': 'Lawrlwytho fy nata ar gyfer y cwrs hwn',
  'data.downloadHelp': 'Ffeil (JSON) gyda phopeth y mae’r ddyfais hon yn ei gadw ar gyfer y cwrs hwn.',
  'data.downloaded': 'Cafodd eich data ei lawrlwytho fel {file}.',
  'data.downloadFailed': 'Nid oedd modd lawrlwytho eich data ({detail}).',
  'data.clearCourse': 'Clirio fy nata ar gyfer y cwrs hwn',
  'data.clearDevice': 'Clirio holl ddata Haven ar y ddyfais hon',
  'data.clearHelp': 'Gofynnir i chi gadarnhau yn gyntaf.',

  'data.confirmCourseTitle': 'Clirio eich data ar gyfer y cwrs hwn?',
  'data.confirmDeviceTitle': 'Clirio holl ddata Haven ar y ddyfais hon?',
  'data.confirmCourse':
    'Mae hyn yn dileu’r hyn y mae’r ddyfais hon yn ei gadw ar gyfer “{course}”: eich cynnydd, eich atebion a’ch myfyrdodau preifat.',
  'data.confirmDevice':
    'Mae hyn yn dileu popeth y mae Haven yn ei gadw ar y ddyfais hon, ar gyfer pob cwrs: cynnydd, atebion, myfyrdodau preifat a gosodiadau.',
  'data.confirmPermanent': 'Ni ellir dadwneud hyn. Os hoffech gopi, lawrlwythwch eich data yn gyntaf.',
  'data.confirmLms': 'Nid yw’n dileu dim sydd gan system ddysgu eich sefydliad (LMS) yn barod, fel eich cwblhau neu eich sgôr.',
  'data.confirmRestart': 'Bydd y cwrs wedyn yn dechrau eto o’r dechrau.',
  'data.confirmStay': 'Byddwch yn aros lle rydych chi yn y cwrs, gan fod system ddysgu eich sefydliad yn dal i gadw eich cynnydd.',
  'data.cancel': 'Canslo',
  'data.confirmClearCourse': 'Clirio fy nata',
  'data.confirmClearDevice': 'Clirio’r holl ddata',
  'data.clearing': 'Wrthi’n clirio…',
  'data.clearedCourse': 'Cafodd eich data ar gyfer y cwrs hwn ei glirio o’r ddyfais hon. Mae’r cwrs yn dechrau eto o’r dechrau.',
  'data.clearedDevice': 'Cafodd holl ddata Haven ei glirio o’r ddyfais hon. Mae’r cwrs yn dechrau eto o’r dechrau.',
  'data.clearedStay':
    'Cafodd eich data ei glirio o’r ddyfais hon. Mae system ddysgu eich sefydliad yn dal i gadw eich cynnydd, felly rydych yn aros lle rydych chi.',
  'data.clearFailed': 'Nid oedd modd clirio eich data ({detail}). Rhowch gynnig arall arni.',
};
