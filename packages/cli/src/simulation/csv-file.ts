import { once } from "node:events";
import { createWriteStream, openSync } from "node:fs";
import { UserError } from "../errors.js";

/** A CSV file written as the games come in, waiting whenever the disk falls behind. */
export interface CsvFile {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

/** Opens (creates or empties) `path` for writing now, so that a path that cannot be written fails first. */
export function openCsvFile(path: string): CsvFile {
  let fd: number;
  try {
    fd = openSync(path, "w");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UserError(`--csv: cannot write ${path} (${code}).`);
  }
  const stream = createWriteStream("", { fd });
  let failed: Error | null = null;
  stream.on("error", (error) => {
    failed ??= error;
  });
  return {
    async write(text) {
      if (failed !== null) throw new UserError(`--csv: writing ${path} failed: ${failed.message}`);
      if (text !== "" && !stream.write(text)) await once(stream, "drain");
    },
    async close() {
      stream.end();
      await once(stream, "close");
      if (failed !== null) throw new UserError(`--csv: writing ${path} failed: ${failed.message}`);
    },
  };
}
