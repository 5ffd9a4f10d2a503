import { stemmer } from '@orama/stemmers/spanish'
import { type Lexicon, words } from './lexicon'
import { esSpeech } from './speech-es'

export const es: Lexicon = {
  language: 'es',
  locale: 'es',
  readingWordsPerMinute: 218,
  // Summary fields: segmentation abbreviations, non-prose lines, stemmer.
  abbreviations: words(
    'sr sra srta sres dr dra d dña ud uds ee uu av avda pág núm art lic ing gral prof etc',
  ),
  boilerplate: [
    /^(?:lea también|lee también|leer más|ver también|más información|te puede interesar)\b/iu,
    /^(?:foto|fotos|imagen|vídeo|video|fuente)\s*(?::|—|–|-)/iu,
    /^por [\p{Lu}][\p{L}.'-]+(?: [\p{Lu}][\p{L}.'-]+){0,3}$/u,
  ],
  stem: stemmer,
  danglingStarts: words('él ella ellos ellas este esta estos estas ese esa su sus pero también además'),
  stopWords: words(`
    el la los las lo un una unos unas y o u pero sino ni que qué quien quienes cual cuales de del al a en por para
    con sin sobre entre hasta desde hacia según se su sus le les me te nos os mi tu es son era eran fue fueron ser
    ha han había haber está están estaba como más menos muy ya también no sí este esta estos estas ese esa eso
    esos esas aquel cuando donde porque pues
  `),
  elisions: words(''),
  speech: esSpeech,
  speechVerbs: words(`
    dijo dice dicen dijeron afirmó afirma declaró declara señaló señala explicó explica añadió añade agregó
    agrega aseguró asegura indicó indica subrayó subraya destacó destaca advirtió advierte reconoció reconoce
    manifestó sostuvo apuntó precisó recordó insistió respondió
  `),
}
