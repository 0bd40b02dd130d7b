import Foundation

/// Moving one item of an ordered list (an organisation's core values) one place up or down.
public enum Reordering {
    public enum Direction: String, Sendable, Equatable, CaseIterable {
        case up, down
    }

    /// `items` with the first item equal to `item` swapped with its neighbour in `direction`;
    /// nil when it is not in the list or already first (up) or last (down), so nothing changes.
    public static func moved<Item: Equatable>(_ item: Item, _ direction: Direction, in items: [Item]) -> [Item]? {
        guard let index = items.firstIndex(of: item) else { return nil }
        let other = direction == .up ? index - 1 : index + 1
        guard items.indices.contains(other) else { return nil }
        var reordered = items
        reordered.swapAt(index, other)
        return reordered
    }
}
