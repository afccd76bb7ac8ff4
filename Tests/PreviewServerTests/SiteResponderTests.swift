import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import PreviewServer

@Suite("crosswalk serve responses")
struct SiteResponderTests {
    static func app() throws -> (Application<SiteResponder>, ReloadBroadcaster) {
        let (site, _) = try SitePathResolverTests.site()
        try "body { color: black }".write(
            to: site.appendingPathComponent("crosswalk.css"), atomically: true, encoding: .utf8)
        try Data([0, 97, 115, 109]).write(to: site.appendingPathComponent("search.wasm"))
        let broadcaster = ReloadBroadcaster()
        let responder = SiteResponder(
            siteFolder: site.path, broadcaster: broadcaster, liveReloadScript: Array("// reload".utf8))
        return (Application(responder: responder), broadcaster)
    }

    @Test("pages get the live-reload script, the Content-Security-Policy and their content type")
    func page() async throws {
        let (app, _) = try Self.app()
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.contentSecurityPolicy] == SecurityHeaders.contentSecurityPolicy)
                #expect(
                    response.headers[.contentSecurityPolicy]?.hasPrefix(
                        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval';") == true)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(
                    String(buffer: response.body)
                        == "<html><script src=\"/_crosswalk/live-reload.js\" defer></script>\n</head><body>home</body></html>"
                        .replacingOccurrences(of: "<html><script", with: "<html><head><script"))
            }
            try await client.execute(uri: "/crosswalk.css", method: .get) { response in
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
                #expect(String(buffer: response.body) == "body { color: black }")
            }
            try await client.execute(uri: "/search.wasm", method: .get) { response in
                #expect(response.headers[.contentType] == "application/wasm")
            }
            try await client.execute(uri: "/_crosswalk/live-reload.js", method: .get) { response in
                #expect(response.headers[.contentType] == "text/javascript; charset=utf-8")
                #expect(String(buffer: response.body) == "// reload")
            }
            try await client.execute(uri: "/guides", method: .get) { response in
                #expect(response.status == .movedPermanently)
                #expect(response.headers[.location] == "/guides/")
            }
        }
    }

    @Test("a missing page is a 404 page that still reloads and carries the policy")
    func notFound() async throws {
        let (app, _) = try Self.app()
        try await app.test(.router) { client in
            try await client.execute(uri: "/nowhere/<script>.html", method: .get) { response in
                #expect(response.status == .notFound)
                let body = String(buffer: response.body)
                #expect(body.contains("Page not found"))
                #expect(body.contains("/_crosswalk/live-reload.js"))
                #expect(!body.contains("<script>.html"))
                #expect(response.headers[.contentSecurityPolicy] == SecurityHeaders.contentSecurityPolicy)
            }
        }
    }

    @Test(
        "paths out of the site are forbidden and never return the file",
        arguments: [
            "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "//etc/passwd", "/passwd", "/leak.txt",
            "/up/secret.txt",
        ])
    func outside(path: String) async throws {
        let (app, _) = try Self.app()
        try await app.test(.router) { client in
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .forbidden)
                let body = String(buffer: response.body)
                #expect(!body.contains("do not serve"))
                #expect(!body.contains("root:"))
            }
        }
    }

    @Test("other methods are not allowed")
    func methods() async throws {
        let (app, _) = try Self.app()
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .post) { response in
                #expect(response.status == .methodNotAllowed)
            }
        }
    }

    @Test("a real server on loopback refuses encoded parent segments too")
    func live() async throws {
        let (app, _) = try Self.app()
        try await app.test(.live) { client in
            try await client.execute(uri: "/%2e%2e/secret.txt", method: .get) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/../secret.txt", method: .get) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/guides/mfa.html", method: .get) { response in
                #expect(
                    String(buffer: response.body) == "mfa<script src=\"/_crosswalk/live-reload.js\" defer></script>\n")
            }
        }
    }
}
