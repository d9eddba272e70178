import { mount, flushPromises, type ComponentMountingOptions } from '@vue/test-utils'
import type { Component } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n, type Locale } from '#/i18n/index.ts'
import { routes } from '#/router/index.ts'
import { useReadinessStore } from '#/stores/readiness.ts'
import { useRegionStore } from '#/stores/regions.ts'
import { freshStores } from './helpers.ts'

/** Mounts a view as the app would: Pinia on an in-memory repository with the demo, i18n and the router. */
export async function mountView(
  component: Component,
  path: string,
  options: ComponentMountingOptions<Component> & { locale?: Locale } = {},
) {
  const { pinia, kv } = freshStores()
  const regions = useRegionStore()
  await regions.init()
  useReadinessStore().asOf = '2026-11-28'
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  await router.isReady()
  const i18n = createAppI18n(options.locale ?? 'nl')
  const wrapper = mount(component, {
    ...options,
    props: {
      ...(router.currentRoute.value.params as Record<string, string>),
      ...(options.props ?? {}),
    },
    global: {
      plugins: [pinia, i18n, router],
      stubs: { PointsMap: true, ...(options.global?.stubs ?? {}) },
    },
  })
  await flushPromises()
  return { wrapper, router, kv, regions }
}
