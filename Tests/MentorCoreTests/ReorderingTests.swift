import Testing
import MentorCore

@Suite struct ReorderingTests {
    @Test func movingUpSwapsWithTheItemAbove() {
        #expect(Reordering.moved("c", .up, in: ["a", "b", "c"]) == ["a", "c", "b"])
    }

    @Test func movingDownSwapsWithTheItemBelow() {
        #expect(Reordering.moved("a", .down, in: ["a", "b", "c"]) == ["b", "a", "c"])
    }

    @Test func theEndsAndStrangersDoNotMove() {
        #expect(Reordering.moved("a", .up, in: ["a", "b"]) == nil)
        #expect(Reordering.moved("b", .down, in: ["a", "b"]) == nil)
        #expect(Reordering.moved("x", .up, in: ["a", "b"]) == nil)
    }
}
