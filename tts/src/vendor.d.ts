// Types for the generated files in tts/vendor (see tts/scripts/vendor.mjs).

/** wrangler and vitest-pool-workers import .wasm as a precompiled module (CompiledWasm rule). */
declare module '*.wasm' {
  const module: WebAssembly.Module
  export default module
}

declare module '*/vendor/espeak-ng.js' {
  export interface EmscriptenFS {
    writeFile(path: string, data: string | Uint8Array): void
    readFile(path: string): Uint8Array
    unlink(path: string): void
    close(stream: unknown): void
    streams: unknown[]
  }
  export interface EspeakModule {
    FS: EmscriptenFS
  }
  export interface EspeakModuleArgs {
    noInitialRun?: boolean
    arguments?: string[]
    locateFile?: (path: string) => string
    instantiateWasm?: (
      imports: WebAssembly.Imports,
      receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => unknown,
    ) => WebAssembly.Exports
    print?: (line: string) => void
    printErr?: (line: string) => void
  }
  const factory: (args: EspeakModuleArgs) => Promise<EspeakModule>
  export default factory
}
