extension NamedLocation {
    /// Reads a Graph `namedLocation` by `@odata.type`, or by its members when the annotation
    /// was stripped (`ipRanges` or `countriesAndRegions`).
    init(reading reader: DocumentReader) throws(DocumentError) {
        let id = try reader.required("id").string()
        let name = try reader.optional("displayName")?.string() ?? id
        let odataType = try reader.optional("@odata.type")?.string().lowercased() ?? ""
        let ranges = try reader.optional("ipRanges")
        let countries = try reader.optional("countriesAndRegions")
        if odataType.hasSuffix("ipnamedlocation") || (odataType.isEmpty && ranges != nil) {
            var cidrs: [String] = []
            for item in ranges?.items() ?? [] {
                if case .string(let text) = item.value.kind {
                    cidrs.append(text)
                } else {
                    cidrs.append(try item.required("cidrAddress").string())
                }
            }
            self = .ip(
                IPNamedLocation(
                    id: id, displayName: name,
                    isTrusted: try reader.optional("isTrusted")?.bool() ?? false, ipRanges: cidrs))
        } else if odataType.hasSuffix("countrynamedlocation")
            || (odataType.isEmpty && countries != nil)
        {
            self = .country(
                CountryNamedLocation(
                    id: id, displayName: name,
                    countriesAndRegions: try countries?.strings().map { $0.uppercased() } ?? [],
                    includeUnknownCountriesAndRegions: try reader.optional(
                        "includeUnknownCountriesAndRegions")?.bool() ?? false))
        } else {
            throw .malformed(
                "cannot tell an IP from a country named location: set @odata.type, ipRanges "
                    + "or countriesAndRegions", path: reader.path, at: reader.location)
        }
    }
}
