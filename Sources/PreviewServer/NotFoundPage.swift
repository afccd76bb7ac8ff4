import Articles

/// The page for a path that is not in the site: the site's own `404.html` when it has one,
/// else a small page in the site's style with a way back.
enum NotFoundPage {
    static func html(for path: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Page not found</title>
        <link rel="stylesheet" href="/crosswalk.css">
        </head>
        <body>
        <main id="main">
        <h1>Page not found</h1>
        <p>There is no page at <code>\(path.htmlEscaped)</code> in this site.</p>
        <p><a href="/index.html">Go to the home page</a></p>
        </main>
        </body>
        </html>

        """
    }
}
