import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title. */
    title: string
  }
}

/** Every view is its own chunk: the first view loads only what it needs. */
export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'overview',
    component: () => import('#/views/OverviewView.vue'),
    meta: { title: 'nav.overview' },
  },
  {
    path: '/gemeenten',
    name: 'municipalities',
    component: () => import('#/views/MunicipalitiesView.vue'),
    meta: { title: 'nav.municipalities' },
  },
  {
    path: '/gemeenten/:code',
    name: 'municipality',
    component: () => import('#/views/MunicipalityView.vue'),
    props: true,
    meta: { title: 'common.municipality' },
  },
  // issue 19: one municipality's printable report
  {
    path: '/gemeenten/:code/rapport',
    name: 'municipality-report',
    component: () => import('#/views/MunicipalityReportView.vue'),
    props: true,
    meta: { title: 'daily.report.pageTitle' },
  },
  {
    path: '/noodsteunpunten',
    name: 'points',
    component: () => import('#/views/PointsView.vue'),
    meta: { title: 'nav.points' },
  },
  {
    path: '/noodsteunpunten/nieuw',
    name: 'point-new',
    component: () => import('#/views/PointEditView.vue'),
    meta: { title: 'pointEdit.titleNew' },
  },
  {
    path: '/noodsteunpunten/:id/bewerken',
    name: 'point-edit',
    component: () => import('#/views/PointEditView.vue'),
    props: true,
    meta: { title: 'pointEdit.edit' },
  },
  {
    path: '/noodsteunpunten/:id',
    name: 'point',
    component: () => import('#/views/PointView.vue'),
    props: true,
    meta: { title: 'common.point' },
  },
  {
    path: '/werklijsten',
    name: 'worklist',
    component: () => import('#/views/WorklistView.vue'),
    meta: { title: 'worklist.title' },
  },
  // issue 15: the partner network
  {
    path: '/netwerk',
    name: 'network',
    component: () => import('#/views/NetworkView.vue'),
    meta: { title: 'network.title' },
  },
  {
    path: '/kaart',
    name: 'map',
    component: () => import('#/views/MapView.vue'),
    meta: { title: 'nav.map' },
  },
  {
    path: '/risicoprofiel',
    name: 'risk',
    component: () => import('#/views/RiskView.vue'),
    meta: { title: 'nav.risk' },
  },
  {
    path: '/richtlijn',
    name: 'guideline',
    component: () => import('#/views/GuidelineView.vue'),
    meta: { title: 'nav.guideline' },
  },
  {
    path: '/communicatie',
    name: 'communication',
    component: () => import('#/views/CommunicationView.vue'),
    meta: { title: 'nav.communication' },
  },
  // issue 17: the programme "Weerbaarheid en veerkracht"
  {
    path: '/programma',
    name: 'programme',
    component: () => import('#/views/ProgrammeView.vue'),
    meta: { title: 'programme.title' },
  },
  {
    path: '/kennisdeling',
    name: 'knowledge',
    component: () => import('#/views/KnowledgeView.vue'),
    meta: { title: 'nav.knowledge' },
  },
  {
    path: '/gegevens',
    name: 'data',
    component: () => import('#/views/DataView.vue'),
    meta: { title: 'nav.data' },
  },
  // issue 14: sign-in (server mode)
  {
    path: '/inloggen',
    name: 'sign-in',
    component: () => import('#/views/SignInView.vue'),
    meta: { title: 'sync.signInTitle' },
  },
  // issue 14: user management for coordinators (server mode)
  {
    path: '/gebruikers',
    name: 'users',
    component: () => import('#/views/UsersView.vue'),
    meta: { title: 'collab.usersNav' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('#/views/NotFoundView.vue'),
    meta: { title: 'app.notFound' },
  },
]

export function createAppRouter() {
  return createRouter({
    history: createWebHistory(),
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })
}
