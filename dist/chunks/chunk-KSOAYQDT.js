import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);

// src/cli/progress.ts
var AFTER_MS = 1e3;
function progressOnStderr(stream = process.stderr, now = () => Date.now()) {
  if (!stream.isTTY) return { tell: () => {
  }, done: () => {
  } };
  const start = now();
  let shown = false;
  return {
    tell(file) {
      if (now() - start < AFTER_MS) return;
      const width = Math.max(20, (stream.columns || 80) - 1);
      const line = `judging ${file}\u2026`;
      stream.write(`\r\x1B[2K${line.length > width ? "\u2026" + line.slice(line.length - width + 1) : line}`);
      shown = true;
    },
    done() {
      if (shown) stream.write("\r\x1B[2K");
    }
  };
}

export {
  progressOnStderr
};
