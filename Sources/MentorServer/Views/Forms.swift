import Plot
import MentorCore

/// Messages for fields that did not pass, by field name, already in the reader's language.
typealias FieldErrors = [String: String]

/// Building blocks for accessible forms: every field has a label, errors are tied to their
/// field with `aria-describedby`, and a summary at the top names what to fix.
enum Forms {
    static func csrf<C: HTML.BodyContext>(_ viewer: Viewer) -> Node<C> {
        .input(.type(.hidden), .name(CSRF.fieldName), .value(viewer.csrfToken))
    }

    static func errorSummary(_ errors: FieldErrors, _ language: Language) -> Node<HTML.BodyContext> {
        guard !errors.isEmpty else { return .empty }
        return .div(
            .class("error-summary"), .attribute(named: "role", value: "alert"),
            .p(.strong(.text(T.fixTheseFields(language)))),
            .ul(.forEach(errors.sorted(by: { $0.key < $1.key })) { error in
                .li(.a(.href("#f-\(error.key)"), .text(error.value)))
            })
        )
    }

    static func text(_ label: String, name: String, value: String, type: HTMLInputType = .text, errors: FieldErrors,
                     required: Bool = false, autocomplete: String? = nil, hint: String? = nil) -> Node<HTML.FormContext> {
        let error = errors[name]
        // The HTML standard allows autocomplete="username" on a text field, not on an e-mail field. An
        // e-mail address one signs in with stays a username for password managers: a text field
        // that brings up the phone's e-mail keyboard (the server checks the address).
        let signInName = type == .email && autocomplete == "username"
        return .div(
            .class(error == nil ? "field" : "field field--error"),
            .label(.for("f-\(name)"), .text(label), required ? .span(.class("required"), .attribute(named: "aria-hidden", value: "true"), .text(" *")) : .empty),
            .unwrap(hint) { .p(.class("hint"), .id("f-\(name)-hint"), .text($0)) },
            .unwrap(error) { .p(.class("field-error"), .id("f-\(name)-error"), .text($0)) },
            .input(
                .type(signInName ? .text : type), .id("f-\(name)"), .name(name), .value(value),
                .required(required),
                .attribute(named: "autocomplete", value: autocomplete),
                .attribute(named: "inputmode", value: signInName ? "email" : nil),
                .attribute(named: "autocapitalize", value: signInName ? "none" : nil),
                .attribute(named: "spellcheck", value: signInName ? "false" : nil),
                .attribute(named: "aria-invalid", value: error == nil ? nil : "true"),
                .attribute(named: "aria-describedby", value: describedBy(name, hint: hint, error: error))
            )
        )
    }

    static func textArea(_ label: String, name: String, value: String, errors: FieldErrors, rows: Int = 4,
                         required: Bool = false, hint: String? = nil) -> Node<HTML.FormContext> {
        let error = errors[name]
        return .div(
            .class(error == nil ? "field" : "field field--error"),
            .label(.for("f-\(name)"), .text(label)),
            .unwrap(hint) { .p(.class("hint"), .id("f-\(name)-hint"), .text($0)) },
            .unwrap(error) { .p(.class("field-error"), .id("f-\(name)-error"), .text($0)) },
            .textarea(
                .id("f-\(name)"), .name(name), .rows(rows), .required(required),
                .attribute(named: "aria-invalid", value: error == nil ? nil : "true"),
                .attribute(named: "aria-describedby", value: describedBy(name, hint: hint, error: error)),
                .text(value)
            )
        )
    }

    static func select(_ label: String, name: String, options: [(value: String, label: String)], selected: String,
                       errors: FieldErrors, hint: String? = nil) -> Node<HTML.FormContext> {
        let error = errors[name]
        return .div(
            .class(error == nil ? "field" : "field field--error"),
            .label(.for("f-\(name)"), .text(label)),
            .unwrap(hint) { .p(.class("hint"), .id("f-\(name)-hint"), .text($0)) },
            .unwrap(error) { .p(.class("field-error"), .id("f-\(name)-error"), .text($0)) },
            .element(named: "select", nodes: [
                .attribute(named: "id", value: "f-\(name)"),
                .attribute(named: "name", value: name),
                .attribute(named: "aria-describedby", value: describedBy(name, hint: hint, error: error)),
                .group(options.map { option in
                    .element(named: "option", nodes: [
                        .attribute(named: "value", value: option.value),
                        option.value == selected ? .attribute(named: "selected", value: "selected") : .empty,
                        .text(option.label),
                    ])
                }),
            ])
        )
    }

    /// A group of checkboxes sharing one name, in a fieldset with a legend.
    static func checkboxes(_ legend: String, name: String, options: [(value: String, label: String)], checked: Set<String>,
                           errors: FieldErrors) -> Node<HTML.FormContext> {
        let error = errors[name]
        return .fieldset(
            .class(error == nil ? "field" : "field field--error"),
            .id("f-\(name)"),
            .element(named: "legend", text: legend),
            .unwrap(error) { .p(.class("field-error"), .text($0)) },
            .group(options.map { option in
                .div(
                    .class("check"),
                    .input(.type(.checkbox), .id("f-\(name)-\(option.value)"), .name("\(name)[]"), .value(option.value),
                           .checked(checked.contains(option.value))),
                    .label(.for("f-\(name)-\(option.value)"), .text(option.label))
                )
            })
        )
    }

    static func submit(_ label: String) -> Node<HTML.FormContext> {
        .div(.class("form-actions"), .button(.type(.submit), .class("button"), .text(label)))
    }

    private static func describedBy(_ name: String, hint: String?, error: String?) -> String? {
        let ids = [hint == nil ? nil : "f-\(name)-hint", error == nil ? nil : "f-\(name)-error"].compactMap { $0 }
        return ids.isEmpty ? nil : ids.joined(separator: " ")
    }
}
