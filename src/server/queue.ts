export interface Delivery {
  id: string
  name: string
  payload: unknown
  installationId?: number
  key: string /* "owner/repo#number" or "owner/repo" */
  receivedAt: number
}
export interface DeliveryQueue {
  /** 'duplicate' when this delivery id was seen before. */
  enqueue(d: Delivery): Promise<'queued' | 'duplicate'>
  /** Start workers; deliveries with the same key run one at a time in enqueue order, other keys in parallel up to `concurrency`. */
  start(handler: (d: Delivery) => Promise<void>, opts?: { concurrency?: number }): Promise<void>
  depth(): Promise<number>
  /** Stop taking jobs, wait for running ones. */
  stop(): Promise<void>
}
