import { analyze } from './engine/index'

// Temporary entry while the HTTP layer is being written.
export default {
  async fetch(req: Request): Promise<Response> {
    if (req.method !== 'POST') return new Response('quotecast')
    const body = (await req.json()) as { text: string }
    return Response.json(analyze({ text: body.text }))
  },
} satisfies ExportedHandler
