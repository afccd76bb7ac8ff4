import AccessEngine

extension DSCPropertyReader {
    /// An `AADNamedLocationPolicy` block as a Graph `ipNamedLocation` or
    /// `countryNamedLocation`.
    ///
    /// `OdataType` says which; without it, non-empty `IpRanges` or `CountriesAndRegions` do.
    /// Each kind gets only its own members, as Graph returns them, since DSC exports write
    /// the members of both kinds on every location.
    mutating func namedLocation() -> DocumentValue {
        var location = GraphObjectBuilder()
        let written = configured("OdataType")
        let ranges = nonEmptyList("IpRanges")
        let countries = nonEmptyList("CountriesAndRegions")
        let declared = written?.knownText?.lowercased() ?? ""
        let isIP = declared.hasSuffix("ipnamedlocation") || (written == nil && ranges != nil)
        let isCountry =
            declared.hasSuffix("countrynamedlocation") || (written == nil && ranges == nil && countries != nil)

        if let written {
            location.add("@odata.type", written.document(in: file))
        } else if isIP {
            location.add("@odata.type", inferredType("ipNamedLocation", at: ranges))
        } else if isCountry {
            location.add("@odata.type", inferredType("countryNamedLocation", at: countries))
        }
        location.add("id", scalar("Id"))
        location.add("displayName", scalar("DisplayName"))
        if isIP || !isCountry {
            if let ranges { location.add("ipRanges", cidrRanges(ranges)) }
            location.add("isTrusted", boolean("IsTrusted"))
        }
        if isCountry || !isIP {
            location.add("countriesAndRegions", countries?.list(in: file))
            location.add("includeUnknownCountriesAndRegions", boolean("IncludeUnknownCountriesAndRegions"))
            location.add("countryLookupMethod", scalar("CountryLookupMethod"))
        }
        return location.document(at: self.location)
    }

    /// A list property with at least one item.
    private mutating func nonEmptyList(_ name: String) -> DSCValue? {
        guard let value = configured(name) else { return nil }
        if case .array(let items) = value.kind, items.isEmpty { return nil }
        return value
    }

    private func inferredType(_ name: String, at value: DSCValue?) -> DocumentValue {
        DocumentValue(.string("#microsoft.graph.\(name)"), location: value?.position.document(in: file) ?? location)
    }

    /// Graph's `ipRange` objects; a range with a colon is IPv6.
    private func cidrRanges(_ value: DSCValue) -> DocumentValue {
        let items: [DSCValue] = if case .array(let items) = value.kind { items } else { [value] }
        let ranges = items.map { item -> DocumentValue in
            let at = item.position.document(in: file)
            guard let text = item.scalarText else { return item.document(in: file) }
            let type = text.contains(":") ? "#microsoft.graph.iPv6CidrRange" : "#microsoft.graph.iPv4CidrRange"
            return DocumentValue(
                .object([
                    DocumentMember(key: "@odata.type", value: DocumentValue(.string(type), location: at)),
                    DocumentMember(key: "cidrAddress", value: DocumentValue(.string(text), location: at)),
                ]), location: at)
        }
        return DocumentValue(.array(ranges), location: value.position.document(in: file))
    }
}
