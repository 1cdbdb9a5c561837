/// Someone or something that acts in an event: a country, an organization or a person.
public struct Actor: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case country, organization, person
    }

    public var name: String
    public var kind: Kind
    /// For people: the role the text gives ("US Secretary of Defense").
    public var role: String?

    public init(name: String, kind: Kind, role: String? = nil) {
        self.name = name
        self.kind = kind
        self.role = role
    }
}

/// A word of a sentence with its byte range (for actors and titles).
struct Word: Sendable, Hashable {
    let text: String
    let range: Range<Int>
    /// The first letter is an ASCII capital (stored: asked of every word, often several times).
    let capitalized: Bool

    init(text: String, range: Range<Int>) {
        self.init(text: text, range: range, capitalized: text.utf8.first.map { $0 >= 0x41 && $0 <= 0x5A } ?? false)
    }

    init(text: String, range: Range<Int>, capitalized: Bool) {
        self.text = text
        self.range = range
        self.capitalized = capitalized
    }
}

enum Words {
    /// Words: runs of letters, digits, hyphens and inner periods ("U.S."), apostrophes inside
    /// a word kept except a possessive "'s", which is dropped.
    static func split(_ bytes: [UInt8], _ range: Range<Int>) -> [Word] {
        bytes.withUnsafeBufferPointer { split($0, range) }
    }

    /// ``split(_:_:)`` over a buffer (no bounds checks in the byte loop).
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(range.count / 5 + 1)
        forEachWord(bytes, range) { word in
            words.append(
                Word(
                    text: String(decoding: UnsafeBufferPointer(rebasing: bytes[word]), as: UTF8.self), range: word,
                    capitalized: bytes[word.lowerBound] &- 0x41 < 26))
        }
        return words
    }

    /// Calls `body` with the byte range of each word ``split(_:_:)`` finds, in order, without
    /// making its text.
    @inline(__always)
    static func forEachWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (Range<Int>) -> Void) {
        var i = range.lowerBound
        let end = range.upperBound
        @inline(__always) func isWordByte(_ b: UInt8) -> Bool {
            (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 || b >= 0x80
        }
        /// U+2000...U+206F (curly quotes, dashes, ellipsis) and U+00A0-U+00BF are punctuation.
        @inline(__always) func punctuationScalarLength(_ k: Int) -> Int {
            let b = bytes[k]
            if b == 0xE2, k + 1 < end, bytes[k + 1] == 0x80 || bytes[k + 1] == 0x81 { return 3 }
            if b == 0xC2, k + 1 < end, bytes[k + 1] >= 0xA0, bytes[k + 1] <= 0xBF { return 2 }
            return 0
        }
        while i < end {
            let b0 = bytes[i]
            if b0 == 0xE2 || b0 == 0xC2 {
                let skip = punctuationScalarLength(i)
                if skip > 0 {
                    i += skip
                    continue
                }
            }
            guard isWordByte(b0) else {
                i += 1
                continue
            }
            let start = i
            while i < end {
                let b = bytes[i]
                if (b == 0xE2 || b == 0xC2), punctuationScalarLength(i) > 0 { break }
                if isWordByte(b) {
                    i += 1
                } else if (b == UInt8(ascii: "-") || b == UInt8(ascii: ".")) && i + 1 < end && isWordByte(bytes[i + 1])
                    && (b == UInt8(ascii: "-") || (bytes[i + 1] >= 0x41 && bytes[i + 1] <= 0x5A && i - start == 1))
                {
                    i += 1
                } else {
                    break
                }
            }
            var stop = i
            // "U.S." keeps its final period.
            if i < end, bytes[i] == UInt8(ascii: "."), stop - start >= 3, bytes[stop - 2] == UInt8(ascii: ".") {
                stop += 1
                i += 1
            }
            body(start..<stop)
            // Possessive 's / ’s
            if i < end, bytes[i] == UInt8(ascii: "'"), i + 1 < end, bytes[i + 1] | 0x20 == UInt8(ascii: "s") {
                i += 2
            } else if i + 3 < end, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99, bytes[i + 3] | 0x20 == UInt8(ascii: "s") {
                i += 4
            }
        }
    }
}

/// Finds the actors of a sentence: countries (names, demonyms: "Japanese" means Japan),
/// organizations (a gazetteer, plus "<demonym> <body>" such as "Chinese coast guard") and
/// people (capitalized names next to a role: "Secretary of Defense Pete Hegseth", "his
/// Japanese counterpart Gen Nakatani"; later mentions by surname).
struct ActorFinder {
    /// Names already seen in the document: surname -> person.
    var people: [String: Actor] = [:]
    var peopleByFullName: [String: Actor] = [:]

