import Articles
import Consistency
import Foundation

/// The fixture content roots of this target, read and checked.
enum CheckFixture {
    static func root(_ name: String) -> ContentRoot {
        ContentRoot(path: Bundle.module.resourceURL!.appendingPathComponent("Fixtures/\(name)").path)
    }

    static func report(_ name: String) async -> CheckReport {
        await ContentCheck.run(root: root(name)).report
    }
}

extension Diagnostic {
    /// `line:column id`, the form the tests compare.
    var place: String { "\(location.line):\(location.column) \(id.rawValue)" }
}
