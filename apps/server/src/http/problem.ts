import type { Issue, Lang } from '@weerbaar/core'
import type { FastifyReply, FastifyRequest } from 'fastify'

/** Dutch unless the client prefers English (`Accept-Language: en…` before any `nl`). */
export function requestLang(request: FastifyRequest): Lang {
  const header = request.headers['accept-language']
  if (!header) return 'nl'
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1, index }
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const { tag } of ranked) {
    if (tag === 'nl' || tag.startsWith('nl-')) return 'nl'
    if (tag === 'en' || tag.startsWith('en-')) return 'en'
  }
  return 'nl'
}

const titles: Record<number, Record<Lang, string>> = {
  400: { nl: 'Ongeldig verzoek', en: 'Bad request' },
  401: { nl: 'Niet ingelogd', en: 'Not signed in' },
  403: { nl: 'Geen toestemming', en: 'Forbidden' },
  404: { nl: 'Niet gevonden', en: 'Not found' },
  405: { nl: 'Methode niet toegestaan', en: 'Method not allowed' },
  409: { nl: 'Conflict', en: 'Conflict' },
  412: { nl: 'Gewijzigd sinds u het ophaalde', en: 'Precondition failed' },
  413: { nl: 'Verzoek te groot', en: 'Payload too large' },
  415: { nl: 'Onbekend inhoudstype', en: 'Unsupported media type' },
  422: { nl: 'De gegevens kloppen niet', en: 'The data is not valid' },
  429: { nl: 'Te veel verzoeken', en: 'Too many requests' },
  500: { nl: 'Interne fout', en: 'Internal error' },
  503: { nl: 'Tijdelijk niet beschikbaar', en: 'Service unavailable' },
}

/** The problem document (RFC 9457) every error answer has. */
export interface Problem {
  type: string
  title: string
  status: number
  detail?: string
  /** The same issues (path, message) the command line prints. */
  issues: Pick<Issue, 'path' | 'message' | 'code' | 'severity' | 'line' | 'column'>[]
}

export function problem(
  status: number,
  lang: Lang,
  issues: Issue[] = [],
  detail?: string,
  title?: string,
): Problem {
  return {
    type: 'about:blank',
    title: title ?? titles[status]?.[lang] ?? titles[500]![lang],
    status,
    ...(detail ? { detail } : {}),
    issues: issues.map((i) => ({
      severity: i.severity,
      code: i.code,
      path: i.path,
      message: i.message,
      // Where the problem is in an uploaded file (a population grid), as the command line says.
      ...(i.line !== undefined ? { line: i.line } : {}),
      ...(i.column !== undefined ? { column: i.column } : {}),
    })),
  }
}

export function sendProblem(
  reply: FastifyReply,
  status: number,
  issues: Issue[] = [],
  detail?: string,
  title?: string,
): FastifyReply {
  const lang = requestLang(reply.request)
  return reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .send(problem(status, lang, issues, detail, title))
}

/** A one-issue problem at the document's root. */
export function simpleIssue(code: string, message: string, path = ''): Issue {
  return { severity: 'error', code, path, message }
}
