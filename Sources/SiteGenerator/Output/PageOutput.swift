import Foundation

/// Where rendered pages go. A full build writes into a staging folder swapped in whole at the
/// end (``StagingDirectory``); the preview server replaces each file of the published folder in
/// place with an atomic rename (``OutputFolder``). Both are written by
/// ``SiteBuilder/writePages(_:of:into:progress:)``, so the two choose and write pages alike.
protocol PageOutput: Sendable {
    /// Writes one page; called from several threads at once, for different paths.
    func write(_ text: String, to relativePath: String) throws
}

extension StagingDirectory: PageOutput {}