    struct Found {
        var actor: Actor
        var range: Range<Int>
        /// For people introduced with a role: the range of "the new US Secretary of Defense".
        var roleRange: Range<Int>?
    }

    static let countries: [String: String] = {
        var m: [String: String] = [:]
        let table: [(String, [String])] = [
            ("United States", ["United States", "US", "U.S.", "USA", "America", "American", "Americans"]),
            ("Japan", ["Japan", "Japanese"]),
            ("China", ["China", "Chinese", "PRC"]),
            ("Russia", ["Russia", "Russian", "Russians", "Russian Federation"]),
            ("Ukraine", ["Ukraine", "Ukrainian", "Ukrainians"]),
            ("South Korea", ["South Korea", "South Korean", "South Koreans", "Republic of Korea", "ROK"]),
            ("North Korea", ["North Korea", "North Korean", "North Koreans", "DPRK"]),
            ("Taiwan", ["Taiwan", "Taiwanese"]),
            ("Philippines", ["Philippines", "Philippine", "Filipino", "Filipinos"]),
            ("Australia", ["Australia", "Australian", "Australians"]),
            ("United Kingdom", ["United Kingdom", "UK", "U.K.", "Britain", "British", "Great Britain"]),
            ("France", ["France", "French"]),
            ("Germany", ["Germany", "German", "Germans"]),
            ("India", ["India", "Indian"]),
            ("Canada", ["Canada", "Canadian"]),
            ("Poland", ["Poland", "Polish"]),
            ("Finland", ["Finland", "Finnish"]),
            ("Sweden", ["Sweden", "Swedish"]),
            ("Norway", ["Norway", "Norwegian"]),
            ("Turkey", ["Turkey", "Turkish", "Türkiye"]),
            ("Iran", ["Iran", "Iranian", "Iranians"]),
            ("Israel", ["Israel", "Israeli", "Israelis"]),
            ("Vietnam", ["Vietnam", "Vietnamese"]),
            ("Indonesia", ["Indonesia", "Indonesian"]),
            ("New Zealand", ["New Zealand"]),
            ("Italy", ["Italy", "Italian"]),
            ("Netherlands", ["Netherlands", "Dutch"]),
            ("Estonia", ["Estonia", "Estonian"]),
            ("Latvia", ["Latvia", "Latvian"]),
            ("Lithuania", ["Lithuania", "Lithuanian"]),
            ("Belarus", ["Belarus", "Belarusian"]),
            ("Singapore", ["Singapore", "Singaporean"]),
            ("Malaysia", ["Malaysia", "Malaysian"]),
            ("Thailand", ["Thailand", "Thai"]),
            ("Pakistan", ["Pakistan", "Pakistani"]),
            ("Mongolia", ["Mongolia", "Mongolian"]),
            // The other allies of NATO and the EU, and the countries their news names most.
            ("Denmark", ["Denmark", "Danish"]),
            ("Spain", ["Spain", "Spanish"]),
            ("Portugal", ["Portugal", "Portuguese"]),
            ("Greece", ["Greece", "Greek"]),
            ("Hungary", ["Hungary", "Hungarian"]),
            ("Romania", ["Romania", "Romanian"]),
            ("Bulgaria", ["Bulgaria", "Bulgarian"]),
            ("Croatia", ["Croatia", "Croatian"]),
            ("Slovenia", ["Slovenia", "Slovenian"]),
            ("Slovakia", ["Slovakia", "Slovak"]),
            ("Czech Republic", ["Czech Republic", "Czechia", "Czech"]),
            ("Belgium", ["Belgium", "Belgian"]),
            ("Luxembourg", ["Luxembourg"]),
            ("Iceland", ["Iceland", "Icelandic"]),
            ("Albania", ["Albania", "Albanian"]),
            ("Montenegro", ["Montenegro"]),
            ("North Macedonia", ["North Macedonia"]),
            ("Austria", ["Austria", "Austrian"]),
            ("Switzerland", ["Switzerland", "Swiss"]),
            ("Ireland", ["Ireland", "Irish"]),
            ("Serbia", ["Serbia", "Serbian"]),
            ("Moldova", ["Moldova", "Moldovan"]),
            ("Armenia", ["Armenia", "Armenian"]),
            ("Azerbaijan", ["Azerbaijan", "Azerbaijani"]),
            ("Kazakhstan", ["Kazakhstan"]),
            ("Syria", ["Syria", "Syrian"]),
            ("Lebanon", ["Lebanon", "Lebanese"]),
            ("Iraq", ["Iraq", "Iraqi"]),
            ("Yemen", ["Yemen", "Yemeni"]),
            ("Saudi Arabia", ["Saudi Arabia", "Saudi"]),
            ("Qatar", ["Qatar", "Qatari"]),
            ("United Arab Emirates", ["United Arab Emirates", "UAE", "Emirati"]),
            ("Egypt", ["Egypt", "Egyptian"]),
            ("Afghanistan", ["Afghanistan", "Afghan"]),
            ("Bangladesh", ["Bangladesh"]),
            ("Myanmar", ["Myanmar"]),
            ("Cambodia", ["Cambodia", "Cambodian"]),
            ("Brazil", ["Brazil", "Brazilian"]),
            ("Mexico", ["Mexico", "Mexican"]),
            ("South Africa", ["South Africa"]),
            ("Cuba", ["Cuba", "Cuban"]),
            ("Venezuela", ["Venezuela", "Venezuelan"]),
        ]
        for (name, aliases) in table { for a in aliases { m[a] = name } }
        return m
    }()

