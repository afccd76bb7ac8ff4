import AccessEngine
import Foundation
import FuzzSupport

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

@main enum Entry {
    static func main() {
        FuzzDriver.main(testOneInput: fuzzTenant, replay: FuzzTenant.run)
    }
}
