import Testing
import Foundation

/// The shape of the server's source, checked so it stays as `docs/development.md` describes:
/// addresses only in `SiteURL`, a folder per page with its Model, mock, View and render test,
/// typed forms, one clock, and controllers that never call each other.
@Suite struct SourceLayoutTests {
    static let server = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/MentorServer")
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// Swift files under `folder` with their text, comments left out.
    static func sources(_ folder: String, in root: URL = server) -> [(name: String, code: String)] {
        let base = root.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }.sorted { $0.path < $1.path }.compactMap { url in
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
            let code = text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: "\n")
            return (String(url.path.dropFirst(root.path.count + 1)), code)
        }
    }

    static func lines(_ code: String, matching pattern: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return code.split(separator: "\n").map(String.init).filter {
            regex.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil
        }
    }

    @Test func noPathIsWrittenOutsideSiteURL() {
        var found: [String] = []
        for folder in ["Pages", "Views", "Controllers"] {
            for (name, code) in Self.sources(folder) {
                // A string literal that starts a path ("/admin", "/") or a route pattern ("goals/:id").
                for line in Self.lines(code, matching: #""/[A-Za-z]|"/"|"[a-z-]+/:"#) { found.append("\(name): \(line.trimmingCharacters(in: .whitespaces))") }
            }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    @Test func everyPageFolderHasAModelWithAMockAViewAndARenderTest() {
        let pages = Self.sources("Pages")
        let renderTests = Self.sources("Pages", in: Self.tests).map(\.code).joined(separator: "\n")
        let folders = Set(pages.map { ($0.name as NSString).deletingLastPathComponent })
        #expect(folders.count >= 30, "only \(folders.count) page folders")
        var problems: [String] = []
        for folder in folders.sorted() {
            let files = pages.filter { ($0.name as NSString).deletingLastPathComponent == folder }
            let code = files.map(\.code).joined(separator: "\n")
            if !files.contains(where: { $0.name.hasSuffix("+View.swift") }) { problems.append("\(folder): no +View.swift") }
            // A page with data of its own renders a Model, which has a mock; one without (a fixed
            // message) renders from the viewer alone.
            let rendersAModel = code.contains("static func render(_ model:")
            if rendersAModel && !files.contains(where: { $0.name.hasSuffix("+Model.swift") }) { problems.append("\(folder): no +Model.swift") }
            if rendersAModel && !code.contains("static let mock") && !code.contains("static var mock") { problems.append("\(folder): no .mock") }
            // Each page type whose View renders has a render test.
            for view in files where view.name.hasSuffix("+View.swift") && view.code.contains("static func render(") {
                for line in Self.lines(view.code, matching: #"^(extension|enum) [A-Za-z]+Page \{"#) {
                    let page = line.split(separator: " ")[1]
                    if !renderTests.contains("\(page).render(") { problems.append("\(folder): \(page) has no render test") }
                }
            }
        }
        // Render tests run in both languages.
        for test in Self.sources("Pages", in: Self.tests) where test.code.contains("Page.render(") && !test.code.contains("Language.allCases") {
            problems.append("\(test.name): renders pages but not in every language")
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func formsAreTypedAndTimeComesFromTheClock() {
        var found: [String] = []
        for folder in ["Pages", "Controllers", "Queries", "Coordination"] {
            for (name, code) in Self.sources(folder) {
                for line in Self.lines(code, matching: #"request\.field\(|\[String: String\]\(|: \[String: String\] = \[|\bDate\(\)"#) {
                    found.append("\(name): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    @Test func controllersDoNotCallEachOtherAndCoreKnowsNoController() {
        var found: [String] = []
        for folder in ["Controllers", "Core", "Pages", "Views", "Queries", "Coordination", "Mirror", "DataRights", "Demo", "Commands"] {
            for (name, code) in Self.sources(folder) {
                let own = (name as NSString).lastPathComponent.replacingOccurrences(of: ".swift", with: "")
                for line in Self.lines(code, matching: #"\b[A-Z][A-Za-z]*Controller\.[a-zA-Z]"#) where !line.contains("\(own).") {
                    found.append("\(name): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    @Test func viewsHoldOnlyWhatEveryPageShares() {
        let shared = Set(["Forms.swift", "HTML+Attributes.swift", "Layout.swift", "Stylesheet+CSS.swift", "Stylesheet.swift", "Charts/SVGChart.swift",
                          "Charts/ChartFigure.swift", "Charts/ChartText.swift", "ListPaging.swift"]
            .map { "Views/" + $0 })
        let names = Set(Self.sources("Views").map(\.name))
        #expect(names.subtracting(shared).isEmpty, "pages left in Views/: \(names.subtracting(shared).sorted())")
    }
}
