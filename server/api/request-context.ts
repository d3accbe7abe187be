import "server-only";
import { sessionViewer } from "../auth/session-viewer";
import { studioAccounts } from "../auth/studio-accounts";
import { studioDb } from "../db";
import { serverEnv } from "../env";
import { createInnerContext, type InnerContext } from "./context";

/**
 * The outer context, for API calls and server-rendered prefetches alike: the inner one, for the person
 * whose session cookie came with the request.
 */
export async function createRequestContext(headers: Headers): Promise<InnerContext> {
  const auth = studioAccounts();
  if (!auth) return createInnerContext(studioDb());
  return createInnerContext(studioDb(), { auth, viewer: await sessionViewer(auth, headers), setupCode: serverEnv().MAGNET_SETUP_CODE ?? null });
}
