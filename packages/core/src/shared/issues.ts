/** Languages in which issue messages are available. */
export type Lang = 'nl' | 'en'

export type Severity = 'error' | 'warning'

/**
 * One problem found in input data. `path` is a JavaScript-style path into the document
 * (`points[3].location.lat`); `line` and `column` (1-based) are set when the problem was
 * found in text (a JSON or CSV file).
 */
export interface Issue {
  severity: Severity
  code: string
  path: string
  message: string
  line?: number | undefined
  column?: number | undefined
}

export type PathSegment = string | number

export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else {
      const key = String(segment)
      if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key
      else out += `[${JSON.stringify(key)}]`
    }
  }
  return out
}

/** Parses `points[3].location.lat` back into segments. */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = []
  const re = /([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g
  for (const m of path.matchAll(re)) {
    if (m[1] !== undefined) segments.push(m[1])
    else if (m[2] !== undefined) segments.push(Number(m[2]))
    else if (m[3] !== undefined) segments.push(JSON.parse(m[3]) as string)
  }
  return segments
}

export type Result<T> = { ok: true; value: T; warnings: Issue[] } | { ok: false; issues: Issue[] }

/** The issue for a file with nothing in it, at the line where its content would begin. */
export function emptyFileIssue(message: string, line = 1): Issue {
  return { severity: 'error', code: 'empty_file', path: '', message, line, column: 1 }
}

/** Formats an issue as one line: `points[3].location.lat (regel 12, kolom 9): message`. */
export function formatIssue(issue: Issue, lang: Lang = 'nl'): string {
  const where: string[] = []
  if (issue.line !== undefined) {
    const l = lang === 'nl' ? 'regel' : 'line'
    const c = lang === 'nl' ? 'kolom' : 'column'
    where.push(
      issue.column !== undefined
        ? `${l} ${issue.line}, ${c} ${issue.column}`
        : `${l} ${issue.line}`,
    )
  }
  const location = [issue.path, where.length ? `(${where.join(', ')})` : '']
    .filter(Boolean)
    .join(' ')
  return location ? `${location}: ${issue.message}` : issue.message
}
