/**
 * The quote and speaker vocabulary of one language: what the quote scanner, the attribution cascade and the
 * speaker clustering need to know about it. One object per language (`speech-<lang>.ts`); the engine code holds
 * no words of any language.
 */

/** Grammatical agreement a verb form or pronoun shows: masculine, feminine, plural, or none. */
export type Agreement = 'm' | 'f' | 'p' | null

/** See SpeechLexicon.roleEndings. */
export interface RoleEndings {
  plural: string
  feminine: string | null
}

export interface SpeechLexicon {
  /** Verbs of saying, every inflected form lower-case → the subject agreement the form shows. */
  verbs: ReadonlyMap<string, Agreement>
  /** Verbs whose subject relays someone else's words («приводит ТАСС слова Х», "цитирует пресс-служба Х"). */
  relayVerbs: ReadonlySet<string>
  /** Nouns naming words said ("слова", "заявление"): after a relay verb, their genitive is the speaker. */
  speechNouns: ReadonlySet<string>
  /**
   * Prepositions that give a statement's subject ("about", «о», «про»), lower-case: «прокомментировал заявление
   * Лаврова о «…»» — the words in marks are the statement's, its owner's after the noun of saying.
   */
  topicPrepositions: ReadonlySet<string>
  /** Nouns of documents that speak for their author ("report", "brief", "решение"): "the IMF report stated". */
  documentNouns: ReadonlySet<string>
  /** Phrases introducing a source, lower-case token sequences ("по словам", "according to", "selon"). */
  sourcePhrases: readonly (readonly string[])[]
  /**
   * Words that introduce a person's view only when they open a sentence and the person is set off by a comma
   * ("Pour Marie Martin, « … »", "Para Juan García, «…»"): anywhere else they mean something else ("pour la
   * France"). Lower-case token sequences.
   */
  openingSourcePhrases: readonly (readonly string[])[]
  /**
   * A person named by age alone, as one lower-case word: "the 45-year-old told the court", "sagte der
   * 45-Jährige". It stands for the person named just before. Null where the language does not write it so.
   */
  ageDescriptor: RegExp | null
  /**
   * An adverbial participle (uk «говорячи», ru «отвечая», "speaking", «diciendo»): a clause set off by commas that
   * opens with one holds no subject of the verb after it («президент, говорячи про голів обласних адміністрацій,
   * сказав»), and one that is the verb of saying says what its sentence's subject said ("Smith praised Jones,
   * saying, “…”"). Null: none read.
   */
  adverbialParticiple: RegExp | null
  /** Words after the source instead ("X zufolge"). */
  sourcePostpositions: ReadonlySet<string>
  /**
   * Openings of a sentence that points back at the quotation before it, followed by a verb of saying and its
   * subject, lower-case token sequences: «…». Об этом заявил X. / „…“ Das sagte X. / « … » C'est ce qu'a
   * déclaré X. Empty where the language does not build it so.
   */
  backReferences: readonly (readonly string[])[]
  /**
   * Whether the subject comes between the pointing words and the verb ("That's what John Smith told reporters"),
   * as in English; elsewhere the verb comes first and a capitalised word before it is an article's noun ("Das
   * Ministerium teilte mit").
   */
  backReferenceSubjectFirst: boolean
  /**
   * Words that point back at the quotation between its closing dash and the verb of the incise, lower-case token
   * sequences: «…» — такими словами прокомментировал X / „…“ – mit diesen Worten kommentierte X. The verb still
   * opens the incise, its subject after it. Empty where the language does not write it so.
   */
  inciseFillers: readonly (readonly string[])[]
  /**
   * The reporter's incise may stand inside one pair of marks with no dashes, after a comma and up to the end of
   * its clause: « Nous sommes déçus, explique le maire. Nous allons faire appel. », « …, dit-il, mais … ». French
   * typography; elsewhere the marks close before the incise („…“, sagte er) or dashes set it off («…, — сказал
   * он. — …»).
   */
  insetsWithoutDashes: boolean
  /**
   * A headline written as a name, a colon and words with no marks quotes that person («Песков: Кремль не
   * планирует …»), as Russian and Ukrainian news write one; in English "Centeno: More Confident About
   * Disinflation" is the reporter's summary.
   */
  labelledHeadlines: boolean
  /**
   * Adverbs of degree, lower-case: a participle of a verb of saying after one is an adjective, no cue ("El jugador
   * más destacado del partido", "the most quoted line").
   */
  degreeAdverbs: ReadonlySet<string>
  /**
   * Openings of a sentence that name the quotation before it as a statement and end in the verb of its making,
   * its subject after them, lower-case token sequences: «…». Такое заявление сделал X. / С таким заявлением
   * выступила X.
   */
  statementReferences: readonly (readonly string[])[]
  /** Words opening a reported clause after a verb of saying ("что", "that", "dass", "que"). */
  complementizers: ReadonlySet<string>
  /**
   * Auxiliaries of the passive right before a verb of saying ("it was announced that", "es wurde gesagt, dass"),
   * lower-case: such a verb has no speaker to find. Empty where the passive is not built so.
   */
  passiveAuxiliaries: ReadonlySet<string>
  /**
   * The language sets a comma before the complementizer ("sagte der Minister, dass …", «заявил глава МИД, что …»),
   * so "verb subject, that …" is reported speech. Not in English, French or Spanish: "says Prof Pettis, that
   * ended in a crisis" is a relative clause.
   */
  commaBeforeComplementizer: boolean
  /** Verb forms that mark reported speech by themselves (German Konjunktiv I: "sei", "habe"). */
  reportedMood: ReadonlySet<string>
  /** Personal pronouns that can be a speaker → agreement. */
  pronouns: ReadonlyMap<string, Agreement>
  /**
   * Verbs of saying go without a written subject in news («Ha señalado que…», «…», — добавил), so a verb with none
   * refers back to the person the sentences before were about, a description of one («la Fiscal») included. Not
   * where a subject is always written (en, de, fr): there a verb with none found is a reading that failed.
   */
  subjectDrop: boolean
  /**
   * Demonstratives that stand for a person when they open a sentence right before a verb of saying („Der sagte:
   * …“, «Тот заявил»), lower-case → agreement: then they are its subject, as a personal pronoun is.
   */
  demonstrativePronouns: ReadonlyMap<string, Agreement>
  /** Possessive pronouns in source phrases («по его словам») → agreement of the person meant. */
  possessives: ReadonlyMap<string, Agreement>
  /** Role and title words, lower-case stems ("президент", "minist", "mayor"): heads of role descriptions. */
  roles: readonly string[]
  /** Institutions that speak as such (суд, администрация, court, ministry), lower-case stems: a description
   * headed by one ("Саратовский гарнизонный военный суд") is a speaker of its own, not a person's role. */
  institutions: readonly string[]
  /** Role words that mean "head of state or organisation" and so match any leader title of the same country. */
  leaderRoles: readonly string[]
  /** "глава государства", "head of state": a leader of the state itself means its president or monarch. */
  stateNouns: ReadonlySet<string>
  headOfStateRoles: readonly string[]
  /** Courtesy and rank abbreviations written before names ("mr", "dr", "m", "lt", "gen"). */
  honorifics: ReadonlySet<string>
  /** Courtesy titles that tell a person's gender ("mr" m, "mrs" f, «г-жа» f), lower-case, with or without a dot. */
  genderedHonorifics: ReadonlyMap<string, Agreement>
  /** News agencies and outlets that relay words but are not speakers, lower-case. */
  agencies: ReadonlySet<string>
  /**
   * Prepositions that, after a verb of saying in the plural with no subject, place the words in the institution
   * that said them: «…», — заявили в Кремле / сообщили в пресс-службе Минфина. Lower-case.
   */
  impersonalSources: ReadonlySet<string>
  /**
   * Pronouns of no one in particular as a verb's subject: «…», hieß es aus dem Innenministerium; « … », indique-t-on
   * à l'Élysée. After a verb of saying they are passed over for the institution named next. Lower-case.
   */
  impersonalPronouns: ReadonlySet<string>
  /**
   * Verbs of saying in an impersonal or passive form, whose subject is what was said and never who said it
   * («…», — было сказано в эфире / говорится в сообщении Минздрава): no one before them is their speaker, who is
   * named after them or no one. Lower-case; each one also among `verbs`.
   */
  passiveVerbs: ReadonlySet<string>
  /**
   * Pronouns that stand for an organisation and never for a person ("it" of "…," it added): the organisation
   * quoted just before is their speaker. Empty where nouns have genders («il», „sie“ are as often people).
   */
  organisationPronouns: ReadonlySet<string>
  /** Indefinite articles: a role after one is someone new ("a spokesman", "ein Sprecher"), not anyone before. */
  indefiniteArticles: ReadonlySet<string>
  /**
   * Role stems of those who speak for someone else ("spokesperson", «porte-parole», portavoz): one after an
   * indefinite article, unnamed, speaks for the organisation it is of ("a spokeswoman for the Home Office" → the
   * Home Office), as the gold annotates («une porte-parole de la chaîne de supermarchés Asda» → Asda).
   */
  spokespersons: readonly string[]
  /**
   * Role stems of someone unnamed by design (a source: «рассказал источник»), where no article tells someone new
   * from someone named before: never the person the sentences before name.
   */
  anonymousRoles: readonly string[]
  /**
   * Role stems that name someone by what anyone may be (a resident, a neighbour, a woman), where no article tells
   * someone new from someone named before (ru, uk): such a role alone, with no complement or name after it
   * («рассказала жительница», «ответила женщина»), is someone unnamed, as "a neighbour" is — unless the article
   * gave the role to someone by name before.
   */
  commonerRoles: readonly string[]
  /**
   * Words after which a person's name is what an institution is named after («университет имени Плеханова», «РЭУ
   * им. Г. В. Плеханова», «театр імені Марії Заньковецької»), lower-case: that name (initials, a first name, a
   * surname) is no one in the article, and a name right after it is read apart («… им. Плеханова Леонид Брагин»).
   */
  namesakeWords: ReadonlySet<string>
  /**
   * People carry two surnames and are named with one or both («Martín Gómez Rodríguez», «el párroco Martín
   * Gómez»): a name that adds a second surname to one named before is the same person.
   */
  compoundSurnames: boolean
  /**
   * Prefixes that make a role word its deputy's, written as one word («замглавы», «замминистра»): the deputy is a
   * role of its own (stem «зам» + the role's), never the one they stand in for. Lower-case.
   */
  deputyPrefixes: readonly string[]
  /**
   * Institution stems that, alone, refer back to the organisation named before («ведомство», «министерство»:
   * «Минобороны провело учения. «…», — говорится в сообщении ведомства»), lower-case.
   */
  organisationReferences: readonly string[]
  /**
   * Institution stems of a service that speaks for an organisation named elsewhere («пресс-служба», "press
   * office"), lower-case: alone, after an impersonal verb («…», — сообщили в пресс-службе), it names no one in
   * particular, where any other institution alone («…», — рассказали в полиции) is the speaker.
   */
  services: readonly string[]
  /**
   * Role stems of an organisation's people («рятувальники», «правоохранители»), lower-case: in the plural, as the
   * subject of a verb of saying, they speak for the organisation that spoke or was named just before («…», —
   * зазначили у ДСНС. «…», — розповіли рятувальники).
   */
  staff: readonly string[]
  /**
   * Nouns for a company ("the company", « l'entreprise », „das Unternehmen“), lower-case stems: alone, they refer
   * back to the organisation named before, and name no one when the article has none (a one-word company the
   * engine reads as a person: "T-Mobile … the company said").
   */
  companyNouns: readonly string[]
  /**
   * Role words that tell the gender of someone unnamed ("mother" f, "spokesman" m), lower-case: a description
   * with one is found by a pronoun of that gender ("…," said his mother. She added: "…"). Empty where verbs and
   * adjectives agree in gender and tell it (ru, uk).
   */
  genderedRoles: ReadonlyMap<string, Agreement>
  /**
   * What a role word may add to a role stem of the lexicon, where words do not decline and no other letter may
   * follow one ("Cole" is no "col", "Gove" no "gov"): the plural's ending ("MPs", « les ministres », «los
   * diputados»: such a role names a group, no antecedent of "he" or "she") and the feminine's (fr « la
   * procureure »). Null where any one letter may follow (de «Sprechers») or the inflection reads it (ru, uk).
   */
  roleEndings: RoleEndings | null
  /**
   * Labels that open the lines of an interview transcript before a colon ("Q:", "Question:", «Вопрос:»; "A:",
   * "Answer:", «Ответ:»), lower-case: a question's line is the interviewer's, an answer's the interviewee's, and
   * neither label is a name.
   */
  questionLabels: ReadonlySet<string>
  answerLabels: ReadonlySet<string>
  /**
   * The press of the language ends those labels with a full stop too ("P. ¿Qué…?" ⏎ "R. Creo que…", El País;
   * "Q. What…?"). Not where a letter and a full stop are far more often an initial («В. Путин»).
   */
  labelsEndWithPeriod: boolean
  /**
   * Stems of the nouns that present an interviewer ("correspondent", «корреспондент»), lower-case: the person named
   * right after one before an interview («в интервью корреспонденту РБК daily Елизавете Серьгиной») asks its
   * questions.
   */
  interviewerNouns: readonly string[]
  /**
   * Pronouns of address and of the first person, as written mid-sentence (de „Sie“) or lower-case: a printed
   * interview's questions address the one interviewed ("How do you…?") and the answers speak for themselves ("I",
   * "we"), as an explainer's questions and answers do not (quotes/printed-interviews.ts).
   */
  addressPronouns: ReadonlySet<string>
  selfPronouns: ReadonlySet<string>
  /**
   * Titles a question addresses someone by, lower-case («пане», „Herr“, "Mr"): «– Пане Олександре, …», „Herr Ehrenberg,
   * Sie …“ name the one interviewed (quotes/interviews.ts).
   */
  addressTitles: ReadonlySet<string>
  /**
   * Phrases that present the one interviewed right after them, lower-case token sequences ("interview with",
   * "q a with", „Interview mit“, « entretien avec », «интервью с»): the interview's answers are that person's.
   */
  interviewPhrases: readonly (readonly string[])[]
  /**
   * Phrases that name the interviewer right after them, lower-case token sequences ("interview by", „Interview
   * von“, « propos recueillis par », «беседовала»): the interview's questions are that person's.
   */
  interviewerPhrases: readonly (readonly string[])[]
  /** Organisations that speak as such ("кремль", "white house"), lower-case first tokens. */
  organisations: ReadonlySet<string>
  /**
   * Organisations named by two or three words, lower-case, in the nominative («белый дом», «совет федерации»,
   * «офіс президента»): a run of their words, in any case form where names decline, is the organisation.
   */
  organisationNames: readonly (readonly string[])[]
  /**
   * Nouns that end an organisation's name where names put their head last ("Premier League", "Manchester City",
   * "Welsh Labour", "Deutsche Bank"), or a place's ("30th Street", "Brick Township"), lower-case: a capitalised run
   * ending in one names an organisation (read as one, a place too), not a person. Empty where organisations are
   * named head first («Лига чемпионов», "Parti socialiste").
   */
  organisationHeads: ReadonlySet<string>
  /** Nouns that introduce a name or a title in quotation marks ("книга", "company", "show"), lower-case stems. */
  kindNouns: readonly string[]
  /**
   * Words right before quotation marks that make what the marks hold a term being named, not words said
   * ("so-called", "the phrase", «так называемая», „sogenannte“, « soi-disant », «la llamada»), in any case:
   * lower-case stems. (`kindNouns` introduce names, which open with a capital.)
   */
  termMarkers: readonly string[]
  /**
   * Capitalised words that are never part of a person's name (months, weekdays), nor an organisation when
   * written in capitals (acronyms of things: ДТП, GDP), lower-case.
   */
  notNames: ReadonlySet<string>
  /** Common first names → gender, for pronoun agreement where verbs do not show gender (he/she said). */
  firstNames: ReadonlyMap<string, Agreement>
  /** Lower-case particles inside names ("de", "van", "bin"). */
  nameParticles: ReadonlySet<string>
  /**
   * Particles that are also the language's "and" (Spanish "y"): they join a double surname only after a first name
   * and a surname ("José Ortega y Gasset", "Santiago Ramón y Cajal"); after one capitalised word other than a
   * first name they join two names ("los rivales directos, Badalona y Lleida"), never one person's.
   */
  nameConjunctions: ReadonlySet<string>
  /** "and", "or": between two stretches in marks they join two of a kind (“Luisa no está” y “Viaje …”). */
  coordinators: ReadonlySet<string>
  /** Articles and possessive determiners: a capitalised word right after one is a thing, not a person. */
  determiners: ReadonlySet<string>
  /** Noun compounds put the head last ("campaign strategist", "police chief"): of adjacent role words the last
   * is the role. Otherwise the first is ("заместитель директора", "пресс-служба компании"). */
  headFinal: boolean
  /**
   * Adjectives follow their noun («el cantante puertorriqueño Luis Fonsi», « l'attaquant argentin Lionel Messi »):
   * one between a role word and a name is part of the role, whose bearer the name is.
   */
  postnominalAdjectives: boolean
  /**
   * Adjectives of rank written after a role word, part of the role's name («l’entraîneur principal», «directeur
   * général», «secretario general», "attorney general"): kept in the description, with or without a name after it.
   */
  rankAdjectives: ReadonlySet<string>
  /**
   * How an infinitive ends, where one follows a role's "de" to say what the person did or is accused of («el
   * acusado de violar a su sobrina», « l’homme accusé d’avoir tué »): the role ends before the "de". Null where the
   * role's connector takes no infinitive.
   */
  infinitive: RegExp | null
  /** Nouns are written with a capital (German): capitals alone do not make a name. */
  capitalisedNouns: boolean
  /** Prepositions (and place abbreviations: ул., вул.) after which a capitalised name is a place or an object. */
  prepositions: ReadonlySet<string>
  /** Countries: an id and every form (names in all cases, abbreviations, adjective stems ending in "*"). */
  countries: readonly Country[]
  /** Russian and Ukrainian names: how the nominative is recovered (null for languages without case). */
  inflection: NameInflection | null
}

