export type PanelCommand = 'next' | 'previous' | 'submit'

function isTyping(target: EventTarget | null): boolean {
  const element = target as { tagName?: string; isContentEditable?: boolean } | null
  if (!element?.tagName) return false
  return element.isContentEditable === true || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName)
}

/**
 * The panel's keyboard: J/K (not while typing) or Alt+↓/↑ move through the queue, Ctrl+Enter (⌘+Enter) submits.
 * Moving between criteria is the rubric's own business (↓/↑, Tab).
 */
export function panelCommand(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'target'>): PanelCommand | null {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) return 'submit'
  if (event.altKey && event.key === 'ArrowDown') return 'next'
  if (event.altKey && event.key === 'ArrowUp') return 'previous'
  if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return null
  const key = event.key.toLowerCase()
  if (key === 'j') return 'next'
  if (key === 'k') return 'previous'
  return null
}
