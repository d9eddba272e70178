import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createAppI18n } from './i18n/index.ts'
import { createAppRouter } from './router/index.ts'
import './styles/main.css'

const app = createApp(App)
app.use(createPinia())
app.use(createAppI18n())
app.use(createAppRouter())
app.mount('#app')

// The service worker makes the app open without a network after one visit.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  void import('virtual:pwa-register').then(({ registerSW }) => registerSW({ immediate: true }))
}
