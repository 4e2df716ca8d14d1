import { http } from './http'
import { ApiError, problemCode, type Problem } from './problem'

// Certificates (获奖证书): the contest's template, downloads, and the public verification of a serial.

export type AwardStatus = 'ACTIVE' | 'REVOKED'

/** GET /api/certificates/{serial}: the certificate as printed, and whether it still stands. */
export interface Verification {
  serial: string
  status: AwardStatus
  statusLabel: string
  contestTitle: string
  workTitle: string
  tier: string
  names: string[]
  issuer: string
  issueDate: string
}

export interface TemplateForm {
  heading: string
  body: string
  issuer: string | null
  /** yyyy-MM-dd; null: the publication date */
  issueDate: string | null
  signatory: string | null
}

export interface TemplateView extends TemplateForm {
  defaultIssuer: string
  defaultIssueDate: string | null
  saved: boolean
  placeholders: { token: string; label: string }[]
}

export interface EntryCertificate {
  awardId: number
  tier: string
  serial: string
  downloadUrl: string
}

export async function verifyCertificate(serial: string): Promise<Verification> {
  const { data } = await http.get<Verification>(`/api/certificates/${encodeURIComponent(serial)}`, {
    skipAuthRedirect: true,
  })
  return data
}

function templatePath(contestId: number): string {
  return `/api/organize/contests/${contestId}/certificate-template`
}

export async function getTemplate(contestId: number): Promise<TemplateView> {
  const { data } = await http.get<TemplateView>(templatePath(contestId))
  return data
}

export async function saveTemplate(contestId: number, form: TemplateForm): Promise<TemplateView> {
  const { data } = await http.put<TemplateView>(templatePath(contestId), form)
  return data
}

/** A sample certificate of the wording being edited, as a PDF. */
export async function previewTemplate(contestId: number, form: TemplateForm): Promise<Blob> {
  const response = await http.post<Blob>(`${templatePath(contestId)}/preview`, form, {
    responseType: 'blob',
    validateStatus: () => true,
  })
  if (response.status === 200) return response.data
  throw await blobProblem(response.status, response.data)
}

/** A failed blob request still carries problem+json: read it so the user sees the server's message. */
export async function blobProblem(status: number, body: Blob): Promise<ApiError> {
  let problem: Problem = {}
  try {
    const parsed: unknown = JSON.parse(await body.text())
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) problem = parsed as Problem
  } catch {
    // not JSON (a proxy's error page): the status alone explains it
  }
  const effective = typeof problem.status === 'number' ? problem.status : status
  return new ApiError(effective, problemCode(problem.type, effective), problem)
}

export async function entryCertificates(entryId: number): Promise<EntryCertificate[]> {
  const { data } = await http.get<EntryCertificate[]>(`/api/entries/${entryId}/certificates`)
  return data
}

/** Plain links: the browser saves the file itself (the ZIP is streamed while it is drawn). */
export function awardCertificateUrl(awardId: number): string {
  return `/api/organize/awards/${awardId}/certificate.pdf`
}

export function contestCertificatesZipUrl(contestId: number): string {
  return `/api/organize/contests/${contestId}/certificates.zip`
}