export interface Country {
  id: string
  forms: readonly string[]
}

export interface NameInflection {
  /** Male first names whose nominative ends in a vowel that the oblique cases replace (uk "Михайло"). */
  vowelFinalMaleNames: ReadonlySet<string>
  /** Patronymic endings ("ович", "івна"): a patronymic is dropped from the canonical name. */
  patronymicEndings: readonly string[]
  /**
   * Role and institution stems whose nominative singular is more than the stem → that nominative
   * ("пресс-служб" → "пресс-служба", "министерств" → "министерство"): a description written in another case
   * («в пресс-службе», «Министерстве обороны») is named with it. Nouns declined like adjectives (ведущий,
   * ведущая) are left out: their ending tells the gender, which the stem does not.
   */
  headNominatives: ReadonlyMap<string, string>
  /** The neuter adjective ending before such a head ("Главное управление": ru "ое", uk "е"). */
  neuterAdjective: string
  /**
   * Case endings of the plural only (dative, instrumental, locative: «журналистам», «експертами»): a role word
   * with one after its stem names a group, not the person whose name follows («сказал журналистам Песков»).
   */
  pluralObliqueEndings: readonly string[]
  /**
   * Endings a role word can have after its stem in the nominative, singular or plural («водител|ь», «адвокат|»,
   * «сусід|и»): a name right before such a role, after a verb of saying, is whom the words were told
   * («рассказал Life News водитель»; quotes/subjects.ts).
   */
  nominativeEndings: readonly string[]
}

