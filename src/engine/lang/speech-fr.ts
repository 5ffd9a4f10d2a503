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

export const frSpeech: SpeechLexicon = {
  verbs: plainVerbs(`
    dit dire déclaré déclare affirmé affirme ajouté ajoute expliqué explique souligné souligne indiqué indique
    précisé précise estimé estime assuré assure rappelé rappelle annoncé annonce confié confie répondu répond
    qualifié qualifie qualifient qualifiait décrit décrivait jugé juge
    poursuivi poursuit insisté insiste reconnu reconnaît averti dénoncé dénonce regretté regrette conclut conclu
    témoigné témoigne insurge s'insurge lancé lance martelé martèle raconté raconte commenté commente confirmé
    confirme admis admet observé observe noté note déploré déplore écrit écrire ironisé ironise plaidé plaide
    protesté proteste relevé relève résumé résume affirmait expliquait déclarait rétorqué rétorque
    répliqué réplique objecté objecte tranché tranche
    prévient enchaîne enchaîné
    précisait indiquait ajoutait poursuivait confiait lançait soulignait estimait assurait rappelait racontait
    commentait insistait répondait glisse glissé abonde abondé détaille détaillé
    défend défendu réitère réitéré lâche lâché
    demande demandé demandait interroge interrogé plaisante plaisanté exclame exclamé avoue avoué concède
    concédé répète répété murmure murmuré reprend nuance nuancé signale signalé étonne étonné
    amuse amusé sourit souri réjouit réjoui félicite félicité inquiète inquiété indigne indigné emporte emporté
    soupire soupiré renchérit renchéri tempère tempéré clame clamé confesse confessé
  `),
  relayVerbs: words('cite citait rapporte'),
  speechNouns: words('propos paroles déclaration déclarations'),
  topicPrepositions: words('sur'),
  documentNouns: words('communiqué rapport lettre arrêt jugement décision'),
  sourcePhrases: phrases('selon', "d' après", 'd’ après'),
  openingSourcePhrases: phrases('pour'),
  ageDescriptor: null,
  adverbialParticiple: null,
  backReferences: phrases("c' est ce", 'c’ est ce'),
  backReferenceSubjectFirst: false,
  degreeAdverbs: words('plus très moins'),
  labelledHeadlines: false,
  insetsWithoutDashes: true,
  inciseFillers: [],
  statementReferences: [],
  sourcePostpositions: words(''),
  complementizers: words("que qu qu' qu’"),
  passiveAuxiliaries: words('été'),
  commaBeforeComplementizer: false,
  reportedMood: words(''),
  pronouns: agreements('il:m elle:f ils:p elles:p'),
  subjectDrop: false,
  demonstrativePronouns: agreements('celui-ci:m celle-ci:f'),
  // « son », « sa », « ses » agree with the thing owned, not the owner: they tell no gender.
  possessives: agreements('son sa ses'),
  roles: list(`
    ministre président présidente député députée maire porte-parole directeur directrice chef cheffe
    secrétaire sénateur sénatrice juge avocat avocate procureur expert experte responsable cliente client
    témoin porte-parole patron patronne dirigeant dirigeante bourgmestre échevin premier commissaire
    professeur médecin docteur entraîneur joueur joueuse technicien capitaine attaquant attaquante défenseur
    gardien gardienne milieu buteur buteuse coach
    économiste analyste chercheur chercheuse sociologue politologue historien historienne ambassadeur
    ambassadrice gouverneur préfet préfète conseiller conseillère vice-président vice-présidente candidat candidate
    fondateur fondatrice auteur autrice écrivain écrivaine eurodéputé eurodéputée syndicaliste sélectionneur
    magistrat magistrate enquêteur enquêtrice policier policière gendarme officier élu élue édile délégué déléguée
    prévenu prévenue victime journaliste chroniqueur chroniqueuse consultant consultante présentateur
    présentatrice animateur animatrice
    commandant commandante lieutenant lieutenante colonel sergent adjudant pompier pompière
    chanteur chanteuse musicien musicienne comédien comédienne acteur actrice réalisateur réalisatrice artiste
    habitant habitante riverain riveraine voisin voisine passant passante propriétaire locataire
    mère père maman papa épouse époux fille fils sœur frère
    pdg
  `),
  institutions: [
    'tribunal',
    'ministère',
    'gouvernement',
    'police',
    'cour',
    'commission',
    'mairie',
    'direction',
    'parquet',
    'préfecture',
    'gendarmerie',
  ],
  leaderRoles: ['chef', 'dirigeant', 'dirigeante', 'patron'],
  stateNouns: words('état'),
  headOfStateRoles: ['président', 'présidente', 'roi'],
  honorifics: words('m mme mlle me dr pr'),
  genderedHonorifics: genderedNames('mme mlle madame mademoiselle', 'm monsieur'),
  agencies: words('afp belga reuters ap'),
  impersonalSources: words('à au aux'),
  impersonalPronouns: words('on'),
  passiveVerbs: words(''),
  organisationPronouns: words(''),
  indefiniteArticles: words('un une'),
  spokespersons: list('porte-parole'),
  anonymousRoles: [],
  compoundSurnames: false,
  commonerRoles: [],
  namesakeWords: words(''),
  deputyPrefixes: [],
  organisationReferences: ['ministère'],
  services: [],
  staff: [],
  companyNouns: ['entreprise', 'société', 'groupe', 'constructeur'],
  questionLabels: words('q question'),
  answerLabels: words('r réponse'),
  labelsEndWithPeriod: true,
  interviewerNouns: ['journaliste', 'correspondant', 'reporter'],
  addressPronouns: words('vous votre vos tu te toi ton ta tes'),
  selfPronouns: words('je j me moi mon ma mes nous notre nos'),
  addressTitles: words('monsieur madame mademoiselle'),
  interviewPhrases: phrases('entretien avec', 'interview de', 'interview avec', 'rencontre avec'),
  interviewerPhrases: phrases('propos recueillis par', 'entretien réalisé par', 'interview réalisée par'),
  roleEndings: { plural: 's', feminine: 'e' },
  genderedRoles: genderedNames(
    'mère maman épouse fille sœur avocate prévenue habitante riveraine voisine passante chanteuse',
    'père papa époux fils frère avocat prévenu habitant riverain voisin passant chanteur',
  ),
  organisations: words('élysée matignon'),
  organisationNames: [],
  organisationHeads: words(''),
  kindNouns: list(
    'projet émission livre film série journal quotidien hebdomadaire chaîne compte usine magazine société opération campagne',
  ),
  termMarkers: list('soi-disant prétendu autoproclamé'),
  notNames: words(`
    deux trois quatre cinq six sept huit neuf dix onze douze vingt cent mille
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi
    jeudi vendredi samedi dimanche le la les un une des du de pour après mais
    hier aujourd'hui aujourd’hui ensuite puis alors ainsi désormais auparavant entre-temps
    pib tva smic adn vih
  `),
  firstNames: genderedNames(
    `marie nathalie isabelle sylvie catherine françoise anne christine monique valérie sandrine véronique brigitte
    sophie céline julie rosina élisabeth marine ségolène rachida agnès aurore claire virginie aurélie émilie
    stéphanie caroline laure hélène nadine martine chantal danielle jacqueline josiane odile pascale patricia
    corinne delphine karine mélanie audrey camille chloé léa manon emma inès jade louise alice lola clémence
    mathilde charlotte juliette pauline margaux océane anaïs élodie amandine marion justine lucie laetitia
    nadia samia fatima yasmina leïla myriam annie colette denise gisèle jeanne geneviève madeleine simone
    yvette yvonne lucienne paulette suzanne huguette mireille évelyne ghislaine anne-marie marie-france marie-
    christine marie-claude cécile béatrice roselyne édith gabrielle bérénice apolline solène maëlle christiane
    florence thérèse marie-thérèse marie-laure marie-hélène danièle michèle nicole sabine sarah laura elsa eva zoé
    jeanine ginette renée odette marcelle micheline arlette joëlle annick maryse sylviane fabienne muriel murielle
    estelle carole christelle aline ophélie morgane régine marina`,
    `jean pierre michel philippe alain nicolas christophe patrick daniel bernard éric laurent frédéric emmanuel
    paul françois jacques bruno olivier gérald gabriel édouard manuel thierry stéphane julien sébastien
    vincent thomas antoine louis yvon norbert gérard rené roger marcel robert henri andré claude georges guy
    raymond lucien maurice jean-pierre jean-claude jean-louis jean-marc jean-luc jean-paul jean-michel jean-
    françois jean-yves didier dominique pascal denis gilles serge yves hervé xavier franck fabrice cédric
    ludovic mickaël mathieu matthieu romain maxime alexandre guillaume benjamin hugo lucas théo nathan enzo
    léo mathis tom quentin kevin jérémy anthony florian adrien arnaud benoît damien grégory jonathan loïc
    samuel yannick bertrand gaël gilbert jacky joël lionel marc martin mohamed karim rachid nordine farid
    mehdi yassine sofiane gaston albert émile jules fabien aurélien baptiste clément corentin valentin victor
    raphaël jordan kylian zinedine david christian jean-jacques jean-baptiste rémi rémy johan cyril jérôme sylvain
    hubert hugues régis marius noël léon fernand gustave félix joseph mickael michaël ahmed youssef salah`,
  ),
  nameParticles: words('de du des le la van von der den d da do dos'),
  nameConjunctions: words(''),
  coordinators: words('et ou'),
  determiners: words("le la les l l' l’ un une des du ce cet cette ces son sa ses leur leurs"),
  headFinal: false,
  postnominalAdjectives: true,
  rankAdjectives: words('principal principale adjoint adjointe général générale'),
  infinitive: /^(?:avoir|être|\p{L}{3,}(?:er|ir))$/u,
  capitalisedNouns: false,
  prepositions: words(
    "à au aux en dans de du des d' d’ chez sur sous par pour avec vers contre sans entre envers malgré devant derrière parmi pendant rue avenue boulevard quai",
  ),
  countries: countries(`
    FR: France, français*
    BE: Belgique, belge*, bruxellois*, Bruxelles
    US: États-Unis, américain*
    RU: Russie, russe*
    DE: Allemagne, allemand*
    GB: Royaume-Uni, britannique*, anglais*
    IT: Italie, italien*
    ES: Espagne, espagnol*
    UA: Ukraine, ukrainien*
    CN: Chine, chinois*
    PT: Portugal, portugais*
    NL: Pays-Bas, néerlandais*
    CH: Suisse, suisse*
    PL: Pologne, polonais*
    BR: Brésil, brésilien*
    AR: Argentine, argentin*
    MA: Maroc, marocain*
    DZ: Algérie, algérien*
    TR: Turquie, turc, turque*
  `),
  inflection: null,
}
