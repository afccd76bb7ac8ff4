import AccessEngine
import Foundation

// Evaluates a fixed set of varied sign-ins against a 50-policy tenant on one thread and prints
// evaluations per second next to a reference loop, so the figure reads as a ratio on any
// machine. Run with `swift run -c release EngineBenchmark [iterations]`.

let iterations = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 2_000_000
let compiled = try CompiledTenant(BenchmarkTenant.make())
let signIns = BenchmarkTenant.signIns()

func measure(_ body: () -> Int) -> (seconds: Double, checksum: Int) {
    let start = DispatchTime.now().uptimeNanoseconds
    let checksum = body()
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return (elapsed, checksum)
}

// Warm up caches and the allocator.
for signIn in signIns { _ = compiled.evaluate(signIn) }

// Sign-ins are read in place, as a caller evaluating its own values would pass them.
let engine = signIns.withUnsafeBufferPointer { batch in
    measure {
        var checksum = 0
        var next = 0
        for _ in 0..<iterations {
            let evaluation = compiled.evaluate(batch[next])
            checksum &+= evaluation.steps.count &+ (evaluation.flow == nil ? 0 : 1)
            if evaluation.decision == .blocked { checksum &+= 1 }
            next = next + 1 == batch.count ? 0 : next + 1
        }
        return checksum
    }
}

// Reference: one dictionary lookup by user id per iteration.
let reference = Dictionary(uniqueKeysWithValues: signIns.enumerated().map { ($1.identity.userId, $0) })
let baseline = signIns.withUnsafeBufferPointer { batch in
    measure {
        var checksum = 0
        var next = 0
        for _ in 0..<iterations {
            checksum &+= reference[batch[next].identity.userId] ?? 0
            next = next + 1 == batch.count ? 0 : next + 1
        }
        return checksum
    }
}

let rate = Double(iterations) / engine.seconds
let baselineRate = Double(iterations) / baseline.seconds
let decisions = Dictionary(grouping: signIns.map { compiled.evaluate($0).decision.rawValue }, by: { $0 })
    .mapValues(\.count).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
print(
    "policies: \(compiled.tenant.policies.count), sign-ins: \(signIns.count) (\(decisions)), iterations: \(iterations)")
print(String(format: "engine:    %.0f evaluations/s (%.0f ns each)", rate, 1e9 / rate))
print(String(format: "reference: %.0f dictionary lookups/s (%.0f ns each)", baselineRate, 1e9 / baselineRate))
print(String(format: "ratio:     one evaluation costs %.1f reference lookups", baselineRate / rate))
print("checksum: \(engine.checksum &+ baseline.checksum)")