/**
 * "stem+ending stem=word …" → stem → its nominative, the stem with an ending added ("глав+а") or a word of its
 * own where a vowel comes back ("гравц=гравець"): `NameInflection.headNominatives`.
 */
export function nominatives(s: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>()
  for (const entry of list(s)) {
    const whole = entry.split('=')
    if (whole.length === 2) out.set(whole[0] as string, whole[1] as string)
    else {
      const [stem, ending] = entry.split('+') as [string, string]
      out.set(stem, stem + ending)
    }
  }
  return out
}

/** Whitespace-separated words or stems → their list, in the order written. */
export function list(s: string): string[] {
  return s.split(/\s+/).filter(Boolean)
}

export { words } from './lexicon'

/** Verb forms without visible agreement. */
export function plainVerbs(s: string): Map<string, Agreement> {
  return new Map(list(s).map((w) => [w, null]))
}

/**
 * Russian past tense from the masculine form: "заявил" → заявил (m), заявила (f), заявили (p), заявив (gerund).
 * Present-tense and other forms are listed apart: the plural ones («говорят», «пишут», «уверены») and the
 * feminine short adjectives («уверена») show it, the rest no agreement.
 */
export function russianPast(masculine: string, other = ''): Map<string, Agreement> {
  const m = new Map<string, Agreement>()
  for (const v of list(masculine)) {
    m.set(v, 'm')
    // Reflexive: признался → призналась, признались.
    if (v.endsWith('ся')) {
      const stem = v.slice(0, -2)
      m.set(`${stem}ась`, 'f')
      m.set(`${stem}ись`, 'p')
      continue
    }
    m.set(`${v}а`, 'f')
    m.set(`${v}и`, 'p')
    if (v.endsWith('л')) m.set(`${v.slice(0, -1)}в`, null)
  }
  for (const v of list(other)) m.set(v, presentAgreement(v, RUSSIAN_PRESENT_PLURAL))
  return m
}

