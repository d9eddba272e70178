// Bookkeeping, not a way of meeting a rule: "offline vastgelegd", "ok", "zie vorige keer".
const ADMINISTRATIVE =
  /^(offline |online |handmatig |later )?(vastgelegd|ingevoerd|gecontroleerd|getest|gedaan|ok(é|e)?|akkoord|in orde|prima|goed|voldaan|n\.?v\.?t\.?|zie (boven|vorige( keer)?|eerder)|idem|test)\.?$/i

/**
 * Whether an assessment note can teach another municipality something: a few words that say
 * how, not a bookkeeping remark. Short or administrative notes ("offline vastgelegd", "ok", "-")
 * are not examples for "Hoe doen anderen het?".
 */
export function isInformativeNote(note: string): boolean {
  const text = note.trim()
  if (ADMINISTRATIVE.test(text)) return false
  return text.split(/\s+/).length >= 4 && text.length >= 20
}
