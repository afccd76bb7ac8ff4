import AccessEngine
import Foundation

/// One file read into a positioned document tree, with the format it was found in.
struct SourceDocument: Sendable {
    enum Format: String, Sendable {
        case json = "JSON"
        case yaml = "YAML"
        case dsc = "Microsoft365DSC configuration"
    }

    var file: String
    var value: DocumentValue
    var format: Format
    var encoding: TextDecoding.Encoding
    var warnings: [ImportDiagnostic]

    /// A Microsoft365DSC configuration, kept as text for its own reader.
    static func dsc(_ data: Data, file: String) throws(DocumentError) -> SourceDocument {
        let (text, encoding) = try TextDecoding.decode(data, file: file)
        return SourceDocument(
            file: file, value: DocumentValue(.string(text)), format: .dsc, encoding: encoding, warnings: [])
    }

    /// Decodes and parses `data`: JSON (tolerantly) when it starts like JSON, else YAML.
    static func parse(_ data: Data, file: String) throws(DocumentError) -> SourceDocument {
        let (text, encoding) = try TextDecoding.decode(data, file: file)
        if TolerantJSON.looksLikeJSON(text) {
            let (value, warnings) = try TolerantJSON.parse(text, file: file)
            return SourceDocument(file: file, value: value, format: .json, encoding: encoding, warnings: warnings)
        }
        let value = try DocumentValue.parse(yaml: text, file: file)
        return SourceDocument(file: file, value: value, format: .yaml, encoding: encoding, warnings: [])
    }
}
