import { stemmer } from '@orama/stemmers/french'
import { type Lexicon, words } from './lexicon'
import { frSpeech } from './speech-fr'

export const fr: Lexicon = {
  language: 'fr',
  locale: 'fr',
  readingWordsPerMinute: 195,
  // Summary fields: segmentation abbreviations, non-prose lines, stemmer.
  abbreviations: words('m mm mme mmes mlle mlles dr me st ste pr av bd ex cf env art'),
  boilerplate: [
    /^(?:lire aussi|à lire aussi|a lire aussi|voir aussi|lire la suite|en savoir plus)\b/iu,
    /^(?:photo|photos|image|vidéo|video|source|crédit|credit)s?\s*(?::|—|–|-)/iu,
    /^par [\p{Lu}][\p{L}.'-]+(?: [\p{Lu}][\p{L}.'-]+){0,3}$/u,
  ],
  stem: stemmer,
  danglingStarts: words(
    'il elle ils elles ce cette ces cet son sa ses leur leurs mais cependant toutefois aussi',
  ),
  stopWords: words(`
    le la les l un une des du de d et ou mais donc or ni car ne pas plus que qu qui quoi dont où il elle ils elles
    on nous vous je tu se s ce c cet cette ces son sa ses leur leurs mon ma mes ton ta tes est sont était été être
    a ont avait avoir au aux en dans par pour sur avec sans sous entre vers chez comme si aussi très tout tous
    toute toutes y n l' d' j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu' l’ d’ j’ m’ n’ s’ t’ c’ qu’ jusqu’ lorsqu’
    puisqu’
  `),
  elisions: words('l d j m n s t c qu jusqu lorsqu puisqu'),
  speech: frSpeech,
  speechVerbs: words(`
    dit dire déclaré déclare affirmé affirme ajouté ajoute expliqué explique souligné souligne indiqué indique
    précisé précise estimé estime assuré assure rappelé rappelle annoncé annonce confié confie répondu répond
    poursuivi poursuit insisté insiste reconnu reconnaît averti dénoncé dénonce regretté regrette
  `),
}
