import Foundation

// Writes a Swift source file that holds the bytes of every file under the given folders, so the
// templates and assets ship inside the executable instead of beside it.
//
//     embed-resources OUTPUT NAME=FOLDER...
//
// Each NAME becomes a static array of `(path, bytes)` entries on `EmbeddedResources`, sorted by
// path (bytewise), so the generated source, and with it the binary, is the same on every machine.
// Text that is valid UTF-8 is written as an escaped string literal (fast to compile, readable in
// the generated file); anything else as Base64.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("embed-resources: error: \(message)\n".utf8))
    exit(1)
}

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first, arguments.count >= 2 else {
    fail("usage: embed-resources OUTPUT NAME=FOLDER...")
}

/// Every regular file under `folder`, as `/`-separated paths relative to it, hidden ones skipped.
func files(in folder: URL) -> [String] {
    guard
        let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        )
    else { fail("cannot read folder \(folder.path)") }
    let base = folder.standardizedFileURL.resolvingSymlinksInPath().path
    var paths: [String] = []
    for case let url as URL in enumerator {
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
        let full = url.standardizedFileURL.resolvingSymlinksInPath().path
        guard full.hasPrefix(base + "/") else { continue }
        paths.append(String(full.dropFirst(base.count + 1)))
    }
    return paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
}

/// A Swift string literal whose UTF-8 bytes are exactly `text`'s.
func literal(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": result += "\\\\"
        case "\"": result += "\\\""
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F:
            result += "\\u{\(String(scalar.value, radix: 16))}"
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result + "\""
}

var source = """
    // Generated at build time by embed-resources (Plugins/EmbedResources); do not edit.

    enum EmbeddedResources {

    """
for argument in arguments.dropFirst() {
    guard let equals = argument.firstIndex(of: "=") else { fail("expected NAME=FOLDER, got '\(argument)'") }
    let name = String(argument[..<equals])
    let folder = URL(fileURLWithPath: String(argument[argument.index(after: equals)...]))
    source += "    static let \(name): [EmbeddedFile] = [\n"
    for path in files(in: folder) {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) else {
            fail("cannot read \(folder.appendingPathComponent(path).path)")
        }
        if let text = String(data: data, encoding: .utf8), Data(text.utf8) == data {
            source += "        EmbeddedFile(path: \(literal(path)), text: \(literal(text))),\n"
        } else {
            source += "        EmbeddedFile(path: \(literal(path)), base64: \"\(data.base64EncodedString())\"),\n"
        }
    }
    source += "    ]\n"
}
source += "}\n"

let data = Data(source.utf8)
// Unchanged output keeps its modification time, so the target is not compiled again for nothing.
if FileManager.default.contents(atPath: output) != data {
    do {
        try data.write(to: URL(fileURLWithPath: output), options: .atomic)
    } catch {
        fail("cannot write \(output): \(error.localizedDescription)")
    }
}
