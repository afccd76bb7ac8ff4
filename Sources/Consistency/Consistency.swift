import AccessEngine
import Articles

/// Checks articles against the evaluation engine.
public enum Consistency {}
