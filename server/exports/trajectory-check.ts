import { compileRecordCheck, type RecordCheck } from "../json-lines";
import { trajectory, type Trajectory } from "../pipeline/schemas/trajectory";

/**
 * The trajectory records' JSON Schema check, compiled here. The scan worker's bundle replaces this
 * module with the same check compiled ahead (`scanWorkerBundle`): a worker starts while the export's
 * other thread is busy, and compiling the check took it 90 to 150 ms before its first record.
 */
export const trajectoryCheck = (): RecordCheck<Trajectory> => compileRecordCheck(trajectory);
