import AccessEngine
import Foundation

/// libFuzzer target: any bytes as a tenant's Graph JSON, decoded and compiled for evaluation.
enum FuzzTenant {
    static func run(_ bytes: [UInt8]) {
        let data = Data(bytes)
        if let tenant = try? Tenant(jsonData: data) {
            _ = try? CompiledTenant(tenant)
        }
        if let document = try? DocumentValue(jsonData: data) {
            _ = try? ConditionalAccessPolicy.decodeCollection(document)
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTenant(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTenant.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// Without libFuzzer the target replays the files it is given, for regression tests; with it
/// (`-DFUZZING`), it hands control to libFuzzer's driver. SwiftPM names the entry point of an
/// executable itself, so libFuzzer's own `main` cannot be used.
@main enum Entry {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzTenant))
        #else
        for path in CommandLine.arguments.dropFirst() {
            FuzzTenant.run([UInt8](FileManager.default.contents(atPath: path) ?? Data()))
        }
        #endif
    }
}
