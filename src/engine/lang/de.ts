import { stemmer } from '@orama/stemmers/german'
import { type Lexicon, words } from './lexicon'
import { deSpeech } from './speech-de'

export const de: Lexicon = {
  language: 'de',
  locale: 'de',
  readingWordsPerMinute: 179,
  // Summary fields: segmentation abbreviations, non-prose lines, stemmer.
  abbreviations: words(
    'z b d h u a o ä usw bzw ca dr prof nr str st hl vgl evtl ggf inkl sog bspw abs art jh jhd mio mrd tel',
  ),
  boilerplate: [
    /^(?:lesen sie (?:auch|mehr)|mehr zum thema|siehe auch|auch interessant|weiterlesen)\b/iu,
    /^(?:foto|fotos|bild|bilder|video|quelle)\s*(?::|—|–|-)/iu,
    /^von [\p{Lu}][\p{L}.'-]+(?: [\p{Lu}][\p{L}.'-]+){0,3}$/u,
  ],
  stem: stemmer,
  danglingStarts: words(
    'er sie es ihr sein seine ihre dies diese dieser dieses aber jedoch auch außerdem doch',
  ),
  stopWords: words(`
    der die das den dem des ein eine einer eines einem einen und oder aber doch sondern nicht kein keine ist sind
    war waren wird werden wurde wurden hat haben hatte hatten sein seine ihr ihre er sie es wir ihr ich du man mit
    von zu zum zur auf für im in an am aus bei nach vor über unter durch gegen ohne um auch noch schon nur so wie
    als wenn dass daß ob weil da hier dort sich dies diese dieser dieses jetzt sehr mehr bis beim vom
  `),
  elisions: words(''),
  speech: deSpeech,
  speechVerbs: words(`
    sagte sagten sagt sagen erklärte erklärt erklärten betonte betont teilte mitteilte berichtete berichtet
    ergänzte fügte unterstrich hob bekräftigte warnte forderte kritisierte räumte bestätigte dementierte meinte
    meint schrieb antwortete versicherte so
  `),
}
