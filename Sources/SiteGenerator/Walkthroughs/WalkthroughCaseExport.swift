import AccessEngine
import Foundation

/// Writes the tenant and sign-in of every walkthrough combination to a folder, with a manifest,
/// so a test can ask `crosswalk whatif` about each one and compare with what the page shows.
///
/// Layout: `manifest.json`, and per flow `FLOW/NNN-tenant.json` and `FLOW/NNN-sign-in.json`.
public struct WalkthroughCaseExport: Sendable {
    public var folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    public func write(_ set: WalkthroughSet, pages: [Page], whatIf: [WhatIfPage] = []) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: folder.path) { try manager.removeItem(at: folder) }
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        var placements: [JSONDocument] = []
        for page in pages {
            for (index, placement) in page.article.walkthroughs.enumerated() {
                placements.append(
                    .object([
                        ("page", .string(page.url)),
                        ("element", .string("walkthrough-\(index + 1)")),
                        ("flow", .string(placement.flow)),
                    ]))
            }
        }
        var flows: [(String, JSONDocument)] = []
        for id in FlowID.allCases {
            guard let walkthrough = set.compiled[id] else { continue }
            let flowFolder = folder.appendingPathComponent(id.rawValue)
            try manager.createDirectory(at: flowFolder, withIntermediateDirectories: true)
            var cases: [JSONDocument] = []
            for (number, item) in walkthrough.cases.enumerated() {
                let stem = String(format: "%03d", number + 1)
                let tenant = "\(id.rawValue)/\(stem)-tenant.json"
                let signIn = "\(id.rawValue)/\(stem)-sign-in.json"
                try Data(item.tenant.text().utf8).write(to: folder.appendingPathComponent(tenant))
                try Data(item.signIn.text().utf8).write(to: folder.appendingPathComponent(signIn))
                var answers: [(String, JSONDocument)] = []
                for (dimension, value) in zip(walkthrough.dimensions, item.combination.values) {
                    if let value { answers.append((dimension.id, .string(value))) }
                }
                cases.append(
                    .object([
                        ("key", .string(item.combination.key)),
                        ("answers", .object(answers)),
                        ("tenant", .string(tenant)),
                        ("signIn", .string(signIn)),
                    ]))
            }
            flows.append(
                (
                    id.rawValue,
                    .object([
                        ("dimensions", .array(walkthrough.dimensions.map { .string($0.id) })),
                        ("bytes", .number(walkthrough.payloadBytes)),
                        ("cases", .array(cases)),
                    ])
                ))
        }
        var tools: [JSONDocument] = []
        for (number, page) in whatIf.enumerated() {
            guard let tenant = page.tenant else { continue }
            let element = WhatIfPage.elementID(number)
            try manager.createDirectory(at: folder.appendingPathComponent("whatif"), withIntermediateDirectories: true)
            var cases: [JSONDocument] = []
            for (index, combination) in page.sample(24).enumerated() {
                let signIn = "whatif/\(element)-\(String(format: "%03d", index + 1))-sign-in.json"
                let document = WhatIfSignInDocument.document(
                    WhatIfQuestions.signIn(combination.resolved(page.dimensions), tenant: tenant))
                try Data(document.text().utf8).write(to: folder.appendingPathComponent(signIn))
                var answers: [(String, JSONDocument)] = []
                for (dimension, value) in zip(page.dimensions, combination.values) {
                    if let value { answers.append((dimension.id, .string(value))) }
                }
                cases.append(.object([("answers", .object(answers)), ("signIn", .string(signIn))]))
            }
            tools.append(
                .object([
                    ("element", .string(element)),
                    ("tenant", .string(URL(fileURLWithPath: page.file).standardizedFileURL.path)),
                    ("cases", .array(cases)),
                ]))
        }
        let manifest = JSONDocument.object([
            ("walkthroughs", .array(placements)), ("flows", .object(flows)), ("whatif", .array(tools)),
        ])
        try Data(manifest.text().utf8).write(to: folder.appendingPathComponent("manifest.json"))
    }
}
