import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createAppI18n } from '#/i18n/index.ts'
import LevelBadge from './LevelBadge.vue'

describe('LevelBadge', () => {
  it('carries the level in words and shape, not colour alone', () => {
    const levels = ['ready', 'not_ready', 'unknown', 'planned', 'inactive'] as const
    const shapes = new Set<string>()
    for (const level of levels) {
      const wrapper = mount(LevelBadge, {
        props: { level },
        global: { plugins: [createAppI18n('nl')] },
      })
      expect(wrapper.text()).not.toBe('')
      const svg = wrapper.find('svg')
      expect(svg.attributes('aria-hidden')).toBe('true')
      shapes.add(svg.html().replace(/fill="[^"]*"|stroke="[^"]*"/g, ''))
    }
    expect(shapes.size).toBe(levels.length)
    const ready = mount(LevelBadge, {
      props: { level: 'not_ready' },
      global: { plugins: [createAppI18n('en')] },
    })
    expect(ready.text()).toBe('not ready')
  })
})
