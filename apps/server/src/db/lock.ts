import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError'
  constructor(
    readonly path: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dirname(path)} is in use by another Weerbaar process (pid ${pid}): stop the server first`,
    )
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * PGlite is one process's database: two processes on one data folder would corrupt it. The
 * owner writes its pid into `<dataDir>.lock`, created exclusively; a lock whose process is gone
 * (killed, crashed) is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const path = `${resolve(dataDir)}.lock`
  mkdirSync(dirname(path), { recursive: true })
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx')
      writeSync(fd, `${process.pid}\n`)
      closeSync(fd)
      let released = false
      return () => {
        if (released) return
        released = true
        rmSync(path, { force: true })
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10)
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid))
        throw new DataDirLockedError(path, pid)
      rmSync(path, { force: true })
    }
  }
  throw new Error(`Could not lock ${path}`)
}
