import Foundation
import Hummingbird
import NIOCore

/// Answers requests for the served site: its files, the live-reload script, and the event stream.
public struct SiteResponder: HTTPResponder {
    public typealias Context = BasicRequestContext

    static let eventsPath = "/_crosswalk/events"

    let resolver: SitePathResolver
    let broadcaster: ReloadBroadcaster
    let liveReloadScript: [UInt8]

    public init(siteFolder: String, broadcaster: ReloadBroadcaster, liveReloadScript: [UInt8]) {
        resolver = SitePathResolver(siteFolder: siteFolder)
        self.broadcaster = broadcaster
        self.liveReloadScript = liveReloadScript
    }

    public func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            var fields = SecurityHeaders.fields(contentType: "text/plain; charset=utf-8")
            fields[.allow] = "GET, HEAD"
            return Response(
                status: .methodNotAllowed, headers: fields,
                body: ResponseBody(byteBuffer: ByteBuffer(string: "method not allowed\n")))
        }
        let path = request.uri.path
        switch path {
        case Self.eventsPath:
            return events()
        case LiveReloadInjection.scriptPath:
            return Response(
                status: .ok, headers: SecurityHeaders.fields(contentType: ContentType.forPath(path)),
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: liveReloadScript)))
        default:
            return file(at: path)
        }
    }

    func file(at path: String) -> Response {
        switch resolver.resolve(path) {
        case .file(let url):
            guard let data = FileManager.default.contents(atPath: url.path) else { return notFound(path) }
            let type = ContentType.forPath(url.path)
            let bytes = type.hasPrefix("text/html") ? LiveReloadInjection.inject(into: [UInt8](data)) : [UInt8](data)
            return Response(
                status: .ok, headers: SecurityHeaders.fields(contentType: type),
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        case .redirect(let location):
            var fields = SecurityHeaders.fields(contentType: "text/plain; charset=utf-8")
            fields[.location] = location
            return Response(
                status: .movedPermanently, headers: fields,
                body: ResponseBody(byteBuffer: ByteBuffer(string: "moved to \(location)\n")))
        case .notFound:
            return notFound(path)
        case .refused:
            return Response(
                status: .forbidden, headers: SecurityHeaders.fields(contentType: "text/plain; charset=utf-8"),
                body: ResponseBody(byteBuffer: ByteBuffer(string: "forbidden: the path leaves the site\n")))
        }
    }

    private func notFound(_ path: String) -> Response {
        var html = Array(NotFoundPage.html(for: path).utf8)
        if case .file(let custom) = resolver.resolve("/404.html"),
            let data = FileManager.default.contents(atPath: custom.path)
        {
            html = [UInt8](data)
        }
        let body = LiveReloadInjection.inject(into: html)
        return Response(
            status: .notFound, headers: SecurityHeaders.fields(contentType: "text/html; charset=utf-8"),
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// The `text/event-stream` of site events; a comment first, so the browser knows at once that
    /// the stream is open.
    private func events() -> Response {
        var fields = SecurityHeaders.fields(contentType: "text/event-stream")
        fields[.cacheControl] = "no-store"
        let stream = broadcaster.subscribe()
        return Response(
            status: .ok, headers: fields,
            body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: ": connected\nretry: 1000\n\n"))
                for await event in stream {
                    try await writer.write(ByteBuffer(string: event.serverSentEvent))
                }
                try await writer.finish(nil)
            })
    }
}
