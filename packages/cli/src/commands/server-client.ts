import type { Issue } from '@weerbaar/core'
import type { Context } from '../context.ts'
import { CliError, ExitCode, UsageError } from '../errors.ts'
import type { Lang } from '../i18n.ts'

type Params = Record<string, string | number>
type Message = Record<Lang, string | ((p: Params) => string)>

/** The messages of `push` and `pull`: about the server, its address and the token. */
const messages = {
  noToken: {
    nl: 'WEERBAAR_TOKEN is niet gezet. Maak een persoonlijk toegangstoken op de server (weerbaar-server token add --email …) en zet het in de omgeving, bijvoorbeeld als geheim van de pipeline: export WEERBAAR_TOKEN=… (het token staat bewust niet in een optie, zodat het niet in de shellgeschiedenis belandt)',
    en: 'WEERBAAR_TOKEN is not set. Create a personal access token on the server (weerbaar-server token add --email …) and put it in the environment, for example as a pipeline secret: export WEERBAAR_TOKEN=… (the token is deliberately not an option, so it stays out of shell history)',
  },
  badServer: {
    nl: (p) => `--server moet een adres zijn als https://weerbaar.example.nl, niet "${p.value}"`,
    en: (p) => `--server must be an address such as https://weerbaar.example.nl, not "${p.value}"`,
  },
  plainHttp: {
    nl: (p) =>
      `--server ${p.value}: het token gaat alleen over https, of over http naar deze computer (localhost)`,
    en: (p) =>
      `--server ${p.value}: the token is only sent over https, or over http to this computer (localhost)`,
  },
  badRegionCode: {
    nl: (p) => `verwacht een regiocode als VR25, niet "${p.value}"`,
    en: (p) => `expected a region code such as VR25, not "${p.value}"`,
  },
  unreachable: {
    nl: (p) => `${p.url}: server niet bereikbaar (${p.detail})`,
    en: (p) => `${p.url}: server not reachable (${p.detail})`,
  },
  timeout: {
    nl: (p) => `${p.url}: geen antwoord binnen ${p.seconds} seconden`,
    en: (p) => `${p.url}: no answer within ${p.seconds} seconds`,
  },
  unauthorized: {
    nl: (p) =>
      `${p.url}: de server accepteert het token in WEERBAAR_TOKEN niet (verlopen, ingetrokken of van een andere server)`,
    en: (p) =>
      `${p.url}: the server does not accept the token in WEERBAAR_TOKEN (expired, revoked or from another server)`,
  },
  forbidden: {
    nl: (p) => `${p.url}: dit token mag dit niet in regio ${p.region}${p.detail}`,
    en: (p) => `${p.url}: this token is not allowed to do this in region ${p.region}${p.detail}`,
  },
  notFound: {
    nl: (p) => `${p.url}: regio ${p.region} niet gevonden, of het token heeft daar geen rol`,
    en: (p) => `${p.url}: region ${p.region} not found, or the token has no role in it`,
  },
  serverError: {
    nl: (p) => `${p.url}: de server antwoordde ${p.status}${p.detail}`,
    en: (p) => `${p.url}: the server answered ${p.status}${p.detail}`,
  },
  notWeerbaar: {
    nl: (p) =>
      `${p.url}: het antwoord is geen regiobestand (${p.detail}); is dit een Weerbaar-server?`,
    en: (p) =>
      `${p.url}: the answer is not a region file (${p.detail}); is this a Weerbaar server?`,
  },
  refused: {
    nl: (p) =>
      `${p.file}: de server weigerde de regio (${p.count} ${p.count === 1 ? 'fout' : 'fouten'}); niets is gewijzigd`,
    en: (p) =>
      `${p.file}: the server refused the region (${p.count} ${p.count === 1 ? 'error' : 'errors'}); nothing was changed`,
  },
  pushed: {
    nl: (p) =>
      `${p.file}: regio ${p.region} staat op ${p.server} (${p.points} noodsteunpunten, ${p.assessments} beoordelingen)`,
    en: (p) =>
      `${p.file}: region ${p.region} is on ${p.server} (${p.points} points, ${p.assessments} assessments)`,
  },
  pulled: {
    nl: (p) =>
      `${p.file}: regio ${p.region} opgehaald van ${p.server} (${p.points} noodsteunpunten, ${p.assessments} beoordelingen)`,
    en: (p) =>
      `${p.file}: region ${p.region} fetched from ${p.server} (${p.points} points, ${p.assessments} assessments)`,
  },
  pulledInvalid: {
    nl: (p) =>
      `${p.source}: de regio van de server is ongeldig (${p.count} ${p.count === 1 ? 'fout' : 'fouten'}); er is niets geschreven`,
    en: (p) =>
      `${p.source}: the server's region is invalid (${p.count} ${p.count === 1 ? 'error' : 'errors'}); nothing was written`,
  },
  regionMismatch: {
    nl: (p) =>
      `de server stuurde regio ${p.got} terwijl ${p.asked} gevraagd was; er is niets geschreven`,
    en: (p) =>
      `the server sent region ${p.got} where ${p.asked} was asked for; nothing was written`,
  },
} satisfies Record<string, Message>

export type ServerMessageKey = keyof typeof messages

export function ts(lang: Lang, key: ServerMessageKey, params: Params = {}): string {
  const m: Message[Lang] = (messages[key] as Message)[lang]
  return typeof m === 'function' ? m(params) : m
}

/** How long one request may take: a region of 35 MB over a slow line still fits. */
export const REQUEST_TIMEOUT_MS = 120_000

