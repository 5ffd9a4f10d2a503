import { z } from '@hono/zod-openapi'
import { AUDIO_FORMATS, VOICES } from '../audio/protocol'
import { NARRATION_SOURCES } from '../audio/types'
import { LANGUAGES } from '../engine/index'
import { ArticleInputSchema, ArticleQuerySchema, OptionsSchema } from './input'

export const SourceSchema = z.enum(NARRATION_SOURCES).openapi({
  description:
    'What is narrated: `summary` (key sentences, then a quote of each leading speaker), `article` (the whole ' +
    'body) or `quotes` (each speaker’s quotes, introduced by name).',
  example: 'summary',
})

export const FormatSchema = z.enum(AUDIO_FORMATS).openapi({
  description:
    'mp3 (audio/mpeg, 48 kbps mono) or wav (16-bit PCM mono 22.05 kHz, streamed with unknown length).',
  example: 'mp3',
})

export const NarrationInputSchema = ArticleInputSchema.extend({
  options: OptionsSchema.extend({
    source: SourceSchema.optional(),
    format: FormatSchema.optional(),
  }).optional(),
}).openapi('NarrationInput')

export const NarrationQuerySchema = ArticleQuerySchema.extend({
  source: SourceSchema.optional().openapi({ param: { name: 'source', in: 'query' } }),
  format: FormatSchema.optional().openapi({ param: { name: 'format', in: 'query' } }),
})

export const narrationBody = {
  content: {
    'application/json': { schema: NarrationInputSchema },
    'text/plain': {
      schema: z.string().openapi({ description: 'The article text; options go in the query string.' }),
    },
  },
}

const SegmentSchema = z
  .object({
    voice: z.enum(['narrator', 'speaker']),
    speakerId: z.string().nullable(),
    text: z.string(),
    start: z.number().int().nullable().openapi({ description: 'null for words the narrator adds.' }),
    end: z.number().int().nullable(),
  })
  .openapi('NarrationSegment')

const VoiceAssignmentSchema = z
  .object({
    speakerId: z.string().nullable().openapi({ description: 'null: the narrator.' }),
    name: z.string().nullable(),
    gender: z
      .enum(['male', 'female', 'unknown'])
      .openapi({ description: 'Grammatical gender, where shown.' }),
    voice: z.enum(VOICES).openapi({ description: 'The synthesizer voice.' }),
  })
  .openapi('VoiceAssignment')

export const NarrationSchema = z
  .object({
    id: z
      .string()
      .openapi({ description: 'Content address of the narration (engine versions, options, text).' }),
    engine: z.string(),
    language: z.enum(LANGUAGES),
    source: SourceSchema,
    segments: z.array(SegmentSchema),
    voices: z.array(VoiceAssignmentSchema).openapi({ description: 'The voice plan: the narrator first.' }),
    ssml: z.string().openapi({ description: 'The same script as SSML 1.1.' }),
  })
  .openapi('Narration')

export type NarrationBody = z.infer<typeof NarrationSchema>
