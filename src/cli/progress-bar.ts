/** A progress bar on stderr when it is a terminal (cli-progress); silent otherwise. */
import { Presets, SingleBar } from "cli-progress";
import type { IngestProgress } from "../core/types";

export function createProgressReporter(stream: NodeJS.WriteStream): {
  update: (progress: IngestProgress) => void;
  stop: () => void;
} {
  if (!stream.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new SingleBar(
    { stream, format: " {phase} [{bar}] {value}/{total}", hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(progress) {
      if (!started) {
        bar.start(progress.total, progress.done, { phase: progress.phase.padEnd(5) });
        started = true;
      }
      bar.setTotal(Math.max(progress.total, 1));
      bar.update(progress.done, { phase: progress.phase.padEnd(5) });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
