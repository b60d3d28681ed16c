import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command's name, as its messages begin (`convert: error: …`), and how to call it. */
export interface Command {
  name: string;
  /** What `--help` prints: the synopsis, then a line per option. */
  usage: string;
}

/**
 * The options given to a command, read by `parseArgs` from `args` (the process' own by
 * default). `--help` or `-h` prints the usage and ends the process; an option the command
 * does not know, or one missing its value, ends it with a one-line error and the usage
 * rather than a stack trace: editors run these commands, and the message must say what to fix.
 */
export function readOptions<T extends ParseArgsConfig>(command: Command, config: T, args = process.argv.slice(2)): ReturnType<typeof parseArgs<T>>['values'] {
  helpIfAsked(command, args);
  try {
    return parseArgs({ ...config, args }).values;
  } catch (error) {
    // Node's messages start with a capital (« Unknown option '--x' »); ours continue a sentence.
    const { message } = error as Error;
    return usageError(command, message.charAt(0).toLowerCase() + message.slice(1));
  }
}

/** Prints the command's usage and ends the process when `args` ask for help (`--help` or `-h`). */
export function helpIfAsked(command: Command, args: readonly string[]): void {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(command.usage);
    process.exit(0);
  }
}

/** Ends the process for a command line the command cannot run: the reason on one line, then the usage. */
export function usageError(command: Command, reason: string): never {
  console.error(`${command.name}: error: ${reason}\n\n${command.usage}`);
  process.exit(2);
}
