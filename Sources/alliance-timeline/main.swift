import TimelineKit
import Foundation
let r = TemporalTagger().analyze(try! String(contentsOfFile: CommandLine.arguments[1], encoding: .utf8), publication: nil)
print(r.reference as Any)
for e in r.expressions { print(e.text, e.type, e.value, e.rangeEnd ?? "", e.mod?.rawValue ?? "", e.derivation) }
