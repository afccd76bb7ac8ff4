import Foundation
@testable import SiteGenerator
import Testing
import TestSupport

@Suite("Removing a folder tree")
struct FileTreeTests {
    @Test("nested folders and files go; a symbolic link is removed, never followed")
    func removesWithoutFollowingLinks() throws {
        let base = Scratch.url("tree")
        let tree = base.appendingPathComponent("tree")
        let outside = base.appendingPathComponent("outside")
        try FileManager.default.createDirectory(
            at: tree.appendingPathComponent("a/b/c"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try "keep".write(to: outside.appendingPathComponent("keep.txt"), atomically: true, encoding: .utf8)
        for path in ["x.html", "a/y.html", "a/b/z.html", "a/b/c/w.html"] {
            try "page".write(to: tree.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
        try FileManager.default.createSymbolicLink(
            at: tree.appendingPathComponent("a/link"), withDestinationURL: outside)
        try FileTree.remove(tree.path)
        #expect(!FileManager.default.fileExists(atPath: tree.path))
        #expect(try String(contentsOf: outside.appendingPathComponent("keep.txt"), encoding: .utf8) == "keep")
        try FileTree.remove(tree.path)  // already gone: not an error
    }
}
