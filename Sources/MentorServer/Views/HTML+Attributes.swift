import Plot

/// Every attribute the product writes goes through this file.
///
/// Plot escapes text nodes but writes attribute values as they are, so a value holding `"`
/// could close the attribute and add markup of its own (a mentee's conversation place once
/// planted a `<meta http-equiv="refresh">` in the mentor's page). The functions below have
/// the same names and signatures as Plot's attribute functions; declarations of this module
/// shadow those of an imported one, so every `.value(...)`, `.href(...)`,
/// `.attribute(named:value:)` written in this module calls these and is escaped. No page can
/// forget it. `HTMLAttributeTests` checks each of them with markup, and `HTMLInjectionTests`
/// plants markup in every field a user can write and reads every page.
///
/// Plot also leaves out an attribute whose value is empty, so `<option value="">` lost its
/// value and a browser sent the option's label instead. `value` is therefore always written,
/// also when empty.
enum HTMLEscaping {
    /// The value with `&`, `<`, `>`, `"` and `'` replaced by character references, safe
    /// inside a quoted attribute and in text.
    static func escape(_ value: String) -> String {
        var needsWork = false
        for byte in value.utf8 where byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
            needsWork = true
            break
        }
        guard needsWork else { return value }
        var result = ""
        result.reserveCapacity(value.utf8.count + 16)
        for character in value.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    static func attribute<C>(_ name: String, _ value: String?, keepEmpty: Bool = false) -> Attribute<C> {
        guard let value else { return Attribute(name: name, value: nil) }
        if value.isEmpty {
            // Plot writes an empty kept attribute as its bare name; `name=""` says the same
            // in a form every parser reads as an empty value.
            return keepEmpty ? Attribute(name: "\(name)=\"\"", value: nil, ignoreIfValueIsEmpty: false) : Attribute(name: name, value: nil)
        }
        return Attribute(name: name, value: escape(value))
    }

    static func node<C>(_ name: String, _ value: String?, keepEmpty: Bool = false) -> Node<C> {
        .attribute(attribute(name, value, keepEmpty: keepEmpty) as Attribute<C>)
    }
}

// MARK: - Any element

extension Node {
    static func attribute(named name: String, value: String?) -> Node {
        HTMLEscaping.node(name, value, keepEmpty: name == "value")
    }

    static func attribute(named name: String, value: String?, ignoreIfValueIsEmpty: Bool) -> Node {
        HTMLEscaping.node(name, value, keepEmpty: !ignoreIfValueIsEmpty || name == "value")
    }
}

extension Attribute {
    static func attribute(named name: String, value: String?) -> Attribute {
        HTMLEscaping.attribute(name, value, keepEmpty: name == "value")
    }
}

extension Node where Context: HTMLContext {
    static func id(_ id: String) -> Node { HTMLEscaping.node("id", id) }
    static func `class`(_ className: String) -> Node { HTMLEscaping.node("class", className) }
    static func data(named name: String, value: String) -> Node { HTMLEscaping.node("data-\(name)", value) }
    static func title(_ title: String) -> Node { HTMLEscaping.node("title", title) }
}

extension Attribute where Context: HTMLContext {
    static func id(_ id: String) -> Attribute { HTMLEscaping.attribute("id", id) }
    static func `class`(_ className: String) -> Attribute { HTMLEscaping.attribute("class", className) }
    static func data(named name: String, value: String) -> Attribute { HTMLEscaping.attribute("data-\(name)", value) }
    static func title(_ title: String) -> Attribute { HTMLEscaping.attribute("title", title) }
}

// MARK: - Forms

extension Node where Context: HTMLNamableContext {
    static func name(_ name: String) -> Node { HTMLEscaping.node("name", name) }
}

extension Attribute where Context: HTMLNamableContext {
    static func name(_ name: String) -> Attribute { HTMLEscaping.attribute("name", name) }
}

extension Node where Context: HTMLValueContext {
    static func value(_ value: String) -> Node { HTMLEscaping.node("value", value, keepEmpty: true) }
}

extension Attribute where Context: HTMLValueContext {
    static func value(_ value: String) -> Attribute { HTMLEscaping.attribute("value", value, keepEmpty: true) }
}

extension Attribute where Context: HTMLTypeContext {
    static func type(_ type: String) -> Attribute { HTMLEscaping.attribute("type", type) }
}

extension Node where Context == HTML.FormContext {
    static func action(_ url: URLRepresentable) -> Node { HTMLEscaping.node("action", url.description) }
}

extension Node where Context == HTML.LabelContext {
    static func `for`(_ target: String) -> Node { HTMLEscaping.node("for", target) }
}

extension Attribute where Context == HTML.InputContext {
    static func placeholder(_ placeholder: String) -> Attribute { HTMLEscaping.attribute("placeholder", placeholder) }
}

extension Node where Context == HTML.TextAreaContext {
    static func placeholder(_ placeholder: String) -> Node { HTMLEscaping.node("placeholder", placeholder) }
}

extension Attribute where Context == HTML.OptionContext {
    static func label(_ label: String) -> Attribute { HTMLEscaping.attribute("label", label, keepEmpty: true) }
}

// MARK: - Links, sources, metadata

extension Node where Context: HTMLLinkableContext {
    static func href(_ url: URLRepresentable) -> Node { HTMLEscaping.node("href", url.description) }
}

extension Attribute where Context: HTMLLinkableContext {
    static func href(_ url: URLRepresentable) -> Attribute { HTMLEscaping.attribute("href", url.description) }
}

extension Node where Context: HTMLSourceContext {
    static func src(_ url: URLRepresentable) -> Node { HTMLEscaping.node("src", url.description) }
}

extension Attribute where Context: HTMLSourceContext {
    static func src(_ url: URLRepresentable) -> Attribute { HTMLEscaping.attribute("src", url.description) }
}

extension Node where Context == HTML.TimeContext {
    static func datetime(_ datetime: String) -> Node { HTMLEscaping.node("datetime", datetime) }
}

extension Node where Context: HTMLStylableContext {
    static func style(_ css: String) -> Node { HTMLEscaping.node("style", css) }
}

extension Attribute where Context == HTML.MetaContext {
    static func content(_ content: String) -> Attribute { HTMLEscaping.attribute("content", content) }
    static func property(_ property: String) -> Attribute { HTMLEscaping.attribute("property", property) }
}

extension Attribute where Context == HTML.ImageContext {
    static func alt(_ text: String) -> Attribute { HTMLEscaping.attribute("alt", text, keepEmpty: true) }
}

extension Node where Context: HTML.BodyContext {
    static func ariaLabel(_ label: String) -> Node { HTMLEscaping.node("aria-label", label) }
    static func ariaControls(_ child: String) -> Node { HTMLEscaping.node("aria-controls", child) }
}
