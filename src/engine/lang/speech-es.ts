import {
  type Agreement,
  agreements,
  countries,
  genderedNames,
  list,
  phrases,
  plainVerbs,
  type SpeechLexicon,
  words,
} from './speech'

/**
 * The imperfect of each listed preterite, singular and plural: news narrates quotations in it («…», opinaba X;
 * justificaba esta vecina), and a list of forms held a few. "-ó" of an -ar verb gives "-aba" ("opinó" →
 * "opinaba"); "-ió" is an -er/-ir verb's ("añadió" → "añadía") or an -iar verb's ("anunció" → "anunciaba"), so it
 * gives both. Irregular preterites (dijo, sostuvo) are listed as they are; a stem that changes (advirtió →
 * advertía) or the reading that does not apply yields a non-word, which matches nothing. Plural forms tell their
 * number.
 */
function withImperfect(verbs: Map<string, Agreement>): Map<string, Agreement> {
  for (const form of [...verbs.keys()]) {
    if (!form.endsWith('ó')) continue
    const stem = form.slice(0, -1)
    const forms = [`${stem}aba`, `${stem}aban`]
    if (/[iy]ó$/u.test(form)) forms.push(`${form.slice(0, -2)}ía`, `${form.slice(0, -2)}ían`)
    for (const f of forms) if (!verbs.has(f)) verbs.set(f, null)
  }
  // The third person plural (dijeron, dicen, relataban) ends in -n, as no singular form listed does: with no subject
  // written it is impersonal («…», relataban en la finca), no one in particular.
  for (const form of verbs.keys()) if (form.endsWith('n')) verbs.set(form, 'p')
  return verbs
}

