import type { PauseStrings } from './strings.js';

/** The pause screen's strings in Welsh (see strings.ts). */
export const pauseStringsCy: PauseStrings = {
  'break.title': 'Cymryd seibiant',
  'break.saved': 'Mae eich cynnydd wedi’i gadw. Cymerwch gymaint o amser ag sydd ei angen arnoch.',
  'break.groundingTitle': 'Eiliad i’ch sadio eich hun',
  'break.groundingIntro': 'Os yw’n helpu, rhowch gynnig ar hyn. Does dim brys.',
  'break.step5': 'Sylwch ar bum peth y gallwch eu gweld o’ch cwmpas.',
  'break.step4': 'Sylwch ar bedwar peth y gallwch eu teimlo, fel eich traed ar y llawr.',
  'break.step3': 'Sylwch ar dri pheth y gallwch eu clywed.',
  'break.step2': 'Sylwch ar ddau beth y gallwch eu harogli.',
  'break.step1': 'Sylwch ar un peth y gallwch ei flasu, neu cymerwch un anadl araf.',
  'break.breathing': 'Anadlwch i mewn yn araf wrth i’r cylch dyfu, ac allan wrth iddo grebachu.',
  'break.resume': 'Dychwelyd i’r cwrs',
};
