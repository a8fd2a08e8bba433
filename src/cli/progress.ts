// Progress on stderr while a long check runs: only on a terminal (never in CI logs or piped output), only once the
// work has taken more than a second, one line rewritten in place naming the file being read and judged.
const AFTER_MS = 1000;

export interface Progress {
  tell(file: string): void;
  done(): void;
}

export function progressOnStderr(stream: NodeJS.WriteStream = process.stderr, now = () => Date.now()): Progress {
  if (!stream.isTTY) return { tell: () => {}, done: () => {} };
  const start = now();
  let shown = false;
  return {
    tell(file) {
      if (now() - start < AFTER_MS) return;
      const width = Math.max(20, (stream.columns || 80) - 1);
      const line = `judging ${file}…`;
      stream.write(`\r\x1b[2K${line.length > width ? '…' + line.slice(line.length - width + 1) : line}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
