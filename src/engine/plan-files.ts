/** Which files are plans, for `check` and `batch` walking folders and globs. */

/** Extensions of plan files. */
export const PLAN_EXTENSIONS = ['txt', 'md', 'markdown', 'docx', 'pdf'] as const;

/** A path that names a plan file by its extension. */
export const PLAN_FILE = new RegExp(`\\.(?:${PLAN_EXTENSIONS.join('|')})$`, 'i');

/** The glob of every plan file below a folder. */
export const PLAN_GLOB = `**/*.{${PLAN_EXTENSIONS.join(',')}}`;
