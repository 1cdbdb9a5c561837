import Testing

@testable import TimelineKit

/// A sea named after a country is a place, not that country.
@Suite struct ActorSeaTests {
    @Test(arguments: [
        ("Philippine vessels patrolled the South China Sea.", ["Philippines"]),
        ("Japanese jets flew over the East China Sea.", ["Japan"]),
        ("Russian bombers flew over the Sea of Japan.", ["Russia"]),
        ("China sent ships to the South China Sea.", ["China"]),
        // Nor is a place whose name holds a country's: Northern Ireland, New Mexico.
        ("Northern Ireland's police chief met New Mexico's governor and Irish officials.", ["Ireland"]),
        ("Spain joined NATO in 1982 and Hungary in 1999.", ["Spain", "Hungary"]),
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

/// A national body has one name however it is written: the country's adjective and the body's
/// usual name ("China Coast Guard" and "Chinese coast guard" had made two actor pages).
@Suite struct ActorBodyTests {
    @Test(arguments: [
        ("China Coast Guard ships entered the zone.", "China Coast Guard"),
        ("Chinese coast guard ships entered the zone.", "China Coast Guard"),
        ("The Japan Coast Guard said the ships left.", "Japan Coast Guard"),
        ("Russia's embassy in Vilnius protested.", "Russian Embassy"),
        ("The Latvian army said it tracked two drones.", "Latvian Army"),
        ("Latvia's armed forces said they tracked two drones.", "Latvian Armed Forces"),
        ("The Japanese Defence Ministry said the jets scrambled.", "Japanese Defense Ministry"),
        ("The Japanese Ministry of Defense said the jets scrambled.", "Japanese Defense Ministry"),
        ("US Navy destroyers sailed through the strait.", "U.S. Navy"),
        ("Russian forces shelled the city.", "Russian forces"),
    ])
    func aBodyHasOneName(_ sentence: String, _ name: String) {
        let bytes = Array(sentence.utf8)
        var finder = ActorFinder()
        let organizations = finder.find(bytes, words: Words.split(bytes, 0..<bytes.count)).filter { $0.actor.kind == .organization }
        #expect(organizations.map(\.actor.name) == [name])
    }

    /// The agency credited in a dateline is no actor of the story ("TOKYO, Nov. 3 (Kyodo) --").
    @Test func aDatelineCreditIsNoActor() {
        let document = DocumentLoader.parsePlainText(
            "Headline\n\nTOKYO, Nov. 3, 2025 (Kyodo) -- Four Chinese ships entered Japanese waters on Monday, the coast guard said.\n", path: "a.txt",
            id: "a")
        let events = TimelineBuilder(reference: nil).build([document]).events
        #expect(events.count == 1)
        #expect(!(events.first?.actors.contains { $0.name == "Kyodo News" } ?? true), "\(events.first?.actors ?? [])")
        #expect(events.first?.actors.contains { $0.name == "China" } == true)
    }
}

/// A name set off by commas after its role ("Lithuania's ambassador to NATO, Eglė Marcinkutė,
/// said") is a person with that role; without the closing comma it is not (the site review
/// found the ambassador missing).
@Suite struct ActorAppositionTests {
    @Test(
        arguments: [
            ("Lithuania's ambassador to NATO, Eglė Marcinkutė, said the allies would respond.", "Eglė Marcinkutė", "ambassador to NATO"),
            ("The U.S. ambassador to Japan, Rahm Emanuel, visited Okinawa.", "Rahm Emanuel", "U.S. ambassador to Japan"),
            ("The envoy to Japan, Tokyo Electric said.", nil, nil),
            // A role's word opens no name (a review found "State Marco Rubio").
            ("Secretary of State Marco Rubio arrived in Tokyo.", "Marco Rubio", "Secretary of State"),
            ("Minister of Defence Gen Nakatani visited Manila.", "Gen Nakatani", "Minister of Defence"),
        ] as [(String, String?, String?)])
    func aNameAfterItsRoleAndACommaIsAPerson(_ sentence: String, _ name: String?, _ role: String?) {
        let bytes = Array(sentence.utf8)
        var finder = ActorFinder()
        let people = finder.find(bytes, words: Words.split(bytes, 0..<bytes.count)).filter { $0.actor.kind == .person }
        #expect(people.first?.actor.name == name)
        #expect(people.first?.actor.role == role)
    }
}
