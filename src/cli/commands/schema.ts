// `drawstream schema`: prints the JSON Schema given to constrained decoders.
import { decoderJsonSchema } from '../../dsl/index.js';
import { EXIT_OK, EXIT_USAGE, type CliIO, type Subcommand } from '../io.js';

export const schemaCommand: Subcommand = async (args: string[], io: CliIO) => {
  if (args.length > 0) {
    io.stderr(`drawstream schema: unexpected argument "${args[0]}" (usage: drawstream schema)\n`);
    return EXIT_USAGE;
  }
  io.stdout(`${JSON.stringify(decoderJsonSchema(), null, 2)}\n`);
  return EXIT_OK;
};