export const esSpeech: SpeechLexicon = {
  verbs: withImperfect(
    plainVerbs(`
    dijo dice dicen dijeron afirmó afirma declaró declara señaló señala explicó explica añadió añade agregó agrega
    aseguró asegura indicó indica subrayó subraya destacó destaca advirtió advierte reconoció reconoce manifestó
    manifiesta sostuvo sostiene apuntó apunta precisó precisa recordó recuerda insistió insiste respondió responde
    expuso expone comentó comenta concluyó concluye aclaró aclara admitió admite denunció denuncia lamentó lamenta
    criticó critica anunció anuncia relató relata contó cuenta escribió escribe opinó opina matizó enfatizó
    puntualizó replicó contestó contesta apostilló rebatió zanjó afirmaron afirman declararon señalaron señalan
    explicaron explican aseguraron aseguran indicaron indican apuntaron apuntan precisaron advirtieron
    advierten reconocieron subrayaron destacaron añadieron añaden insistieron sostienen sostuvieron
    dicho afirmado declarado señalado explicado añadido agregado asegurado indicado subrayado destacado advertido
    reconocido manifestado sostenido apuntado precisado recordado insistido respondido expuesto comentado
    concluido aclarado admitido denunciado lamentado criticado anunciado relatado opinado matizado enfatizado
    puntualizado replicado contestado apostillado zanjado
    resumió resume narró narra negó niega
    remarcó remarca remarcado resaltó resalta resaltado confesó confiesa confesado expresó expresa expresado
    detalló detalla detallado sentenció aseveró asevera mencionó menciona finalizó analizó analiza repitió repite
    calificó califica calificaron califican tildó tilda definió describió
    informó informa informaron informan informado comunicó comunica
    defendió defiende defendido defendieron valoró valora valorado reiteró reitera reiterado ratificó
    ratifica apeló agradeció agradece confirmó confirma confirmado
    decía decían explicaba explicaban señalaba afirmaba aseguraba contaba relataba comentaba añadía insistía
    recordaba lamentaba criticaba reconocía subrayaba advertía
    queja quejó considera consideró considerado garantiza garantizó garantizado recalca recalcó recalcado
    soltó suelta ironizó ironiza bromeó bromea exclamó exclama preguntó cuestionó justificó justifica
  `),
  ),
  relayVerbs: words('citó cita recoge'),
  speechNouns: words('palabras declaración declaraciones'),
  topicPrepositions: words('sobre'),
  documentNouns: words('comunicado informe carta sentencia auto'),
  sourcePhrases: phrases('según', 'de acuerdo con', 'en palabras de', 'a juicio de'),
  openingSourcePhrases: phrases('para'),
  ageDescriptor: null,
  adverbialParticiple: /^\p{Ll}{2,}(?:ando|iendo)$/u,
  backReferences: phrases('así lo', 'así', 'lo'),
  backReferenceSubjectFirst: false,
  degreeAdverbs: words('más muy menos'),
  labelledHeadlines: false,
  insetsWithoutDashes: false,
  inciseFillers: phrases('con estas palabras', 'con esas palabras'),
  statementReferences: [],
  sourcePostpositions: words(''),
  complementizers: words('que'),
  passiveAuxiliaries: words('fue fueron sido es son'),
  commaBeforeComplementizer: false,
  reportedMood: words(''),
  pronouns: agreements('él:m ella:f ellos:p ellas:p'),
  subjectDrop: true,
  demonstrativePronouns: agreements('éste:m ésta:f'),
  // «su», «sus»: his, her, its, their or your alike, so they tell no gender or number.
  possessives: agreements('su sus'),
  roles: list(`
    presidente presidenta ministro ministra jefe jefa portavoz director directora secretario secretaria alcalde
    alcaldesa diputado diputada senador senadora juez jueza abogado abogada fiscal experto experta líder
    dirigente consejero consejera vicepresidente vicepresidenta rey reina entrenador jugador cantante actor actriz
    economista analista investigador investigadora sociólogo socióloga politólogo politóloga historiador
    historiadora embajador embajadora gobernador gobernadora candidato candidata fundador fundadora autor autora
    escritor escritora eurodiputado eurodiputada sindicalista concejal concejala asesor asesora delegado delegada
    acusado acusada procesado procesada imputado imputada testigo víctima denunciante detenido detenida
    vecino vecina transeúnte propietario propietaria dueño dueña inquilino inquilina
    madre padre esposa esposo hija hijo hermana hermano
    viceconsejero viceconsejera subdelegado subdelegada responsable técnico técnica seleccionador seleccionadora
    estratego timonel capitán capitana delantero delantera defensor defensora portero portera arquero arquera
    centrocampista mediocampista volante goleador goleadora
    edil edila sargento sargenta teniente comandante coronel comisario comisaria inspector inspectora
    bombero bombera médico doctor doctora profesor profesora maestro maestra
  `),
  institutions: ['tribunal', 'ministerio', 'gobierno', 'policía', 'ayuntamiento', 'comisión', 'juzgado'],
  leaderRoles: ['jefe', 'jefa', 'líder', 'dirigente'],
  stateNouns: words('estado'),
  headOfStateRoles: ['presidente', 'presidenta', 'rey', 'reina'],
  honorifics: words('sr sra srta dr dra d dña'),
  genderedHonorifics: genderedNames('sra srta señora señorita doña dña', 'sr señor don'),
  agencies: words('efe europa press reuters afp ap'),
  impersonalSources: words('desde'),
  impersonalPronouns: words(''),
  passiveVerbs: words(''),
  organisationPronouns: words(''),
  indefiniteArticles: words('un una otro otra'),
  spokespersons: list('portavoz'),
  anonymousRoles: [],
  compoundSurnames: true,
  commonerRoles: [],
  namesakeWords: words(''),
  deputyPrefixes: [],
  organisationReferences: ['ministerio'],
  services: [],
  staff: [],
  companyNouns: ['empresa', 'compañía', 'grupo'],
  questionLabels: words('p pregunta'),
  answerLabels: words('r respuesta'),
  labelsEndWithPeriod: true,
  interviewerNouns: ['periodista', 'corresponsal', 'reporter'],
  addressPronouns: words('usted ustedes tú te ti tu tus vosotros os'),
  selfPronouns: words('yo me mí mi mis nosotros nosotras nos nuestro nuestra nuestros nuestras'),
  addressTitles: words('señor señora señorita don doña'),
  interviewPhrases: phrases('entrevista con', 'entrevista a', 'conversación con'),
  interviewerPhrases: phrases('entrevista realizada por', 'entrevistado por'),
  roleEndings: { plural: 's', feminine: null },
  genderedRoles: genderedNames(
    'madre esposa hija hermana abogada procesada acusada jueza ministra alcaldesa vecina propietaria dueña inquilina',
    'padre esposo hijo hermano abogado procesado acusado juez ministro alcalde vecino propietario dueño inquilino',
  ),
  organisations: words('moncloa gobierno ejecutivo'),
  organisationNames: [],
  organisationHeads: words(''),
  kindNouns: list(
    'programa plan libro película serie revista periódico diario semanario emisora grupo gira banda canal empresa',
  ),
  termMarkers: list('llamad denominad autodenominad autoproclamad'),
  notNames: words(`
    tres cuatro cinco seis siete ocho nueve diez once doce veinte cien mil
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes
    miércoles jueves viernes sábado domingo el la los las un una en de del por para con según además
    ayer hoy anoche entonces luego después antes ahora también tampoco mientras
    pib iva adn vih
  `),
  firstNames: genderedNames(
    `maría carmen ana isabel dolores pilar teresa rosa laura cristina marta lucía elena sara paula josefa francisca
    antonia rocío montserrat manuela raquel beatriz silvia patricia nuria irene claudia andrea natalia sofía
    julia noelia lorena sandra mónica susana eva yolanda margarita alicia verónica begoña ainhoa leire itziar
    nerea miren lidia rebeca sonia vanesa esther inés carla daniela valentina camila martina ximena fernanda
    guadalupe adriana alejandra gabriela mariana carolina catalina jimena macarena ariadna aitana isabella
    luciana florencia agustina`,
    `antonio josé manuel francisco juan david javier daniel carlos jesús alejandro miguel rafael pedro pablo luis
    fernando jorge alberto sergio ramón enrique vicente ángel diego adrián álvaro iván rubén óscar andrés
    joaquín eduardo ignacio jaime alfonso ricardo mario emilio guillermo gonzalo marcos hugo martín lucas
    mateo nicolás samuel héctor raúl víctor roberto julio agustín esteban felipe gabriel hernán gerardo
    gustavo ernesto arturo armando rodrigo matías tomás valentín emiliano facundo gastón cristian cristóbal
    borja íñigo iker unai aitor xavier jordi josep pere joan marc oriol pau xabier fidel evo lula mauricio
    alfredo ulises`,
  ),
  nameParticles: words('de del la las los y da do dos das van von der den'),
  nameConjunctions: words('y'),
  coordinators: words('y e o u'),
  determiners: words('el la los las un una unos unas su sus este esta estos estas ese esa esos esas'),
  headFinal: false,
  postnominalAdjectives: true,
  rankAdjectives: words('general principal adjunto adjunta'),
  infinitive: /^\p{L}{3,}(?:ar|er|ir)$/u,
  capitalisedNouns: false,
  prepositions: words(
    'a al ante bajo contra en de del con por para sobre entre desde hasta hacia tras sin durante mediante calle avenida plaza paseo carretera',
  ),
  countries: countries(`
    ES: España, español*, española*
    US: Estados Unidos, EE.UU., estadounidense*, norteamericano*
    MX: México, mexicano*
    AR: Argentina, argentino*
    CA: Canadá, canadiense*
    RU: Rusia, ruso*
    FR: Francia, francés, francesa*
    IT: Italia, italiano*
    DE: Alemania, alemán, alemana*
    GB: Reino Unido, británico*, inglés, inglesa*
    UA: Ucrania, ucraniano*
    CN: China, chino*
    PT: Portugal, portugués, portuguesa*
    BR: Brasil, brasileño*
    CO: Colombia, colombiano*
    CL: Chile, chileno*
    VE: Venezuela, venezolano*
    PE: Perú, peruano*
    MA: Marruecos, marroquí*
    UY: Uruguay, uruguayo*
  `),
  inflection: null,
}
