import { expect, test } from './guarded'
import { login, screenshotPath } from './support'

test.use({ viewport: { width: 375, height: 667 }, hasTouch: true })

// Journey 4: on a phone the side navigation collapses into a menu button.
test('journey 4: on a 375 px phone the student reaches the navigation through the menu', async ({ page }) => {
  await login(page, 'student')
  await expect(page).toHaveURL(/\/my$/)
  await expect(page.getByRole('heading', { name: '我的参赛', level: 1 })).toBeVisible()

  const nav = page.getByRole('navigation', { name: '主导航' })
  await expect(nav).toBeHidden()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)

  await page.getByRole('button', { name: '菜单', exact: true }).click()
  await expect(nav).toBeVisible()
  await expect(nav.getByRole('link', { name: '我的参赛' })).toBeVisible()
  await page.screenshot({ path: screenshotPath('journey-4-mobile-menu') })

  await nav.getByRole('link', { name: '我的参赛' }).click()
  await expect(nav).toBeHidden()
  await expect(page).toHaveURL(/\/my$/)
})
