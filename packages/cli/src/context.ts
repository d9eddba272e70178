import type { Issue } from '@weerbaar/core'
import { t, type Lang } from './i18n.ts'
import { silentProgress, terminalProgress, type Progress } from './progress.ts'

/** Where the command writes: stdout for results, stderr for everything else. */
export interface Streams {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown; isTTY?: boolean }
}

/** The options every command has. */
export interface GlobalOptions {
  lang: Lang
  quiet: boolean
  debug: boolean
}

/** What a command gets besides its own arguments. */
export interface Context extends GlobalOptions {
  /** Writes a result to stdout. */
  out(text: string): void
  /** Writes a line to stderr, even with --quiet (errors). */
  error(line: string): void
  /** Writes a line to stderr unless --quiet (warnings, confirmations). */
  note(line: string): void
  /** Prints issues, one line each, prefixed with the file; warnings are left out with --quiet. */
  issues(file: string, issues: readonly Issue[]): void
  /** A progress line on stderr when it is a terminal and not --quiet; otherwise silent. */
  progress(label: string): Progress
}

export function createContext(streams: Streams, options: GlobalOptions): Context {
  const { lang, quiet } = options
  const error = (line: string) => void streams.stderr.write(`${line}\n`)
  const note = (line: string) => {
    if (!quiet) error(line)
  }
  return {
    ...options,
    out: (text) => void streams.stdout.write(text),
    error,
    note,
    issues(file, issues) {
      for (const issue of sortIssues(issues)) {
        const prefix = t(lang, issue.severity === 'warning' ? 'warningPrefix' : 'errorPrefix')
        const line = `${issueLocation(file, issue)}: ${prefix}: ${issue.path ? `${issue.path}: ` : ''}${issue.message}`
        if (issue.severity === 'warning') note(line)
        else error(line)
      }
    },
    progress(label) {
      return streams.stderr.isTTY && !quiet
        ? terminalProgress(streams.stderr, label)
        : silentProgress
    },
  }
}

/**
 * `file:line:column` as compilers print it, so editors and CI annotations can jump to the
 * spot; just `file` when the issue has no position (core gives one for JSON and CSV text).
 */
export function issueLocation(file: string, issue: Pick<Issue, 'line' | 'column'>): string {
  if (issue.line === undefined) return file
  return issue.column === undefined
    ? `${file}:${issue.line}`
    : `${file}:${issue.line}:${issue.column}`
}

/** Errors before warnings, each in file order (by line and column); issues without a position last. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const rank = (i: Issue) => (i.severity === 'error' ? 0 : 1)
  const at = (n: number | undefined) => n ?? Number.MAX_SAFE_INTEGER
  return [...issues].sort(
    (a, b) => rank(a) - rank(b) || at(a.line) - at(b.line) || at(a.column) - at(b.column),
  )
}
