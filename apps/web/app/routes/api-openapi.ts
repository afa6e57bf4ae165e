import { openApiDocument } from '@destalk/core/reports/api';
import type { Route } from './+types/api-openapi';

/** The OpenAPI description of the read-only report API (public: it describes, it holds no data). */
export async function loader({ context }: Route.LoaderArgs) {
  return Response.json(openApiDocument(context.platform.config.publicUrl, context.platform.config.appName), { headers: { 'Cache-Control': 'public, max-age=300' } });
}
