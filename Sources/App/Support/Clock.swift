import Foundation

/// The time, passed in rather than read from a global so tests can pin it.
public struct Clock: Sendable {
    public var now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) { self.now = now }

    public static let live = Clock { Date() }
}
