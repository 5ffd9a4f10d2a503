import type { Cluster } from '../speakers/clusters'
import { roleOfForm } from '../speakers/forms'
import type { SpeakerModel } from '../speakers/model'
import type { Document } from '../text/document'
import { sourceIn } from './attribution'
import type { Word } from './context'
import { firstCue, institutionBefore, subjectAfter, subjectBefore } from './subjects'

/** A reported statement: "X заявил, что …", "по его словам, …", "X said (that) …", "er sei …". */
export interface Reported {
  start: number
  end: number
  cluster: Cluster
  cue: string
  method: string
  confidence: number
}

/**
 * Reported speech, one sentence at a time, in sentences without a direct quotation (`kept`: the top-level
 * candidates kept as quotations, by their words' `quote` mark; a scare quote left out does not count): a verb of
 * saying followed by a complementiser (что, that, dass, que, що) or, in Russian and Ukrainian, by its object
 * (подчеркнул необходимость …); a German verb of saying followed by Konjunktiv I; a source phrase opening the
 * sentence (По его словам, …; According to X, …). The reported clause runs to the end of the sentence.
 */
export function findReported(doc: Document, model: SpeakerModel, kept: Uint8Array): Reported[] {
  const out: Reported[] = []
  const sp = model.v.speech
  // The model's words are the sentences' tokens in order: sentence s holds words [from, to).
  let to = 0
  for (const sentence of doc.sentences) {
    const from = to
    to += sentence.tokens.length
    if (from === to) continue
    let quoted = false
    for (let i = from; i < to; i++) {
      const k = (model.words[i] as Word).quote
      if (k >= 0 && kept[k] === 1) quoted = true
    }
    if (quoted) continue
    const source = sourceIn(model, from, Math.min(to, from + 6))
    if (source) {
      // "По его словам, …" / "Laut Scholz sei …": after the comma, or right after the source.
      const comma = nextAfterComma(model, source.end, to)
      const clauseStart = comma >= 0 ? comma : source.end < to ? source.end : -1
      if (clauseStart >= 0) {
        const c = model.resolve(source.mention)
        if (c)
          out.push(
            clause(
              doc,
              model,
              clauseStart,
              sentence.end,
              c,
              (model.words[from] as Word).text,
              'source-phrase',
              0.8,
            ),
          )
        continue
      }
    }
    const cue = firstCue(model, from, to)
    if (!cue || cue.relay) continue
    // "It was announced that …", "es wurde gesagt, dass …": a passive names no one who said it. ("He was saying
    // that …" is no passive: an English -ing form after the auxiliary.)
    const before = model.words[cue.index - 1]
    const passive =
      before !== undefined &&
      cue.index > from &&
      sp.passiveAuxiliaries.has(before.lower) &&
      !cue.word.lower.endsWith('ing')
    if (passive) continue
    const next = model.words[cue.index + 1]
    if (!next || cue.index + 1 >= to) continue
    let clauseStart = -1
    if (sp.complementizers.has(next.lower)) clauseStart = cue.index + 1
    else if (
      model.v.inflected &&
      !next.capitalized &&
      !/[,:;.]/.test(next.gap) &&
      !model.v.lex.stopWords.has(next.lower) &&
      !sp.prepositions.has(next.lower) &&
      // «Об этом заявил премьер Михаил Мишустин»: a role after the verb is its subject, not a clause.
      roleOfForm(model.v, next.form) === null
    ) {
      clauseStart = cue.index + 1
    } else if (next.gap.includes(',')) {
      // German: "…, sagte er, er sei …" / "sagte X, dass …" — Konjunktiv I marks the reported clause.
      for (let i = cue.index + 1; i < Math.min(to, cue.index + 8); i++) {
        const w = model.words[i] as Word
        if (sp.complementizers.has(w.lower) || sp.reportedMood.has(w.lower)) {
          clauseStart = sp.complementizers.has(w.lower) ? i : nextAfterComma(model, cue.index + 1, to)
          break
        }
      }
    } else if (sp.commaBeforeComplementizer) {
      // "…, sagte der Minister, dass …", «…, заявил глава МИД, что …»: the subject after the verb, then the clause.
      for (let i = cue.index + 1; i < Math.min(to, cue.index + 6); i++) {
        if (
          sp.complementizers.has((model.words[i] as Word).lower) &&
          (model.words[i] as Word).gap.includes(',')
        ) {
          clauseStart = i
          break
        }
      }
    }
    if (clauseStart < 0) continue
    const subject = subjectBefore(model, from, cue.index) ?? subjectAfter(model, cue, clauseStart)
    // «В Минфине сообщили, что …»: an impersonal verb after the organisation is its; else a zero subject's
    // antecedent.
    const c = subject
      ? model.resolve(subject, cue.agreement)
      : (institutionBefore(model, cue, from) ?? model.antecedent(cue.index, cue.agreement, false))
    if (!c) continue
    if (subject) model.noteSubject(subject, c, cue.agreement)
    out.push(clause(doc, model, clauseStart, sentence.end, c, cue.word.text, 'reported-speech', 0.75))
  }
  return out
}

function nextAfterComma(model: SpeakerModel, from: number, to: number): number {
  for (let i = from; i < to; i++) if ((model.words[i] as Word).gap.includes(',')) return i
  return -1
}

function clause(
  doc: Document,
  model: SpeakerModel,
  fromWord: number,
  sentenceEnd: number,
  cluster: Cluster,
  cue: string,
  method: string,
  confidence: number,
): Reported {
  const start = (model.words[fromWord] as Word).start
  let end = sentenceEnd
  while (end > start && /[\s.!?;,]/.test(doc.text[end - 1] as string)) end--
  return { start, end, cluster, cue, method, confidence }
}
