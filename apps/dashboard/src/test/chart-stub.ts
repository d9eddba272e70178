import { defineComponent, h } from 'vue'

/**
 * A module that stands in for a chart component in tests: a bare canvas, no chart.js.
 * `__esModule` tells Vue's async component loader to take the default export.
 */
export const chartStub = {
  __esModule: true,
  default: defineComponent({ render: () => h('canvas') }),
}
