import { watch } from 'vue'
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import type { Role } from '@/api/types'
import { onUnauthorized } from '@/api/http'
import { errorMessage } from '@/api/problem'
import { i18n } from '@/locales'
import { useSessionStore } from '@/stores/session'
import AppLayout from '@/views/layout/AppLayout.vue'
import LoginView from '@/views/auth/LoginView.vue'
import NotFoundView from '@/views/errors/NotFoundView.vue'
import { decideNavigation, LOGIN_PATH } from './guard'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean
    /** Signed-in users are sent on to their home (the login page). */
    guestOnly?: boolean
    /** `/`: resolves to the home page of the user's highest role. */
    home?: boolean
    /** Roles allowed to open the page; any signed-in user when absent. */
    roles?: Role[]
    /** Locale key of the page title. */
    title?: string
  }
}

const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: LoginView,
    meta: { public: true, guestOnly: true, title: 'login.title' },
  },
  {
    path: '/',
    component: AppLayout,
    children: [
      { path: '', name: 'home', component: { render: () => null }, meta: { home: true } },
      {
        path: 'contests',
        name: 'contests',
        component: () => import('@/views/contests/ContestListView.vue'),
        meta: { public: true, title: 'contests.title' },
      },
      {
        path: 'contests/:slug',
        name: 'contest',
        component: () => import('@/views/contests/ContestPageView.vue'),
        props: true,
        meta: { public: true, title: 'contests.title' },
      },
      {
        path: 'contests/:slug/vote',
        name: 'contest-vote',
        component: () => import('@/views/vote/VoteView.vue'),
        props: true,
        meta: { public: true, title: 'vote.title' },
      },
      {
        path: 'gallery',
        name: 'gallery',
        component: () => import('@/views/gallery/GalleryIndexView.vue'),
        meta: { public: true, title: 'gallery.title' },
      },
      {
        path: 'gallery/:slug',
        name: 'gallery-contest',
        component: () => import('@/views/gallery/GalleryContestView.vue'),
        props: true,
        meta: { public: true, title: 'gallery.title' },
      },
      {
        path: 'gallery/:slug/works/:code',
        name: 'gallery-work',
        component: () => import('@/views/gallery/GalleryWorkView.vue'),
        props: true,
        meta: { public: true, title: 'gallery.title' },
      },
      {
        path: 'my',
        name: 'student-home',
        component: () => import('@/views/student/StudentHomeView.vue'),
        meta: { roles: ['STUDENT'], title: 'nav.my' },
      },
      {
        path: 'entries/new',
        name: 'entry-new',
        component: () => import('@/views/student/entry/EntryEditorView.vue'),
        meta: { roles: ['STUDENT'], title: 'entry.newTitle' },
      },
      {
        path: 'entries/:id(\\d+)',
        name: 'entry',
        component: () => import('@/views/student/entry/EntryEditorView.vue'),
        props: (route) => ({ id: Number(route.params.id) }),
        meta: { roles: ['STUDENT'], title: 'entry.editTitle' },
      },
      {
        path: 'judging',
        name: 'judge-home',
        component: () => import('@/views/judge/JudgeHomeView.vue'),
        meta: { roles: ['JUDGE'], title: 'nav.judging' },
      },
      {
        path: 'judging/rounds/:roundId(\\d+)',
        name: 'judge-panel',
        component: () => import('@/views/judge/panel/JudgePanelView.vue'),
        props: (route) => ({ roundId: Number(route.params.roundId) }),
        meta: { roles: ['JUDGE'], title: 'judgePanel.title' },
      },
      {
        path: 'unit',
        name: 'unit-home',
        component: () => import('@/views/unit/UnitHomeView.vue'),
        meta: { roles: ['UNIT_ADMIN'], title: 'nav.unit' },
      },
      {
        path: 'unit/contests/:id(\\d+)/recommend',
        name: 'unit-recommend',
        component: () => import('@/views/unit/RecommendView.vue'),
        props: (route) => ({ id: Number(route.params.id) }),
        meta: { roles: ['UNIT_ADMIN'], title: 'recommend.title' },
      },
      {
        path: 'organize',
        name: 'organizer-home',
        component: () => import('@/views/organizer/OrganizerHomeView.vue'),
        meta: { roles: ['ORGANIZER', 'ADMIN'], title: 'nav.organize' },
      },
      {
        path: 'organize/contests/new',
        name: 'contest-new',
        component: () => import('@/views/organizer/contest/ContestEditorView.vue'),
        meta: { roles: ['ORGANIZER', 'ADMIN'], title: 'contestEditor.newTitle' },
      },
      {
        path: 'organize/contests/:id(\\d+)',
        name: 'contest-edit',
        component: () => import('@/views/organizer/contest/ContestEditorView.vue'),
        props: (route) => ({ id: Number(route.params.id) }),
        meta: { roles: ['ORGANIZER', 'ADMIN'], title: 'contestEditor.editTitle' },
      },
      {
        path: 'organize/contests/:id(\\d+)/results',
        name: 'contest-results',
        component: () => import('@/views/organizer/results/ResultsView.vue'),
        props: (route) => ({ id: Number(route.params.id) }),
        meta: { roles: ['ORGANIZER', 'ADMIN'], title: 'results.title' },
      },
      {
        path: 'contests/:slug/publicity',
        name: 'contest-publicity',
        component: () => import('@/views/contests/PublicityView.vue'),
        props: true,
        meta: { public: true, title: 'publicity.title' },
      },
      {
        path: 'organize/contests/:id(\\d+)/screening',
        name: 'contest-screening',
        component: () => import('@/views/organizer/screening/ScreeningView.vue'),
        props: (route) => ({ id: Number(route.params.id) }),
        meta: { roles: ['ORGANIZER', 'ADMIN'], title: 'screening.title' },
      },
      {
        path: 'organize/contests/:id(\\d+)/rounds',
        name: 'contest-rounds',
        component: () => import('@/views/organizer/judging/RoundsView.vue'),
        props: (route) => ({ id: Number(route.params.id) }),
        meta: { roles: ['ORGANIZER', 'ADMIN'], title: 'rounds.title' },
      },
      {
        path: 'organize/contests/:id(\\d+)/rounds/new',
        name: 'round-new',
        component: () => import('@/views/organizer/judging/RoundNewView.vue'),
        props: (route) => ({ id: Number(route.params.id) }),
        meta: { roles: ['ORGANIZER', 'ADMIN'], title: 'rounds.create' },
      },
      {
        path: 'organize/contests/:id(\\d+)/reports',
        name: 'contest-reports',
        component: () => import('@/views/organizer/reports/ReportsView.vue'),
        props: (route) => ({ id: Number(route.params.id) }),
        meta: { roles: ['ORGANIZER', 'ADMIN'], title: 'reports.title' },
      },
      {
        path: 'organize/contests/:id(\\d+)/vote',
        name: 'contest-vote-admin',
        component: () => import('@/views/organizer/vote/VoteAdminView.vue'),
        props: (route) => ({ id: Number(route.params.id) }),
        meta: { roles: ['ORGANIZER', 'ADMIN'], title: 'voteAdmin.title' },
      },
      {
        path: 'organize/rounds/:roundId(\\d+)',
        name: 'round',
        component: () => import('@/views/organizer/judging/RoundPageView.vue'),
        props: (route) => ({ roundId: Number(route.params.roundId) }),
        meta: { roles: ['ORGANIZER', 'ADMIN'], title: 'rounds.title' },
      },
      {
        path: 'organize/contests/:id(\\d+)/certificates',
        name: 'contest-certificates',
        component: () => import('@/views/organizer/certificates/CertificatesView.vue'),
        props: (route) => ({ id: Number(route.params.id) }),
        meta: { roles: ['ORGANIZER', 'ADMIN'], title: 'certificates.title' },
      },
      {
        path: 'verify',
        name: 'verify',
        component: () => import('@/views/verify/VerifyView.vue'),
        meta: { public: true, title: 'verify.title' },
      },
      {
        path: 'verify/:serial',
        name: 'verify-serial',
        component: () => import('@/views/verify/VerifyView.vue'),
        props: true,
        meta: { public: true, title: 'verify.title' },
      },
      {
        path: 'admin/users',
        name: 'admin-users',
        component: () => import('@/views/admin/users/UsersView.vue'),
        meta: { roles: ['ADMIN', 'UNIT_ADMIN'], title: 'nav.users' },
      },
      {
        path: 'admin/units',
        name: 'admin-units',
        component: () => import('@/views/admin/units/UnitsView.vue'),
        meta: { roles: ['ADMIN'], title: 'nav.units' },
      },
      {
        path: 'admin/import',
        name: 'admin-import',
        component: () => import('@/views/admin/import/ImportView.vue'),
        meta: { roles: ['ADMIN', 'UNIT_ADMIN'], title: 'nav.import' },
      },
      {
        path: 'account/password',
        name: 'change-password',
        component: () => import('@/views/auth/ChangePasswordView.vue'),
        meta: { title: 'password.title' },
      },
      {
        path: '403',
        name: 'forbidden',
        component: () => import('@/views/errors/ForbiddenView.vue'),
        meta: { title: 'errors.forbiddenTitle' },
      },
    ],
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: NotFoundView,
    meta: { public: true, title: 'errors.notFoundTitle' },
  },
]

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
})

router.beforeEach(async (to) => {
  const session = useSessionStore()
  const me = await session.ensureLoaded()
  return decideNavigation(to, me)
})

function updateTitle(): void {
  const product = i18n.global.t('app.name')
  const key = router.currentRoute.value.meta.title
  document.title = key ? `${i18n.global.t(key)} · ${product}` : product
}

router.afterEach(updateTitle)
watch(i18n.global.locale, updateTitle)

// A request answered 401 means the session ended (expired, or signed out elsewhere).
onUnauthorized((error) => {
  const session = useSessionStore()
  const wasSignedIn = session.me !== null
  session.clear()
  const current = router.currentRoute.value
  if (!wasSignedIn || current.meta.public) return
  const { t, te, locale } = i18n.global
  ElMessage.warning(
    errorMessage(error, locale.value, (key, params = {}) => t(key, params), (key) => te(key)),
  )
  void router.push({ path: LOGIN_PATH, query: { redirect: current.fullPath } })
})
