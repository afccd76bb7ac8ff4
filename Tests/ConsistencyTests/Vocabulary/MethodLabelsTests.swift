import AccessEngine
import Testing

@testable import Consistency

@Suite("Method labels as data")
struct MethodLabelsTests {
    @Test("every line of the data is a label and known modes")
    func wellFormed() {
        #expect(MethodLabels.problems.isEmpty)
        #expect(MethodLabels.entries.count == MethodLabels.text.entries.count)
    }

    @Test(
        "today's labels, older ones and their renames are known, in any case",
        arguments: [
            ("Text message as second factor", [AuthenticationMethodMode.password, .sms]),
            ("TEXT MESSAGE AS SECOND FACTOR", [.password, .sms]),
            ("SMS as second factor", [.password, .sms]),
            ("Text message (SMS) as second factor", [.password, .sms]),
            ("Certificate-based authentication", [.x509CertificateMultiFactor]),
            ("certificate-based authentication", [.x509CertificateMultiFactor]),
            ("Phone call", [.password, .voice]),
        ])
    func known(label: String, modes: [AuthenticationMethodMode]) {
        #expect(PortalVocabulary.methods.value(for: label) == AuthenticationMethodModes(modes))
    }

    @Test("an unknown label names the nearest known one")
    func nearest() {
        #expect(PortalVocabulary.methods.value(for: "Text mesage as second factor") == nil)
        #expect(PortalVocabulary.methods.nearest(to: "Text mesage as second factor") == "text message as second factor")
    }
}
