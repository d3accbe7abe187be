import { recordParser } from "../json-lines";
import { sharedFieldParser } from "../shared-field-parse";
import { trajectory, type Trajectory } from "../pipeline/schemas/trajectory";
import { trajectoryCheck } from "./trajectory-check";

type Parse = (line: string, location: { file: string; record: number }) => Trajectory;
let compiled: Parse | undefined;

/**
 * The trajectory record parser, made on first use and then shared by the thread: compiling its
 * validator costs about 50 ms of CPU, and an export's main thread needs it for its parts of the scan
 * and again to pair the negatives whose positive was out of the pairing window.
 */
export const trajectoryParser = (): Parse => (compiled ??= recordParser(trajectory, sharedFieldParser("tools"), trajectoryCheck()));
