// Service worker: placeholder until the offline work lands; the precache
// list below is written by scripts/post-build.mjs at every build.
const PRECACHE = /*PRECACHE*/ { version: "dev", files: [] } /*END*/;
