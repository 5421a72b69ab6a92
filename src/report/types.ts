/** What a formatter reads: each checked file with its findings (vfile messages, places not in the text). */
import type { VFileMessage } from 'vfile-message';

export interface FileResult {
  path: string;
  messages: VFileMessage[];
}

export interface FormatOptions {
  /** Colour for a terminal (stylish only). */
  color: boolean;
}

export type Formatter = (results: FileResult[], options: FormatOptions) => string;
