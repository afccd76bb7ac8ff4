import Articles

extension SiteOptions {
    /// These options with the search indexer found, or with search turned off and a warning
    /// saying how to install one; when search is required, a missing indexer is an error.
    ///
    /// Decided before any page is rendered, because pages show the search box only when the
    /// index will exist.
    public func resolvingSearchIndexer(
        with lookup: SearchIndexerLookup = SearchIndexerLookup()
    ) throws(BuildFailure) -> (options: SiteOptions, warning: Diagnostic?) {
        guard search, pagefindCommand == nil else { return (self, nil) }
        var resolved = self
        if let command = lookup.find() {
            resolved.pagefindCommand = command
            return (resolved, nil)
        }
        let location = SourceLocation(file: "pagefind", line: 1, column: 1)
        guard !searchRequired else {
            throw BuildFailure(diagnostics: [
                Diagnostic(
                    .searchUnavailable, at: location,
                    "search was asked for but no search indexer was found; \(SearchIndexerLookup.installAdvice)")
            ])
        }
        resolved.search = false
        return (
            resolved,
            Diagnostic(
                .searchUnavailable, .warning, at: location,
                "no search indexer found, so the site has no search; \(SearchIndexerLookup.installAdvice), or build with --no-search"
            )
        )
    }
}
