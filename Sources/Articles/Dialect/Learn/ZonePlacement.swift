/// Where a `::: zone pivot="..."` stands and which pivots it names, so the site can check them
/// against the article's `zone_pivot_groups`.
public struct ZonePlacement: Sendable {
    public var pivots: [String]
    public var location: SourceLocation
}

extension ZonePlacement {
    public init(pivots: [String], at location: SourceLocation) {
        self.init(pivots: pivots, location: location)
    }
}
