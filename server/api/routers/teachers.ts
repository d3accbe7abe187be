import { z } from "zod";
import {
  createTeacherProfile,
  deleteTeacherProfile,
  listTeachers,
  testTeacherConnection,
  updateTeacherProfile,
} from "../../services/teacher-profiles";
import { connectionTestInput, teacherProfileCreate, teacherProfileUpdate } from "../../teacher/teacher-choice";
import { allowed, procedure, router } from "../trpc";

const profileId = z.object({ id: z.number().int().positive() });

/** Teacher profiles: every answer leaves the key out and says only whether one is stored. */
export const teachersRouter = router({
  list: procedure.query(({ ctx }) => listTeachers(ctx.db)),
  create: allowed("teachers.write").input(teacherProfileCreate).mutation(({ ctx, input }) => createTeacherProfile(ctx.db, input)),
  update: allowed("teachers.write").input(teacherProfileUpdate).mutation(({ ctx, input }) => updateTeacherProfile(ctx.db, input)),
  delete: allowed("teachers.write").input(profileId).mutation(({ ctx, input }) => {
    deleteTeacherProfile(ctx.db, input.id);
    return { id: input.id };
  }),
  testConnection: allowed("teachers.write").input(connectionTestInput).mutation(({ ctx, input }) => testTeacherConnection(ctx.db, input)),
});
