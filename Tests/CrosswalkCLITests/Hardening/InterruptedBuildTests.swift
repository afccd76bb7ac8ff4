import Foundation
import Testing
import TestSupport

@Suite("interrupted and failing builds keep the previous site", .serialized)
struct InterruptedBuildTests {
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A folder with a generated corpus big enough that a build takes seconds, and a previous site.
    static func bigSite(count: Int) throws -> URL {
        let folder = try CommandRunner.temporaryFolder()
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generator.arguments = [
            "python3", repository.appendingPathComponent("Benchmarks/generate-corpus").path, "--count", "\(count)",
            "--output", folder.appendingPathComponent("content").path,
        ]
        generator.standardOutput = FileHandle.nullDevice
        try generator.run()
        generator.waitUntilExit()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("_site"), withIntermediateDirectories: true)
        try "previous site".write(
            to: folder.appendingPathComponent("_site/index.html"), atomically: true, encoding: .utf8)
        return folder
    }

    static func leftovers(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.contains(".staging-") || $0.contains(".previous-")
        }
    }

    @Test(
        "SIGINT or SIGTERM in the middle of writing leaves the previous output and no staging folder",
        arguments: [SIGINT, SIGTERM])
    func signal(number: Int32) throws {
        let folder = try Self.bigSite(count: 1500)
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["build", "--no-search"]
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(["CI": "true"]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let staging = folder.appendingPathComponent("._site.staging-\(process.processIdentifier)")
        let deadline = Date().addingTimeInterval(120)
        var sawPages = false
        while Date() < deadline, process.isRunning {
            if let pages = try? FileManager.default.contentsOfDirectory(atPath: staging.path), pages.count > 20 {
                sawPages = true
                break
            }
            usleep(2_000)
        }
        try #require(sawPages, "the build never reached the writing stage")
        kill(process.processIdentifier, number)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + number)
        #expect(
            try String(contentsOf: folder.appendingPathComponent("_site/index.html"), encoding: .utf8)
                == "previous site")
        #expect(try Self.leftovers(in: folder) == [])
    }

    @Test("a write that fails part-way (a page path taken by a folder) leaves the previous site and no staging folder")
    func failedWrite() throws {
        let folder = try CommandRunner.temporaryFolder([
            "content/a.md": "# A\n",
            "content/b.md": "# B\n",
            "content/b.html/note.txt": "an asset folder named like a page",
            "_site/index.html": "previous site",
        ])
        let result = try CommandRunner.run(["build", "--no-search"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("[crosswalk.output"))
        #expect(
            try String(contentsOf: folder.appendingPathComponent("_site/index.html"), encoding: .utf8)
                == "previous site")
        #expect(try Self.leftovers(in: folder) == [])
    }

    static let canMount: Bool = {
        guard getuid() == 0 else { return false }
        let probe = Scratch.url("mount-probe")
        try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: probe) }
        guard run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe.path]) == 0 else { return false }
        return run("/bin/umount", [probe.path]) == 0
    }()

    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test(
        "running out of space on a small tmpfs leaves the previous site and no staging folder",
        .enabled(if: canMount, "needs root and a kernel that lets tests mount tmpfs"))
    func outOfSpace() throws {
        let folder = try Self.bigSite(count: 200)
        let disk = folder.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        try #require(Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=512k", "tmpfs", disk.path]) == 0)
        defer { Self.run("/bin/umount", [disk.path]) }
        try FileManager.default.createDirectory(
            at: disk.appendingPathComponent("out"), withIntermediateDirectories: true)
        try "previous site".write(to: disk.appendingPathComponent("out/index.html"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(
            ["build", "--no-search", "--output", disk.appendingPathComponent("out").path], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("cannot write the site"))
        #expect(
            try String(contentsOf: disk.appendingPathComponent("out/index.html"), encoding: .utf8) == "previous site")
        #expect(try Self.leftovers(in: disk) == [])
    }
}