    static let organizations: [String: String] = {
        var m: [String: String] = [:]
        let table: [(String, [String])] = [
            ("NATO", ["NATO", "North Atlantic Treaty Organization"]),
            ("AUKUS", ["AUKUS"]),
            ("Quad", ["Quad"]),
            ("European Union", ["European Union", "EU"]),
            ("United Nations", ["United Nations", "UN", "U.N."]),
            ("ASEAN", ["ASEAN"]),
            ("G7", ["G7", "G-7"]),
            ("G20", ["G20", "G-20"]),
            ("Pentagon", ["Pentagon"]),
            ("Kremlin", ["Kremlin"]),
            ("White House", ["White House"]),
            ("State Department", ["State Department"]),
            ("People's Liberation Army", ["People's Liberation Army", "PLA"]),
            ("Japan Self-Defense Forces", ["Self-Defense Forces", "SDF", "Japan Self-Defense Forces"]),
            ("Financial Times", ["Financial Times", "FT"]),
            ("Bloomberg", ["Bloomberg"]),
            ("Reuters", ["Reuters"]),
            ("Associated Press", ["Associated Press", "AP"]),
            ("Kyodo News", ["Kyodo", "Kyodo News"]),
            ("Nikkei", ["Nikkei"]),
            ("Xinhua", ["Xinhua"]),
            ("TASS", ["TASS"]),
            ("Yonhap", ["Yonhap"]),
            ("BBC", ["BBC"]),
            ("CNN", ["CNN"]),
            ("The New York Times", ["New York Times"]),
            ("The Washington Post", ["Washington Post"]),
            ("The Wall Street Journal", ["Wall Street Journal"]),
            ("RBC-Ukraine", ["RBC-Ukraine"]),
            ("Politico", ["Politico"]),
            ("Indo-Pacific Command", ["Indo-Pacific Command", "INDOPACOM"]),
        ]
        for (name, aliases) in table { for a in aliases { m[a] = name } }
        return m
    }()

    /// The first word of every country and organization name, with the most words a name that
    /// starts with it has: a capitalized word that starts none is not looked up as a phrase.
    static let phraseLengths: [String: Int] = {
        var m: [String: Int] = [:]
        for phrase in Array(countries.keys) + Array(organizations.keys) {
            let parts = phrase.split(separator: " ")
            m[String(parts[0]), default: 0] = max(m[String(parts[0]), default: 0], parts.count)
        }
        return m
    }()

    /// Waters named after a country: "the South China Sea", "the Taiwan Strait".
    static let waters: Set<String> = ["Sea", "Strait", "Straits", "Ocean", "Gulf"]

    /// "<demonym> <body>": a national body ("Japanese Defense Ministry", "Chinese coast guard").
    static let bodies: [[String]] = [
        ["Defense", "Ministry"], ["Defence", "Ministry"], ["Foreign", "Ministry"], ["Ministry", "of", "Defense"],
        ["coast", "guard"], ["Coast", "Guard"], ["navy"], ["Navy"], ["army"], ["Army"], ["military"], ["government"],
        ["Government"], ["embassy"], ["Embassy"], ["Air", "Force"], ["air", "force"], ["forces"], ["Armed", "Forces"],
        ["armed", "forces"], ["Ministry", "of", "Foreign", "Affairs"], ["Defense", "Department"],
    ]

