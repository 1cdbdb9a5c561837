import Testing

@testable import TimelineKit

/// A sea named after a country is a place, not that country.
@Suite struct ActorSeaTests {
    @Test(arguments: [
        ("Philippine vessels patrolled the South China Sea.", ["Philippines"]),
        ("Japanese jets flew over the East China Sea.", ["Japan"]),
        ("Russian bombers flew over the Sea of Japan.", ["Russia"]),
        ("China sent ships to the South China Sea.", ["China"]),
    ])
    func aSeaIsNotItsCountry(_ sentence: String, _ names: [String]) {
        let words = Words.split(Array(sentence.utf8), 0..<sentence.utf8.count)
        var finder = ActorFinder()
        let found = finder.find(Array(sentence.utf8), words: words)
        var seen: [String] = []
        for f in found where f.actor.kind == .country && !seen.contains(f.actor.name) { seen.append(f.actor.name) }
        #expect(seen == names)
    }
}
