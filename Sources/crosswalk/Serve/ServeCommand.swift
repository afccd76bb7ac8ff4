import ArgumentParser
import Foundation
import Hummingbird
import Logging
import NIOCore
import PreviewServer
import SiteGenerator

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it locally and rebuild it as you edit.",
        discussion: """
            Builds the site, serves the output folder over HTTP and watches the content, templates, \
            public and data folders. Each change rebuilds only what it affects and reloads the open \
            pages; a failed rebuild keeps serving the last good site and shows the errors on the \
            page and here. Listens on 127.0.0.1 unless --host says otherwise.
            """
    )

    @OptionGroup var folders: SiteFolderOptions

    @Option(help: "The port to listen on (0 picks a free one).")
    var port = 8000

    @Option(help: "The address to listen on. Anything but loopback exposes the preview to the network.")
    var host = "127.0.0.1"

    @Flag(
        help:
            "Build the search index on the first build, failing when no indexer is found (later rebuilds do not update it)."
    )
    var search = false

    @Option(help: "How often to look for changes, in milliseconds.")
    var pollInterval = 100

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("port must be between 0 and 65535") }
        guard pollInterval >= 10 else { throw ValidationError("--poll-interval must be at least 10 ms") }
        guard !host.isEmpty else { throw ValidationError("--host must not be empty") }
    }

    func run() async throws {
        let configuration = try folders.configuration()
        var requested = try folders.siteOptions(configuration, search: search, searchRequired: search)
        if configuration.highlight == false { requested.highlightCommand = nil }
        // Asked for search but none can be built: stop before serving, not a page of errors.
        let options: SiteOptions
        do {
            options = try requested.resolvingSearchIndexer().options
        } catch {
            DiagnosticPrinter().print(error.diagnostics)
            throw ExitCode(1)
        }
        let output = options.outputPath
        let broadcaster = ReloadBroadcaster()
        let watcher = SiteWatcher(
            site: IncrementalSite(options: options),
            broadcaster: broadcaster,
            interval: .milliseconds(pollInterval),
            output: output,
            printDiagnostics: { DiagnosticPrinter().print($0) }
        )
        await watcher.pass()
        let script = DefaultResources.liveReloadScript
        if !Self.isLoopback(host) {
            Terminal.printError("warning: serving on \(host): anyone who can reach this address can read the preview")
        }
        let responder = SiteResponder(siteFolder: output, broadcaster: broadcaster, liveReloadScript: script)
        let shownHost = host.contains(":") ? "[\(host)]" : host
        var logger = Logger(label: "crosswalk.serve")
        // Stopping cancels open event streams, which the server logs as errors; nothing else
        // it logs is for the author (a failure to listen is thrown and reported below).
        logger.logLevel = .critical
        let app = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                let actualPort = channel.localAddress?.port ?? 0
                ServeOutput.line("Serving http://\(shownHost):\(actualPort)/ (Ctrl-C to stop)")
            },
            logger: logger
        )
        let stop = ShutdownSignals()
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await app.runService(gracefulShutdownSignals: []) }
                group.addTask { await watcher.run() }
                group.addTask { await stop.wait() }
                _ = try await group.next()
                broadcaster.finish()
                group.cancelAll()
            }
        } catch {
            Terminal.printError("error: cannot serve on \(host):\(port): \(error)")
            throw ExitCode(2)
        }
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