    /// The name of a national body: the country's adjective and the body's usual name
    /// ("Japanese Defense Ministry", "U.S. Navy", "Russian forces"); a coast guard's official
    /// name ("China Coast Guard").
    static func bodyName(country: String, body: String) -> String {
        let canonical = bodyNames[body.lowercased()] ?? body
        // Coast guards go by their official names: "China Coast Guard", "Japan Coast Guard".
        if canonical == "Coast Guard" { return coastGuards[country] ?? country + " Coast Guard" }
        return (countryAdjectives[country] ?? country) + " " + canonical
    }

    static let coastGuards: [String: String] = [
        "United States": "U.S. Coast Guard", "Philippines": "Philippine Coast Guard", "United Kingdom": "HM Coastguard",
        "South Korea": "Korea Coast Guard", "Taiwan": "Taiwan Coast Guard",
    ]

    static let bodyNames: [String: String] = [
        "coast guard": "Coast Guard", "navy": "Navy", "army": "Army", "air force": "Air Force", "armed forces": "Armed Forces",
        "defense ministry": "Defense Ministry", "defence ministry": "Defense Ministry", "ministry of defense": "Defense Ministry",
        "foreign ministry": "Foreign Ministry", "ministry of foreign affairs": "Foreign Ministry", "embassy": "Embassy",
        "government": "government", "military": "military", "forces": "forces", "defense department": "Defense Department",
    ]

    /// The adjective of each country of ``countries`` that has one in use before a body.
    static let countryAdjectives: [String: String] = [
        "United States": "U.S.", "Japan": "Japanese", "China": "Chinese", "Russia": "Russian", "Ukraine": "Ukrainian",
        "South Korea": "South Korean", "North Korea": "North Korean", "Taiwan": "Taiwanese", "Philippines": "Philippine",
        "Australia": "Australian", "United Kingdom": "British", "France": "French", "Germany": "German", "India": "Indian",
        "Canada": "Canadian", "Poland": "Polish", "Finland": "Finnish", "Sweden": "Swedish", "Norway": "Norwegian", "Turkey": "Turkish",
        "Iran": "Iranian", "Israel": "Israeli", "Vietnam": "Vietnamese", "Indonesia": "Indonesian", "Italy": "Italian",
        "Netherlands": "Dutch", "Estonia": "Estonian", "Latvia": "Latvian", "Lithuania": "Lithuanian", "Belarus": "Belarusian",
        "Singapore": "Singaporean", "Malaysia": "Malaysian", "Thailand": "Thai", "Pakistan": "Pakistani", "Mongolia": "Mongolian",
    ]

    static let roleHeads: Set<String> = [
        "Secretary", "secretary", "Minister", "minister", "President", "president", "Chancellor", "chancellor", "chief",
        "Chief", "counterpart", "General", "Gen.", "Admiral", "Adm.", "spokesperson", "spokesman", "spokeswoman",
        "Ambassador", "ambassador", "envoy", "leader", "Commander", "commander", "Director", "director", "Senator",
        "Sen.", "Rep.", "Governor", "King", "Queen", "Chairman", "chairman", "Premier", "premier", "CEO", "head",
        "Secretary-General", "Lt.", "Col.", "Colonel", "Captain", "Capt.", "official", "analyst", "Professor",
        "professor", "Speaker", "Vice", "deputy", "Deputy",
    ]

    /// Words that may stand inside a role before its head ("Secretary of Defense", "Foreign Minister").
    static let roleWords: Set<String> = [
        "defense", "defence", "foreign", "secretary", "minister", "prime", "affairs", "state", "vice", "deputy", "chief",
        "general", "national", "security", "interior", "finance", "trade", "economy", "senior", "top", "joint", "staff",
        "chairman", "chair", "navy", "army", "air", "force", "commander", "cabinet", "homeland", "home", "justice",
        "energy", "treasury", "war", "military", "naval", "assistant", "under", "acting", "special", "envoy",
    ]

    /// ``roleWords`` as they open a capitalized word ("State", "Defence"), to be looked up
    /// without lower-casing each capitalized word.
    static let capitalizedRoleWords: Set<String> = Set(roleWords.map { $0.prefix(1).uppercased() + $0.dropFirst() })

