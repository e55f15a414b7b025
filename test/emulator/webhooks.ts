// Webhook deliveries as GitHub sends them to an App: a JSON POST with X-GitHub-Event,
// X-GitHub-Delivery and X-Hub-Signature-256 (HMAC-SHA256 of the exact body with the webhook
// secret), and the installation named in the payload.
import { createHmac, randomUUID } from 'node:crypto'

export interface WebhookDelivery {
  /** The webhook event (`pull_request`, not the Actions trigger `pull_request_target`). */
  name: string
  payload: object
  /** Defaults to a fresh GUID, as GitHub's; reuse one to model a redelivery. */
  id?: string
  installationId?: number
}

export const signWebhook = (secret: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`

/** The body GitHub would send: the event's payload plus the installation it is for. */
export function webhookBody(d: WebhookDelivery): string {
  const payload = d.installationId
    ? {
        ...d.payload,
        installation: {
          id: d.installationId,
          node_id: `MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9u${d.installationId}`,
        },
      }
    : d.payload
  return JSON.stringify(payload)
}

export interface DeliveryAnswer {
  id: string
  status: number
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any
}

/** POSTs one signed delivery to `url`; `signWith` overrides the secret (a forged signature). */
export async function deliverWebhook(
  url: string,
  secret: string,
  d: WebhookDelivery,
  options: { signWith?: string } = {},
): Promise<DeliveryAnswer> {
  const id = d.id ?? randomUUID()
  const body = webhookBody(d)
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'GitHub-Hookshot/emulator',
      'x-github-event': d.name,
      'x-github-delivery': id,
      'x-hub-signature-256': signWebhook(options.signWith ?? secret, body),
      ...(d.installationId
        ? {
            'x-github-hook-installation-target-type': 'integration',
          }
        : {}),
    },
    body,
  })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // not JSON: keep the text
  }
  return { id, status: response.status, body: parsed }
}
