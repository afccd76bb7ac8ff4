import AccessEngine
import Foundation
import FuzzSupport
import TenantFiles

/// libFuzzer target: any bytes as a tenant export — encoding detection, the tolerant JSON
/// parser, YAML, export cleanup, reference resolution and the Microsoft365DSC reader — read
/// through a loader confined to an empty folder, then compiled for evaluation.
enum FuzzTenantFiles {
    static let loader = TenantLoader(
        access: .confined(to: [
            FileManager.default.temporaryDirectory.appendingPathComponent("crosswalk-fuzz-empty").path
        ]))

    static func run(_ bytes: [UInt8]) {
        let data = Data(bytes)
        for name in ["export.json", "tenant.yaml", "M365TenantConfig.ps1"] {
            if let loaded = try? loader.tenant(data: data, named: name) {
                _ = try? loaded.compiled()
                _ = TenantReport(loaded).text
            }
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTenantFiles(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTenantFiles.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

@main enum Entry {
    static func main() {
        FuzzDriver.main(testOneInput: fuzzTenantFiles, replay: FuzzTenantFiles.run)
    }
}
