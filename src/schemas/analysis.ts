import { z } from '@hono/zod-openapi'
import { LANGUAGES } from '../engine/index'

const offsets = {
  start: z
    .number()
    .int()
    .min(0)
    .openapi({ description: 'UTF-16 index of the first character in the input.' }),
  end: z.number().int().min(0).openapi({ description: 'UTF-16 index after the last character (half-open).' }),
}

export const MetaSchema = z
  .object({
    title: z.string().nullable(),
    date: z.string().nullable().openapi({ example: '2025-09-03' }),
    words: z.number().int().min(0),
    sentences: z.number().int().min(0),
    paragraphs: z.number().int().min(0),
    readingTimeSeconds: z.number().int().min(0),
  })
  .openapi('Meta')

export const SummarySentenceSchema = z
  .object({ text: z.string(), ...offsets, index: z.number().int().min(0), score: z.number() })
  .openapi('SummarySentence')

export const SectionSchema = z
  .object({ heading: z.string(), ...offsets, summary: z.string() })
  .openapi('Section')

export const SummarySchema = z
  .object({
    lead: z.string().openapi({ description: 'One sentence: the gist.' }),
    sentences: z.array(SummarySentenceSchema).openapi({ description: 'Key sentences in document order.' }),
    sections: z.array(SectionSchema),
    keywords: z.array(z.string()),
  })
  .openapi('Summary')

export const QuoteSchema = z
  .object({
    id: z.string().openapi({ example: 'q1' }),
    kind: z.enum(['direct', 'indirect']),
    text: z.string(),
    ...offsets,
    speakerId: z
      .string()
      .nullable()
      .openapi({ description: 'null when the article does not say who spoke.' }),
    cue: z
      .string()
      .nullable()
      .openapi({
        description:
          'The word that attributes the quote as written: a verb of saying, or a noun of saying or a document ' +
          '(«заявление», "statement"); null when none did (a colon, a paragraph\'s speaker, an interview).',
        example: 'сказал',
      }),
    method: z.string().openapi({
      description:
        'The attribution rule that fired (README › What the engine does lists them; `unattributed` when none did, ' +
        '`unnamed-speaker` when the article brings the speaker in only indefinitely: "a neighbour said", ' +
        "or in Russian and Ukrainian by a commoner's role alone: «ответила женщина», " +
        'or by a verb of saying in the plural with no subject: «…», — рассказывали в деревне, ' +
        'or in the passive: «…», — было сказано в эфире). ' +
        'A free string: new rules may add values.',
      example: 'quote-verb-speaker',
    }),
    confidence: z.number().min(0).max(1),
  })
  .openapi('Quote')

export const SpeakerSchema = z
  .object({
    id: z.string().openapi({ example: 's1' }),
    name: z.string().openapi({ example: 'Владимир Путин' }),
    aliases: z.array(z.string()),
    role: z.string().nullable(),
    quoteCount: z.number().int().min(0),
    statementCount: z.number().int().min(0),
    quotedWords: z.number().int().min(0),
    share: z.number().min(0).max(1),
    quoteIds: z.array(z.string()),
  })
  .openapi('Speaker')

const envelope = {
  id: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .openapi({ description: 'SHA-256 content address of the analysis.' }),
  engine: z.string().openapi({ description: 'Engine version; part of the content address.' }),
  language: z.enum(LANGUAGES),
  meta: MetaSchema,
}

export const AnalysisSchema = z
  .object({
    ...envelope,
    summary: SummarySchema,
    quotes: z.array(QuoteSchema),
    speakers: z.array(SpeakerSchema),
  })
  .openapi('Analysis')

export const SummaryResultSchema = z.object({ ...envelope, summary: SummarySchema }).openapi('SummaryResult')
export const QuotesResultSchema = z
  .object({ ...envelope, quotes: z.array(QuoteSchema) })
  .openapi('QuotesResult')
export const SpeakersResultSchema = z
  .object({ ...envelope, speakers: z.array(SpeakerSchema) })
  .openapi('SpeakersResult')

export type AnalysisBody = z.infer<typeof AnalysisSchema>
