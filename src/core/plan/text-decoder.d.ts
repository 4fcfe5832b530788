// The one piece of the WHATWG Encoding API that src/core uses. Node and every browser provide it, but
// tsconfig.core.json has no DOM or Node types, so it is declared here by the name the DOM lib uses for it.
interface DubanTextDecoder {
  readonly encoding: string;
  decode(input?: Uint8Array): string;
}

interface DubanTextDecoderConstructor {
  new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): DubanTextDecoder;
}
