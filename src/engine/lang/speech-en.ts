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

export const enSpeech: SpeechLexicon = {
  verbs: plainVerbs(`
    say says said saying tell tells told telling read reads add adds added adding note notes noted noting state states stated
    explain explains explained explaining claim claims claimed claiming announce announces announced argue argues
    argued arguing warn warns warned warning insist insists insisted acknowledge acknowledges acknowledged admit
    admits admitted confirm confirms confirmed deny denies denied write writes wrote writing report reports
    reported suggest suggests suggested ask asks asked reply replies replied recall recalls recalled stress
    stresses stressed urge urges urged tweet tweets tweeted tweeting post posted continue continues continued
    declare declares declared describe describes described respond responds responded conclude concluded
    commented texted remind reminds reminded
    remark remarked observe observed maintain maintains maintained contend contends contended assert asserted
    emphasize emphasized emphasised predict predicted promise promised vow vowed pledge pledged agree agreed
    answer answered testify testified acknowledge complain complained joke joked quip quipped recount recounted
    shout shouted yell yelled scream screamed whisper whispered mutter muttered exclaim exclaimed reiterate
    reiterated announce concede conceded allege alleged caution cautioned point pointed chime chimed speak
    speaks spoke attacked attacks slammed blasted criticized criticised lambasted mocked derided praised hailed
    labelled labeled branded dubbed accused accuses raged fumed countered retorted boasted bragged revealed reveals
    lamented laments mused sighed laughed demanded demands wondered gushed enthused hinted mentioned mentions
    pleaded begged reassured assured highlighted underlined underscored opined reasoned describing branding
    labelling labeling dubbing accusing insisting admitting stressing urging declaring call calls called calling
  `),
  relayVerbs: words('quoted quotes cited cites'),
  speechNouns: words('words remarks statement claim comments'),
  topicPrepositions: words('about'),
  documentNouns: words(
    'report brief book statement memo letter ruling filing release memoir paper study order decision tweet email notice',
  ),
  sourcePhrases: phrases('according to', 'in the words of', 'as told to'),
  openingSourcePhrases: phrases('for'),
  ageDescriptor: /^\d{1,3}-year-old$/,
  adverbialParticiple: /^\p{Ll}{3,}ing$/u,
  backReferences: phrases("that's what", 'that’s what', 'that is what', 'that was what', 'this is what'),
  backReferenceSubjectFirst: true,
  degreeAdverbs: words('most more very less'),
  labelledHeadlines: false,
  insetsWithoutDashes: false,
  inciseFillers: [],
  statementReferences: [],
  sourcePostpositions: words(''),
  complementizers: words('that'),
  passiveAuxiliaries: words('was were is are been being be'),
  commaBeforeComplementizer: false,
  reportedMood: words(''),
  pronouns: agreements('he:m she:f they:p'),
  subjectDrop: false,
  demonstrativePronouns: agreements(''),
  possessives: agreements('his:m her:f their:p its:p'),
  roles: list(`
    president mayor commissioner judge justice chief economist spokesman spokeswoman spokesperson minister
    striker forward midfielder defender goalkeeper winger
    firefighter fireman paramedic homeowner driver passenger teacher nurse student farmer shopkeeper survivor
    secretary senator governor representative rep sen gov congressman congresswoman chairman chairwoman chair
    director manager official officer leader head ceo founder nominee candidate adviser advisor strategist
    pollster analyst expert professor doctor dr lawyer attorney prosecutor sheriff general lt gen col captain
    colonel sergeant coach player ambassador diplomat chancellor king queen prince premier surrogate host anchor
    author researcher scientist spokesman aide staffer treasurer mother father wife husband son daughter witness
    resident owner executive president-elect vice-president lady
    singer rapper actor actress musician comedian presenter artist fan
    defendant victim mp mep
    neighbour neighbor bystander passerby eyewitness superintendent
  `),
  institutions: [
    'court',
    'department',
    'ministry',
    'administration',
    'office',
    'committee',
    'agency',
    'police',
    'service',
    'fund',
    'campaign',
    'council',
    'commission',
    'government',
  ],
  leaderRoles: ['leader', 'head'],
  stateNouns: words('state'),
  headOfStateRoles: ['president', 'king', 'queen'],
  honorifics: words('mr mrs ms dr lt gen col sen rep gov prof sgt capt rev st'),
  genderedHonorifics: genderedNames('mrs ms miss lady', 'mr sir'),
  agencies: words('reuters ap afp bloomberg cnn msnbc nbc abc cbs fox bbc politico axios'),
  impersonalSources: words(''),
  impersonalPronouns: words(''),
  passiveVerbs: words(''),
  organisationPronouns: words('it'),
  indefiniteArticles: words('a an one another'),
  spokespersons: list('spokesman spokeswoman spokesperson'),
  anonymousRoles: [],
  compoundSurnames: false,
  commonerRoles: [],
  namesakeWords: words(''),
  deputyPrefixes: [],
  organisationReferences: ['ministry', 'department'],
  services: ['office', 'service'],
  staff: ['official', 'officer', 'firefighter', 'investigator'],
  companyNouns: ['company', 'firm', 'group', 'organization', 'organisation'],
  questionLabels: words('q question'),
  answerLabels: words('a answer'),
  labelsEndWithPeriod: true,
  interviewerNouns: ['correspondent', 'reporter', 'journalist', 'interviewer'],
  addressPronouns: words('you your yours yourself'),
  selfPronouns: words('i me my mine we us our ours'),
  addressTitles: words('mr mrs ms miss dr professor'),
  interviewPhrases: phrases('interview with', 'q a with', 'q a', 'conversation with'),
  interviewerPhrases: phrases('interview by', 'interviewed by'),
  roleEndings: { plural: 's', feminine: null },
  genderedRoles: genderedNames(
    'mother wife daughter sister grandmother aunt widow spokeswoman chairwoman congresswoman actress queen lady',
    'father husband son brother grandfather uncle widower spokesman chairman congressman actor king',
  ),
  organisations: words('white kremlin pentagon fbi cia imf nato un eu'),
  organisationNames: [],
  organisationHeads: words(`
    league cup united city party club association union federation university college council committee
    ministry department commission foundation institute agency corporation company group bank labour
    conservatives democrats republicans assembly parliament senate congress fc
    hospital school centre airport street avenue road boulevard square township county borough district
  `),
  kindNouns: list(`
    show book film movie series program programme song album magazine newspaper paper daily tabloid network channel
    broadcaster website company brand app
    episode tour campaign operation title column podcast
  `),
  termMarkers: list(
    'so-called self-styled self-proclaimed self-described slogan phrase term word label nickname',
  ),
  notNames: words(`
    two three four five six seven eight nine eleven twelve twenty hundred thousand dozens hundreds thousands
    january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday the a an this that in on at i we but and or so it its his her
    their our my your yesterday today earlier later after before asked following meanwhile however still
    democratic republican democrat democrats republicans american americans
    gdp vat dna hiv covid aids jan feb mar apr jun jul aug sep sept oct nov dec one two three four five six
    seven eight nine ten despite although though because while whereas unless since another
  `),
  firstNames: genderedNames(
    `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
    ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia
    kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel
    catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
    lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn
    sara janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle
    theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary nikki kamala tina
    connie ivana melania condoleezza sonia elena hope kellyanne gillian jill claire clare fiona siobhan kirsty
    nicola joanna joanne kate katie kathy cathy sally sue suzanne wendy yvonne tracy tracey stacey lorraine
    maureen doreen eileen irene jane jenny liz lizzie beth bethany lucy lydia mandy molly naomi nora norah
    penny polly rosie sophie stella tessa vanessa zoe chloe ella ellie erin freya holly imogen isla jade
    jasmine leah lily lola maisie mia millie nadia phoebe poppy scarlett abby allison alison amelia annie
    audrey ava bella brooke caroline cassandra claudia courtney dawn debbie dolores dorothy edna eleanor
    elaine ellen esther ethel eva eve felicity gail gemma georgina gina gwen harriet hazel heidi hilary ingrid
    isabel isabelle jackie jeanne jenna jocelyn josephine juliet karin katrina kristen kristin kristina laurie
    leila lena lillian lindsay lindsey lois lorna louise lucia lucinda madeleine maggie marcia margot marian
    marion marjorie marsha maxine melanie mildred miranda monica muriel nina olga paula pauline peggy
    priscilla rachael rebekah regina rita roberta rosa rosemary sabrina sheila shelley sherry sonya sylvia
    tamara tanya tara tiffany trisha ursula valerie vera veronica vivian wanda whitney yolanda greta giorgia
    ilhan alexandria kirsten tulsi jacinda priti suella annalena rachida mhairi kemi yvette`,
    `james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark
    donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob
    gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank
    patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan
    walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse
    jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph
    eugene russell bobby mason philip louis barack bill mike mitt bernie chris rudy newt ted marco jeb howard
    hugh pat tim vladimir boris emmanuel harvey cliff clifford nigel ian graham colin neil alistair alastair
    keir rishi gordon tony nick dave steve jim jimmy tom tommy dan danny matt ben max jake luke owen oliver
    harry lewis liam connor callum kieran declan aidan rory ross stuart stewart duncan malcolm hamish angus
    fraser craig gavin glenn darren lee shane barry trevor clive derek geoffrey jeff rupert hugo felix theo
    leo oscar archie freddie alfie toby ed eddie fred frederick ernest stanley leonard martin marvin melvin
    calvin curtis herbert herman lloyd luther maurice mitchell neal norman otis perry reginald rodney sidney
    vernon warren wesley clarence cecil milton morris murray nelson phil phillip ray rick ricky rob robbie ron
    ronnie stan terence vince victor walt zach brett brad bradley brent clint cody corey derrick devin dustin
    garrett greg jared joel jonah josh julian kurt mario marcus nate nolan preston quentin seth spencer trent
    troy tyson caleb isaac isaiah luis carlos antonio manuel pedro miguel francisco diego javier jorge rafael
    fernando ricardo sergio hector ivan sergei mohammed muhammad ahmed omar hassan khalid tariq imran narendra
    rahul arvind elon sundar satya volodymyr olaf friedrich pierre jacques francois nicolas olivier matteo
    recep bashar yair naftali yitzhak ismail rodrigo fumio shinzo`,
  ),
  nameParticles: words('de van von der den del da di la le bin al st. o'),
  nameConjunctions: words(''),
  coordinators: words('and or'),
  // Not "that": before a capitalised word it is nearly always a conjunction or a relative pronoun ("said that
  // Trump…", "an explosion that Mayor Bill de Blasio described"), not a demonstrative.
  determiners: words('the a an this these those his her its their our my your'),
  headFinal: true,
  postnominalAdjectives: false,
  rankAdjectives: words('general'),
  infinitive: null,
  capitalisedNouns: false,
  prepositions: words(
    'in at from to near into of on by for with about over across inside outside through against among between behind beyond despite during toward towards under upon without',
  ),
  countries: countries(`
    US: United States, U.S., US, USA, America, American*, Washington
    RU: Russia, Russian*, Moscow, Kremlin
    CN: China, Chinese, Beijing
    UA: Ukraine, Ukrainian*, Kyiv, Kiev
    GB: Britain, United Kingdom, UK, U.K., British, Briton*, England, Englishman, Scotland, Scottish, Scotsman, Wales, Welshman
    KP: North Korea, North Korean*, Pyongyang
    KR: South Korea, South Korean*
    FR: France, French, Frenchman, Frenchwoman
    DE: Germany, German*
    IR: Iran, Iranian*
    IL: Israel, Israeli*
    EU: European Union, EU, E.U., European*
    MX: Mexico, Mexican*
    JP: Japan, Japanese
    IN: India, Indian*
    CH: Switzerland, Swiss
    IT: Italy, Italian*
    ES: Spain, Spanish, Spaniard*
    PT: Portugal, Portuguese
    NL: Netherlands, Dutch, Dutchman
    BE: Belgium, Belgian*
    AT: Austria, Austrian*
    PL: Poland, Polish
    SE: Sweden, Swedish
    NO: Norway, Norwegian*
    GR: Greece, Greek*
    IE: Ireland, Irish
    TR: Turkey, Turkish
    CA: Canada, Canadian*
    AU: Australia, Australian*
    BR: Brazil, Brazilian*
    AR: Argentina, Argentine*, Argentinian*
    SY: Syria, Syrian*
    IQ: Iraq, Iraqi*
    AF: Afghanistan, Afghan*
    PK: Pakistan, Pakistani*
    SA: Saudi Arabia, Saudi*
    EG: Egypt, Egyptian*
    PS: Palestine, Palestinian*
    BY: Belarus, Belarusian*
    TW: Taiwan, Taiwanese
    VN: Vietnam, Vietnamese
    PH: Philippines, Filipino*
    MM: Myanmar, Burmese
    NG: Nigeria, Nigerian*
    SI: Slovenia, Slovenian*, Slovene*
    HR: Croatia, Croatian*, Croat*
    RS: Serbia, Serbian*, Serb*
    AL: Albania, Albanian*
    CZ: Czech Republic, Czechia, Czech*
    SK: Slovakia, Slovakian*, Slovak*
    HU: Hungary, Hungarian*
    RO: Romania, Romanian*
    BG: Bulgaria, Bulgarian*
    DK: Denmark, Danish
    FI: Finland, Finnish
    IS: Iceland, Icelandic, Icelander*
    CL: Chile, Chilean*
    CO: Colombia, Colombian*
    PE: Peru, Peruvian*
    UY: Uruguay, Uruguayan*
    VE: Venezuela, Venezuelan*
    CU: Cuba, Cuban*
    ZA: South Africa, South African*
    KE: Kenya, Kenyan*
    MA: Morocco, Moroccan*
    DZ: Algeria, Algerian*
    NZ: New Zealand, New Zealander*
    LT: Lithuania, Lithuanian*
    LV: Latvia, Latvian*
    EE: Estonia, Estonian*
  `),
  inflection: null,
}
