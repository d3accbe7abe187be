import { router } from "../trpc";

export const teachersRouter = router({});