const RUSSIAN_PRESENT_PLURAL = /(?:ют|ят|ут|ат|ены|ны)$/
const UKRAINIAN_PRESENT_PLURAL = /(?:ють|ять|уть|ать|ені|ні)$/

/** What a present-tense form or a short adjective shows: the plural, the feminine (-на), or nothing. */
function presentAgreement(form: string, plural: RegExp): Agreement {
  if (plural.test(form)) return 'p'
  return form.endsWith('на') ? 'f' : null
}

/** Ukrainian past tense from the masculine form: "заявив" → заявив (m), заявила (f), заявили (p); reflexives too. */
export function ukrainianPast(masculine: string, other = ''): Map<string, Agreement> {
  const m = new Map<string, Agreement>()
  for (const v of list(masculine)) {
    m.set(v, 'm')
    // Reflexive: поділився → поділилася / поділилась, поділилися / поділились.
    if (v.endsWith('вся')) {
      const stem = v.slice(0, -3)
      for (const ending of ['лася', 'лась']) m.set(stem + ending, 'f')
      for (const ending of ['лися', 'лись']) m.set(stem + ending, 'p')
      continue
    }
    const stem = v.endsWith('в') ? v.slice(0, -1) : v
    m.set(`${stem}ла`, 'f')
    m.set(`${stem}ли`, 'p')
  }
  for (const v of list(other)) m.set(v, presentAgreement(v, UKRAINIAN_PRESENT_PLURAL))
  return m
}

