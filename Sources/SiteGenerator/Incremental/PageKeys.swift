import Articles
import Consistency

/// What the shared pages of a site show, compared between two passes of the preview server to
/// know which to render again.
struct PageKeys: Hashable {
    /// Every page shows the site title, the TOC's navigation and its neighbours' titles.
    struct Layout: Hashable {
        var siteTitle: String
        var tocFiles: [String: FileStamp]
        var pages: [PageTitle]
    }

    struct PageTitle: Hashable {
        var url: String
        var title: String
    }

    var layout: Layout
    /// The index lists titles and descriptions and shows `index.md` with the templates.
    var index: Index
    /// The report counts what was checked on each page.
    var report: [String: [Int]]

    struct Index: Hashable {
        var descriptions: [String?]
        var home: FileStamp?
        var templates: [String: FileStamp]
    }

    init(
        site: SiteBuilder.PreparedSite, current: [Article], checks: [String: ArticleCheck], content: FolderScan,
        templates: FolderScan, home: FileStamp?
    ) {
        let model = site.model
        layout = Layout(
            siteTitle: model.siteTitle,
            tocFiles: content.files.filter { TableOfContents.isTOCFile($0.key) },
            pages: model.pages.map { PageTitle(url: $0.url, title: $0.article.title) })
        index = Index(
            descriptions: model.pages.map { $0.article.frontMatter.description },
            home: model.home == nil ? nil : home,
            templates: templates.files)
        report = Dictionary(uniqueKeysWithValues: current.map { ($0.path, checks[$0.path]?.countsByKind ?? []) })
    }
}
