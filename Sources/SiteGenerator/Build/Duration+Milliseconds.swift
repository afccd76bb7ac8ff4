extension Duration {
    /// The duration in milliseconds, for the times the commands print.
    public var milliseconds: Double {
        Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
    }
}
