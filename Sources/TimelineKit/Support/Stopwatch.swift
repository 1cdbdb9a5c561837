import Foundation

/// Named phase durations of a build, for `build --timings` (diagnostics only: nothing the tool
/// writes depends on them).
public struct Stopwatch: Sendable {
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    public private(set) var laps: [(String, Duration)] = []

    public init() { last = clock.now }

    /// Ends the current phase under `name` and starts the next.
    public mutating func lap(_ name: String) {
        let now = clock.now
        laps.append((name, now - last))
        last = now
    }

    /// Records a part that ran alongside others (its own duration; the current phase goes on).
    public mutating func record(_ name: String, _ duration: Duration) {
        laps.append((name, duration))
    }

    /// Adds the laps of another stopwatch (a sub-phase timed elsewhere).
    public mutating func append(_ other: Stopwatch) {
        laps.append(contentsOf: other.laps)
        last = clock.now
    }

    /// "  name  123.4 ms" per lap.
    public var report: String {
        laps.map { name, d in
            let ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
            // Padded to a column; a longer name is kept whole.
            let label = name.count < 28 ? name.padding(toLength: 28, withPad: " ", startingAt: 0) : name + " "
            return "  " + label + String(format: "%9.1f ms", ms)
        }.joined(separator: "\n")
    }
}