    /// Words that are never part of a person's name: ``notNames``, gazetteer entries, role
    /// heads and month names, in one set (one lookup per capitalized word).
    static let notNameWords: Set<String> = notNames.union(countries.keys).union(organizations.keys).union(roleHeads)
        .union(DateSemantics.monthNames)

    static let notNames: Set<String> = [
        "The", "A", "An", "In", "On", "At", "According", "During", "After", "Before", "As", "But", "And", "Despite",
        "However", "Meanwhile", "While", "When", "This", "That", "These", "Those", "It", "He", "She", "They", "We",
        "His", "Her", "Their", "Our", "Its", "Read", "Last", "Next", "Earlier", "Later", "Both", "Also", "If", "For",
        "Since", "From", "With", "Under", "By", "Of", "To", "Defense", "Secretary", "Minister", "Ministry", "Foreign",
        "Affairs", "Prime", "Islands", "Sea", "East", "West", "North", "South", "Indo-Pacific", "Pacific", "Thursday",
        // An institution's words ("the official Iraqi News Agency" is no person).
        "News", "Agency", "Assembly", "Council", "Committee", "Party", "Army", "Navy", "Command", "Office", "Bureau", "Institute",
        "Department", "Service", "Forces", "Guard", "Center", "Centre", "Parliament", "Congress", "Senate", "Court",
    ]

    /// Finds the actors of the byte range `range` of `bytes`.
    mutating func find(_ bytes: [UInt8], _ range: Range<Int>) -> [Found] {
        find(bytes, words: Words.split(bytes, range))
    }

    /// Finds the actors among `words` (already split from `bytes`).
    mutating func find(_ bytes: [UInt8], words: [Word]) -> [Found] {
        var found: [Found] = []
        var i = 0
        while i < words.count {
            // Longest gazetteer phrase (up to 4 words).
            var matched = false
            // Gazetteer phrases start with a capital ("Financial Times", "US") and with a word
            // that starts some name; skip the rest.
            let longest = words[i].capitalized ? min(4, ActorFinder.phraseLengths[words[i].text] ?? 0) : 0
            for length in stride(from: min(longest, words.count - i), through: 1, by: -1) {
                let phrase = length == 1 ? words[i].text : words[i..<(i + length)].map(\.text).joined(separator: " ")
                let r = words[i].range.lowerBound..<words[i + length - 1].range.upperBound
                if let org = ActorFinder.organizations[phrase] {
                    found.append(Found(actor: Actor(name: org, kind: .organization), range: r))
                    i += length
                    matched = true
                    break
                }
                // ("Northern Ireland", "New Mexico", "New South Wales": another place.)
                if i >= 1, ActorFinder.countries[phrase] != nil, ["New", "Northern", "Southern", "Western", "Eastern"].contains(words[i - 1].text),
                    bytes[words[i - 1].range.upperBound..<words[i].range.lowerBound].allSatisfy({ $0 == 0x20 })
                {
                    i += length
                    matched = true
                    break
                }
                if let country = ActorFinder.countries[phrase] {
                    // "the South China Sea", "the East China Sea", "the Sea of Japan": a sea, not the country.
                    // ("the Taiwan Strait", "the Philippine Sea", "the Indian Ocean" too.)
                    let water = i + length < words.count && ActorFinder.waters.contains(words[i + length].text)
                    if water || (i >= 2 && words[i - 1].text == "of" && words[i - 2].text == "Sea") {
                        i += length
                        matched = true
                        break
                    }
                    // "<demonym> <body>" is an organization of that country, and the country.
                    var bodyLength = 0
                    for body in ActorFinder.bodies where i + length + body.count <= words.count {
                        if zip(body, words[(i + length)..<(i + length + body.count)]).allSatisfy({ $0.0 == $0.1.text }) {
                            bodyLength = max(bodyLength, body.count)
                        }
                    }
                    if bodyLength > 0 {
                        let end = i + length + bodyLength
                        let body = words[(i + length)..<end].map(\.text).joined(separator: " ")
                        // One name however it is written: "China Coast Guard" and "Chinese coast
                        // guard" are "China Coast Guard"; "Russia's embassy" is "Russian Embassy".
                        let name = ActorFinder.bodyName(country: country, body: body)
                        found.append(
                            Found(
                                actor: Actor(name: name, kind: .organization),
                                range: words[i].range.lowerBound..<words[end - 1].range.upperBound))
                        found.append(Found(actor: Actor(name: country, kind: .country), range: r))
                        i = end
                    } else {
                        found.append(Found(actor: Actor(name: country, kind: .country), range: r))
                        i += length
                    }
                    matched = true
                    break
                }
            }
            if matched { continue }
            // A person: a run of 2-3 capitalized non-gazetteer words after a role.
            if words[i].capitalized, let person = personAt(words, i, bytes) {
                found.append(person.found)
                i = person.next
                continue
            }
            // A surname already introduced in this document.
            if words[i].capitalized, let p = people[words[i].text] {
                found.append(Found(actor: p, range: words[i].range))
            }
            i += 1
        }
        return found
    }

