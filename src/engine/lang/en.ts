import { stemmer } from '@orama/stemmers/english'
import { type Lexicon, words } from './lexicon'
import { enSpeech } from './speech-en'

export const en: Lexicon = {
  language: 'en',
  locale: 'en',
  readingWordsPerMinute: 238,
  // Summary fields: segmentation abbreviations, non-prose lines, stemmer.
  abbreviations: words(
    'mr mrs ms dr st prof gen lt col maj sgt capt cmdr adm gov sen rep rev hon messrs mt ft no nos vs jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n e.g i.e approx dept',
  ),
  boilerplate: [
    /^(?:read more|related|see also|also read|read also|more on this|recommended|sign up|subscribe|click here|follow us|watch|listen)\b\s*[:|—–-]/iu,
    /^(?:photo|image|picture|video|caption|credit)s?\s*(?::|—|–|-|by\b)/iu,
    /^by [\p{Lu}][\p{L}.'-]+(?: [\p{Lu}][\p{L}.'-]+){0,3}(?:,? (?:and|&) [\p{Lu}][\p{L}.'-]+(?: [\p{Lu}][\p{L}.'-]+){0,3})?$/u,
    // [^()] not [^)]: a run then stops at the next '(' and the scan stays linear on '(photo (photo …'.
    /\((?:photo|image|picture)s?(?: by| credit)?:?[^()]*\)$/iu,
    /\b(?:getty images|ap photo|afp photo|reuters\/[\p{L} ]+|shutterstock)\)?\.?$/iu,
    /\b(?:follow (?:us|him|her|them) on (?:twitter|facebook|instagram))\b/iu,
    /^media playback is (?:not supported|unsupported)\b/iu,
    /\blast updated at \d/iu,
    /^[-—–]*\s*(?:additional )?reporting (?:by|from)\b/iu,
  ],
  stem: stemmer,
  danglingStarts: words(
    'it he she they this these those his her their its however but also and yet still meanwhile',
  ),
  stopWords: words(`
    a an the and or but if then else of to in on at by for with about against between into through during before
    after above below from up down out off over under again further once here there when where why how all any
    both each few more most other some such no nor not only own same so than too very can will just don should
    now is are was were be been being have has had having do does did doing i me my we our you your he him his
    she her it its they them their what which who whom this that these those am would could also said says as
    than s t it's that's there's think know get got going
  `),
  elisions: words(''),
  speech: enSpeech,
  speechVerbs: words(`
    say says said saying tell tells told add adds added note notes noted state states stated explain explains
    explained claim claims claimed announce announced argue argues argued warn warns warned insist insists
    insisted acknowledge acknowledged admit admits admitted confirm confirmed deny denied write writes wrote
    report reported suggest suggested ask asked reply replied recall recalled stress stressed urge urged tweet
    tweeted posted continued declared
  `),
}
