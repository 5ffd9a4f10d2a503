import type { Language } from '../engine/types'
import type { Gender } from './types'

/**
 * The narrator's own words, per language: the introduction of a speaker before a quote the text around it does
 * not attribute, and the heading of quotes nobody is named for. Where the verb has gender (ru, uk), an unknown
 * gender uses a construction without it ("Говорит Х:").
 */
export function introduce(name: string, gender: Gender, language: Language): string {
  switch (language) {
    case 'ru':
      return gender === 'female'
        ? `${name} сказала:`
        : gender === 'male'
          ? `${name} сказал:`
          : `Говорит ${name}:`
    case 'uk':
      return gender === 'female'
        ? `${name} сказала:`
        : gender === 'male'
          ? `${name} сказав:`
          : `Говорить ${name}:`
    case 'en':
      return `${name} said:`
    case 'de':
      return `${name} sagte:`
    case 'fr':
      return `${name} a déclaré :`
    case 'es':
      return `${name} dijo:`
  }
}

export const UNATTRIBUTED: Record<Language, string> = {
  ru: 'Цитаты без указания автора:',
  uk: 'Цитати без зазначення автора:',
  en: 'Quotes without a named speaker:',
  de: 'Zitate ohne genannte Quelle:',
  fr: 'Citations sans auteur nommé :',
  es: 'Citas sin autor identificado:',
}