    private mutating func personAt(_ words: [Word], _ i: Int, _ bytes: [UInt8]) -> (found: Found, next: Int)? {
        // (A role's word is no name's: "Secretary of State Marco Rubio" is Marco Rubio, whose role
        // is "Secretary of State", not "State Marco Rubio".)
        func isNameWord(_ w: Word) -> Bool {
            w.capitalized && w.text.utf8.count > 1 && !w.text.utf8.contains(0x2E) && !w.text.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A })
                && !ActorFinder.notNameWords.contains(w.text) && !ActorFinder.capitalizedRoleWords.contains(w.text)
        }
        guard isNameWord(words[i]) else { return nil }
        var j = i
        while j < words.count, j - i < 3, isNameWord(words[j]) {
            if j > i, bytes[words[j - 1].range.upperBound..<words[j].range.lowerBound].contains(where: { $0 != 0x20 }) { break }
            j += 1
        }
        let name = words[i..<j].map(\.text).joined(separator: " ")
        if let known = peopleByFullName[name] {
            return (Found(actor: known, range: words[i].range.lowerBound..<words[j - 1].range.upperBound), j)
        }
        guard j - i >= 2 else { return nil }
        // The role before the name: walk back over capitalized words, "of", demonyms and role heads.
        // A name set off by commas may follow its role ("Lithuania's ambassador to NATO, Eglė
        // Marcinkutė, said"): the comma before it is crossed, and "to" before a country or an
        // organization is part of the role; nothing is cut from the title then.
        let closes = j < words.count && bytes[words[j - 1].range.upperBound..<words[j].range.lowerBound].first == UInt8(ascii: ",")
        var apposition = false
        var k = i
        var sawHead = false
        while k > 0 {
            let w = words[k - 1]
            let gap = bytes[w.range.upperBound..<words[k].range.lowerBound]
            if k == i, closes, gap.elementsEqual([UInt8(ascii: ","), 0x20]), k >= 3, words[k - 2].text == "to",
                ActorFinder.countries[w.text] != nil || ActorFinder.organizations[w.text] != nil,
                ActorFinder.roleHeads.contains(words[k - 3].text)
            {
                apposition = true
                sawHead = true
                k -= 3
                continue
            }
            if gap.contains(where: { $0 != 0x20 }) { break }
            if ActorFinder.roleHeads.contains(w.text) {
                sawHead = true
                k -= 1
                continue
            }
            // "US Secretary of Defense", "Japanese defense minister": role words, "of", demonyms.
            // A name before them ("Pete Hegseth and Defense Minister ...") is another person.
            if w.text == "of" || ActorFinder.countries[w.text] != nil || ActorFinder.organizations[w.text] != nil
                || ActorFinder.roleWords.contains(w.text.lowercasedASCII())
            {
                k -= 1
                continue
            }
            break
        }
        // Drop a leading "of" left over.
        while k < i, words[k].text == "of" { k += 1 }
        guard sawHead, k < i else { return nil }
        let role = words[k..<i].map(\.text).joined(separator: " ")
        // The role phrase for removal includes determiners and adjectives before it ("the new", "his").
        var roleStart = k
        while roleStart > 0,
            [
                "the", "The", "new", "New", "his", "His", "her", "Her", "their", "its", "former", "Former", "then", "newly", "appointed", "current",
                "Current",
            ].contains(words[roleStart - 1].text)
        {
            roleStart -= 1
        }
        let actor = Actor(name: name, kind: .person, role: role.replacingAll(",", with: ""))
        peopleByFullName[name] = actor
        people[words[j - 1].text] = actor
        let r = words[i].range.lowerBound..<words[j - 1].range.upperBound
        return (Found(actor: actor, range: r, roleRange: apposition ? nil : words[roleStart].range.lowerBound..<words[i].range.lowerBound), j)
    }

}
