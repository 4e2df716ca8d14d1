import { expect, test as base } from '@playwright/test'

/**
 * The journeys' `test`: fails a journey when the page broke the Content-Security-Policy — the browser refused a
 * script, style, image, frame or connection. Chromium reports each refusal as a console error and fires a
 * `securitypolicyviolation` event; both are collected for every page of the test's browser context.
 */
export const test = base.extend<{ contentSecurityPolicyGuard: void }>({
  contentSecurityPolicyGuard: [
    async ({ context }, use) => {
      const violations: string[] = []
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`)
        })
      })
      context.on('console', (message) => {
        if (message.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(message.text())) {
          violations.push(`${message.location().url}: ${message.text()}`)
        }
      })
      await use()
      expect(violations, 'Content-Security-Policy violations on the pages of this journey').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
