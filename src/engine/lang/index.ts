import type { Language } from '../types'
import { de } from './de'
import { en } from './en'
import { es } from './es'
import { fr } from './fr'
import type { Lexicon } from './lexicon'
import { ru } from './ru'
import { uk } from './uk'

export type { Lexicon } from './lexicon'

/** The registry of languages: one lexicon per language code. */
export const lexicons: Record<Language, Lexicon> = { ru, en, uk, de, fr, es }
