import Foundation
import Testing

@Suite("crosswalk --version")
struct VersionTests {
    @Test("prints the tool, the engine and the behaviour date, one per line, with status 0")
    func version() throws {
        let result = try CommandRunner.run(["--version"])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.first?.wholeMatch(of: /crosswalk \d+\.\d+\.\d+/) != nil)
        #expect(lines.dropFirst().first?.wholeMatch(of: /engine \d+\.\d+\.\d+/) != nil)
        #expect(lines.last?.wholeMatch(of: /behaviour as documented on \d{4}-\d{2}-\d{2}/) != nil)
    }
}
