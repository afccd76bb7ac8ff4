import Foundation

/// What open pages are told: reload, or why the latest rebuild failed.
public enum SiteEvent: Sendable, Equatable {
    /// A new build is published; `files` are the site paths that changed.
    case reload(files: [String])
    /// The latest rebuild failed; the text holds the diagnostics as printed in the terminal.
    case failed(diagnostics: String)

    /// The event in the `text/event-stream` format: a name and one line of JSON data, so that
    /// newlines in diagnostics cannot break the framing.
    var serverSentEvent: String {
        let name: String
        let payload: [String: Any]
        switch self {
        case .reload(let files):
            name = "reload"
            payload = ["files": files]
        case .failed(let diagnostics):
            name = "failed"
            payload = ["diagnostics": diagnostics]
        }
        let data = (try? JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys])) ?? Data("{}".utf8)
        return "event: \(name)\ndata: \(String(decoding: data, as: UTF8.self))\n\n"
    }
}
