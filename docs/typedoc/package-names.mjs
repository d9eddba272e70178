// @ts-check
// TypeDoc names an entry-point module after its path ("core/src"). Readers know the package
// name, so each entry point `packages/<dir>/src/index.ts` is renamed to that package's `name`.
import { readFileSync } from 'node:fs'
import { Converter, ReflectionKind } from 'typedoc'

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.getChildrenByKind(ReflectionKind.Module)) {
      const dir = /^([\w-]+)\/src$/.exec(module.name)?.[1]
      if (!dir) continue
      const manifest = new URL(`../../packages/${dir}/package.json`, import.meta.url)
      module.name = JSON.parse(readFileSync(manifest, 'utf8')).name
    }
  })
}
