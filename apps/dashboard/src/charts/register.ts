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
