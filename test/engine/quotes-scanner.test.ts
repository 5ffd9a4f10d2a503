import { describe, expect, it } from 'vitest'
import { scanDialogue } from '../../src/engine/quotes/dialogue'
import { scanQuotes } from '../../src/engine/quotes/scanner'

const texts = (t: string) =>
  scanQuotes(t)
    .filter((c) => !c.nested)
    .map((c) => t.slice(c.start, c.end))

describe('quote-mark scanner', () => {
  it('pairs every style of mark', () => {
    expect(
      texts(
        '«Раз два» и „drei vier“ и „cinq six” и “one two” и ‘three four’ и ‚fünf sechs‘ и »sieben acht« и ‹neun zehn›',
      ),
    ).toEqual([
      'Раз два',
      'drei vier',
      'cinq six',
      'one two',
      'three four',
      'fünf sechs',
      'sieben acht',
      'neun zehn',
    ])
  })

  it('pairs mixed straight and curly marks', () => {
    expect(texts('there was “no evidence" yet, adding it would take "more hours” before')).toEqual([
      'no evidence',
      'more hours',
    ])
  })

  it('keeps a quote of another style nested inside', () => {
    const t = '«Он сказал „нет“ и ушёл», — заметил он.'
    const c = scanQuotes(t)
    expect(c.map((x) => [t.slice(x.start, x.end), x.nested])).toEqual([
      ['Он сказал „нет“ и ушёл', false],
      ['нет', true],
    ])
  })

  it('nests straight quotes in straight quotes by position («АО "КрасЭКО", ОАО "МРСК"»)', () => {
    expect(
      texts(
        '"Представители АО "КрасЭКО" не могут работать, так как участок заминирован", - говорится в сообщении.',
      ),
    ).toEqual(['Представители АО "КрасЭКО" не могут работать, так как участок заминирован'])
  })

  it('ends an outer guillemet at an inner one when the closing marks merge («…«…»)', () => {
    expect(texts('«Мы наблюдаем справедливость поговорки «сапожник без сапог», — сказал Бальбек.')).toEqual([
      'Мы наблюдаем справедливость поговорки «сапожник без сапог',
    ])
    // Not a guillemet that holds two of its own: one left unclosed before the paragraph's quotations, a literal
    // mark even in the text's last paragraph.
    const unclosed =
      'Se oía «Fue una chiquillada, comentaba una vecina. «No tengo confianza», opinaba Araceli. Luego: «Creo que estaban jugando».'
    expect(texts(unclosed)).toEqual(['No tengo confianza', 'Creo que estaban jugando'])
  })

  it('does not take apostrophes for quotation marks', () => {
    expect(texts("O'Neil said don’t go to l’État, it's 'really fine' and O’Neill’s too")).toEqual([
      'really fine',
    ])
  })

  it('never fails on unbalanced marks and finds the quotes after them', () => {
    expect(texts('«Мы едем домой», — сказал он и купил «билет.')).toEqual(['Мы едем домой'])
    expect(texts('"open only\nand "then closed"')).toEqual(['then closed'])
    expect(texts('»«»«“”‘’"\'')).toEqual([])
  })

  it('opens a straight mark spaced off its words the French way, but not the inch sign after a number', () => {
    expect(texts('" Je suis une ex-première partie ", s’amuse la chanteuse.')).toEqual([
      'Je suis une ex-première partie',
    ])
    expect(texts('Il a dit " oui " puis " non ".')).toEqual(['oui', 'non'])
    expect(texts('She bought a 12 " screen and said "it is fine".')).toEqual(['it is fine'])
  })

  it('drops the comma before the attribution but keeps end punctuation', () => {
    expect(texts('“He is right,” Flynn said. “It is over.”')).toEqual(['He is right', 'It is over.'])
  })

  it('reads an English multi-paragraph quote as one quote per paragraph, linked', () => {
    const t = '“First paragraph of the speech.\n“Second paragraph ends it,” she said.'
    const c = scanQuotes(t)
    expect(c.map((x) => t.slice(x.start, x.end))).toEqual([
      'First paragraph of the speech.',
      'Second paragraph ends it',
    ])
    expect(c[1]?.continues).toBe(c[0]?.open)
  })

  it('links the paragraphs of a multi-paragraph quote over blank lines, to a last one left unclosed', () => {
    const t =
      '“First paragraph of the speech.\n\n“Second paragraph.\n\n“Third, with its closing mark left out.'
    const c = scanQuotes(t)
    expect(c.map((x) => t.slice(x.start, x.end))).toEqual([
      'First paragraph of the speech.',
      'Second paragraph.',
      'Third, with its closing mark left out.',
    ])
    expect(c.map((x) => x.continues)).toEqual([-1, c[0]?.open, c[1]?.open])
    // An opener left unclosed with no paragraph before it in the same mark is a literal mark.
    expect(texts('Not a quote.\n\n“An opener never closed.')).toEqual([])
  })

  it('reads a text that ends inside a quotation of a sentence or more as cut off there', () => {
    const t =
      'Тренер сказал после матча:\n«Много разговоров было после поражения. И меня, и ребят это задело.'
    expect(texts(t)).toEqual(['Много разговоров было после поражения. И меня, и ребят это задело.'])
    // Not a few words after a stray mark, nor a mark that only closes in most styles, nor before the last paragraph.
    expect(texts('Он купил «билет на поезд.')).toEqual([])
    expect(texts('«слово '.repeat(12))).toEqual([])
    expect(texts('Je suis parti avant la fin du match » et voilà tout ce que je sais.')).toEqual([])
    expect(texts('«Много разговоров было после поражения и это задело.\nКонец.')).toEqual([])
  })

  it('opens no quotation with » before a space (a breadcrumb: "France » …")', () => {
    expect(texts('France » La première ministre a fixé «trois mots d’ordre» à ses ministres.')).toEqual([
      'trois mots d’ordre',
    ])
  })

  it('closes a straight opening mark with the German closing “ where it cannot open', () => {
    expect(texts('Er denkt positiv: "Ich bin nicht unzufrieden.“ Dann ging er.')).toEqual([
      'Ich bin nicht unzufrieden.',
    ])
    expect(texts('"He said “yes” to me," she said.')).toEqual(['He said “yes” to me'])
  })

  it('reads a quotation marked only at its two ends as one, over up to three line breaks', () => {
    expect(texts('«Первый абзац заявления.\nВторой абзац его заканчивает», — сказал он.')).toEqual([
      'Первый абзац заявления.\nВторой абзац его заканчивает',
    ])
    expect(texts('„Erster Absatz.\n\nZweiter.\nDritter.\nVierter“, sagte sie.')).toEqual([
      'Erster Absatz.\n\nZweiter.\nDritter.\nVierter',
    ])
    expect(texts('"Vamos a cerrar la planta.\nEs una decisión difícil", afirmó.')).toEqual([
      'Vamos a cerrar la planta.\nEs una decisión difícil',
    ])
    // A title in the same marks on a later line is passed over, not taken for a quotation of its own.
    expect(texts('«Ми задоволені перемогою.\n\nНаступна гра з «Олімпіком» буде з глядачами».')).toEqual([
      'Ми задоволені перемогою.\n\nНаступна гра з «Олімпіком» буде з глядачами',
    ])
  })

  it('leaves an opener unclosed at a line break when a later line opens a quotation first, or is too far', () => {
    // A stray opener, then a quotation of the next line's own.
    expect(texts('Закон назвали «сырым.\nВыступил Петров. «Это ошибка», — сказал он.')).toEqual([
      'Это ошибка',
    ])
    // A straight mark after a space opens.
    expect(texts('He called it "raw.\nThen Smith said "no" twice.')).toEqual(['no'])
    // The closer four line breaks on.
    expect(texts('«Один.\nДва.\nТри.\nЧетыре.\nПять», — сказал он.')).toEqual([])
  })

  it('stays linear on pathological input', () => {
    for (const unit of ['«', '"', "'", '— ', '«a» ', '„']) {
      const t = unit.repeat(50_000)
      const t0 = performance.now()
      scanQuotes(t)
      scanDialogue(t, 0, t.length)
      expect(performance.now() - t0).toBeLessThan(500)
    }
  })
})

