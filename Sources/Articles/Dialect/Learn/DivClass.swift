/// The `> [!div class="..."]` wrappers Learn articles use besides the checklist.
public enum DivClass: String, Sendable, CaseIterable {
    /// A call to action leading to the next article (`nextstepaction`).
    case nextStepAction = "nextstepaction"
    /// A row of links to the same article for other platforms (`op_single_selector`).
    case singleSelector = "op_single_selector"
}
