import AccessEngine
import Consistency
import Foundation

/// libFuzzer target: any bytes as a scenario's YAML, through `DocumentValue` to a sign-in and
/// an inline tenant.
enum FuzzScenario {
    static func run(_ bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self),
              let document = try? DocumentValue.parse(yaml: text, file: "fuzz.yaml") else { return }
        if let signIn = document["signIn"] { _ = try? SignIn(document: signIn) }
        _ = try? SignIn(document: document)
        if let tenant = document["tenant"], case .object = tenant.kind { _ = try? Tenant(document: tenant) }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzScenario.run(Array(UnsafeBufferPointer(start: data, count: size)))
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
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzScenario))
        #else
        for path in CommandLine.arguments.dropFirst() {
            FuzzScenario.run([UInt8](FileManager.default.contents(atPath: path) ?? Data()))
        }
        #endif
    }
}
