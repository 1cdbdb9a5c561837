import ArgumentParser

/// The `alliance-timeline` command: every piece of logic lives in TimelineKit.
@main
struct AllianceTimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alliance-timeline",
        abstract: "Turn news articles into a correct, ordered, sourced timeline.",
        version: "0.1.0",
        subcommands: [Build.self, Render.self, Tag.self],
        defaultSubcommand: Build.self
    )
}
