import AccessEngine

/// The guest states' answers as option numbers in one flat array, so two states compare on the
/// questions an evaluation read without touching the values behind them.
///
/// Two states with the same answers to the questions carrying the guest inputs an evaluation
/// read (``Evaluation/guestInputsRead``) get the same evaluation. A state question that carries
/// no input the engine names is always compared, so a question added later can only cost
/// evaluations, never share an outcome it should not.
struct WhatIfStateAnswers: Sendable {
    /// The state question carrying each guest input.
    static let questions: [(input: GuestInputs, question: String)] = [
        (.homeMfa, "homeMfa"), (.deviceState, "device"), (.registeredMethods, "registered"),
        (.redemption, "redeemed"),
    ]

    private let numbers: [Int32]
    private let stride: Int
    /// By raw value of a set of guest inputs: the positions of the questions to compare.
    private let positions: [[Int]]

    /// - Parameter shared: questions every compared state answers alike (who signs in, from
    ///   which home tenant), left out of the comparison.
    init(_ states: [InputCombination], of dimensions: [WalkthroughDimension], shared: Set<String>) {
        stride = dimensions.count
        numbers = states.flatMap { state in
            zip(dimensions, state.values).map { dimension, value in
                Int32(value.flatMap { value in dimension.options.firstIndex { $0.value == value } }.map { $0 + 1 } ?? 0)
            }
        }
        let inputOf = Dictionary(uniqueKeysWithValues: Self.questions.map { ($0.question, $0.input) })
        positions = (0...GuestInputs.all.rawValue).map { raw in
            let inputs = GuestInputs(rawValue: raw)
            return dimensions.indices.filter { position in
                let id = dimensions[position].id
                guard !shared.contains(id) else { return false }
                return inputOf[id].map { inputs.contains($0) } ?? true
            }
        }
    }

    /// Whether states `first` and `second` answer alike every question carrying `inputs`.
    func agree(_ first: Int, _ second: Int, on inputs: GuestInputs) -> Bool {
        positions[Int(inputs.rawValue)].allSatisfy { numbers[first * stride + $0] == numbers[second * stride + $0] }
    }
}
