/// Whether a build indexes its pages for search, from the `--search` / `--no-search` flags and
/// the site's configuration.
enum SearchMode: Equatable {
    /// No index and no search box (`--no-search`, or `search: false` in the configuration).
    case off
    /// An index when an indexer is found; otherwise a warning and a site without search.
    case ifAvailable
    /// An index, or the build fails (`--search`, or `search: true` in the configuration).
    case required

    /// A flag given on the command line wins over the configuration; neither means search if
    /// an indexer is installed.
    init(flag: Bool?, configured: Bool?) {
        switch flag ?? configured {
        case true?: self = .required
        case false?: self = .off
        case nil: self = .ifAvailable
        }
    }
}
