// Placeholder until the Microsoft365DSC reader lands on this branch.
enum DSCConfigurationReader {
    static func read(_ text: String, file: String) -> (documents: GraphDocuments, diagnostics: [ImportDiagnostic]) {
        (GraphDocuments(), [])
    }
}
