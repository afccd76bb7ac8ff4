import TenantFiles
import AccessEngine
import Consistency
import Foundation
import FuzzSupport

/// libFuzzer target: any bytes as a scenario's YAML, through `DocumentValue` to a sign-in and
/// an inline tenant.
enum FuzzScenario {
    static func run(_ bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self),
            let document = try? DocumentValue.parse(yaml: text, file: "fuzz.yaml")
        else { return }
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

@main enum Entry {
    static func main() {
        FuzzDriver.main(testOneInput: fuzzScenario, replay: FuzzScenario.run)
    }
}
