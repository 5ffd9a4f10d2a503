import { createApp } from './app'

export type { AppType } from './app'

/** The Worker: the Hono app's fetch handler. */
export default createApp()
