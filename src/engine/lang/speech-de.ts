import {
  agreements,
  countries,
  genderedNames,
  list,
  phrases,
  plainVerbs,
  type SpeechLexicon,
  words,
} from './speech'

export const deSpeech: SpeechLexicon = {
  verbs: plainVerbs(`
    sagte sagten sagt sagen erklärte erklärt erklärten betonte betont betonten teilte mitteilte berichtete
    berichtet ergänzte ergänzt fügte unterstrich hob bekräftigte warnte warnt forderte fordert kritisierte
    räumte bestätigte bestätigt dementierte meinte meint schrieb schreibt antwortete versicherte so konstatierte
    stellte sprach spricht erläuterte erläutert beteuerte verriet verrät kommentierte fragte resümierte
    bilanzierte lobte klagte beklagte monierte mahnte appellierte versprach gestand zitierte twitterte
    behauptete behauptet glaubt glaubte findet fand hofft hoffte ergänzte urteilte erwiderte erwidert
    entgegnete entgegnet konterte kontert widersprach hieß heißt gesagt mitgeteilt unterstrichen bekräftigt
    gewarnt gefordert kritisiert geschrieben geantwortet versichert bezeichnete bezeichnet bezeichneten nannte
    nennt nannten
    erzählte erzählt erzählten erinnerte lachte scherzte seufzte rief bemerkte bemerkt lobt schimpfte schimpft
    ärgerte ärgert jubelte jubelt freute freut haderte hadert stöhnte stöhnt analysierte analysiert
    staunte staunt wunderte wundert schwärmte schwärmt lacht seufzt scherzt
  `),
  relayVerbs: words('zitierte zitiert'),
  speechNouns: words('worte äußerung aussage'),
  topicPrepositions: words('über'),
  documentNouns: words('bericht mitteilung erklärung urteil schreiben brief studie'),
  sourcePhrases: phrases(
    'laut',
    'nach angaben von',
    'nach angaben des',
    'nach angaben der',
    'nach worten von',
    'nach den worten von',
    'nach ansicht von',
    'nach ansicht des',
    'nach ansicht der',
    'nach meinung von',
    'nach einschätzung von',
    'nach einschätzung des',
    'nach einschätzung der',
    'nach auffassung von',
  ),
  openingSourcePhrases: [],
  ageDescriptor: /^\d{1,3}-jährige[rn]?$/,
  adverbialParticiple: null,
  backReferences: phrases('das', 'dies', 'so'),
  backReferenceSubjectFirst: false,
  degreeAdverbs: words('sehr meist meisten'),
  labelledHeadlines: false,
  insetsWithoutDashes: false,
  inciseFillers: phrases('mit diesen worten', 'mit den worten'),
  statementReferences: [],
  sourcePostpositions: words('zufolge'),
  complementizers: words('dass daß ob'),
  passiveAuxiliaries: words('wurde wurden worden wird werden'),
  commaBeforeComplementizer: true,
  reportedMood: words(
    'sei seien habe werde könne müsse wolle solle dürfe gebe liege stehe gehe komme bleibe wisse hätte wäre würden',
  ),
  pronouns: agreements('er:m sie:f'),
  subjectDrop: false,
  demonstrativePronouns: agreements('der:m die:f'),
  possessives: agreements('seinen:m seiner:m ihren:f ihrer:f'),
  roles: list(`
    präsident präsidentin kanzler kanzlerin minister ministerin bürgermeister bürgermeisterin vorsitzende
    vorsitzender vorsitzenden chef chefin sprecher sprecherin direktor direktorin leiter leiterin trainer coach
    sportdirektor experte expertin schriftführer schiedsrichter richter richterin anwalt anwältin abgeordnete
    abgeordneter sprecher geschäftsführer gründer professor professorin arzt ärztin
    ehrenvorsitzende ehrenvorsitzenden notenwart chorleiter vorstand ceo vorstandsvorsitzende vorstandsvorsitzender
    vorstandschef vorstandschefin
    ökonom ökonomin volkswirt volkswirtin analyst analystin forscher forscherin wissenschaftler
    wissenschaftlerin soziologe soziologin politologe politologin historiker historikerin botschafter botschafterin
    kandidat kandidatin autor autorin staatssekretär staatssekretärin generalsekretär generalsekretärin berater
    beraterin ermittler ermittlerin kollege kollegin oberbürgermeister oberbürgermeisterin
    angeklagte angeklagter angeklagten beschuldigte beschuldigter beschuldigten zeuge zeugin opfer
    anwohner anwohnerin nachbar nachbarin augenzeuge augenzeugin passant passantin bewohner bewohnerin
    besitzer besitzerin eigentümer eigentümerin mieter mieterin
    mutter vater ehefrau ehemann tochter sohn schwester bruder manager managerin
    politiker politikerin spieler spielerin stürmer stürmerin torwart torhüter kapitän kapitänin polizist
    polizistin lehrer lehrerin
  `),
  institutions: [
    'gericht',
    'ministerium',
    'regierung',
    'polizei',
    'verwaltung',
    'behörde',
    'staatsanwaltschaft',
    'präsidium',
    'verein',
    'vorstand',
  ],
  leaderRoles: ['chef', 'chefin', 'leiter'],
  stateNouns: words('staates staat'),
  headOfStateRoles: ['präsident', 'präsidentin', 'könig'],
  honorifics: words('dr prof hr fr'),
  genderedHonorifics: genderedNames('frau fr', 'herr hr'),
  agencies: words('dpa apa afp reuters ap sid kna epd'),
  impersonalSources: words('aus im'),
  impersonalPronouns: words('es man'),
  passiveVerbs: words(''),
  organisationPronouns: words(''),
  indefiniteArticles: words('ein eine einer eines einem einen'),
  spokespersons: list('sprecher sprecherin'),
  anonymousRoles: [],
  compoundSurnames: false,
  commonerRoles: [],
  namesakeWords: words(''),
  deputyPrefixes: [],
  organisationReferences: ['ministerium', 'behörde'],
  services: [],
  staff: [],
  companyNouns: ['unternehmen', 'konzern'],
  questionLabels: words('f frage'),
  answerLabels: words('a antwort'),
  labelsEndWithPeriod: false,
  interviewerNouns: ['korrespondent', 'reporter', 'journalist', 'redakteur'],
  addressPronouns: words(
    'Sie Ihnen Ihr Ihre Ihren Ihrem Ihrer Ihres du dich dir dein deine deinen euch euer',
  ),
  selfPronouns: words(
    'ich mich mir mein meine meiner meines meinem meinen wir uns unser unsere unserer unseres unserem unseren',
  ),
  addressTitles: words('herr frau dr professor'),
  interviewPhrases: phrases('interview mit', 'gespräch mit'),
  interviewerPhrases: phrases('interview von', 'gespräch führte', 'gespräch führten'),
  roleEndings: null,
  genderedRoles: genderedNames(
    'mutter ehefrau tochter schwester sprecherin richterin anwältin zeugin ministerin anwohnerin nachbarin augenzeugin passantin bewohnerin besitzerin eigentümerin mieterin',
    'vater ehemann sohn bruder sprecher richter anwalt zeuge angeklagter minister anwohner nachbar augenzeuge passant bewohner besitzer eigentümer mieter',
  ),
  organisations: words('bundesregierung kreml'),
  organisationNames: [],
  organisationHeads: words(''),
  kindNouns: list(
    'auszeichnung buch film serie sendung sender gaststätte verein mgv firma zeitung tageszeitung wochenzeitung magazin titel',
  ),
  termMarkers: list('sogenannt sog selbsternannt'),
  notNames: words(`
    zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig hundert tausend
    tausende tausenden hunderte hunderten dutzende dutzenden millionen
    januar februar märz april mai juni juli august september oktober november dezember montag dienstag
    mittwoch donnerstag freitag samstag sonntag der die das den dem des ein eine einer im am auch aber und
    gestern heute vorgestern dann danach zuvor zudem bereits inzwischen
    bip kfz dna hiv interview gespräch
    ihr ihre ihrer ihren ihrem ihres ihnen euer eure
    beide beiden alle allen viele vielen einige einigen manche mehrere
  `),
  firstNames: genderedNames(
    `anna maria ursula monika petra elisabeth sabine renate helga karin brigitte ingrid erika andrea gisela claudia
    susanne gabriele christa christine angela julia katharina sarah lisa laura lena lea leonie hannah emma mia
    sophie lina marie anja birgit heike kerstin martina nicole sandra silke simone stefanie tanja ute kathrin
    melanie nadine sabrina jana jessica jennifer vanessa franziska johanna luise charlotte clara paula greta
    frieda ida ebru ayşe fatma elke hannelore ilse irmgard marianne edith hildegard inge gertrud waltraud ruth
    doris barbara beate bettina cornelia dagmar dorothea eva gudrun jutta karla kirsten manuela margit marion
    regina rita roswitha sigrid tatjana ulrike vera annalena ricarda svenja malu annegret saskia anneliese`,
    `peter michael thomas andreas wolfgang klaus jürgen günter stefan christian uwe werner horst frank dieter
    manfred gerhard hans bernd helmut ralf roger erich rolf friedrich artur adi markus martin matthias jens
    jan tim tobias sebastian alexander daniel dennis florian jonas lukas lucas leon luca finn paul felix max
    maximilian moritz niklas philipp simon david patrick marco mario sven torsten holger dirk carsten jörg
    axel volker rainer norbert karl heinz walter kurt otto fritz georg heinrich hermann wilhelm herbert rudolf
    josef johann johannes joachim jochen lothar ludwig gerd detlef harald hartmut heiko lars marcel mike nils
    olaf oliver robert sascha steffen timo ulrich achim bodo armin boris cem christoph hubertus julian karsten
    konstantin marius niko robin thorsten till tino frank-walter`,
  ),
  nameParticles: words('von van de der den zu'),
  nameConjunctions: words(''),
  coordinators: words('und oder'),
  determiners: words(
    'der die das den dem des ein eine einen einem einer eines sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer dieser diese dieses diesen diesem jeder jede jedes beim vom zum zur im am',
  ),
  headFinal: false,
  postnominalAdjectives: false,
  rankAdjectives: words(''),
  infinitive: null,
  capitalisedNouns: true,
  prepositions: words(
    'in im an am auf aus bei mit nach von vom zu zum zur gegen gegenüber über unter für vor hinter neben zwischen durch ohne um seit ins ans beim aufs ums während wegen trotz bis',
  ),
  countries: countries(`
    DE: Deutschland, deutsch*, Bundesrepublik
    AT: Österreich, österreich*
    US: USA, Vereinigte Staaten, amerikanisch*
    RU: Russland, russisch*
    FR: Frankreich, französisch*
    IT: Italien, italien*
    ES: Spanien, spanier*, spanisch*
    GB: Großbritannien, britisch*, brite*, englisch*, engländer*
    CH: Schweiz, schweizer*, schweizerisch*
    UA: Ukraine, ukrainisch*, ukrainer*
    CN: China, chinesisch*, chinese*
    PL: Polen, polnisch*
    NL: Niederlande, niederländisch*, niederländer*
    TR: Türkei, türkisch*
  `),
  inflection: null,
}