export function agreements(s: string): Map<string, Agreement> {
  const m = new Map<string, Agreement>()
  for (const pair of list(s)) {
    const [w, a] = pair.split(':') as [string, string]
    m.set(w, a === 'm' || a === 'f' || a === 'p' ? a : null)
  }
  return m
}

/** "anna:f john:m" → a map; or two lists: female names, then male names. */
export function genderedNames(female: string, male: string): Map<string, Agreement> {
  const m = new Map<string, Agreement>()
  for (const n of list(female)) m.set(n, 'f')
  for (const n of list(male)) m.set(n, 'm')
  return m
}

export function phrases(...p: string[]): string[][] {
  return p.map(list)
}

/** Phrases that end in a verb, once for each form `forms` makes of it ("такое заявление сделал" → сделала, …). */
export function verbPhrases(forms: (verb: string) => Map<string, Agreement>, ...p: string[]): string[][] {
  return p.flatMap((phrase) => {
    const head = list(phrase)
    const verb = head.pop() ?? ''
    return [...forms(verb).keys()].map((form) => [...head, form])
  })
}

export function countries(s: string): Country[] {
  return s
    .trim()
    .split('\n')
    .map((line) => {
      const [id, rest] = line.split(':') as [string, string]
      return {
        id: id.trim(),
        forms: rest
          .split(',')
          .map((f) => f.trim().toLowerCase())
          .filter(Boolean),
      }
    })
}
