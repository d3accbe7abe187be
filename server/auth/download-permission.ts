import "server-only";
import { can } from "./roles";
import { sessionViewer } from "./session-viewer";
import { studioAccounts } from "./studio-accounts";

const text = (status: number, message: string) => new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** Exported files are the curated dataset: with accounts on, only those who may export may download them. */
export async function exportDownloadRefusal(headers: Headers): Promise<Response | null> {
  const auth = studioAccounts();
  if (!auth) return null;
  const viewer = await sessionViewer(auth, headers);
  if (!viewer) return text(401, "sign in first");
  if (!can(viewer.role, "export.write")) return text(403, `a ${viewer.role} may not download exports`);
  return null;
}
