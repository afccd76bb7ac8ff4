import AccessEngine

/// The engine's source position type. This file imports only the engine, so the name is
/// unambiguous here; elsewhere in this module `SourceLocation` alone could be either module's.
typealias EngineSourceLocation = SourceLocation
