import Articles

/// What one pass of an `IncrementalSite` did.
public enum SiteUpdate: Sendable {
    /// No file changed since the previous pass.
    case unchanged
    /// The site was (re)published.
    case published(PublishedChanges)
    /// The content has errors; the previously published site was left as it was.
    case failed([Diagnostic])
}

/// The pages a successful pass wrote, and what it could skip.
public struct PublishedChanges: Sendable {
    /// Site paths of the files written or removed (`guides/mfa.html`, `index.html`, ...).
    public var changedFiles: [String]
    /// Articles read again because they or one of their includes changed.
    public var articlesRead: Int
    /// Articles checked against the engine again.
    public var articlesChecked: Int
    /// Article pages rendered again.
    public var pagesRendered: Int
    /// Warnings that did not stop the build.
    public var warnings: [Diagnostic]
    /// True for the first pass, which wrote the whole site.
    public var isFullBuild: Bool
}
