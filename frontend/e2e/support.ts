import path from 'node:path'
import { expect, type Page } from '@playwright/test'

/** Every seeded demo account has this password. */
export const DEMO_PASSWORD = 'Demo@2026'

/** Screenshots for humans, one per journey, in frontend/test-results/ (ignored by git). */
export function screenshotPath(name: string): string {
  return path.resolve(import.meta.dirname, '..', 'test-results', `${name}.png`)
}

export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login')
  await page.getByLabel('学号/工号').fill(username)
  await page.getByLabel('密码', { exact: true }).fill(password)
  await page.getByRole('button', { name: '登录', exact: true }).click()
}

export async function logout(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click()
  await page.getByRole('menuitem', { name: '退出登录' }).click()
  await expect(page).toHaveURL(/\/login$/)
  await expect(page.getByRole('heading', { name: '登录', level: 1 })).toBeVisible()
}