describe('dialogue dashes', () => {
  it('splits replicas from the author’s words', () => {
    const t = '— Мы едем домой, — сказал он. — Завтра вернёмся.'
    expect(scanDialogue(t, 0, t.length).map((c) => t.slice(c.start, c.end))).toEqual([
      'Мы едем домой',
      'Завтра вернёмся.',
    ])
  })

  it('reads a question and its answer on one line as two replicas; the author’s words after one stay out', () => {
    const replicas = (t: string) => scanDialogue(t, 0, t.length).map((c) => t.slice(c.start, c.end))
    expect(replicas('— Почему вы ушли? — Главная причина — желание играть в РПЛ.')).toEqual([
      'Почему вы ушли?',
      'Главная причина — желание играть в РПЛ.',
    ])
    expect(replicas('— Почему вы ушли? — спросил он. — Не знаю.')).toEqual(['Почему вы ушли?', 'Не знаю.'])
  })

  it('reads the Spanish way too, the dash written against the words it opens', () => {
    const replicas = (t: string) => scanDialogue(t, 0, t.length).map((c) => t.slice(c.start, c.end))
    expect(replicas('—Es inaceptable —declaró Yolanda Díaz a los periodistas.')).toEqual(['Es inaceptable'])
    expect(replicas('—¿Qué vamos a hacer? —preguntó el ministro—. Nadie lo sabe todavía.')).toEqual([
      '¿Qué vamos a hacer?',
      'Nadie lo sabe todavía.',
    ])
    // A hyphen inside the author's words ends nothing; a negative number or a run of dashes opens no replica.
    expect(replicas('—Es inaceptable —declaró Isabel Díaz-Ayuso a los periodistas.')).toEqual([
      'Es inaceptable',
    ])
    expect(replicas('-5 grados en Madrid esta mañana.')).toEqual([])
    expect(replicas('——————')).toEqual([])
  })

  it('reads a hyphen typed against a capital as the dash, and the author’s words as with a spaced dash', () => {
    const replicas = (t: string) => scanDialogue(t, 0, t.length).map((c) => t.slice(c.start, c.end))
    expect(
      replicas('-О першій годині ми почули свист, – розповідає Юлія. – Я спочатку подумала, що це грім.'),
    ).toEqual(['О першій годині ми почули свист', 'Я спочатку подумала, що це грім.'])
    // The same hand may type the dash back to the words so too.
    expect(replicas('-Около девяти запахло гарью, - рассказывает Елена. -Но запах не проходил.')).toEqual([
      'Около девяти запахло гарью',
      'Но запах не проходил.',
    ])
    expect(replicas('-¿Qué pasa que nadie está en su lugar?')).toEqual([
      '¿Qué pasa que nadie está en su lugar?',
    ])
    // Author's words set the Spanish way with hyphens are not read: nothing rather than the author's words.
    expect(replicas('-Es inaceptable -declaró Isabel Díaz-Ayuso-. Vamos a actuar.')).toEqual([])
    // A hyphen before a small letter or a digit opens nothing.
    expect(replicas('-то ли дело раньше, - говорит он.')).toEqual([])
    expect(replicas('-5 градусов, - сообщили синоптики.')).toEqual([])
  })

  it('leaves a stage direction in brackets before the words to the reporter', () => {
    const replicas = (t: string) => scanDialogue(t, 0, t.length).map((c) => t.slice(c.start, c.end))
    expect(replicas('— (Посміхається.) Із чим пов’язане... Пов’язане із тренувальним процесом.')).toEqual([
      'Із чим пов’язане... Пов’язане із тренувальним процесом.',
    ])
    // Only a short one before words; a bracket that never closes, or closes nothing before the end, is no direction.
    expect(replicas('— (Смеется.)')).toEqual([])
    expect(replicas(`— (${'очень '.repeat(20)}) Да.`)).toEqual([])
  })

  it('ignores lines that do not start with a dash', () => {
    const t = 'Итог — ничья, — сказал тренер.'
    expect(scanDialogue(t, 0, t.length)).toEqual([])
  })
})
