import { vi } from 'vitest'
import { setServerDetection } from '#/stores/sync.ts'

// The dashboard's unit tests run on one fixed day, whatever the machine's date: "today" decides
// the default peildatum and how far the demo's dates are moved forward (see demo.ts). Only Date
// is faked; timers stay real.
vi.useFakeTimers({ toFake: ['Date'] })
vi.setSystemTime(new Date(2026, 10, 28, 12, 0, 0))

// The local dashboard's tests do not look for a Weerbaar server (issue 14's tests set one up).
setServerDetection(false)
