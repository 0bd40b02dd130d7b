import Foundation

/// Every form of a page as a browser reads it: its action and method, and the fields it sends
/// when submitted untouched. Unlike `RenderedForm` it also reads selects (the chosen option, else
/// the first, as a browser does), checked checkboxes and radio buttons, and knows which fields
/// are required, so a test can fill them and submit every form of a page.
struct BrowserForm {
    struct Field {
        var name: String
        var value: String
        /// `text`, `date`, `hidden`, `select`, `textarea`, ...
        var type: String
        var required: Bool
        /// The values a select offers, in order.
        var options: [String] = []
    }

    var action: String
    var method: String
    var multipart: Bool
    var fields: [Field]
    /// The name of the form's file input, if it has one.
    var fileField: String? = nil

    /// The fields as sent, with `typed` replacing the values of the fields named.
    /// A radio group with nothing chosen is sent only when `typed` chooses for it.
    func sent(_ typed: [String: String] = [:]) -> [(String, String)] {
        fields.compactMap { field in
            if field.type == "radio-unchosen" && typed[field.name] == nil { return nil }
            return (field.name, typed[field.name] ?? field.value)
        }
    }

    static func all(in html: String) -> [BrowserForm] {
        var result: [BrowserForm] = [], rest = html[...]
        while let open = rest.range(of: "<form") {
            guard let close = rest[open.upperBound...].range(of: "</form>") else { break }
            let form = String(rest[open.lowerBound..<close.upperBound])
            rest = rest[close.upperBound...]
            let head = String(form[..<(form.firstIndex(of: ">") ?? form.endIndex)])
            guard let action = RenderedForm.attribute("action", in: head) else { continue }
            result.append(BrowserForm(action: unescape(action), method: (RenderedForm.attribute("method", in: head) ?? "get").lowercased(),
                                      multipart: RenderedForm.attribute("enctype", in: head) == "multipart/form-data",
                                      fields: fields(in: form),
                                      fileField: RenderedForm.tags(named: "input", in: form).first { RenderedForm.attribute("type", in: $0) == "file" }
                                        .flatMap { RenderedForm.attribute("name", in: $0) }))
        }
        return result
    }

    private static func fields(in form: String) -> [Field] {
        var fields: [Field] = []
        // In document order: walk the tags that carry a value.
        var rest = form[...]
        while let open = rest.firstRange(of: /<(input|textarea|select)\b/) {
            let tagName = String(rest[open].dropFirst())
            guard let end = rest[open.upperBound...].firstIndex(of: ">") else { break }
            let tag = String(rest[open.lowerBound...end])
            rest = rest[rest.index(after: end)...]
            guard let name = RenderedForm.attribute("name", in: tag) else { continue }
            let required = tag.contains(" required")
            switch tagName {
            case "textarea":
                let close = rest.range(of: "</textarea>")
                let text = close.map { String(rest[..<$0.lowerBound]) } ?? ""
                if let close { rest = rest[close.upperBound...] }
                fields.append(Field(name: name, value: unescape(text), type: "textarea", required: required))
            case "select":
                let close = rest.range(of: "</select>")
                let body = close.map { String(rest[..<$0.lowerBound]) } ?? ""
                if let close { rest = rest[close.upperBound...] }
                let options = RenderedForm.tags(named: "option", in: body)
                let values = options.map { unescape(RenderedForm.attribute("value", in: $0) ?? "") }
                let chosen = options.firstIndex { $0.contains(" selected") }.map { values[$0] } ?? values.first ?? ""
                fields.append(Field(name: name, value: chosen, type: "select", required: required, options: values))
            default:
                let type = RenderedForm.attribute("type", in: tag) ?? "text"
                let value = unescape(RenderedForm.attribute("value", in: tag) ?? (type == "checkbox" || type == "radio" ? "on" : ""))
                if type == "submit" || type == "button" || type == "file" { continue }
                if type == "radio" {
                    // A group: its checked button's value, or none chosen yet (sent only when the test chooses).
                    if let index = fields.firstIndex(where: { $0.name == name && $0.type.hasPrefix("radio") }) {
                        fields[index].options.append(value)
                        if tag.contains(" checked") { fields[index].value = value; fields[index].type = "radio" }
                        fields[index].required = fields[index].required || required
                    } else {
                        let checked = tag.contains(" checked")
                        fields.append(Field(name: name, value: checked ? value : "", type: checked ? "radio" : "radio-unchosen",
                                            required: required, options: [value]))
                    }
                    continue
                }
                if type == "checkbox" && !tag.contains(" checked") { continue }
                fields.append(Field(name: name, value: value, type: type, required: required))
            }
        }
        // The button a person clicks is sent too when it has a name: the first one, as pressing Enter would.
        if let button = RenderedForm.tags(named: "button", in: form).first(where: { tag in
            (RenderedForm.attribute("type", in: tag) ?? "submit") == "submit" && RenderedForm.attribute("name", in: tag) != nil
        }), let name = RenderedForm.attribute("name", in: button) {
            fields.append(Field(name: name, value: unescape(RenderedForm.attribute("value", in: button) ?? ""), type: "submit", required: false))
        }
        return fields
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
