import Articles

/// `sitemap.xml` for the pages of the site.
enum Sitemap {
    static func xml(for model: SiteModel, baseURL: String?) -> String {
        let base = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? "/"
        var xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for url in ["index.html"] + model.pages.map(\.url) + [ConsistencyPage.url] {
            xml += "<url><loc>\((base + url).htmlEscaped)</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}
