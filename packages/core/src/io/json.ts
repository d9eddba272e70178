import {
  findNodeAtLocation,
  parse as parseJsonc,
  parseTree,
  printParseErrorCode,
  type ParseError,
} from 'jsonc-parser'
import { emptyFileIssue, parsePath, type Issue, type Lang, type Result } from '../shared/issues.ts'
import { parseRegion, type ParseRegionOptions } from '../region/parse.ts'
import { duplicateKeyIssues } from './duplicate-keys.ts'
import type { Region } from '../region/schema.ts'
import { withoutBom } from '../shared/text.ts'

/** 1-based line and column of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/**
 * Weerbaar's files are a few levels deep. A file nested so deep that the parser, which recurses
 * per level, runs out of stack (ten thousand `[`) is refused with one issue at the bracket that
 * opens level `MAX_JSON_DEPTH + 1`.
 */
export const MAX_JSON_DEPTH = 256

/** Offset of the first bracket that opens level `limit + 1`, or -1; brackets in strings do not count. */
function tooDeepAt(source: string, limit: number): number {
  let depth = 0
  let inString = false
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i)
    if (inString) {
      if (c === 92 /* \\ */) i++
      else if (c === 34 /* " */) inString = false
    } else if (c === 34) inString = true
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > limit) return i
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--
  }
  return -1
}

const jsonErrorText: Record<Lang, Record<string, string>> = {
  nl: {
    InvalidSymbol: 'Ongeldig teken',
    InvalidNumberFormat: 'Ongeldig getal',
    PropertyNameExpected: 'Naam van een veld verwacht (tussen dubbele aanhalingstekens)',
    ValueExpected: 'Waarde verwacht',
    ColonExpected: "Dubbele punt ':' verwacht",
    CommaExpected: "Komma ',' verwacht",
    CloseBraceExpected: "Sluitaccolade '}' verwacht",
    CloseBracketExpected: "Sluithaak ']' verwacht",
    EndOfFileExpected: 'Einde van het bestand verwacht',
    InvalidCommentToken: 'Commentaar is niet toegestaan in JSON',
    UnexpectedEndOfComment: 'Onverwacht einde van commentaar',
    UnexpectedEndOfString: 'Tekst zonder afsluitend aanhalingsteken',
    UnexpectedEndOfNumber: 'Onvolledig getal',
    InvalidUnicode: 'Ongeldige unicode-code',
    InvalidEscapeCharacter: 'Ongeldig escape-teken',
    InvalidCharacter: 'Ongeldig teken',
  },
  en: {},
}

const messages = {
  empty: { nl: 'Het bestand is leeg', en: 'The file is empty' },
  notJson: { nl: 'Dit is geen JSON', en: 'This is not JSON' },
  tooDeep: {
    nl: `Dit bestand is meer dan ${MAX_JSON_DEPTH} lagen diep genest ([ of { binnen elkaar); een regio-, risico- of rasterbestand heeft er hooguit een paar`,
    en: `This file is nested more than ${MAX_JSON_DEPTH} levels deep ([ or { inside each other); a region, risk or grid file has at most a few`,
  },
}

/** Parses JSON text strictly (no comments, no trailing commas), reporting its syntax errors (the first per line) with line and column. */
export function parseJsonText(text: string, lang: Lang = 'nl'): Result<unknown> {
  const source = withoutBom(text)
  if (source.trim() === '') {
    return { ok: false, issues: [emptyFileIssue(messages.empty[lang])] }
  }
  const errors: ParseError[] = []
  let value: unknown
  try {
    value = parseJsonc(source, errors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: false,
    })
  } catch (error) {
    // The parser recurses per level: only a file nested far too deep overflows its stack. The
    // file is scanned for where it got too deep only then, not on every read.
    const deep = error instanceof RangeError ? tooDeepAt(source, MAX_JSON_DEPTH) : -1
    if (deep < 0) throw error
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          code: 'json_too_deep',
          path: '',
          message: messages.tooDeep[lang],
          ...lineColumnAt(source, deep),
        },
      ],
    }
  }
  if (errors.length > 0) {
    // After a syntax error the parser re-synchronises and reports follow-up errors, often one
    // per word for a file that is not JSON at all (an HTML error page). A file that fails at its
    // first character gets one issue; otherwise one issue per line, the first on that line.
    const start = source.length - source.trimStart().length
    const shown = errors[0]!.offset <= start ? [errors[0]!] : firstPerLine(source, errors)
    return {
      ok: false,
      issues: shown.map((error) => {
        const code = printParseErrorCode(error.error)
        const text = jsonErrorText[lang][code] ?? code.replace(/([a-z])([A-Z])/g, '$1 $2')
        return {
          severity: 'error' as const,
          code: 'invalid_json',
          path: '',
          message: `${messages.notJson[lang]}: ${text}`,
          ...lineColumnAt(source, error.offset),
        }
      }),
    }
  }
  return { ok: true, value, warnings: [] }
}

function firstPerLine(source: string, errors: ParseError[]): ParseError[] {
  const seen = new Set<number>()
  return errors.filter((error) => {
    const { line } = lineColumnAt(source, error.offset)
    if (seen.has(line)) return false
    seen.add(line)
    return true
  })
}

/** Adds line and column to issues whose path points into the JSON text. */
export function locateIssues(text: string, issues: Issue[]): Issue[] {
  const source = withoutBom(text)
  const tree = parseTree(source, [], { disallowComments: true })
  if (!tree) return issues
  return issues.map((issue) => {
    if (issue.line !== undefined) return issue
    const segments = parsePath(issue.path)
    // Walk up to the nearest existing node: a missing field is located at its parent object.
    for (let n = segments.length; n >= 0; n--) {
      const node = findNodeAtLocation(tree, segments.slice(0, n))
      if (node) {
        const target = node.parent?.type === 'property' && n > 0 ? node.parent : node
        return { ...issue, ...lineColumnAt(source, target.offset) }
      }
    }
    return issue
  })
}

/**
 * Reads a region file from its text: BOM tolerated, syntax errors and every data problem
 * reported with path, line and column. A key used twice in one object is an error
 * (`duplicate_key`), not silently the last value.
 */
export function parseRegionJson(text: string, options: ParseRegionOptions = {}): Result<Region> {
  const json = parseJsonText(text, options.lang ?? 'nl')
  if (!json.ok) return json
  const duplicates = duplicateKeyIssues(text, options.lang ?? 'nl')
  const result = parseRegion(json.value, options)
  if (result.ok && duplicates.length === 0)
    return { ...result, warnings: locateIssues(text, result.warnings) }
  const issues = result.ok ? result.warnings : result.issues
  return { ok: false, issues: [...duplicates, ...locateIssues(text, issues)] }
}
