/** Reports the progress of long work (coverage, siting) on one self-overwriting stderr line. */
export interface Progress {
  /** Names the step now under way: `Dekking: raster lezen…`. */
  stage(text: string): void
  /** `done` of `total` steps; `total` 0 means unknown. */
  update(done: number, total?: number): void
  /** Clears the line. Call it before printing anything else and when the work ends. */
  end(): void
}

export const silentProgress: Progress = { stage() {}, update() {}, end() {} }

interface ProgressStream {
  write(text: string): unknown
}

/**
 * A progress line for a terminal: `label: stage 37% (1234/3300)`, redrawn at most every 100 ms so
 * it never slows the work down. Only use it when stderr is a terminal; when piped, progress
 * lines would end up in logs, so the caller passes `silentProgress` instead.
 */
export function terminalProgress(
  stream: ProgressStream,
  label: string,
  now: () => number = () => performance.now(),
): Progress {
  let last = -Infinity
  let shown = false
  let current = label
  return {
    stage(text) {
      current = `${label}: ${text}`
      stream.write(`\r\x1b[2K${current}…`)
      shown = true
    },
    update(done, total = 0) {
      const t = now()
      if (t - last < 100 && !(total > 0 && done >= total)) return
      last = t
      const percent = total > 0 ? ` ${Math.floor((100 * done) / total)}%` : ''
      const count = total > 0 ? ` (${done}/${total})` : ` (${done})`
      stream.write(`\r\x1b[2K${current}${percent}${count}`)
      shown = true
    },
    end() {
      if (shown) stream.write('\r\x1b[2K')
      shown = false
    },
  }
}
