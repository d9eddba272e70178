import { randomBytes } from 'node:crypto'
import {
  chmod,
  lstat,
  mkdir,
  readFile,
  readlink,
  realpath,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { CliError, ExitCode, UsageError } from './errors.ts'
import { t, type Lang, type MessageKey } from './i18n.ts'

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined
}

const readErrors: Record<string, MessageKey> = {
  ENOENT: 'fileNotFound',
  ENOTDIR: 'fileNotFound',
  EISDIR: 'isDirectory',
  EACCES: 'noPermission',
  EPERM: 'noPermission',
}

/**
 * Reads an input file named on the command line. A path that is not a readable file is a
 * usage error (exit 2) with one line: `weerbaar: regio.json: bestand niet gevonden`.
 */
export async function readInputBytes(path: string, lang: Lang): Promise<Uint8Array> {
  let info
  try {
    info = await stat(path)
  } catch (error) {
    throw new UsageError(`${path}: ${t(lang, readErrors[codeOf(error) ?? ''] ?? 'cannotRead')}`, {
      cause: error,
    })
  }
  if (info.isDirectory()) throw new UsageError(`${path}: ${t(lang, 'isDirectory')}`)
  if (!info.isFile() && !info.isFIFO() && !info.isCharacterDevice())
    throw new UsageError(`${path}: ${t(lang, 'notAFile')}`)
  try {
    return await readFile(path)
  } catch (error) {
    const key = readErrors[codeOf(error) ?? ''] ?? 'cannotRead'
    const detail = key === 'cannotRead' && error instanceof Error ? ` (${error.message})` : ''
    throw new UsageError(`${path}: ${t(lang, key)}${detail}`, { cause: error })
  }
}

/** An input file as UTF-8 text (a BOM is left for the parsers, which accept it). */
export async function readInputText(path: string, lang: Lang): Promise<string> {
  return new TextDecoder('utf-8').decode(await readInputBytes(path, lang))
}

/**
 * Writes a file whole or not at all: the content goes to a temporary file in the same
 * directory, which is then renamed over the target (atomic on one file system). A reader never
 * sees half a file, and a failed run leaves the previous file as it was. A symbolic link stays a
 * link (the file it points to is replaced, with its permissions kept); a device or pipe
 * (`/dev/stdout`) is written straight into, as it cannot be replaced.
 */
export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  lang: Lang,
): Promise<void> {
  const fail = (error: unknown) => {
    const detail = error instanceof Error ? ` (${codeOf(error) ?? error.message})` : ''
    return new CliError(`${path}: ${t(lang, 'cannotWrite')}${detail}`, ExitCode.failure, {
      cause: error,
    })
  }
  const target = await linkTarget(path)
  const existing = await stat(target).catch(() => undefined)
  if (existing && !existing.isFile()) {
    try {
      await writeFile(target, content)
      return
    } catch (error) {
      throw fail(error)
    }
  }
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  )
  try {
    await writeFile(temp, content)
    if (existing) await chmod(temp, existing.mode & 0o7777)
    await rename(temp, target)
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {})
    throw fail(error)
  }
}

/** The file a path names after following symbolic links (also a link to a file not made yet). */
async function linkTarget(path: string): Promise<string> {
  const info = await lstat(path).catch(() => undefined)
  if (!info?.isSymbolicLink()) return path
  try {
    return await realpath(path)
  } catch {
    return resolve(dirname(path), await readlink(path))
  }
}

/** Makes sure `dir` is a directory, creating it (and its parents) when missing. */
export async function ensureOutputDirectory(dir: string, lang: Lang): Promise<void> {
  const info = await stat(dir).catch(() => undefined)
  if (info && !info.isDirectory()) throw new UsageError(`${dir}: ${t(lang, 'outNotDirectory')}`)
  if (!info) {
    try {
      await mkdir(dir, { recursive: true })
    } catch (error) {
      const detail = ` (${codeOf(error) ?? String(error)})`
      throw new CliError(`${dir}: ${t(lang, 'cannotWrite')}${detail}`, ExitCode.failure, {
        cause: error,
      })
    }
  }
}

/** The parent directory of an output file must exist: a typo in it is a usage error, not a silent mkdir. */
export async function checkOutputFile(path: string, lang: Lang): Promise<void> {
  const parent = dirname(path)
  const info = await stat(parent).catch(() => undefined)
  if (!info) throw new UsageError(`${parent}: ${t(lang, 'fileNotFound')}`)
  if (!info.isDirectory()) throw new UsageError(`${parent}: ${t(lang, 'outNotDirectory')}`)
  const target = await stat(path).catch(() => undefined)
  if (target?.isDirectory()) throw new UsageError(`${path}: ${t(lang, 'isDirectory')}`)
}
