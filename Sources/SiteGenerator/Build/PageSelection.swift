/// The pages one pass renders: a full build renders all of them; the preview server only the
/// articles whose inputs changed and the shared pages whose content did.
struct PageSelection: Sendable, Equatable {
    /// Indexes into the site model's pages.
    var articles: [Int]
    var index: Bool
    var consistencyReport: Bool
    var whatIf: Bool

    /// Every page of `site`.
    static func all(of site: SiteBuilder.PreparedSite) -> PageSelection {
        PageSelection(
            articles: Array(site.model.pages.indices), index: true, consistencyReport: true,
            whatIf: !site.whatIfPages.isEmpty)
    }

    /// The order pages are rendered in. The pages that list every article (the index, the
    /// report) are as slow as dozens of articles, so they go among the articles, one at the
    /// start of each half, rather than after them on one core.
    var jobs: [PageJob] {
        var jobs = articles.map(PageJob.article)
        if consistencyReport { jobs.insert(.consistencyReport, at: jobs.count / 2) }
        if index { jobs.insert(.index, at: 0) }
        if whatIf { jobs.insert(.whatIf, at: jobs.count / 2) }
        return jobs
    }
}

/// One page a build writes.
enum PageJob: Sendable, Equatable {
    case article(Int)
    case index
    case consistencyReport
    case whatIf
}
