import type { Role } from "./roles";

/** The person a request acts for. */
export interface Viewer {
  id: string;
  name: string;
  email: string | null;
  role: Role;
}

/** With accounts off the studio answers only on loopback, to the one person at this machine, who owns it all. */
export const LOCAL_OWNER: Viewer = { id: "local", name: "local owner", email: null, role: "admin" };
