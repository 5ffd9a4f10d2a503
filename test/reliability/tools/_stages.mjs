import { importTs } from '/work/main/test/reliability/tools/engine.mjs'

const { stages } = await importTs('./_stages.ts')
const gens = {
  nested: (n) => '«'.repeat(n / 2) + 'Да' + '»'.repeat(n / 2),
  nestedOpen: (n) => '«'.repeat(n / 2) + 'Да',
  nestedClose: (n) => 'Да' + '»'.repeat(n / 2),
  nestedEn: (n) => '“'.repeat(n / 2) + 'Yes' + '”'.repeat(n / 2),
  manyShortQuotes: (n) => '«Да», — сказал Петров. '.repeat(n / 23),
  sentences: (n) => 'Это предложение. '.repeat(n / 17),
  titleQuotes: (n) => `Big news ${'"'.repeat(n)}x\nSecond line here.\nThird line here.`,
  photoParen: (n) => '(photo '.repeat(n / 7),
  dashLines: (n) => '— Да, — сказал он.\n'.repeat(n / 19),
  capsNames: (n) => 'Владимир Путин '.repeat(n / 15),
}
const [name, lang = 'ru'] = process.argv.slice(2)
for (const n of (process.argv[4] ?? '12500,25000,50000').split(',').map(Number)) {
  const t = stages(gens[name](n), lang)
  console.log(
    name,
    lang,
    n,
    Object.entries(t)
      .map(([k, v]) => `${k}=${v.toFixed(0)}`)
      .join(' '),
  )
}
