import Testing
@testable import Transcripts
@Test func placeholder() { #expect(true) }
