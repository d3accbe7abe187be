import { studioAccounts } from "@/server/auth/studio-accounts";

export const dynamic = "force-dynamic";

/**
 * Only signing in and out, and reading one's session, are served: accounts are created by an admin in
 * the studio, so better-auth's sign-up, password-reset and other endpoints are not reachable from outside.
 */
const OPEN = new Set(["POST /api/auth/sign-in/email", "POST /api/auth/sign-out", "GET /api/auth/get-session"]);

const notFound = () => Response.json({ message: "not found" }, { status: 404 });

async function handler(request: Request): Promise<Response> {
  const auth = studioAccounts();
  if (!auth) return Response.json({ message: "accounts are off on this studio" }, { status: 404 });
  if (!OPEN.has(`${request.method} ${new URL(request.url).pathname}`)) return notFound();
  return auth.handler(request);
}

export { handler as GET, handler as POST };
