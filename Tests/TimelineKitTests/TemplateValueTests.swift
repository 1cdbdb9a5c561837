import Foundation
import Testing

@testable import TimelineKit

/// The typed template context: names interned once, objects that keep the first value of a
/// name, Mustache's falsiness, and the conversions to and from the untyped form swift-mustache
/// renders (the reference engine and the public API take `[String: Any]`).
@Suite struct TemplateValueTests {
    @Test func aNameIsInternedOnce() {
        #expect(TemplateKey("title") == .title)
        #expect(TemplateKey("a-name-only-this-test-uses") == TemplateKey("a-name-only-this-test-uses"))
        #expect(TemplateKey("a-name-only-this-test-uses") != TemplateKey("another-name-only-this-test-uses"))
        #expect(TemplateKey.memo.name == FragmentMemo.keyName)
        #expect(TemplateKey("display").name == "display")
    }

    @Test func anObjectSetsReplacesAndRemoves() {
        var o: TemplateObject = [.title: "a", .id: .int(3)]
        #expect(o[.title]?.string == "a")
        #expect(o["id"].map { if case .int(3) = $0 { true } else { false } } == true)
        o[.title] = "b"
        #expect(o[.title]?.string == "b")
        #expect(o.count == 2)
        o[.href] = "x.html"
        #expect(o.keys == [.title, .id, .href])
        o[.id] = nil
        #expect(o[.id] == nil)
        #expect(o.keys == [.title, .href])
        o[.note] = nil  // removing what is not there changes nothing
        #expect(o.count == 2)
    }

    @Test(arguments: [
        (TemplateValue.bool(false), true), (.bool(true), false), (.list([]), true), (.list(["x"]), false), (.string(""), false),
        (.int(0), false), (.object([:]), false),
    ])
    func falsinessIsMustaches(_ value: TemplateValue, _ falsy: Bool) {
        #expect(value.isFalsy == falsy)
    }

    @Test func theUntypedFormRoundTrips() throws {
        let untyped: [String: Any] = [
            "title": "<b>", "count": 12, "flag": true, "items": [["n": "a"], ["n": "b"]], "words": ["x", "y"],
            "nested": ["inner": ["deep": "yes"]], "empty": [[String: Any]](),
        ]
        let object = TemplateObject(any: untyped)
        #expect(object.keys.map(\.name) == untyped.keys.sorted())
        let back = object.any
        #expect(back["title"] as? String == "<b>")
        #expect(back["count"] as? Int == 12)
        #expect(back["flag"] as? Bool == true)
        #expect((back["items"] as? [[String: Any]])?.compactMap { $0["n"] as? String } == ["a", "b"])
        #expect((back["words"] as? [Any])?.compactMap { $0 as? String } == ["x", "y"])
        #expect(((back["nested"] as? [String: Any])?["inner"] as? [String: Any])?["deep"] as? String == "yes")
        #expect((back["empty"] as? [[String: Any]])?.isEmpty == true)
        // Numbers from JSONSerialization: a boolean stays a flag, a number a number.
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(#"{"off": false, "on": true, "zero": 0}"#.utf8)) as? [String: Any])
        let typed = TemplateObject(any: parsed)
        #expect(typed["off"]?.isFalsy == true)
        #expect(typed["on"]?.isFalsy == false)
        #expect(typed["zero"].map { if case .int(0) = $0 { true } else { false } } == true)
        // Anything else becomes its description, as the renderer would print it.
        #expect(TemplateValue(any: 2.5).string == "2.5")
    }

    /// Both engines render the typed context of every built-in template the same way (the
    /// reference gets its untyped form).
    @Test func theTypedSeedContextsRenderTheSameWithEitherEngine() throws {
        let fast = try TemplateSet()
        var reference = fast
        reference.engine = .reference
        let context = TemplateContext.build(seedTimeline, options: RenderOptions(), escape: MarkdownEscaping.escape)
        #expect(try fast.render("timeline.md", context: context) == reference.render("timeline.md", context: context))
        #expect(context[.years]?.list?.isEmpty == false)
        #expect(context[.eventCount].map { if case .int(seedTimeline.events.count) = $0 { true } else { false } } == true)
    }
}
