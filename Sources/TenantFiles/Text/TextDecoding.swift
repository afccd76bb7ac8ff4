import AccessEngine
import Foundation

/// Turns the bytes of a tenant or sign-in file into text, whatever encoding the exporting tool
/// chose.
///
/// Windows PowerShell 5.1 writes UTF-16LE with a byte order mark (`Out-File`, `>`), editors add
/// a UTF-8 mark, and PowerShell 7 writes plain UTF-8; all of them are found in real exports.
/// UTF-16 without a mark is recognised by its zero bytes, since a JSON or YAML document starts
/// with ASCII. Anything else must be UTF-8, and the first byte that is not is reported.
public enum TextDecoding {
    /// The encodings a file is read in.
    public enum Encoding: String, Sendable, Hashable {
        case utf8 = "UTF-8"
        case utf8WithBOM = "UTF-8 with BOM"
        case utf16LE = "UTF-16LE"
        case utf16BE = "UTF-16BE"
    }

    /// Decodes `data`, throwing an error that names the first undecodable byte's position.
    public static func decode(_ data: Data, file: String) throws(DocumentError) -> (text: String, encoding: Encoding) {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (try utf8(bytes[3...], file: file), .utf8WithBOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return (try utf16(bytes[2...], bigEndian: false, file: file), .utf16LE) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (try utf16(bytes[2...], bigEndian: true, file: file), .utf16BE) }
        if bytes.count >= 2, bytes.count % 2 == 0 {
            if bytes[0] != 0, bytes[1] == 0 { return (try utf16(bytes[...], bigEndian: false, file: file), .utf16LE) }
            if bytes[0] == 0, bytes[1] != 0 { return (try utf16(bytes[...], bigEndian: true, file: file), .utf16BE) }
        }
        return (try utf8(bytes[...], file: file), .utf8)
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>, file: String) throws(DocumentError) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        throw .malformed(
            "not UTF-8 text (nor UTF-16 with a byte order mark)",
            at: firstInvalidUTF8(bytes, file: file))
    }

    /// The line and column of the first byte that does not continue a valid UTF-8 sequence.
    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>, file: String) -> DocumentPosition {
        var line = 1
        var column = 1
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length: Int =
                switch byte {
                case 0x00...0x7F: 1
                case 0xC2...0xDF: 2
                case 0xE0...0xEF: 3
                case 0xF0...0xF4: 4
                default: 0
                }
            let end = index + length
            if length == 0 || end > bytes.endIndex
                || String(validating: bytes[index..<end], as: UTF8.self) == nil
            {
                return DocumentPosition(file: file, line: line, column: column)
            }
            if byte == 0x0A {
                line += 1
                column = 1
            } else {
                column += length
            }
            index = end
        }
        return DocumentPosition(file: file, line: line, column: column)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, file: String) throws(DocumentError) -> String
    {
        guard bytes.count % 2 == 0 else {
            throw .malformed(
                "UTF-16 text with an odd number of bytes", at: DocumentPosition(file: file, line: 1, column: 1))
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var text = ""
        text.reserveCapacity(units.count)
        var line = 1
        var column = 1
        for scalar in Unicode.UTF16.decode(units) {
            guard let scalar else {
                throw .malformed(
                    "not valid UTF-16 text (an unpaired surrogate)",
                    at: DocumentPosition(file: file, line: line, column: column))
            }
            text.unicodeScalars.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return text
    }
}

extension Unicode.UTF16 {
    /// The scalars of `units`, `nil` for each unpaired surrogate.
    fileprivate static func decode(_ units: [UInt16]) -> [Unicode.Scalar?] {
        var result: [Unicode.Scalar?] = []
        result.reserveCapacity(units.count)
        var iterator = units.makeIterator()
        var decoder = Unicode.UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): result.append(scalar)
            case .emptyInput: break loop
            case .error: result.append(nil)
            }
        }
        return result
    }
}
