import Testing
@testable import Matching
@Test func placeholder() { #expect(true) }
