import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js'

/** Only the chart.js parts the dashboard draws, registered once when the first chart loads. */
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
)
Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
Chart.defaults.font.size = 13
Chart.defaults.color = '#1a1a1a'
Chart.defaults.animation = false
Chart.defaults.maintainAspectRatio = false

export { Chart }

/**
 * Charts are drawn for the screen; the printed page is narrower (A4). Redraw every chart at
 * the size its box has in print before the page is laid out, and back afterwards, so labels do
 * not overlap and no chart is cut off. `matchMedia` also fires when print is emulated.
 */
function resizeAll() {
  for (const chart of Object.values(Chart.instances)) chart.resize()
}
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', resizeAll)
  window.addEventListener('afterprint', resizeAll)
  window.matchMedia?.('print').addEventListener?.('change', resizeAll)
}