/** The environment variable with the personal access token. */
export const TOKEN_VARIABLE = 'WEERBAAR_TOKEN'

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * The server's API base (`https://host/api/v1`) from `--server`. The user may give the site
 * (`https://weerbaar.example.nl`) or the API itself (`…/api/v1`). A token never travels over
 * plain http, except to this computer (a server started for a test or on a laptop).
 */
export function apiBase(server: string, lang: Lang): URL {
  let url: URL
  try {
    url = new URL(server)
  } catch (error) {
    throw new UsageError(ts(lang, 'badServer', { value: server }), { cause: error })
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UsageError(ts(lang, 'badServer', { value: server }))
  if (url.username || url.password || url.search || url.hash)
    throw new UsageError(ts(lang, 'badServer', { value: server }))
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname))
    throw new UsageError(ts(lang, 'plainHttp', { value: server }))
  const path = url.pathname.replace(/\/+$/, '')
  url.pathname = path.endsWith('/api/v1') ? `${path}/` : `${path}/api/v1/`
  return url
}

/** The token from the environment; its absence is a usage error that says how to set it. */
export function tokenFromEnvironment(env: NodeJS.ProcessEnv, lang: Lang): string {
  const token = env[TOKEN_VARIABLE]?.trim()
  if (!token) throw new UsageError(ts(lang, 'noToken'))
  return token
}

export function checkRegionCode(code: string, lang: Lang): string {
  if (!/^VR\d{2}$/.test(code)) throw new UsageError(ts(lang, 'badRegionCode', { value: code }))
  return code
}

/** A region's address under the API base. */
export function regionUrl(base: URL, code: string): URL {
  return new URL(`regions/${encodeURIComponent(code)}`, base)
}

export interface ServerResponse {
  status: number
  contentType: string
  text: string
}

/**
 * One request with the token as Bearer. A network failure or a timeout is "the work failed"
 * (exit 1), with the address and the reason, never a stack trace.
 */
export async function request(
  url: URL,
  init: { method: 'GET' | 'PUT'; token: string; body?: string; lang: Lang },
  fetchImpl: typeof fetch = fetch,
): Promise<ServerResponse> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${init.token}`,
    accept: 'application/json, application/problem+json',
    'accept-language': init.lang,
  }
  if (init.body !== undefined) headers['content-type'] = 'application/json'
  try {
    const response = await fetchImpl(url, {
      method: init.method,
      headers,
      ...(init.body !== undefined ? { body: init.body } : {}),
      redirect: 'error',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      text: await response.text(),
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError')
      throw new CliError(
        ts(init.lang, 'timeout', { url: url.href, seconds: REQUEST_TIMEOUT_MS / 1000 }),
        ExitCode.failure,
        { cause: error },
      )
    throw new CliError(
      ts(init.lang, 'unreachable', { url: url.href, detail: networkDetail(error) }),
      ExitCode.failure,
      { cause: error },
    )
  }
}

/** Node's fetch hides the reason (ECONNREFUSED, ENOTFOUND, a certificate) in `cause`. */
function networkDetail(error: unknown): string {
  const cause =
    error instanceof Error ? (error.cause as { code?: string; message?: string }) : undefined
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error))
}

/** An RFC 9457 problem document, with Weerbaar's issue list when the server sent one. */
export interface Problem {
  title?: string
  detail?: string
  issues: Issue[]
}

/** Reads a problem+json answer; anything else (an HTML error page of a proxy) gives no issues. */
export function readProblem(response: ServerResponse): Problem | undefined {
  if (!/json/i.test(response.contentType)) return undefined
  let body: unknown
  try {
    body = JSON.parse(response.text)
  } catch {
    return undefined
  }
  if (typeof body !== 'object' || body === null) return undefined
  const record = body as Record<string, unknown>
  const issues = Array.isArray(record.issues) ? record.issues.flatMap(toIssue) : []
  return {
    ...(typeof record.title === 'string' ? { title: record.title } : {}),
    ...(typeof record.detail === 'string' ? { detail: record.detail } : {}),
    issues,
  }
}

function toIssue(value: unknown): Issue[] {
  if (typeof value !== 'object' || value === null) return []
  const v = value as Record<string, unknown>
  if (typeof v.message !== 'string') return []
  return [
    {
      severity: v.severity === 'warning' ? 'warning' : 'error',
      code: typeof v.code === 'string' ? v.code : 'server',
      path: typeof v.path === 'string' ? v.path : '',
      message: v.message,
    },
  ]
}

/**
 * The failure for an answer that is not a success and not a list of data problems: a refused
 * token or role is a broken job (exit 2, like a wrong option), a server error is failed work
 * (exit 1). The server's own words (`detail`) are added when it sent them.
 */
export function failureFor(
  response: ServerResponse,
  url: URL,
  region: string,
  ctx: Context,
): CliError {
  const problem = readProblem(response)
  const words = problem?.detail ?? problem?.title
  const detail = words ? `: ${words}` : ''
  const lang = ctx.lang
  switch (response.status) {
    case 401:
      return new CliError(ts(lang, 'unauthorized', { url: url.href }), ExitCode.usage)
    case 403:
      return new CliError(ts(lang, 'forbidden', { url: url.href, region, detail }), ExitCode.usage)
    case 404:
      return new CliError(ts(lang, 'notFound', { url: url.href, region }), ExitCode.usage)
    default:
      return new CliError(
        ts(lang, 'serverError', { url: url.href, status: response.status, detail }),
        ExitCode.failure,
      )
  }
}

/** The site's address for messages: `https://weerbaar.example.nl`, without the API path. */
export function serverLabel(base: URL): string {
  return new URL('../..', base).href.replace(/\/$/, '')
}
