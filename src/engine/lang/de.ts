import type { Lexicon } from './lexicon'
import { deSpeech } from './speech-de'

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean))

export const de: Lexicon = {
  language: 'de',
  locale: 'de',
  readingWordsPerMinute: 179,
  stopWords: words(`
    der die das den dem des ein eine einer eines einem einen und oder aber doch sondern nicht kein keine ist sind
    war waren wird werden wurde wurden hat haben hatte hatten sein seine ihr ihre er sie es wir ihr ich du man mit
    von zu zum zur auf für im in an am aus bei nach vor über unter durch gegen ohne um auch noch schon nur so wie
    als wenn dass daß ob weil da hier dort sich dies diese dieser dieses jetzt sehr mehr bis beim vom
  `),
  speech: deSpeech,
  speechVerbs: words(`
    sagte sagten sagt sagen erklärte erklärt erklärten betonte betont teilte mitteilte berichtete berichtet
    ergänzte fügte unterstrich hob bekräftigte warnte forderte kritisierte räumte bestätigte dementierte meinte
    meint schrieb antwortete versicherte so
  `),
}
