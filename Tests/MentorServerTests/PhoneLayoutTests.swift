import Testing
import Foundation
import Plot
@testable import MentorServer
import MentorCore

/// The markup a phone depends on; the browser suite (e2e/test_phone.py) checks how it looks.
@Suite struct PhoneLayoutTests {
    @Test(arguments: MentorCore.Language.allCases) func theMenuFoldsBehindACheckboxBeforeTheNavigation(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.admin], route: .adminPeople)
        let html = Layout.page(viewer, title: "x", content: []).render()
        let toggle = html.range(of: #"<input type="checkbox" id="nav-toggle" class="nav-toggle" aria-controls="site-nav"/>"#)
        let label = html.range(of: #"<label for="nav-toggle" class="nav-toggle__label">"#)
        let nav = html.range(of: #"<nav id="site-nav" class="site-nav""#)
        // The CSS opens the menu with `.nav-toggle:checked ~ .site-nav`: the checkbox must come first, as a sibling.
        #expect(toggle != nil && label != nil && nav != nil)
        if let toggle, let label, let nav { #expect(toggle.upperBound <= label.lowerBound && label.upperBound <= nav.lowerBound) }
        #expect(html.contains(T.menu(language)))
        #expect(Stylesheet.css.contains(".nav-toggle:checked ~ .site-nav { display: block; }"))
        #expect(!html.contains("<script"))
    }

    @Test func aVisitorHasNoMenuToFold() {
        var viewer = Viewer.mock(language: .nl, roles: [])
        viewer.personID = nil
        let html = Layout.page(viewer, title: "x", content: []).render()
        #expect(!html.contains("nav-toggle") && html.contains("language-switch"))
    }

    @Test func aScrollRegionIsReachableByKeyboardAndNamed() {
        let node: Node<HTML.BodyContext> = .div(.scrollRegion("Auditlog <x>"), .p(.text("t")))
        #expect(node.render() == #"<div tabindex="0" role="region" aria-label="Auditlog &lt;x&gt;"><p>t</p></div>"#)
    }

    @Test func anEmailOneSignsInWithIsAUsernameField() {
        let html = Forms.text("E-mail", name: "email", value: "", type: .email, errors: [:], autocomplete: "username").render()
        #expect(html.contains(#"type="text""#) && html.contains(#"autocomplete="username""#) && html.contains(#"inputmode="email""#))
        let other = Forms.text("E-mail", name: "email", value: "", type: .email, errors: [:], autocomplete: "email").render()
        #expect(other.contains(#"type="email""#) && !other.contains("inputmode"))
    }

    @Test func chartAxisLabelsAreGroupedAndTheEndsStayInside() {
        let points = (1...5).map { SVGChart.Point(label: "w\($0)", value: Double($0) / 10) }
        let svg = SVGChart.line(id: "t", title: "t", description: "d", series: [(name: "a", points: points)],
                                range: 0...1, yLabel: { "\(Int($0 * 100))%" }, ticks: [0, 0.5, 1])
        #expect(svg.contains(#"<g class="chart__x">"#))
        #expect(svg.contains(##"text-anchor="start" fill="#4a5766">w1</text>"##))
        #expect(svg.contains(##"text-anchor="end" fill="#4a5766">w5</text>"##))
        #expect(svg.contains(##"text-anchor="middle" fill="#4a5766">w3</text>"##))
        let bars = SVGChart.bars(id: "b", title: "t", description: "d", bars: [(label: "x", value: 0.5, marker: true)], yLabel: { "\($0)" })
        let histogram = SVGChart.histogram(id: "h", title: "t", description: "d", counts: [1, 2], labels: ["a", "b"])
        for chart in [svg, bars, histogram] {
            #expect(chart.components(separatedBy: "<g ").count == 2 && chart.components(separatedBy: "</g>").count == 2)
        }
        #expect(bars.hasSuffix("</g></svg>") && histogram.hasSuffix("</g></svg>"))
    }
}
