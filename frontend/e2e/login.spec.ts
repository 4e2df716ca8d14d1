import { expect, test } from './guarded'
import { login, logout, screenshotPath } from './support'

// Journey 1: every demo role signs in, lands on its own home page and signs out again.
const HOMES = [
  { username: 'admin', path: '/admin/users', heading: '用户管理' },
  { username: 'organizer', path: '/organize', heading: '比赛管理' },
  { username: 'unitadmin', path: '/unit', heading: '本单位' },
  { username: 'judge', path: '/judging', heading: '评审任务' },
  { username: 'student', path: '/my', heading: '我的参赛' },
]

test.describe('journey 1: each role lands on its home page', () => {
  for (const { username, path, heading } of HOMES) {
    test(`${username} → ${path}`, async ({ page }) => {
      await login(page, username)
      await expect(page).toHaveURL(new RegExp(`${path}$`))
      await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible()
      await page.waitForLoadState('networkidle')
      await page.screenshot({ path: screenshotPath(`journey-1-${username}`), fullPage: true })
      await logout(page)
    })
  }
})

// Journey 2: a wrong password is reported on the login page. Only one failed attempt, so the
// server's per-account throttle (5 failures) is never reached.
test('journey 2: a wrong password shows the server message', async ({ page }) => {
  await login(page, 'student', 'not-the-password')
  await expect(page.getByRole('alert')).toContainText('用户名或密码错误')
  await expect(page).toHaveURL(/\/login/)
  await expect(page.getByLabel('密码', { exact: true })).toHaveValue('')
  await page.screenshot({ path: screenshotPath('journey-2-wrong-password'), fullPage: true })
})
