import type { TemplateForm, TemplateView } from '@/api/certificates'

/** The editor's model: strings everywhere, '' for "use the default". */
export interface TemplateModel {
  heading: string
  body: string
  issuer: string
  issueDate: string
  signatory: string
}

export function modelOf(view: TemplateView): TemplateModel {
  return {
    heading: view.heading,
    body: view.body,
    issuer: view.issuer ?? '',
    issueDate: view.issueDate ?? '',
    signatory: view.signatory ?? '',
  }
}

export function formOf(model: TemplateModel): TemplateForm {
  const orNull = (text: string) => (text.trim() === '' ? null : text.trim())
  return {
    heading: model.heading.trim(),
    body: model.body.trim(),
    issuer: orNull(model.issuer),
    issueDate: orNull(model.issueDate),
    signatory: orNull(model.signatory),
  }
}

/** The body with a placeholder put where the caret was (or at the end), and where the caret goes next. */
export function insertAt(body: string, token: string, caret: number | null): { text: string; caret: number } {
  const at = caret === null || caret < 0 || caret > body.length ? body.length : caret
  return { text: body.slice(0, at) + token + body.slice(at), caret: at + token.length }
}
