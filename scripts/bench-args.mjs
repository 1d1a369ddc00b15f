// The command line of the bench scripts: `arg("--name", fallback)` is the
// word after `--name`, or the fallback when it is not given.

export const args = process.argv.slice(2);

export const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
