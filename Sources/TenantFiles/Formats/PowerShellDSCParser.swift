/// Finds the resource blocks of a PowerShell DSC configuration and reads the ones asked for
/// into ``DSCResource`` trees whose values remember where they were written. Nothing is run.
///
/// `Configuration` and `Node` blocks are looked into; other blocks are stepped over whole.
/// Assignments of plain values (`$OrganizationName = "contoso.com"`) are remembered so later
/// references read as those values. A resource block that cannot be read is reported once, at
/// the place reading stopped, and skipped; reading goes on with the next block. Values nest at
/// most ``maximumDepth`` levels, and every step moves forward through the tokens (a failed block
/// is stepped over once more), so no input makes the parser recurse or loop without bound.
struct PowerShellDSCParser {
    /// The deepest nesting of arrays, instances, hashtables, parentheses and casts read.
    static let maximumDepth = 64

    /// Blocks that hold resources rather than being one.
    private static let containers: Set<String> = ["configuration", "node"]

    // The reading state, shared with the value readers in PowerShellDSCParser+Values.swift.
    let tokens: [PowerShellToken]
    let source: [UInt8]
    private let wantedTypes: Set<String>
    var index = 0
    var scope = DSCVariableScope()
    private var resources: [DSCResource] = []
    private var problems: [DSCSyntaxProblem] = []

    private init(tokens: [PowerShellToken], source: [UInt8], wantedTypes: Set<String>) {
        self.tokens = tokens
        self.source = source
        self.wantedTypes = wantedTypes
    }

    /// The resource blocks of the types in `types` (compared without case), in file order, and
    /// every problem found reading the text or those blocks, in file order.
    static func parse(
        _ text: String, types: Set<String>
    ) -> (resources: [DSCResource], problems: [DSCSyntaxProblem]) {
        let lexed = PowerShellLexer.tokenize(text)
        var parser = PowerShellDSCParser(
            tokens: lexed.tokens, source: lexed.source, wantedTypes: Set(types.map { $0.lowercased() }))
        parser.run()
        let problems = (lexed.problems + parser.problems).sorted { $0.position < $1.position }
        return (parser.resources, problems)
    }

    /// Why reading a block stopped; `resumeAt` is where the next block begins when a block ran
    /// into it without being closed.
    struct Failure: Error {
        var problem: DSCSyntaxProblem
        var resumeAt: Int?

        init(_ message: String, at position: TextPosition, resumeAt: Int? = nil) {
            problem = DSCSyntaxProblem(message: message, position: position)
            self.resumeAt = resumeAt
        }
    }

    // MARK: - Blocks

    private mutating func run() {
        while index < tokens.count {
            if let header = header(at: index) {
                let type = header.type.lowercased()
                if Self.containers.contains(type) {
                    index = header.openBrace + 1
                } else if wantedTypes.contains(type) {
                    readResource(header)
                } else {
                    skipGroup(openedAt: header.openBrace)
                }
                continue
            }
            if case .variable(let name) = tokens[index].kind, index + 1 < tokens.count,
                tokens[index + 1].kind == .equals
            {
                readAssignment(to: name)
                continue
            }
            index += 1
        }
    }

    struct Header {
        var typeIndex: Int
        var type: String
        var name: String
        var openBrace: Int
    }

    /// `Type Name {`, with the brace on the same or the next line, as DSC writes resources (and
    /// `Configuration` and `Node` blocks). A module prefix (`Microsoft365DSC\Type`) is dropped.
    func header(at offset: Int) -> Header? {
        guard offset + 2 < tokens.count, case .word(let written) = tokens[offset].kind,
            Self.isTypeName(written)
        else { return nil }
        let name: String
        switch tokens[offset + 1].kind {
        case .word(let word): name = word
        case .string(let string): name = string.text
        case .variable(let variable): name = "$" + variable
        default: return nil
        }
        var brace = offset + 2
        if tokens[brace].isNewline { brace += 1 }
        guard brace < tokens.count, tokens[brace].kind == .openBrace else { return nil }
        let type = written.split(separator: "\\").last.map(String.init) ?? written
        return Header(typeIndex: offset, type: type, name: name, openBrace: brace)
    }

    private static func isTypeName(_ word: String) -> Bool {
        guard let first = word.utf8.first, isLetter(first) || first == 0x5F else { return false }
        return word.utf8.allSatisfy { isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F || $0 == 0x5C }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private mutating func readResource(_ header: Header) {
        let opening = tokens[header.openBrace].position
        index = header.openBrace + 1
        do {
            let properties = try readProperties(
                depth: 1, openedAt: opening, describedAs: "the block of \(header.type) '\(header.name)'")
            resources.append(
                DSCResource(
                    type: header.type, name: header.name, position: tokens[header.typeIndex].position,
                    properties: properties))
        } catch {
            problems.append(
                DSCSyntaxProblem(
                    message: "\(header.type) '\(header.name)' is not read: \(error.problem.message)",
                    position: error.problem.position))
            if let resume = error.resumeAt {
                index = resume
            } else {
                skipGroup(openedAt: header.openBrace)
            }
        }
    }

    /// Steps past the group opened at `open`, or up to a resource block that starts a line
    /// inside it (the group was never closed), or to the end.
    private mutating func skipGroup(openedAt open: Int) {
        var depth = 0
        index = open
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            if token.opensGroup {
                depth += 1
            } else if token.closesGroup {
                depth -= 1
                if depth <= 0 { return }
            } else if token.isNewline, header(at: index) != nil {
                return
            }
        }
    }

    /// `$name = value` outside resources. Nothing here is reported: it is not a resource.
    private mutating func readAssignment(to name: String) {
        let start = index
        index += 2
        skipNewlines()
        do {
            scope.assign(name, try readValue(depth: 1, stopsAtComma: false))
        } catch {
            scope.forget(name)
            if let resume = error.resumeAt { index = resume }
        }
        index = max(index, start + 2)
    }

    // MARK: - Helpers

    func endsValue(at offset: Int, stopsAtComma: Bool) -> Bool {
        guard offset < tokens.count else { return true }
        switch tokens[offset].kind {
        case .newline, .semicolon, .closeBrace, .closeParen, .closeBracket: return true
        case .comma: return stopsAtComma
        default: return false
        }
    }

    mutating func skip(while matches: (PowerShellToken.Kind) -> Bool) {
        while index < tokens.count, matches(tokens[index].kind) { index += 1 }
    }

    mutating func skipNewlines() {
        skip { $0 == .newline }
    }

    /// The position of the token at `offset`, or just after the last token at the end.
    func position(of offset: Int) -> TextPosition {
        if offset < tokens.count { return tokens[offset].position }
        return tokens.last?.position ?? .start
    }

    /// The source text of tokens `start..<end`, trimmed of the line break a group may end at.
    func text(from start: Int, to end: Int) -> String {
        guard start < end, end <= tokens.count else { return "" }
        let bytes = source[tokens[start].bytes.lowerBound..<tokens[end - 1].bytes.upperBound]
        let text = String(decoding: bytes, as: UTF8.self)
        return String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    /// A bare number as DSC writes one (`5`, `-1`, `2.5`); other words are not numbers.
    static func number(_ word: String) -> Double? {
        var sawDigit = false
        var sawPoint = false
        for (offset, byte) in word.utf8.enumerated() {
            switch byte {
            case 0x30...0x39: sawDigit = true
            case 0x2E where !sawPoint: sawPoint = true
            case 0x2B where offset == 0, 0x2D where offset == 0: continue
            default: return nil
            }
        }
        return sawDigit ? Double(word) : nil
    }
}
