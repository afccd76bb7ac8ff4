import AccessEngine

/// Reads the resources of a Microsoft365DSC configuration from its text, without running it.
///
/// Admins keep their tenant as an `M365TenantConfig.ps1` export; this reads its Conditional
/// Access policies, named locations, authentication strengths and cross-tenant access settings
/// as the Graph documents the engine decodes, every value placed at the line and column where
/// the `.ps1` wrote it. Other resources are skipped without a word. What cannot be read is a
/// warning, never a crash: a block that does not parse is skipped (`dsc-syntax`), a value that
/// only running the file would tell is kept as written (`dsc-variable`), and a block that
/// removes something (`Ensure = "Absent"`) is not part of the tenant (`dsc-absent`).
enum DSCConfigurationReader {
    static let syntaxID = "crosswalk.tenant.dsc-syntax"
    static let variableID = "crosswalk.tenant.dsc-variable"
    static let absentID = "crosswalk.tenant.dsc-absent"

    static func read(_ text: String, file: String) -> (documents: GraphDocuments, diagnostics: [ImportDiagnostic]) {
        let parsed = PowerShellDSCParser.parse(text, types: Set(DSCResourceKind.allCases.map(\.rawValue)))
        var documents = GraphDocuments()
        var diagnostics = parsed.problems.map {
            ImportDiagnostic(
                syntaxID, .warning, file: file, line: $0.position.line, column: $0.position.column, $0.message)
        }
        for resource in parsed.resources {
            guard let kind = DSCResourceKind(type: resource.type) else { continue }
            var reader = DSCPropertyReader(resource: resource, file: file)
            if let ensure = reader.value("Ensure"), ensure.knownText?.caseInsensitiveEquals("Absent") == true {
                diagnostics.append(
                    ImportDiagnostic(
                        absentID, .note, file: file, line: ensure.position.line, column: ensure.position.column,
                        "\(resource.type) '\(resource.name)' has Ensure = \"Absent\": it removes a \(kind.noun) "
                            + "rather than describing one, so it is skipped"))
                continue
            }
            let document = reader.graphDocument(as: kind)
            for (property, part) in reader.unresolvedParts {
                diagnostics.append(unresolvedWarning(property: property, part: part, in: resource, file: file))
            }
            switch kind {
            case .conditionalAccessPolicy: documents.policies.append(document)
            case .namedLocation: documents.namedLocations.append(document)
            case .authenticationStrength: documents.authenticationStrengths.append(document)
            case .crossTenantPartner: documents.crossTenantPartners.append(document)
            case .crossTenantDefault: documents.crossTenantDefault = document
            }
        }
        return (documents, diagnostics.sorted())
    }

    private static func unresolvedWarning(
        property: DSCProperty, part: DSCUnresolvedPart, in resource: DSCResource, file: String
    ) -> ImportDiagnostic {
        let subject = "\(resource.type) '\(resource.name)': \(property.name)"
        let message: String
        switch part {
        case .variable(let written, _):
            message =
                "\(subject) uses \(written), whose value is not written in this file; the value is kept as written"
        case .expression(let text, _):
            let shown = text.count > 60 ? text.prefix(57) + "..." : Substring(text)
            message = "\(subject) is an expression that is not run (\(shown)); the value is kept as written"
        }
        return ImportDiagnostic(
            variableID, .warning, file: file, line: part.position.line, column: part.position.column, message)
    }
}
