// The browser's folder picker as a reader's browser has it, for the e2e
// tests and scripts/bench-opened.mjs: run in the page (`page.evaluate`),
// it writes `files` (path from the folder's parent: base64 bytes) into the
// origin private file system and makes showDirectoryPicker give the folder
// `root` of it, a real FileSystemDirectoryHandle; `cancel` makes it act as
// a cancelled picker. It also says the browser is not driven by
// automation, where the app keeps to the folder input (a native dialog
// cannot be answered). `window.__picked` counts the picker's calls.
export async function folderPickerInPage({ root, files, cancel = false }) {
  const top = await navigator.storage.getDirectory();
  for (const [path, b64] of Object.entries(files)) {
    const parts = path.split("/");
    const name = parts.pop();
    let dir = top;
    for (const part of parts) dir = await dir.getDirectoryHandle(part, { create: true });
    const w = await (await dir.getFileHandle(name, { create: true })).createWritable();
    await w.write(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
    await w.close();
  }
  window.__picked = 0;
  Object.defineProperty(Navigator.prototype, "webdriver", { get: () => false, configurable: true });
  window.showDirectoryPicker = async () => {
    window.__picked++;
    if (cancel) throw new DOMException("The user aborted a request.", "AbortError");
    return top.getDirectoryHandle(root);
  };
}
