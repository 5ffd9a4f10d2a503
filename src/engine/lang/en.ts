import type { Lexicon } from './lexicon'
import { enSpeech } from './speech-en'

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean))

export const en: Lexicon = {
  language: 'en',
  locale: 'en',
  readingWordsPerMinute: 238,
  stopWords: words(`
    a an the and or but if then else of to in on at by for with about against between into through during before
    after above below from up down out off over under again further once here there when where why how all any
    both each few more most other some such no nor not only own same so than too very can will just don should
    now is are was were be been being have has had having do does did doing i me my we our you your he him his
    she her it its they them their what which who whom this that these those am would could also said says as
    than s t it's that's there's
  `),
  speech: enSpeech,
  speechVerbs: words(`
    say says said saying tell tells told add adds added note notes noted state states stated explain explains
    explained claim claims claimed announce announced argue argues argued warn warns warned insist insists
    insisted acknowledge acknowledged admit admits admitted confirm confirmed deny denied write writes wrote
    report reported suggest suggested ask asked reply replied recall recalled stress stressed urge urged tweet
    tweeted posted continued declared
  `),
}
