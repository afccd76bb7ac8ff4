import AccessEngine
import Articles
import Foundation
import Yams

/// DocFX's `zone-pivot-groups.yml` at the content root: the groups an article names in its
/// `zone_pivot_groups` front matter, each with a prompt and its pivots' titles.
public struct ZonePivotGroups: Sendable {
    public struct Group: Sendable {
        public var prompt: String?
        /// Pivot ids in order, with their titles.
        public var pivots: [(id: String, title: String)]
    }

    public static let fileName = "zone-pivot-groups.yml"
    public var groups: [String: Group] = [:]

    /// The groups, or none when the site has no such file; a file that cannot be read is an error.
    static func load(root: ContentRoot) -> (ZonePivotGroups, [Diagnostic]) {
        guard FileManager.default.fileExists(atPath: root.resolvedURL.path + "/" + fileName) else {
            return (ZonePivotGroups(), [])
        }
        let file = root.displayPath(of: fileName)
        let node: Node?
        do {
            node = try YAMLText.compose(String(decoding: try root.read(fileName), as: UTF8.self), resolver: .basic)
        } catch {
            return (
                ZonePivotGroups(), [YAMLDiagnostic.diagnostic(for: error, id: .zonePivots, file: file, firstLine: 1)]
            )
        }
        var result = ZonePivotGroups()
        var diagnostics: [Diagnostic] = []
        for groupNode in node?.mapping?["groups"]?.sequence ?? [] {
            guard let id = groupNode.mapping?["id"]?.string else {
                diagnostics.append(
                    Diagnostic(
                        .zonePivots, at: YAMLDiagnostic.location(of: groupNode, file: file, firstLine: 1),
                        "a pivot group needs an 'id'"))
                continue
            }
            let pivots = (groupNode.mapping?["pivots"]?.sequence ?? []).compactMap { pivot -> (String, String)? in
                guard let pivotID = pivot.mapping?["id"]?.string else { return nil }
                return (pivotID, pivot.mapping?["title"]?.string ?? HTMLRenderer.pivotTitle(pivotID))
            }
            result.groups[id] = Group(prompt: groupNode.mapping?["prompt"]?.string, pivots: pivots)
        }
        return (result, diagnostics)
    }

    /// Warnings for an article whose group is not defined or whose zones name pivots outside it.
    func check(_ article: Article, root: ContentRoot) -> [Diagnostic] {
        guard let name = article.frontMatter.metadata["zone_pivot_groups"], !name.isEmpty else { return [] }
        guard let group = groups[name] else {
            let location = SourceLocation(file: root.displayPath(of: article.path), line: 1, column: 1)
            let hint = Suggestion.nearest(to: name, in: groups.keys.sorted()).map { "; did you mean '\($0)'?" } ?? ""
            return [
                Diagnostic(
                    .zonePivots, .warning, at: location,
                    "zone pivot group '\(name)' is not defined in \(Self.fileName)\(hint)")
            ]
        }
        let known = Set(group.pivots.map(\.id))
        return article.zones.flatMap { zone in
            zone.pivots.filter { !known.contains($0) }.map { pivot in
                Diagnostic(
                    .zonePivots, .warning, at: zone.location,
                    "pivot '\(pivot)' is not in the group '\(name)' (\(group.pivots.map(\.id).joined(separator: ", ")))"
                )
            }
        }
    }
}
