import { router } from "../trpc";

export const exportsRouter = router({});
