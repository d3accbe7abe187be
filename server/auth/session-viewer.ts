import type { StudioAuth } from "./studio-auth";
import { role } from "./roles";
import type { Viewer } from "./viewer";

/** The signed-in person of a request's session cookie, or null (no cookie, expired, or a role we do not know). */
export async function sessionViewer(auth: StudioAuth, headers: Headers): Promise<Viewer | null> {
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const parsed = role.safeParse(session.user.role);
  if (!parsed.success) return null;
  return { id: session.user.id, name: session.user.name, email: session.user.email, role: parsed.data };
}
