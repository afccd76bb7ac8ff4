import Foundation

extension DocumentValue {
    /// Decodes JSON text with Foundation, for callers that have no positions to offer.
    ///
    /// Key order is not preserved by `JSONSerialization`, so object members are sorted by key to
    /// keep the result deterministic.
    public init(jsonData: Data) throws(DocumentError) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: jsonData, options: [.fragmentsAllowed])
        } catch {
            throw DocumentError.malformed("not valid JSON: \(error.localizedDescription)", at: nil)
        }
        self = DocumentValue(foundationObject: object)
    }

    /// Decodes JSON text held in a string.
    public init(jsonText: String) throws(DocumentError) {
        try self.init(jsonData: Data(jsonText.utf8))
    }

    init(foundationObject object: Any) {
        // Swift values are tried before Foundation classes: casting a Swift dictionary or array
        // to a class first bridges the whole container to its NS counterpart, which made decoding
        // a small document several times slower than parsing it.
        switch object {
        case let members as [String: Any]:
            let sorted = members.keys.sorted().map {
                DocumentMember(key: $0, value: DocumentValue(foundationObject: members[$0]!))
            }
            self.init(.object(sorted))
        case let items as [Any]:
            self.init(.array(items.map(DocumentValue.init(foundationObject:))))
        case let text as String:
            self.init(.string(text))
        case is NSNull:
            self.init(.null)
        case let number as NSNumber:
            // JSON has no "char" numbers, so Foundation's `c`/`B` encodings can only be booleans.
            let encoding = String(cString: number.objCType)
            if encoding == "c" || encoding == "B" {
                self.init(.bool(number.boolValue))
            } else {
                self.init(.number(number.doubleValue))
            }
        default:
            self.init(.string(String(describing: object)))
        }
    }
}
