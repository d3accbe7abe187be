import { router } from "../trpc";

export const statisticsRouter = router({});
