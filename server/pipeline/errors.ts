/** Where in an input a problem was found; every field that is known is named in the message. */
export interface InputLocation {
  file?: string;
  /** 0-based record index (JSON Lines line, array element). */
  record?: number;
  /** Dotted path of the offending field inside the record, e.g. `parameters.properties.city.type`. */
  field?: string;
}

function describe(location: InputLocation): string {
  const parts: string[] = [];
  if (location.file !== undefined) parts.push(location.file);
  if (location.record !== undefined) parts.push(`record ${location.record}`);
  if (location.field !== undefined) parts.push(`field ${location.field}`);
  return parts.join(", ");
}

/** Bad input from outside (a file, a request, an answer): the message names file, record and field. */
export class InvalidInput extends Error {
  override readonly name = "InvalidInput";
  constructor(
    readonly reason: string,
    readonly location: InputLocation = {},
  ) {
    const where = describe(location);
    super(where ? `${where}: ${reason}` : reason);
  }
}

export class NotFound extends Error {
  override readonly name = "NotFound";
  constructor(
    readonly entity: string,
    readonly key: string,
  ) {
    super(`${entity} ${JSON.stringify(key)} not found`);
  }
}

/** A write based on a version someone else has changed since: the caller is shown the current state, nothing is overwritten. */
export class Conflict extends Error {
  override readonly name = "Conflict";
  constructor(
    message: string,
    /** What the other party stored, for the client to show. */
    readonly current: unknown,
  ) {
    super(message);
  }
}
